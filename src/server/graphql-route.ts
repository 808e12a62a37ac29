import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ApolloServer, HeaderMap } from '@apollo/server';
import type { Driver } from 'neo4j-driver';
import type { GovkgContext } from './apollo.ts';
import { type Handler, readBody, sendJson } from './http.ts';
import { graphiqlPage } from './ide.ts';

const MAX_BODY_BYTES = 1_000_000;

export interface GraphqlRouteOptions {
  apollo: ApolloServer<GovkgContext>;
  driver: Driver;
  database: string;
  timeoutMs: number;
  ide: boolean;
}

function headerMap(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/** A browser asking for a page (not a client asking for data) gets the IDE. */
function wantsIde(req: IncomingMessage, url: URL): boolean {
  return (
    req.method === 'GET' && !url.searchParams.has('query') && (req.headers.accept ?? '').includes('text/html')
  );
}

/**
 * /graphql on a plain node:http server: Apollo's executeHTTPGraphQLRequest does the protocol (CSRF
 * checks, GET and POST, status codes); this only moves bytes in and out. Every request's context
 * carries the Neo4j transaction timeout and the bearer token for @authentication.
 */
export function graphqlRoute(opts: GraphqlRouteOptions): Handler {
  return async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    if (opts.ide && wantsIde(req, url)) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(graphiqlPage(url.pathname));
      return;
    }
    let body: unknown;
    if (req.method === 'POST') {
      const text = await readBody(req, MAX_BODY_BYTES);
      const type = req.headers['content-type'] ?? '';
      if (type.includes('application/json')) {
        try {
          body = text ? JSON.parse(text) : {};
        } catch {
          sendJson(res, 400, { errors: [{ message: 'E_JSON: the request body is not valid JSON' }] });
          return;
        }
      } else {
        body = text;
      }
    }
    const response = await opts.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers: headerMap(req), search: url.search, body },
      context: async (): Promise<GovkgContext> => ({
        executionContext: opts.driver,
        sessionConfig: { database: opts.database },
        transaction: { timeout: opts.timeoutMs },
        ...(req.headers.authorization ? { token: req.headers.authorization } : {}),
      }),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}

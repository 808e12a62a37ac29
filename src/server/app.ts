import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.ts';
import { addExplorerRoutes } from '../explorer/routes.ts';
import { addExportRoute } from '../export/http.ts';
import type { Logger } from '../log.ts';
import { createApollo } from './apollo.ts';
import { graphqlRoute } from './graphql-route.ts';
import { Routes, sendJson } from './http.ts';
import { createSchema } from './schema.ts';

const HEALTH_TIMEOUT_MS = 3000;

export interface App {
  /** The route table, consulted per request: /explore or /export can be added at any time. */
  routes: Routes;
  handler: (req: IncomingMessage, res: ServerResponse) => void;
  /** Listens and resolves to the base URL, e.g. http://127.0.0.1:4000. Port 0 picks a free port. */
  listen(port: number, host: string): Promise<string>;
  /** Stops accepting connections, lets requests in flight finish, stops Apollo. The driver is the caller's. */
  close(): Promise<void>;
}

/** Neo4j answers within HEALTH_TIMEOUT_MS, or /healthz says 503. */
async function health(driver: Driver, database: string): Promise<{ ok: boolean; error?: string }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer within ${HEALTH_TIMEOUT_MS} ms`)),
      HEALTH_TIMEOUT_MS,
    );
  });
  try {
    await Promise.race([driver.executeQuery('RETURN 1', {}, { database, routing: 'READ' }), timeout]);
    return { ok: true };
  } catch (err) {
    return { ok: false, error: (err as { code?: string }).code ?? (err as Error).message };
  } finally {
    clearTimeout(timer);
  }
}

/** The HTTP application: /graphql (API and IDE), /healthz, and whatever routes are added later. */
export async function createApp(config: Config, logger: Logger, driver: Driver): Promise<App> {
  const schema = await createSchema(config, driver);
  const apollo = createApollo(schema, config, logger);
  await apollo.start();

  const routes = new Routes();
  const graphql = graphqlRoute({
    apollo,
    driver,
    database: config.NEO4J_DATABASE,
    timeoutMs: config.QUERY_TIMEOUT_MS,
    ide: config.GRAPHQL_IDE,
  });
  routes.add('GET', '/graphql', graphql).add('POST', '/graphql', graphql);
  routes.add('GET', '/healthz', async (_req, res) => {
    const h = await health(driver, config.NEO4J_DATABASE);
    sendJson(res, h.ok ? 200 : 503, {
      status: h.ok ? 'ok' : 'unavailable',
      neo4j: h.ok ? 'up' : 'down',
      error: h.error,
    });
  });
  // The explorer page (GET /explore) and file exports (GET /export): src/explorer, src/export.
  addExplorerRoutes(routes, logger);
  addExportRoute(routes, { driver, database: config.NEO4J_DATABASE, timeoutMs: config.QUERY_TIMEOUT_MS });

  // The level is fixed at start-up: without debug logs, no listener per request.
  const logRequests = logger.isLevelEnabled('debug');
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const started = performance.now();
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (logRequests) {
      res.on('finish', () =>
        logger.debug(
          {
            method: req.method,
            path: url.pathname,
            status: res.statusCode,
            ms: Math.round(performance.now() - started),
          },
          'http',
        ),
      );
    }
    const route = routes.match(req.method ?? 'GET', url.pathname);
    if (route === 404 || route === 405) {
      sendJson(res, route, {
        error: route === 404 ? `no route ${url.pathname}` : `method ${req.method} not allowed`,
      });
      return;
    }
    Promise.resolve(route(req, res, url)).catch((err: unknown) => {
      const status = (err as { status?: number }).status ?? 500;
      // A refused request (a body over the limit) is the client's doing: a warning, not an error.
      if (status >= 500) logger.error({ err, path: url.pathname }, 'request failed');
      else logger.warn({ path: url.pathname, status, reason: (err as Error).message }, 'request refused');
      if (res.headersSent) res.destroy();
      else
        sendJson(res, status, {
          errors: [{ message: status === 500 ? 'Internal server error' : (err as Error).message }],
        });
    });
  };

  let server: Server | undefined;
  return {
    routes,
    handler,
    listen(port, host) {
      server = createServer(handler);
      const s = server;
      return new Promise((resolve, reject) => {
        s.once('error', reject);
        s.listen(port, host, () => {
          const { port: actual } = s.address() as AddressInfo;
          resolve(`http://${host.includes(':') ? `[${host}]` : host}:${actual}`);
        });
      });
    },
    async close() {
      if (server) {
        const s = server;
        const closed = new Promise<void>((resolve) => s.close(() => resolve()));
        s.closeIdleConnections();
        await closed;
      }
      await apollo.stop();
    },
  };
}

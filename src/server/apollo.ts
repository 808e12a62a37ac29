import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { Neo4jGraphQLContext } from '@neo4j/graphql';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
} from 'graphql';
import depthLimit from 'graphql-depth-limit';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import { operationComplexity } from './complexity.ts';
import { CLIENT_CODES, userError } from './errors.ts';
import { stringLimitPlugin } from './string-limit.ts';

export type ApolloConfig = Pick<
  Config,
  | 'GRAPHQL_INTROSPECTION'
  | 'MAX_QUERY_DEPTH'
  | 'MAX_QUERY_COMPLEXITY'
  | 'QUERY_TIMEOUT_MS'
  | 'MAX_STRING_LENGTH'
>;

export type GovkgContext = Neo4jGraphQLContext & BaseContext;

/**
 * The estimated cost of an operation. Without variable definitions it depends on the document alone,
 * and Apollo hands every request for the same text the same parsed operation: estimated once then.
 */
const knownCosts = new WeakMap<OperationDefinitionNode, number>();
function costOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): number {
  const constant = !operation.variableDefinitions?.length;
  const known = constant ? knownCosts.get(operation) : undefined;
  if (known !== undefined) return known;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
  }
  const cost = operationComplexity(schema, operation, fragments, variables);
  if (constant) knownCosts.set(operation, cost);
  return cost;
}

/** Rejects an operation whose estimated cost is above MAX_QUERY_COMPLEXITY, before it touches Neo4j. */
function complexityPlugin(max: number): ApolloServerPlugin<GovkgContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation) return;
          const cost = costOf(schema, document, operation, request.variables ?? {});
          if (cost > max) {
            const err = userError(
              'E_COMPLEXITY',
              `query complexity ${cost} is above the limit of ${max} (MAX_QUERY_COMPLEXITY); select fewer nested lists or pass smaller limit/first`,
              'QUERY_TOO_COMPLEX',
            );
            (err.extensions as Record<string, unknown>).http = { status: 400 };
            throw err;
          }
        },
      };
    },
  };
}

/**
 * Without a JWT secret the schema has no Mutation type; graphql-js would answer with an internal
 * error, so say plainly that the API is read-only.
 */
function readOnlyPlugin(): ApolloServerPlugin<GovkgContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, schema }) {
          if (operation?.operation === 'mutation' && !schema.getMutationType()) {
            const err = userError(
              'E_READ_ONLY',
              'this API is read-only: writes need JWT_SECRET set on the server and a bearer token',
              'FORBIDDEN',
            );
            (err.extensions as Record<string, unknown>).http = { status: 403 };
            throw err;
          }
        },
      };
    },
  };
}

const DEPTH_MESSAGE = /exceeds maximum operation depth of (\d+)/;

/** A timed-out transaction is the client's query being too heavy: say so, in words it can act on. */
function isTimeout(err: unknown): boolean {
  const code = (err as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && code.includes('TransactionTimedOut');
}

/**
 * Masks errors for clients: messages written for them (validation, limits, bad input, auth) pass
 * through; anything else becomes "internal error" with the details only in the server log.
 */
export function formatError(logger: Logger, timeoutMs: number) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = (error as { originalError?: unknown }).originalError ?? error;
    const code = formatted.extensions?.code;
    const depth = DEPTH_MESSAGE.exec(formatted.message);
    if (depth) {
      const message = `E_DEPTH: the query nests deeper than ${depth[1]} levels (MAX_QUERY_DEPTH); split it or use a custom query such as neighborhood`;
      return { ...formatted, message };
    }
    if (typeof code === 'string' && CLIENT_CODES.has(code)) return formatted;
    const name = (original as Error | undefined)?.name ?? '';
    // @neo4j/graphql signals missing or insufficient credentials by error class, not by code.
    if (name === 'Neo4jGraphQLAuthenticationError' || formatted.message === 'Unauthenticated') {
      return { message: 'Unauthenticated', path: formatted.path, extensions: { code: 'UNAUTHENTICATED' } };
    }
    if (name === 'Neo4jGraphQLForbiddenError') {
      return { message: 'Forbidden', path: formatted.path, extensions: { code: 'FORBIDDEN' } };
    }
    if (isTimeout(original)) {
      return {
        message: `E_TIMEOUT: the query ran longer than ${timeoutMs} ms (QUERY_TIMEOUT_MS); narrow it or lower limits`,
        path: formatted.path,
        extensions: { code: 'QUERY_TIMEOUT' },
      };
    }
    logger.error({ err: original, path: formatted.path }, 'graphql error');
    return {
      message: 'Internal server error',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/**
 * Responses are never cacheable (the schema declares no cache hints), which is all Apollo's cache-control
 * plugin would work out, with a hook around every resolved field: say it once per response instead.
 */
function noStorePlugin(): ApolloServerPlugin<GovkgContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
}

/** Logs each operation once it is done: name, duration and whether it had errors. */
function loggingPlugin(logger: Logger): ApolloServerPlugin<GovkgContext> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, errors }) {
          logger.info(
            {
              operation: operationName ?? null,
              ms: Math.round(performance.now() - started),
              errors: errors?.length ?? 0,
            },
            'graphql',
          );
        },
      };
    },
  };
}

/** Apollo with the limits of a public endpoint: depth, complexity, masked errors, optional introspection. */
export function createApollo(schema: GraphQLSchema, config: ApolloConfig, logger: Logger) {
  return new ApolloServer<GovkgContext>({
    schema,
    introspection: config.GRAPHQL_INTROSPECTION,
    // Apollo's default: a GET or a non-JSON POST must carry a header browsers cannot send cross-site.
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    // startServer owns shutdown (HTTP server, Apollo, driver, in that order); Apollo's own signal
    // handler would stop Apollo first and re-raise the signal behind our back.
    stopOnTerminationSignals: false,
    validationRules: [depthLimit(config.MAX_QUERY_DEPTH)],
    formatError: formatError(logger, config.QUERY_TIMEOUT_MS),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      noStorePlugin(),
      readOnlyPlugin(),
      stringLimitPlugin(config.MAX_STRING_LENGTH),
      complexityPlugin(config.MAX_QUERY_COMPLEXITY),
      loggingPlugin(logger),
    ],
    logger: {
      debug: (m: string) => logger.debug(m),
      info: (m: string) => logger.info(m),
      warn: (m: string) => logger.warn(m),
      error: (m: string) => logger.error(m),
    },
  });
}

import { GraphQLError } from 'graphql';

/**
 * Codes whose messages are written for clients: they pass through formatError unmasked. Everything
 * else (driver errors, bugs) reaches the client as "internal error" and the log in full.
 */
export const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'QUERY_TOO_COMPLEX',
  'QUERY_TIMEOUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
]);

/** A client mistake with a gov-kg code in the message and a GraphQL code in the extensions. */
export function userError(code: string, message: string, extensionCode = 'BAD_USER_INPUT'): GraphQLError {
  return new GraphQLError(`${code}: ${message}`, { extensions: { code: extensionCode } });
}

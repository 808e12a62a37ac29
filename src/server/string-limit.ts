import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { type DocumentNode, Kind, visit } from 'graphql';
import { userError } from './errors.ts';

/** Length of the longest string literal in a document. */
function longestLiteral(document: DocumentNode): number {
  let longest = 0;
  visit(document, {
    [Kind.STRING](node) {
      longest = Math.max(longest, node.value.length);
    },
  });
  return longest;
}

// Apollo hands every request for the same query text the same parsed document (its document store),
// so the walk over the literals happens once per text.
const literalLengths = new WeakMap<DocumentNode, number>();

/** Length of the longest string in the query text or its variables (any depth). */
export function longestString(document: DocumentNode, variables: Record<string, unknown> = {}): number {
  const known = literalLengths.get(document);
  let longest = known ?? longestLiteral(document);
  if (known === undefined) literalLengths.set(document, longest);
  const walk = (value: unknown): void => {
    if (typeof value === 'string') longest = Math.max(longest, value.length);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(variables);
  return longest;
}

/**
 * Refuses an operation holding a string longer than `max` before any work: names, aliases and search
 * words are short, and a megabyte-long argument is only ever an attack on the fulltext index.
 */
export function stringLimitPlugin<C extends BaseContext>(max: number): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const longest = longestString(document, request.variables ?? {});
          if (longest > max) {
            const err = userError(
              'E_STRING_TOO_LONG',
              `a string argument is ${longest} characters long; the limit is ${max} (MAX_STRING_LENGTH)`,
            );
            (err.extensions as Record<string, unknown>).http = { status: 400 };
            throw err;
          }
        },
      };
    },
  };
}

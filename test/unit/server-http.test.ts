import type { GraphQLFormattedError } from 'graphql';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { formatError } from '../../src/server/apollo.ts';
import { COOPERATION_TYPES, checkRange, checkTypes } from '../../src/server/custom-queries.ts';
import { Routes } from '../../src/server/http.ts';

describe('Routes', () => {
  const ok = () => undefined;
  const other = () => undefined;
  const routes = new Routes().add('GET', '/graphql', ok).add('*', '/export', other);
  it.each([
    ['GET', '/graphql', ok],
    ['get', '/graphql', ok],
    ['POST', '/graphql', 405],
    ['DELETE', '/export', other],
    ['GET', '/nowhere', 404],
  ])('%s %s', (method, path, expected) => {
    expect(routes.match(method, path)).toBe(expected);
  });
});

describe('formatError masks what is not written for clients', () => {
  const lines: string[] = [];
  const format = formatError(
    pino({ level: 'error' }, { write: (l: string) => lines.push(l) }) as never,
    10_000,
  );
  const f = (message: string, code?: string): GraphQLFormattedError => ({
    message,
    extensions: code ? { code } : {},
  });

  it.each([
    [
      f('E_MAXHOPS: maxHops must be between 1 and 6', 'BAD_USER_INPUT'),
      undefined,
      'E_MAXHOPS: maxHops must be between 1 and 6',
    ],
    [f('Syntax Error: Expected Name', 'GRAPHQL_PARSE_FAILED'), undefined, 'Syntax Error: Expected Name'],
    [
      f("'q' exceeds maximum operation depth of 10", 'GRAPHQL_VALIDATION_FAILED'),
      undefined,
      /^E_DEPTH: .*10 levels/,
    ],
    [f('connect ECONNREFUSED 127.0.0.1:7687'), new Error('connect ECONNREFUSED'), 'Internal server error'],
    [
      f('The transaction has been terminated'),
      { code: 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration' },
      /^E_TIMEOUT: the query ran longer than 10000 ms/,
    ],
  ])('%j', (formatted, original, expected) => {
    const out = format(formatted, original ? { originalError: original } : formatted);
    expect(out.message).toMatch(expected);
  });

  it('logs what it masks', () => {
    lines.length = 0;
    format(f('secret detail'), { originalError: new Error('secret detail') });
    expect(lines.join('')).toContain('secret detail');
  });
});

describe('argument checks of the custom queries', () => {
  it.each([
    [4, 1, 6, true],
    [6, 1, 6, true],
    [7, 1, 6, false],
    [0, 1, 6, false],
    [2.5, 1, 6, false],
  ])('checkRange(%d, %d..%d) passes: %s', (value, min, max, passes) => {
    const run = () => checkRange('maxHops', value, min, max, 'MAX_HOPS');
    if (passes) expect(run()).toBe(value);
    else expect(run).toThrow(/^E_MAXHOPS: maxHops must be between 1 and 6 \(the server's MAX_HOPS\)/);
  });

  it('defaults to every cooperation type and never to containment', () => {
    expect(checkTypes(undefined)).toEqual([...COOPERATION_TYPES]);
    expect(COOPERATION_TYPES).not.toContain('LOCATED_IN');
    expect(COOPERATION_TYPES).not.toContain('PART_OF');
  });

  it.each([[['LOCATED_IN']], [['CO_BUILT', 'x) DETACH DELETE n //']]])('refuses types %j', (types) => {
    expect(() => checkTypes(types)).toThrow(/^E_TYPES: unknown relationship type/);
  });
});

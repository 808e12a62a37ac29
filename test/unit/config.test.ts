import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';

describe('loadConfig', () => {
  it('works out of the box with no environment', () => {
    const config = loadConfig({});
    expect(config.NEO4J_URI).toBe('bolt://127.0.0.1:7687');
    expect(config.PORT).toBe(4000);
    expect(config.GRAPHQL_IDE).toBe(true);
    expect(config.JWT_SECRET).toBeUndefined();
  });

  it.each([
    [{ PORT: '8080' }, 'PORT', 8080],
    [{ GRAPHQL_INTROSPECTION: 'false' }, 'GRAPHQL_INTROSPECTION', false],
    [{ MAX_HOPS: '4' }, 'MAX_HOPS', 4],
  ] as const)('reads %o', (env, key, expected) => {
    expect(loadConfig(env)[key]).toBe(expected);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ JWT_SECRET: '', PORT: '' }).PORT).toBe(4000);
  });

  it.each([
    [{ PORT: 'abc' }, /PORT/],
    [{ NEO4J_PASSWORD: 'short' }, /NEO4J_PASSWORD/],
    [{ JWT_SECRET: 'too-short' }, /JWT_SECRET/],
    [{ GRAPHQL_IDE: 'maybe' }, /GRAPHQL_IDE/],
  ])('rejects %o naming the variable', (env, pattern) => {
    expect(() => loadConfig(env)).toThrow(pattern);
  });
});

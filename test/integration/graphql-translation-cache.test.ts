import { describe, expect, it } from 'vitest';
import { useFixtureServer } from './graphql-server.ts';

// Translations are kept per field, arguments and selection (src/server/translation-cache.ts): a warm
// cache must still answer each request for its own arguments, selection and aliases.

const fixture = useFixtureServer();

async function ok<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const { status, body } = await fixture.server.gql<T>(query, variables);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  expect(status).toBe(200);
  return body.data!;
}

type Located = { entity: { id: string; locatedIn?: { name: string }[] }[] };

describe('translations reused across requests', () => {
  it('answers the same text with alternating variables for each variable', async () => {
    const query = 'query($n: String!) { entity(name: $n) { id } }';
    for (let round = 0; round < 3; round++) {
      for (const [name, id] of [
        ['沪', 'region:310000'],
        ['渝', 'region:500000'],
      ] as const) {
        const data = await ok<Located>(query, { n: name });
        expect(data.entity.map((e) => e.id)).toEqual([id]);
      }
    }
  });

  it('answers literal arguments, selections and aliases each for their own', async () => {
    for (let round = 0; round < 2; round++) {
      const plain = await ok<Located>('{ entity(name: "上海市科委") { id } }');
      expect(plain.entity[0]).toEqual({ id: 'org:上海市科学技术委员会' });
      const nested = await ok<Located>('{ entity(name: "上海市科委") { id locatedIn { name } } }');
      expect(nested.entity[0]?.locatedIn).toEqual([{ name: '上海市' }]);
      const aliased = await ok<{ a: { id: string }[]; b: { id: string }[] }>(
        '{ a: entity(name: "沪") { id } b: entity(name: "渝") { id } }',
      );
      expect([aliased.a[0]?.id, aliased.b[0]?.id]).toEqual(['region:310000', 'region:500000']);
    }
  });
});

describe('HTTP caching', () => {
  it('tells clients and proxies not to store answers', async () => {
    const res = await fetch(fixture.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ entity(name: "沪") { id } }' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});

import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { cacheSchemaAdapters } from '../../src/server/adapter-cache.ts';
import { LruMap } from '../../src/server/lru.ts';
import { libraryVersion } from '../../src/server/neo4j-graphql-internals.ts';
import { cacheResolveTrees } from '../../src/server/resolve-tree-cache.ts';
import {
  cachedTranslate,
  cacheTranslations,
  type Translate,
  valueKey,
} from '../../src/server/translation-cache.ts';

/** A stand-in for the library's translator: counts calls, and rewrites the tree as the real one does. */
function counting() {
  const calls: unknown[] = [];
  const translate: Translate = (input) => {
    calls.push(input.context.resolveTree);
    const tree = input.context.resolveTree as { args: Record<string, unknown> };
    const cypher = `MATCH (e {name: $name}) RETURN e // ${JSON.stringify(tree.args)}`;
    tree.args = {};
    return { cypher, params: {} };
  };
  return { calls, translate };
}

const adapter = {};
const tree = (name: unknown) => ({ name: 'entity', alias: 'entity', args: { name }, fieldsByTypeName: {} });
// A fresh schema model per call unless one is given: the caches live per schema, for the process.
const input = (resolveTree: unknown, context: Record<string, unknown> = {}) => ({
  context: { schemaModel: {}, resolveTree, authorization: {}, features: {}, ...context },
  entityAdapter: adapter,
  varName: 'this',
});

describe('cachedTranslate', () => {
  it('translates a field once per arguments and selection, and again for other arguments', () => {
    const { calls, translate } = counting();
    const cached = cachedTranslate('read', 'entityAdapter', translate);
    const schemaModel = {};
    const first = cached(input(tree('上海市'), { schemaModel }));
    expect(cached(input(tree('上海市'), { schemaModel }))).toBe(first);
    const other = cached(input(tree('重庆市'), { schemaModel }));
    expect(other.cypher).toContain('重庆市');
    expect(first.cypher).toContain('上海市');
    expect(calls).toHaveLength(2);
  });

  it('keeps entries apart by adapter and by schema', () => {
    const { calls, translate } = counting();
    const cached = cachedTranslate('read', 'entityAdapter', translate);
    const schemaModel = {};
    cached(input(tree('上海市'), { schemaModel }));
    cached({ ...input(tree('上海市'), { schemaModel }), entityAdapter: {} });
    cached(input(tree('上海市'), { schemaModel: {} }));
    cached(input(tree('上海市'), { schemaModel }));
    expect(calls).toHaveLength(3);
  });

  it.each([
    ['a schema with authorization', { features: { authorization: { key: 'k' } } }],
    ['a request with a JWT', { authorization: { jwt: { sub: 'x' } } }],
    ['a fulltext request', { fulltext: { index: 'x' } }],
  ])('always translates on %s', (_label, context) => {
    const { calls, translate } = counting();
    const cached = cachedTranslate('read', 'entityAdapter', translate);
    const schemaModel = {};
    cached(input(tree('上海市'), { schemaModel, ...context }));
    cached(input(tree('上海市'), { schemaModel, ...context }));
    expect(calls).toHaveLength(2);
  });

  it('always translates arguments it cannot key exactly (a date)', () => {
    const { calls, translate } = counting();
    const cached = cachedTranslate('read', 'entityAdapter', translate);
    const schemaModel = {};
    cached(input(tree(new neo4j.types.Date(2024, 6, 3)), { schemaModel }));
    cached(input(tree(new neo4j.types.Date(2024, 6, 3)), { schemaModel }));
    expect(calls).toHaveLength(2);
  });
});

describe('valueKey', () => {
  it.each([
    [{ a: 1, b: ['x', null, true] }, '{"a":1,"b":["x",null,true]}'],
    ['科委', '"科委"'],
    [{ a: undefined }, undefined],
    [-0, undefined],
    [Number.NaN, undefined],
    [10n, undefined],
    [new Date(0), undefined],
    [{ limit: neo4j.int(20) }, '{"limit":int(20)}'],
    [neo4j.int('9007199254740993'), 'int(9007199254740993)'],
  ])('%o → %s', (value, expected) => {
    expect(valueKey(value)).toBe(expected);
  });

  it('tells a string from a number and keys from values', () => {
    expect(valueKey({ a: '1' })).not.toBe(valueKey({ a: 1 }));
    expect(valueKey(neo4j.int(20))).not.toBe(valueKey(20));
    expect(valueKey({ 'a:1': 2 })).not.toBe(valueKey({ a: '1:2' }));
  });
});

describe('LruMap', () => {
  it('forgets the least recently used entry first', () => {
    const m = new LruMap<number>(2);
    m.set('a', 1);
    m.set('b', 2);
    m.get('a');
    m.set('c', 3);
    expect([m.get('a'), m.get('b'), m.get('c'), m.size]).toEqual([1, undefined, 3, 2]);
  });
});

describe('the installed @neo4j/graphql', () => {
  // Both caches reach into the library's compiled modules: a new version must be checked by hand.
  it('is the version the caches were checked against, and they install', () => {
    expect(libraryVersion()).toBe('7.6.3');
    expect(cacheSchemaAdapters()).toBe(true);
    expect(cacheTranslations()).toBe(true);
    expect(cacheResolveTrees()).toBe(true);
  });
});

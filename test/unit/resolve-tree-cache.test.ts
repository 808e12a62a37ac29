import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { cachedResolveTree, copyTree } from '../../src/server/resolve-tree-cache.ts';

/** A stand-in for the library's getNeo4jResolveTree: counts calls, builds the tree from the variables. */
function counting() {
  let calls = 0;
  const original = (info: { variableValues: Record<string, unknown> }) => {
    calls++;
    return { name: 'entity', alias: 'entity', args: { name: info.variableValues.n, limit: neo4j.int(5) } };
  };
  return { original, calls: () => calls };
}

const schema = {};
const info = (fieldNodes: object[], variableValues: Record<string, unknown> = {}) => ({
  schema,
  fieldNodes,
  parentType: { name: 'Query' },
  variableValues,
});

describe('cachedResolveTree', () => {
  it('builds a field’s tree once per variables, and hands out copies', () => {
    const { original, calls } = counting();
    const cached = cachedResolveTree(original);
    const node = {};
    const first = cached(info([node], { n: '沪' })) as { args: Record<string, unknown> };
    first.args = {}; // as translation does to the tree it is given
    const second = cached(info([node], { n: '沪' })) as { args: { name: string; limit: unknown } };
    expect(second.args.name).toBe('沪');
    expect(neo4j.isInt(second.args.limit)).toBe(true);
    expect(calls()).toBe(1);
    const other = cached(info([node], { n: '渝' })) as { args: { name: string } };
    expect(other.args.name).toBe('渝');
    expect(calls()).toBe(2);
  });

  it.each([
    ['a nested call (a tree being built)', info([{}]), { resolveTree: {} }],
    ['a field selected twice under one key', info([{}, {}]), undefined],
    ['variables it cannot key exactly', info([{}], { d: new Date(0) }), undefined],
  ])('always builds for %s', (_label, i, options) => {
    const { original, calls } = counting();
    const cached = cachedResolveTree(original);
    cached(i, options);
    cached(i, options);
    expect(calls()).toBe(2);
  });
});

describe('copyTree', () => {
  it('copies plain objects and arrays, and shares neo4j values', () => {
    const limit = neo4j.int(20);
    const tree = { args: { limit, names: ['a'] }, fieldsByTypeName: {} };
    const copy = copyTree(tree);
    expect(copy).toEqual(tree);
    expect(copy.args).not.toBe(tree.args);
    expect(copy.args.names).not.toBe(tree.args.names);
    expect(copy.args.limit).toBe(limit);
  });
});

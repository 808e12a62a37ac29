import { describe, expect, it } from 'vitest';
import { COOPERATION_TYPES, PathStatements } from '../../src/server/custom-queries.ts';

// The cooperationPaths text a request gets: which shapes it lists, the types written into its patterns,
// and what it refuses to write in. Whether the shapes find the right paths is the integration test's.

const paths = new PathStatements(4);
const shapes = (text: string) => text.match(/^ {4}UNION ALL$/gm)?.length ?? 0;

describe('PathStatements', () => {
  it('lists the 3- and 4-hop shapes only with a type filter, and only up to maxHops', () => {
    const all = [...COOPERATION_TYPES];
    const counts = (types: readonly string[]) => [1, 2, 3, 4].map((h) => shapes(paths.get(h, 20, types)));
    const unfiltered = counts(all);
    const filtered = counts(['PILOTS']);
    // Unfiltered, every maxHops gets the same 1- and 2-hop list.
    expect(new Set(unfiltered).size).toBe(1);
    expect(filtered.slice(0, 2)).toEqual(unfiltered.slice(0, 2));
    expect(filtered[2]).toBe(unfiltered[2]! + 6); // six shapes of 3 hops
    expect(filtered[3]).toBe(filtered[2]! + 1); // and one of 4
  });

  it('says up to which length its list is the whole answer', () => {
    expect(paths.get(3, 20, ['PILOTS'])).toContain('$maxHops <= 3');
    expect(paths.get(3, 20, [...COOPERATION_TYPES])).toContain('$maxHops <= 2');
    expect(paths.get(2, 20, ['PILOTS'])).toContain('$maxHops <= 2');
  });

  it('writes the requested types into the patterns, in one order, and nothing else', () => {
    const text = paths.get(4, 20, ['SIGNED_AGREEMENT', 'CO_BUILT', 'CO_BUILT']);
    expect(text).toContain('-[c:CO_BUILT|SIGNED_AGREEMENT]-');
    expect(text).not.toContain('PILOTS');
    expect(text).not.toMatch(/\{\{|\/\/<|\/\/<\//);
    expect(paths.get(4, 20, ['CO_BUILT', 'SIGNED_AGREEMENT'])).toBe(text);
  });

  it('picks the smallest k at or above the limit', () => {
    expect(paths.get(4, 7, ['PILOTS'])).toContain('LIMIT 10\n');
    expect(paths.get(4, 7, ['PILOTS'])).toContain('SHORTEST 10 ');
    expect(paths.get(4, 1, ['PILOTS'])).toContain('SHORTEST 1 ');
  });

  it.each([
    ['an unknown type', 4, ['LOCATED_IN']],
    ['a written-in attempt', 4, ['PILOTS]-() DETACH DELETE (x) //']],
    ['no type', 4, []],
    ['maxHops over the limit', 5, ['PILOTS']],
    ['maxHops 0', 0, ['PILOTS']],
  ] as const)('refuses %s', (_name, maxHops, types) => {
    expect(() => paths.get(maxHops, 20, types)).toThrow(/PathStatements/);
  });
});

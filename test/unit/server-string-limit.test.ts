import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { longestString } from '../../src/server/string-limit.ts';

describe('longestString', () => {
  it.each([
    ['{ entity(name: "上海") { id } }', {}, 2],
    ['{ search(text: "科学技术") { id } entity(name: "沪") { id } }', {}, 4],
    ['query($n: String!) { entity(name: $n) { id } }', { n: 'x'.repeat(42) }, 42],
    [
      'query($w: Filter) { organizations(where: $w) { id } }',
      { w: { name: { in: ['a', 'b'.repeat(7)] } } },
      7,
    ],
    ['{ __typename }', {}, 0],
  ])('of %s is %i', (query, variables, expected) => {
    expect(longestString(parse(query), variables)).toBe(expected);
  });
});

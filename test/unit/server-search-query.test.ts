import { describe, expect, it } from 'vitest';
import { luceneQuery, searchWords } from '../../src/server/search-query.ts';

describe('searchWords: jieba words of a query, each with its best split', () => {
  it.each([
    ['科委', [{ word: '科委', parts: [] }]],
    ['科学技术', [{ word: '科学技术', parts: ['科学', '技术'] }]],
    ['海市', [{ word: '海市', parts: [] }]],
    [
      '上海市科学技术委员会',
      [
        { word: '上海市', parts: ['上海'] },
        { word: '科学技术委员会', parts: ['科学技术', '委员会'] },
      ],
    ],
    ['  科委，科委！ ', [{ word: '科委', parts: [] }]],
    ['', []],
  ])('%s', (text, expected) => {
    expect(searchWords(text)).toEqual(expected);
  });
});

describe('luceneQuery: quoted, OR-ed words; a word also matches through all its parts', () => {
  it.each([
    [[], ''],
    [[{ word: '科委', parts: [] }], '"科委"'],
    [[{ word: '上海市', parts: ['上海'] }], '"上海市"'],
    [
      [{ word: '科学技术委员会', parts: ['科学技术', '委员会'] }],
      '("科学技术委员会" OR ("科学技术" AND "委员会"))',
    ],
    [
      [
        { word: '沪', parts: [] },
        { word: '科委', parts: [] },
      ],
      '"沪" OR "科委"',
    ],
    // Lucene operators in user text stay literal.
    [[{ word: 'a"b\\c', parts: [] }], '"a\\"b\\\\c"'],
    [[{ word: '*:*', parts: [] }], '"*:*"'],
  ])('%j → %s', (words, expected) => {
    expect(luceneQuery(words)).toBe(expected);
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTagTable, specialTag, Tagger } from '../../ingest/jieba-tags.ts';

describe("specialTag (cppjieba's tag for a word its dictionary lacks)", () => {
  it.each([
    ['a', 'x'],
    ['7', 'x'],
    ['ab', 'eng'],
    ['12', 'm'],
    ['1a', 'm'],
    ['a1', 'eng'],
    ['2027年', 'm'],
    ['中文', 'x'],
    ['中a', 'eng'],
    ['文中a', 'eng'],
    ['😀a', 'eng'],
    ['😀😀a', 'eng'],
    ['12ab', 'm'],
    ['1a2b', 'eng'],
  ])('%s is %s', (word, tag) => {
    expect(specialTag(word)).toBe(tag);
  });
});

describe('readTagTable', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'govkg-tags-'));
  const file = (name: string, text: string) => {
    const p = path.join(dir, name);
    writeFileSync(p, text);
    return p;
  };
  const dict = file('main.dict', '中国 100 ns\n合作 50 vn\n云计算 9 n\n');
  const user1 = file('user1.dict', '云计算\n合作 n\n工信厅 2000 nt\n\n多 出 来 的\n');
  const user2 = file('user2.dict', '工信厅 10 ns\n');

  it('reads the main dictionary alone when given no user dictionary', () => {
    const tags = readTagTable(dict, '');
    expect(['中国', '合作', '云计算', '工信厅'].map((w) => tags.get(w))).toEqual([
      'ns',
      'vn',
      'n',
      undefined,
    ]);
  });

  it('finds whole words only, the last line of a repeated word winning', () => {
    const big = file(
      'big.dict',
      `${'x'.repeat(50)} 1 n\n中 9 f\n中国 8 ns\n中国人 7 n\n中国 6 nz\nab c 5 eng\n`,
    );
    const tags = readTagTable(big, '');
    expect(tags.get('中')).toBe('f');
    expect(tags.get('中国')).toBe('nz');
    expect(tags.get('中国人')).toBe('n');
    expect(tags.get('国')).toBeUndefined();
    expect(tags.get('中国人民')).toBeUndefined();
    expect(tags.get('x'.repeat(50))).toBe('n');
    // "ab c 5 eng" is the word ab with frequency c: its tag is "5 eng", and "ab c" is no word.
    expect(tags.get('ab')).toBe('5 eng');
    expect(tags.get('ab c')).toBeUndefined();
    expect(tags.get('')).toBeUndefined();
  });

  it('agrees with a plain map of the lines on a few thousand words', () => {
    const words = Array.from({ length: 3000 }, (_, k) => `词${k.toString(36)}`);
    const lines = words.map((w, k) => `${w} ${k} t${k % 7}`);
    const tags = readTagTable(file('many.dict', `${lines.join('\n')}\n`), '');
    expect(words.every((w, k) => tags.get(w) === `t${k % 7}`)).toBe(true);
    expect(tags.get('词zzz')).toBeUndefined();
  });

  it('lets user dictionaries replace entries in order; one column clears the tag', () => {
    const tags = readTagTable(dict, `${user1}|${user2}`);
    expect(tags.get('云计算')).toBe('');
    expect(tags.get('合作')).toBe('n');
    expect(tags.get('工信厅')).toBe('ns');
    expect(tags.get('多')).toBeUndefined();
  });

  it('tags a word with an empty or missing entry by the special rule', () => {
    const tagger = new Tagger(readTagTable(dict, user1));
    expect(tagger.tag('云计算')).toBe('x');
    expect(tagger.tag('2027')).toBe('m');
    expect(tagger.tag('中国')).toBe('ns');
    expect(tagger.tag('中国')).toBe('ns');
  });
});

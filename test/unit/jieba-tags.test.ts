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
    expect([...readTagTable(dict, '')]).toEqual([
      ['中国', 'ns'],
      ['合作', 'vn'],
      ['云计算', 'n'],
    ]);
  });

  it('lets user dictionaries replace entries in order; one column clears the tag', () => {
    const tags = readTagTable(dict, `${user1}|${user2}`);
    expect(tags.get('云计算')).toBe('');
    expect(tags.get('合作')).toBe('n');
    expect(tags.get('工信厅')).toBe('ns');
    expect(tags.has('多')).toBe(false);
  });

  it('tags a word with an empty or missing entry by the special rule', () => {
    const tagger = new Tagger(readTagTable(dict, user1));
    expect(tagger.tag('云计算')).toBe('x');
    expect(tagger.tag('2027')).toBe('m');
    expect(tagger.tag('中国')).toBe('ns');
    expect(tagger.tag('中国')).toBe('ns');
  });
});

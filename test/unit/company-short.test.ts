import { describe, expect, it } from 'vitest';
import { companyShort } from '../../ingest/resolve/coref.ts';
import { splitState } from '../../ingest/segment.ts';

describe('a group company and its short name are one body', () => {
  it.each([
    ['中国有色集团', '中国有色金属集团有限公司', false],
    ['有色集团', '中国有色金属集团有限公司', true],
    ['兵器集团', '中国兵器工业集团有限公司', true],
    ['航材集团', '中国航空材料集团有限公司', true],
    ['建材集团', '中国有色金属集团有限公司', false],
    ['有色公司', '中国有色金属集团有限公司', false],
    ['有色集团', '有色金属研究院', false],
  ])('%s / %s', (short, long, same) => {
    expect(companyShort(short, long)).toBe(same);
  });
});

describe('中 + a word opening with 国 keeps the state title', () => {
  const tok = (word: string, tag: string, start: number) => ({ word, tag, start, end: start + word.length });
  it.each([
    ['glued onto the next name', [tok('中', 'f', 0), tok('国航', 'nz', 1)], ['中国', '航']],
    ['not adjacent', [tok('中', 'f', 0), tok('国航', 'nz', 2)], ['中', '国航']],
    ['a lone 国 is left alone', [tok('中', 'f', 0), tok('国', 'n', 1)], ['中', '国']],
  ])('%s', (_name, tokens, words) => {
    expect(splitState(tokens).map((t) => t.word)).toEqual(words);
  });
});

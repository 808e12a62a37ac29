import { describe, expect, it } from 'vitest';
import { companyShort } from '../../ingest/resolve/coref.ts';

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

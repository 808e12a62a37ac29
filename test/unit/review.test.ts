import { describe, expect, it } from 'vitest';
import {
  collectEntities,
  editDistance,
  formatReview,
  lowConfidence,
  nearDuplicates,
  type Seen,
} from '../../ingest/curation/review.ts';
import { createContext, STAGES } from '../../ingest/index.ts';
import { createRunner } from '../../ingest/pipeline.ts';

const seen = (name: string, extra: Partial<Seen> = {}): Seen => ({
  id: `org:${name}`,
  type: 'Organization',
  name,
  aliases: [],
  confidence: 0.8,
  rules: ['r'],
  docs: ['d'],
  evidence: [],
  ...extra,
});

describe('editDistance', () => {
  it.each([
    ['科技局', '科技局', 0],
    ['科技局', '科技厅', 1],
    ['abc', '', 3],
    ['减负行动1.0', '减负行动2.0', 1],
  ])('%s ~ %s = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });
});

describe('nearDuplicates', () => {
  it.each([
    [
      'a shared surface form',
      seen('江苏省财政厅', { aliases: ['省财政厅'] }),
      seen('山东省财政厅', { aliases: ['省财政厅'] }),
      /both are called 省财政厅/,
    ],
    ['one name inside the other', seen('中国人民银行'), seen('中国人民银行长沙中心支行'), /lies inside/],
    ['names a character apart', seen('宁波数字经济联盟'), seen('宁波数字经济联合'), /differ by 1/],
  ])('finds %s', (_name, a, b, why) => {
    const [d] = nearDuplicates([a, b]);
    expect(d?.why).toMatch(why);
  });

  it.each([
    ['different types', seen('上海'), seen('上海', { type: 'Region', id: 'region:310000' })],
    ['unrelated names', seen('浙江大学'), seen('江西省商务厅')],
    ['short names inside longer ones', seen('上海'), seen('上海交通大学')],
  ])('ignores %s', (_name, a, b) => {
    expect(nearDuplicates([a, b])).toEqual([]);
  });
});

describe('collectEntities and the review', () => {
  const run = createRunner(
    STAGES.filter((s) => s.name !== 'relate'),
    createContext({ overridesPath: '/nonexistent.json' }),
  );
  const docs = [
    run({ id: 'a', source: 'a', raw: '江苏省科技厅召开会议。省科技厅负责落实。' }),
    run({ id: 'b', source: 'b', raw: '江苏省科学技术厅发布通知。' }),
  ];

  it('gathers one entity over documents, with evidence as written', () => {
    const org = collectEntities(docs).find((e) => e.id === 'org:江苏省科学技术厅')!;
    expect(org.docs).toEqual(['a', 'b']);
    expect(org.aliases.sort()).toEqual(['江苏省科技厅', '省科技厅']);
    expect(org.evidence.map((e) => e.text)).toEqual([
      '江苏省科技厅召开会议。',
      '省科技厅负责落实。',
      '江苏省科学技术厅发布通知。',
    ]);
  });

  it('lists low-confidence entities lowest first and prints both sections', () => {
    const low = lowConfidence([
      seen('甲', { confidence: 0.6 }),
      seen('乙', { confidence: 0.3 }),
      seen('丙', { confidence: 0.9 }),
    ]);
    expect(low.map((s) => s.name)).toEqual(['乙', '甲']);
    const text = formatReview([], low);
    expect(text).toMatch(/# Near-duplicate names \(0\)/);
    expect(text).toMatch(/# Low-confidence entities \(2\)[\s\S]*乙[\s\S]*甲/);
  });
});

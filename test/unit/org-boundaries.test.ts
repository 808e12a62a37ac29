import { describe, expect, it } from 'vitest';
import { createContext, STAGES } from '../../ingest/index.ts';
import { createRunner } from '../../ingest/pipeline.ts';
import { bureauBranches, dropLeadingBy } from '../../ingest/recognize/branches.ts';
import type { Candidate } from '../../ingest/recognize/candidate.ts';

const org = (start: number, end: number): Candidate => ({
  start,
  end,
  type: 'Organization',
  rule: 'r',
  confidence: 0.7,
});
const region = (start: number, end: number): Candidate => ({ ...org(start, end), type: 'Region' });

describe('a national bureau and its branch are one body', () => {
  it.each([
    ['a provincial branch', '国家税务总局陕西省税务局', [org(0, 6), org(6, 12)], [region(6, 9)], [[0, 12]]],
    ['a city branch', '国家统计局宁波调查局', [org(0, 5), org(5, 10)], [region(5, 7)], [[0, 10]]],
    ['a bureau not led by a place stays apart', '国家税务总局稽查局', [org(0, 6), org(6, 9)], [], []],
    [
      'a body that is no national bureau',
      '陕西省人民政府西安市税务局',
      [org(0, 7), org(7, 13)],
      [region(7, 10)],
      [],
    ],
  ])('%s', (_name, text, found, regions, spans) => {
    expect(bureauBranches(text, found, regions).map((c) => [c.start, c.end])).toEqual(spans);
  });
});

describe('由 never opens a body name', () => {
  it.each([
    ['由 glued to the name', '由省教育厅', [1, 5]],
    ['a name without 由', '省教育厅', [0, 4]],
  ])('%s', (_name, text, span) => {
    const c = dropLeadingBy(text, org(0, text.length));
    expect([c.start, c.end]).toEqual(span);
  });
});

const run = createRunner(
  STAGES.filter((s) => s.name !== 'relate'),
  createContext({ overridesPath: '/nonexistent.json' }),
);
describe('bureau branches end to end', () => {
  it.each([
    ['国家税务总局甘肃省税务局发布公告。', '国家税务总局甘肃省税务局'],
    ['国家金融监督管理总局江西监管局发布通知。', '国家金融监督管理总局江西监管局'],
    ['国家统计局广西调查总队发布数据。', '国家统计局广西调查总队'],
  ])('%s', (text, name) => {
    const orgs = (run({ id: 't', source: 't', raw: text }).entities ?? []).filter(
      (e) => e.type === 'Organization',
    );
    expect(orgs.map((e) => e.name)).toEqual([name]);
  });
});

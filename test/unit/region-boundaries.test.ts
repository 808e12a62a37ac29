import { describe, expect, it } from 'vitest';
import { createContext, STAGES } from '../../ingest/index.ts';
import { createRunner } from '../../ingest/pipeline.ts';

// Place names cut out of longer names, and zones named like a county.
const run = createRunner(
  STAGES.filter((s) => s.name !== 'relate'),
  createContext({ overridesPath: '/nonexistent.json' }),
);
const names = (text: string, type: string) =>
  (run({ id: 't', source: 't', raw: text }).entities ?? []).filter((e) => e.type === type).map((e) => e.name);

describe('a short place form is not cut out of a longer name', () => {
  it.each([
    ['a numeral before it', '两州共建三江源生态保护区。', '江源区'],
    ['a direction before it', '两县共建东江源水源涵养区。', '江源区'],
    ['a zone named like a county', '平潭综合实验区出台新政。', '平潭县'],
    ['a university named like a district', '天津市与南开大学签约。', '南开区'],
  ])('%s', (_name, text, wrong) => {
    expect(names(text, 'Region')).not.toContain(wrong);
  });

  it.each([
    ['the zone itself is a region', '平潭综合实验区出台新政。', '平潭综合实验区'],
    ['an economic zone is a region', '北部湾经济区加快建设。', '北部湾经济区'],
    ['a place after a verb stays', '专家赴江源考察。', '江源区'],
    ['a city opening a university name stays', '兰州大学发布成果。', '兰州市'],
  ])('%s', (_name, text, region) => {
    expect(names(text, 'Region')).toContain(region);
  });

  it.each([
    [
      'an office of a zone is a body',
      '北部湾经济区规划建设管理办公室召开会议。',
      '北部湾经济区规划建设管理办公室',
    ],
  ])('%s', (_name, text, org) => {
    expect(names(text, 'Organization')).toContain(org);
  });
});

describe('a province short name in a list of provinces', () => {
  it.each([
    [
      'listed after a municipality in its own article',
      '天津市召开会议。天津市、河北、内蒙古等地参加。',
      '河北省',
      '河北区',
    ],
    [
      'the district written in full stays a district',
      '天津市召开会议。天津市河北区发布通知。',
      '河北区',
      '河北省',
    ],
  ])('%s', (_name, text, region, wrong) => {
    const all = names(text, 'Region');
    expect(all).toContain(region);
    expect(all).not.toContain(wrong);
  });
});

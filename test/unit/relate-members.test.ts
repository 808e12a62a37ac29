import { describe, expect, it } from 'vitest';
import { memberRelations, parseMembers } from '../../ingest/relate/members.ts';
import type { Doc, Entity, Mention, Sentence } from '../../ingest/types.ts';

/** A document split on 。 with one mention per [surface, entity id] (first occurrence). */
function docOf(text: string, entities: Entity[], found: [string, string][]): Doc {
  let at = 0;
  const sentences: Sentence[] = text
    .split('。')
    .filter(Boolean)
    .map((p, index) => {
      const start = at;
      at += p.length + 1;
      const t = `${p}。`;
      return {
        index,
        start,
        end: start + t.length,
        text: t,
        orig: { start, end: start + t.length },
        tokens: [],
      };
    });
  const mentions: Mention[] = found.map(([surface, id]) => {
    const start = text.indexOf(surface);
    const s = sentences.find((x) => x.start <= start && start < x.end)!;
    return {
      start,
      end: start + surface.length,
      sentence: s.index,
      surface,
      type: 'Region',
      entityId: id,
      rule: 't',
      confidence: 1,
    };
  });
  return { id: 'd', source: 'd', raw: text, text, sentences, mentions, entities };
}

const region = (id: string, name: string, extra: Partial<Entity> = {}): Entity => ({
  id,
  type: 'Region',
  name,
  aliases: [],
  confidence: 1,
  ...extra,
});

// A made-up table: 东海湾区 spans provinces P1 and P2; 北岸城市群 is drawn by the city C1 alone.
const gazetteer = [
  { id: 'region:P1', name: '甲省', level: 'province' as const, aliases: [] },
  { id: 'region:P2', name: '乙省', level: 'province' as const, aliases: [] },
  { id: 'region:P3', name: '丙省', level: 'province' as const, aliases: [] },
  { id: 'region:C1', name: '丁市', level: 'city' as const, aliases: [], parent: 'region:P1' },
];
const table = parseMembers('# comment\n东海湾区|东湾\t甲省|乙省\n北岸城市群\t丁市\n', gazetteer, 't.tsv');
const parentOf = (id: string) => gazetteer.find((g) => g.id === id)?.parent;
const area = region('region:东海湾区', '东海湾区', { level: 'area' });

describe('memberRelations', () => {
  it.each([
    [
      'each member province named with the region is part of it, evidence where both are named',
      '甲省与乙省共建东湾创新走廊。丙省也派员参加。',
      [
        region('region:P1', '甲省'),
        region('region:P2', '乙省'),
        region('region:P3', '丙省'),
        { ...area, aliases: ['东湾'] },
      ],
      [
        ['甲省', 'region:P1'],
        ['乙省', 'region:P2'],
        ['丙省', 'region:P3'],
        ['东湾', 'region:东海湾区'],
      ],
      ['region:P1>region:东海湾区@0', 'region:P2>region:东海湾区@0'],
    ],
    [
      'a zone whose province goes unnamed is part of the region through its province',
      '东海湾区建设推进会召开。戊新区率先落地。',
      [area, region('region:Z', '戊新区', { level: 'zone', within: 'region:P2' })],
      [
        ['东海湾区', 'region:东海湾区'],
        ['戊新区', 'region:Z'],
      ],
      ['region:Z>region:东海湾区@1'],
    ],
    [
      'a city whose province is named is left to its province',
      '东海湾区规划发布。甲省丁市承接项目。',
      [area, region('region:P1', '甲省'), region('region:C1', '丁市')],
      [
        ['东海湾区', 'region:东海湾区'],
        ['甲省', 'region:P1'],
        ['丁市', 'region:C1'],
      ],
      ['region:P1>region:东海湾区@1'],
    ],
    [
      'a region drawn by cities takes in a member city, not its province',
      '北岸城市群协同发展。甲省与丁市参与。',
      [
        region('region:北', '北岸城市群', { level: 'area' }),
        region('region:P1', '甲省'),
        region('region:C1', '丁市', { within: 'region:P1' }),
      ],
      [
        ['北岸城市群', 'region:北'],
        ['甲省', 'region:P1'],
        ['丁市', 'region:C1'],
      ],
      ['region:C1>region:北@1'],
    ],
    [
      'no named region in the document, no relation',
      '甲省与乙省签署协议。',
      [region('region:P1', '甲省'), region('region:P2', '乙省')],
      [
        ['甲省', 'region:P1'],
        ['乙省', 'region:P2'],
      ],
      [],
    ],
  ] as [string, string, Entity[], [string, string][], string[]][])('%s', (_, text, entities, found, want) => {
    const doc = docOf(text, entities, found);
    const got = memberRelations(doc, doc.sentences!, table, parentOf).map(
      (r) => `${r.source}>${r.target}@${r.evidence.sentence}`,
    );
    expect(got.sort()).toEqual(want);
  });

  it('a parent named only inside a longer name does not speak for the place', () => {
    // 甲省 appears only inside 甲省商务厅: 丁市 is the place the document speaks of.
    const text = '东海湾区会议召开。甲省商务厅在丁市调研。';
    const doc = docOf(
      text,
      [area, region('region:P1', '甲省'), region('region:C1', '丁市', { within: 'region:P1' })],
      [
        ['东海湾区', 'region:东海湾区'],
        ['甲省', 'region:P1'],
        ['甲省商务厅', 'region:P1'],
        ['丁市', 'region:C1'],
      ],
    );
    // 甲省 is nested in the longer mention 甲省商务厅 (made an entity-less mention below).
    doc.mentions = doc.mentions!.map((m) =>
      m.surface === '甲省商务厅' ? { ...m, entityId: 'org:x', type: 'Organization' } : m,
    );
    const got = memberRelations(doc, doc.sentences!, table, parentOf).map((r) => `${r.source}>${r.target}`);
    expect(got.sort()).toEqual(['region:C1>region:东海湾区', 'region:P1>region:东海湾区']);
  });

  it('an unknown member name is a lexicon error naming the file and line', () => {
    expect(() => parseMembers('东海湾区\t甲省|庚省\n', gazetteer, 't.tsv')).toThrow(
      /E_LEXICON: t\.tsv:1: unknown member "庚省"/,
    );
  });

  it('the shipped table loads against the gazetteer', () => {
    const doc = docOf(
      '长三角一体化推进。安徽省参与。',
      [
        region('region:长江三角洲地区', '长江三角洲地区', { level: 'area', aliases: ['长三角'] }),
        region('region:340000', '安徽省', { level: 'province' }),
      ],
      [
        ['长三角', 'region:长江三角洲地区'],
        ['安徽省', 'region:340000'],
      ],
    );
    expect(memberRelations(doc, doc.sentences!).map((r) => r.source)).toEqual(['region:340000']);
  });
});

import { describe, expect, it } from 'vitest';
import { withinRelations } from '../../ingest/relate/within.ts';
import type { Doc, Entity, Mention, Sentence } from '../../ingest/types.ts';

const sentence = (index: number, text: string, start: number): Sentence => ({
  index,
  start,
  end: start + text.length,
  text,
  orig: { start, end: start + text.length },
  tokens: [],
});

/** A document with one mention per [surface, entity id] found in its text. */
function docOf(text: string, entities: Entity[], found: [string, string][]): Doc {
  const parts = text.split('。').filter(Boolean);
  let at = 0;
  const sentences = parts.map((p, i) => {
    const s = sentence(i, `${p}。`, at);
    at += p.length + 1;
    return s;
  });
  const mentions: Mention[] = found.map(([surface, id]) => {
    const start = text.indexOf(surface);
    const s = sentences.find((x) => x.start <= start && start < x.end)!;
    const type = entities.find((e) => e.id === id)!.type;
    return {
      start,
      end: start + surface.length,
      sentence: s.index,
      surface,
      type,
      entityId: id,
      rule: 't',
      confidence: 1,
    };
  });
  return { id: 'd', source: 'd', raw: text, text, sentences, mentions, entities };
}

const e = (id: string, type: Entity['type'], extra: Partial<Entity> = {}): Entity => ({
  id,
  type,
  name: id,
  aliases: [],
  confidence: 1,
  ...extra,
});

const noGazetteer = () => undefined;

describe('withinRelations', () => {
  it.each([
    [
      'an organization sits in its city and, through it, its province',
      '甲支行与乙厅举办会议。',
      [
        e('支行', 'Organization', { within: '市' }),
        e('市', 'Region', { within: '省' }),
        e('省', 'Region'),
        e('乙厅', 'Organization', { within: '省' }),
      ],
      [
        ['甲支行', '支行'],
        ['乙厅', '乙厅'],
      ],
      ['LOCATED_IN 支行 -> 市', 'LOCATED_IN 支行 -> 省', 'LOCATED_IN 乙厅 -> 省', 'PART_OF 市 -> 省'],
    ],
    [
      'a step the document does not name breaks the chain',
      '甲区开展试点。',
      [e('区', 'Region', { within: '缺' }), e('省', 'Region')],
      [['甲区', '区']],
      [],
    ],
    [
      'a country inside a name is not spoken of',
      '中国商飞在浦东。',
      [e('商飞', 'Organization', { within: '国' }), e('国', 'Region', { level: 'country' })],
      [
        ['中国商飞', '商飞'],
        ['中国', '国'],
      ],
      [],
    ],
    [
      'a province is part of the country when the text names it',
      '山东省居民持中国护照。',
      [e('鲁', 'Region', { level: 'province' }), e('国', 'Region', { level: 'country' })],
      [
        ['山东省', '鲁'],
        ['中国', '国'],
      ],
      ['PART_OF 鲁 -> 国'],
    ],
    [
      'programs have no place',
      '甲计划在乙市实施。',
      [e('计划', 'Program', { within: '市' }), e('市', 'Region')],
      [
        ['甲计划', '计划'],
        ['乙市', '市'],
      ],
      [],
    ],
  ])('%s', (_, text, entities, found, expected) => {
    const doc = docOf(text, entities, found as [string, string][]);
    const got = withinRelations(doc, doc.sentences!, noGazetteer).map(
      (r) => `${r.type} ${r.source} -> ${r.target}`,
    );
    expect(got.sort()).toEqual([...expected].sort());
  });

  it('points its evidence at a sentence naming both ends when there is one', () => {
    const text = '甲支行开业。乙市的甲支行。';
    const entities = [e('支行', 'Organization', { within: '市' }), e('市', 'Region')];
    const doc = docOf(text, entities, [
      ['甲支行', '支行'],
      ['乙市', '市'],
    ]);
    doc.mentions!.push({ ...doc.mentions![0]!, start: 9, end: 12, sentence: 1 });
    const [r] = withinRelations(doc, doc.sentences!, noGazetteer);
    expect(r?.evidence.sentence).toBe(1);
    expect(r?.rule).toBe('within(co-mentioned)');
  });
});

import { describe, expect, it } from 'vitest';
import { statedDate } from '../../ingest/relate/dates.ts';
import { endpointTypes } from '../../ingest/relate/endpoints.ts';
import { finalizeRelations, mergeAgreements } from '../../ingest/relate/finalize.ts';
import { loadRelateLexicon, parseTriggers, parseWords } from '../../ingest/relate/lexicon.ts';
import { isConnector } from '../../ingest/relate/roles.ts';
import type { Slot } from '../../ingest/relate/slots.ts';
import { findTriggers } from '../../ingest/relate/triggers.ts';
import { clauseAt, fillersOnly } from '../../ingest/relate/words.ts';
import { type Agreement, RELATION_TYPES, type Relation } from '../../ingest/types.ts';

const lex = loadRelateLexicon();

/** Slots for the given surfaces, in order of appearance. */
function slotsOf(text: string, surfaces: string[]): Slot[] {
  return surfaces.map((surface, i) => {
    const start = text.indexOf(surface);
    return {
      start,
      end: start + surface.length,
      ids: [`e${i}`],
      type: 'Organization',
      surface,
      via: 'mention',
    };
  });
}

describe('trigger lexicon', () => {
  it('loads every row with a known type', () => {
    expect(lex.triggers.length).toBeGreaterThan(50);
    expect(lex.triggers.find((t) => t.word === '联合印发')?.effects).toEqual([
      { kind: 'type', type: 'COOPERATES_WITH' },
      { kind: 'type', type: 'ISSUED' },
    ]);
  });

  it.each([
    ['签署\tSIGNED\t0.9', /triggers.tsv:1/],
    ['签署\tSIGNED_AGREEMENT\t1.5', /triggers.tsv:1/],
    ['# comment\n签署\tSIGNED_AGREEMENT', /triggers.tsv:2/],
  ])('rejects a bad trigger row %j', (text, error) => {
    expect(() => parseTriggers(text)).toThrow(error);
  });

  it('splits a gapped trigger before folding it', () => {
    expect(parseTriggers('共同推进…建设\tCO_BUILT\t0.7')[0]).toMatchObject({
      head: '共同推进',
      tail: '建设',
    });
  });

  it('rejects an unknown word class', () => {
    expect(() => parseWords('conector\t和')).toThrow(/E_LEXICON: triggers-words.tsv:1/);
  });
});

describe('findTriggers', () => {
  it.each([
    ['上海市科委与重庆市科技局签署科技合作框架协议', [], ['签署']],
    ['双方签署战略合作协议', [], ['签署']],
    ['两地将加强合作', [], ['合作']],
    ['三部门联合印发通知', [], ['联合印发']],
    ['上海联合产权交易所发布消息称', ['上海联合产权交易所'], []],
    ['由甲会同乙共同推出', ['甲', '乙'], ['推出']],
    ['共同推进“丝路联盟”建设', [], ['共同推进']],
  ])('%s', (text, surfaces, expected) => {
    expect(findTriggers(text, slotsOf(text, surfaces), lex).map((h) => h.trigger.word.split('…')[0])).toEqual(
      expected,
    );
  });
});

describe('role helpers', () => {
  it.each([
    ['、', true],
    ['和', true],
    ['会同', true],
    ['等21家', true],
    ['“、”', true],
    ['的', false],
    ['发布', false],
  ])('connector %j → %s', (gap, expected) => {
    expect(isConnector(gap, lex)).toBe(expected);
  });

  it.each([
    ['', true],
    ['正式', true],
    ['范围内对25个', true],
    ['总装基地正式', false],
  ])('fillers only %j → %s', (gap, expected) => {
    expect(fillersOnly(gap, lex)).toBe(expected);
  });

  it.each([
    ['甲乙,丙丁。', 3, [3, 5]],
    ['甲乙,丙丁。', 1, [0, 2]],
    ['甲:乙;丙', 1, [0, 3]],
  ])('clause of %s at %i', (text, at, expected) => {
    expect(clauseAt(text, at)).toEqual(expected);
  });
});

describe('statedDate', () => {
  it.each([
    ['6月3日,甲与乙签署协议', '2021-08-01', '2021-06-03'],
    ['6 月 3 日,甲与乙签署协议', '2021-08-01', '2021-06-03'],
    ['2020年12月1日起施行', '2021-08-01', '2020-12-01'],
    ['6月3日,甲与乙签署协议', undefined, undefined],
    ['近日,甲与乙签署协议', '2021-08-01', undefined],
    ['13月3日', '2021-01-01', undefined],
    ['去年9月12日,丙与丁签署协议', '2022-03-01', '2021-09-12'],
    ['前年11月,戊启动己', '2022-03-01', '2020-11'],
    ['今年5月,庚上线辛', '2023-07-15', '2023-05'],
    ['去年9月,丙与丁签署协议', undefined, undefined],
    ['去年9月启动,6月3日正式上线', '2022-08-01', '2021-09'],
  ])('%s (%s) → %s', (text, docDate, expected) => {
    expect(statedDate(text, docDate)).toBe(expected);
  });
});

describe('finalizeRelations', () => {
  const evidence = { docId: 'd', sentence: 0, text: 't', start: 0, end: 1 };
  const rel = (type: Relation['type'], source: string, target: string, confidence = 0.5): Relation => ({
    type,
    source,
    target,
    evidence,
    rule: 'r',
    confidence,
  });

  it('keeps one undirected relation per pair, from the smaller id, the most confident', () => {
    const out = finalizeRelations([
      rel('COOPERATES_WITH', 'b', 'a', 0.4),
      rel('COOPERATES_WITH', 'a', 'b', 0.9),
    ]);
    expect(out).toEqual([rel('COOPERATES_WITH', 'a', 'b', 0.9)]);
  });

  it('keeps both directions of a directed type and drops self-relations', () => {
    const out = finalizeRelations([
      rel('LAUNCHED', 'a', 'b'),
      rel('LAUNCHED', 'b', 'a'),
      rel('LAUNCHED', 'a', 'a'),
    ]);
    expect(out.map((r) => `${r.source}>${r.target}`)).toEqual(['a>b', 'b>a']);
  });

  it('does not say that signers also cooperate', () => {
    const out = finalizeRelations([rel('SIGNED_AGREEMENT', 'a', 'b'), rel('COOPERATES_WITH', 'b', 'a')]);
    expect(out.map((r) => r.type)).toEqual(['SIGNED_AGREEMENT']);
  });
});

describe('endpointTypes', () => {
  it.each(RELATION_TYPES.map((t) => [t]))('%s has sources and targets', (type) => {
    const ends = endpointTypes(type);
    expect(ends.source.length).toBeGreaterThan(0);
    expect(ends.target.length).toBeGreaterThan(0);
  });
});

describe('mergeAgreements', () => {
  const evidence = (sentence: number) => ({ docId: 'd', sentence, text: 't', start: 0, end: 1 });
  const agreement = (id: string, parties: string[], extra: Partial<Agreement> = {}): Agreement => ({
    id,
    parties,
    evidence: evidence(0),
    rule: 'r',
    confidence: 0.8,
    ...extra,
  });

  it('keeps one agreement per party set, with the fullest title and a stated date', () => {
    const head = agreement('g0', ['a', 'b'], { title: '合作协议' });
    const body = agreement('g1', ['b', 'a'], { title: '科技合作框架协议', evidence: evidence(1) });
    const other = agreement('g2', ['a', 'c'], { date: '2021-06-03' });
    const signed: Relation = {
      type: 'SIGNED_AGREEMENT',
      source: 'a',
      target: 'b',
      evidence: evidence(1),
      rule: 'r',
      confidence: 0.9,
      agreementId: 'g1',
    };
    const out = mergeAgreements([head, body, other], [signed]);
    expect(out.agreements.map((g) => [g.id, g.title, g.evidence.sentence])).toEqual([
      ['g0', '科技合作框架协议', 1],
      ['g2', undefined, 0],
    ]);
    expect(out.relations[0]?.agreementId).toBe('g0');
  });
});

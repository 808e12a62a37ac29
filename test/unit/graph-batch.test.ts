import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Doc } from '../../ingest/types.ts';
import { agreementNodeId, buildBatch, contentHash } from '../../ingest/write/batch.ts';
import { searchTokens } from '../../ingest/write/search-text.ts';
import { aliasStatements, planNew, planRemove, planWrite } from '../../ingest/write/statements.ts';
import { CYPHER_DIR } from '../../src/db/cypher.ts';
import { type EntitySpec, handDoc } from '../integration/hand-doc.ts';

const meta = { pipelineVersion: '9.9.9', ingestedAt: '2026-06-01T08:00:00.000Z' };
const catalog: EntitySpec[] = [
  { id: 'org:安徽省科学技术厅', type: 'Organization', name: '安徽省科学技术厅', aliases: ['皖科技厅'] },
  { id: 'org:江苏省科学技术厅', type: 'Organization', name: '江苏省科学技术厅' },
  { id: 'region:340000', type: 'Region', name: '安徽省' },
  { id: 'program:科技创新券', type: 'Program', name: '科技创新券' },
];
const [anhui, jiangsu, anhuiRegion, voucher] = catalog.map((e) => e.id) as [string, string, string, string];

const doc = handDoc(
  {
    id: 'unit/a',
    title: '苏皖科技合作',
    sentences: ['安徽省科技厅与江苏省科学技术厅签署协议。', '两厅共同推行科技创新券。'],
    mentions: [
      [0, '安徽省科技厅', anhui],
      [0, '江苏省科学技术厅', jiangsu],
      [1, '科技创新券', voucher],
    ],
    relations: [
      // Undirected and stated from the larger id: stored from the smaller.
      ['SIGNED_AGREEMENT', jiangsu, anhui, 0, 'deal'],
      ['CO_BUILT', anhui, voucher, 1],
      ['CO_BUILT', jiangsu, voucher, 1],
    ],
    agreements: [{ id: 'deal', title: '科技合作协议', parties: [anhui, jiangsu], sentence: 0 }],
  },
  catalog,
);

describe('GraphBatch → statements (pure translation)', () => {
  const batch = buildBatch(doc, meta);

  it('translates a document into named, parameterized statements', () => {
    expect(planWrite(batch, [anhui, anhuiRegion])).toMatchSnapshot();
  });

  it('translates a removal', () => {
    expect(planRemove('unit/a', [anhui, voucher])).toMatchSnapshot();
  });

  it('turns recomputed aliases into searchText and Alias forms', () => {
    expect(
      aliasStatements([{ id: anhui, name: '安徽省科学技术厅', aliases: ['安徽省科技厅', '皖科技厅'] }]),
    ).toMatchSnapshot();
  });

  it('names only statements that exist under cypher/', () => {
    const names = [
      ...planWrite(batch, [anhui]),
      ...planRemove('unit/a', [anhui]),
      ...planNew([batch]),
      ...aliasStatements([{ id: anhui, name: 'x', aliases: [] }]),
    ].map((s) => s.name);
    for (const name of names) expect(existsSync(path.join(CYPHER_DIR, `${name}.cypher`)), name).toBe(true);
  });

  it('writes new documents together: their own facts by CREATE, shared entities by MERGE, no clearing', () => {
    expect(planNew([batch])).toMatchSnapshot();
  });

  it('joins the rows of several new documents; a shared entity keeps each row, in document order', () => {
    const second = buildBatch(
      handDoc(
        {
          id: 'unit/b',
          sentences: ['皖科技厅发布科技创新券细则。'],
          mentions: [
            [0, '皖科技厅', anhui],
            [0, '科技创新券', voucher],
          ],
          relations: [['LAUNCHED', anhui, voucher, 0]],
        },
        catalog,
      ),
      meta,
    );
    const plan = planNew([batch, second]);
    const params = (name: string) => plan.find((s) => s.name === name)?.params as { rows: never[] };
    expect(plan.map((s) => s.name)).toEqual([
      'write/new-sentences',
      'write/entities',
      'write/new-mentions',
      'write/agreements',
      'write/parties',
      'write/new-relations',
      'write/recompute-aliases',
    ]);
    expect(params('write/new-sentences').rows).toHaveLength(3);
    expect(params('write/new-relations').rows).toHaveLength(4);
    const entities = params('write/entities').rows as { id: string; curatedAliases: string[] }[];
    // unit/a saw 安徽省科技厅 (皖科技厅 still curated); unit/b saw 皖科技厅: its row comes last and wins.
    expect(entities.map((e) => [e.id, e.curatedAliases])).toEqual([
      [anhui, ['皖科技厅']],
      [anhui, []],
      [jiangsu, []],
      [voucher, []],
      [voucher, []],
    ]);
    expect(params('write/recompute-aliases').rows).toEqual([
      { id: anhui, surfaces: ['安徽省科技厅', '皖科技厅'] },
      { id: jiangsu, surfaces: ['江苏省科学技术厅'] },
      { id: voucher, surfaces: ['科技创新券'] },
    ]);
  });

  it('has nothing to write for no new documents', () => {
    expect(planNew([])).toEqual([]);
  });

  it('a new document has nothing to clear and an empty one writes only itself', () => {
    const empty = buildBatch({ id: 'unit/e', source: 'e.txt', raw: '空。', sentences: [] }, meta);
    expect(planWrite(empty, []).map((s) => s.name)).toEqual(['write/clear-facts', 'write/document']);
  });
});

describe('buildBatch', () => {
  const batch = buildBatch(doc, meta);

  it('stores undirected relations once, from the smaller id', () => {
    const signed = batch.relations.filter((r) => r.type === 'SIGNED_AGREEMENT');
    expect(signed.map((r) => [r.from, r.to])).toEqual([[anhui, jiangsu].sort()]);
    expect(signed[0]?.props.agreementId).toBe('unit/a#deal');
  });

  it('keeps only referenced entities and splits curated aliases from seen surfaces', () => {
    expect(batch.entities.map((e) => e.id)).toEqual([anhui, jiangsu, voucher].sort());
    const row = batch.entities.find((e) => e.id === anhui);
    expect(row?.curatedAliases).toEqual(['皖科技厅']);
    expect(batch.document.entityIds).toEqual(batch.entities.map((e) => e.id));
  });

  it('hashes the raw text', () => {
    expect(batch.document.hash).toBe(contentHash(doc.raw));
    expect(contentHash('甲')).not.toBe(contentHash('乙'));
  });

  it('keeps the surer of two rules finding the same fact', () => {
    const twice: Doc = {
      ...doc,
      relations: [
        { ...doc.relations![1]!, rule: 'weak', confidence: 0.4 },
        { ...doc.relations![1]!, rule: 'strong', confidence: 0.9 },
      ],
    };
    expect(buildBatch(twice, meta).relations.map((r) => r.props.rule)).toEqual(['strong']);
  });

  it.each([
    ['an entity the document does not list', { ...doc.relations![1]!, target: 'org:不存在' }],
    [
      'a sentence the document does not have',
      { ...doc.relations![1]!, evidence: { ...doc.relations![1]!.evidence, sentence: 7 } },
    ],
    ['a self-loop', { ...doc.relations![1]!, target: anhui }],
  ])('drops, and reports, a relation to %s', (_, relation) => {
    const out = buildBatch({ ...doc, relations: [relation] }, meta);
    expect(out.relations).toEqual([]);
    expect(out.dropped).toHaveLength(1);
  });

  it('maps mention offsets from the normalized text back into the raw text', () => {
    // Two leading spaces in raw were folded away by normalization: offsets shift by two.
    const shifted: Doc = {
      ...doc,
      raw: `  ${doc.raw}`,
      offsets: doc.offsets!.map((o) => o + 2),
      sentences: doc.sentences!.map((s) => ({
        ...s,
        orig: { start: s.orig.start + 2, end: s.orig.end + 2 },
      })),
    };
    const out = buildBatch(shifted, meta);
    const m = out.mentions[0]!;
    expect(shifted.raw.slice(m.start, m.end)).toBe(m.surface);
    expect(out.sentences[0]?.text).toBe('安徽省科技厅与江苏省科学技术厅签署协议。');
  });

  it.each([
    ['deal', 'unit/a#deal'],
    ['unit/a#deal', 'unit/a#deal'],
  ])('agreement id %s is owned by its document as %s', (id, expected) => {
    expect(agreementNodeId('unit/a', id)).toBe(expected);
  });
});

describe('searchTokens: whole words and their sub-words, never a straddling pair', () => {
  it.each([
    ['上海市科委', ['上海市', '科委'], ['海市']],
    ['江苏省发展和改革委员会', ['江苏省', '江苏', '改革', '委员会'], ['苏省', '和']],
    ['长三角生态绿色一体化发展示范区', ['长三角', '示范区', '一体化'], ['角生']],
    ['G60科创走廊', ['g60', '走廊'], ['G60']],
  ])('%s', (form, present, absent) => {
    const tokens = searchTokens(form);
    expect(tokens).toEqual(expect.arrayContaining(present));
    for (const t of absent) expect(tokens).not.toContain(t);
    expect(tokens).toContain(form.toLowerCase());
  });
});

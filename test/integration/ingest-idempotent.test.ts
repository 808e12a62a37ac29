import { readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestDocs, ingestSources } from '../../ingest/run.ts';
import { contentHash } from '../../ingest/write/batch.ts';
import { countGraph } from '../../ingest/write/writer.ts';
import {
  cleanup,
  connection,
  type EntitySpec,
  handCorpus,
  handDoc,
  openDriver,
  query,
  scopedCounts,
} from './helpers.ts';

// This file's data: documents under CORPUS (ids are their paths) and HAND, entities tagged TAG.
const CORPUS = 'test/fixtures/corpus-small';
const HAND = 't-idem/';
const TAG = 't-idem-';

const catalog: EntitySpec[] = [
  {
    id: `org:${TAG}合肥市经信局`,
    type: 'Organization',
    name: '合肥市经济和信息化局',
    aliases: ['合肥经信局'],
  },
  { id: `org:${TAG}芜湖市经信局`, type: 'Organization', name: '芜湖市经济和信息化局' },
  { id: `region:${TAG}340100`, type: 'Region', name: '合肥市' },
  { id: `program:${TAG}检测平台`, type: 'Program', name: '新能源汽车检测平台' },
];
const [hefei, wuhu, hefeiCity, platform] = catalog.map((e) => e.id) as [string, string, string, string];

const handDocs = [
  handDoc(
    {
      id: `${HAND}a`,
      title: '两市签约',
      sentences: ['合肥市经济和信息化局与芜湖市经济和信息化局签署合作协议。', '双方共建新能源汽车检测平台。'],
      mentions: [
        [0, '合肥市经济和信息化局', hefei],
        [0, '芜湖市经济和信息化局', wuhu],
        [1, '新能源汽车检测平台', platform],
      ],
      relations: [
        ['SIGNED_AGREEMENT', wuhu, hefei, 0, 'a1'],
        ['CO_BUILT', hefei, platform, 1],
        ['CO_BUILT', wuhu, platform, 1],
      ],
      agreements: [{ id: 'a1', title: '合作协议', parties: [hefei, wuhu], sentence: 0 }],
    },
    catalog,
  ),
  handDoc(
    {
      id: `${HAND}b`,
      sentences: ['合肥经信局在合肥市召开推进会。'],
      mentions: [
        [0, '合肥经信局', hefei],
        [0, '合肥市', hefeiCity],
      ],
      relations: [['LOCATED_IN', hefei, hefeiCity, 0]],
    },
    catalog,
  ),
];

describe('ingesting the same input twice changes nothing', () => {
  let driver: Driver;
  const opts = () => ({ database: connection().database });
  beforeAll(async () => {
    driver = openDriver();
    await cleanup(driver, CORPUS);
    await cleanup(driver, HAND, TAG);
  });
  afterAll(async () => {
    await cleanup(driver, CORPUS);
    await cleanup(driver, HAND, TAG);
    await driver.close();
  });

  it('through the real pipeline: the second run skips every document by hash', async () => {
    const first = await ingestDocs(driver, [CORPUS], opts());
    expect(first.failures).toEqual([]);
    expect([first.new, first.failed]).toEqual([4, 0]); // two files and two JSONL lines
    const after1 = await countGraph(driver, connection().database);
    const scoped1 = await scopedCounts(driver, CORPUS, TAG);
    expect(scoped1.documents).toBe(4);
    expect(scoped1.sentences).toBeGreaterThanOrEqual(4);

    const second = await ingestDocs(driver, [CORPUS], opts());
    expect([second.new, second.changed, second.skipped, second.failed]).toEqual([0, 0, 4, 0]);
    expect(await countGraph(driver, connection().database)).toEqual(after1);
    expect(await scopedCounts(driver, CORPUS, TAG)).toEqual(scoped1);
  });

  it('--force rewrites every document, in parallel transactions, and still ends with the same graph', async () => {
    const before = await countGraph(driver, connection().database);
    const forced = await ingestDocs(driver, [`${CORPUS}/*.txt`, `${CORPUS}/*.md`, `${CORPUS}/items.jsonl`], {
      ...opts(),
      force: true,
      concurrency: 3,
    });
    expect([forced.rewritten, forced.failed]).toEqual([4, 0]);
    expect(await countGraph(driver, connection().database)).toEqual(before);
  });

  it('stores each document with its content hash and its sentences as written', async () => {
    const file = `${CORPUS}/hefei-wuhu.txt`;
    const raw = readFileSync(file, 'utf8');
    const [doc] = await query<{ hash: string; pipelineVersion: string }>(
      driver,
      'MATCH (d:Document {id: $id}) RETURN d.hash AS hash, d.pipelineVersion AS pipelineVersion',
      { id: file },
    );
    expect(doc?.hash).toBe(contentHash(raw));
    const sentences = await query<{ text: string; start: number; end: number }>(
      driver,
      'MATCH (:Document {id: $id})-[:HAS_SENTENCE]->(s) RETURN s.text AS text, s.start AS start, s.end AS end',
      { id: file },
    );
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    for (const s of sentences) expect(raw.slice(s.start, s.end)).toBe(s.text);
  });

  it('hand-made facts: the same counts after a second, forced write', async () => {
    const { sources, pipeline } = handCorpus(handDocs);
    const first = await ingestSources(driver, sources, { ...opts(), pipeline });
    expect([first.new, first.failed]).toEqual([2, 0]);
    const scoped = await scopedCounts(driver, HAND, TAG);
    expect(scoped).toEqual({
      documents: 2,
      sentences: 3,
      mentions: 5,
      agreements: 1,
      relations: 4,
      entities: 4,
      // 4 names + 合肥经信局 (mention surface and curated)
      aliases: 5,
    });
    const graph = await countGraph(driver, connection().database);

    const again = await ingestSources(driver, sources, { ...opts(), pipeline, force: true });
    expect([again.rewritten, again.failed]).toEqual([2, 0]);
    expect(await scopedCounts(driver, HAND, TAG)).toEqual(scoped);
    expect(await countGraph(driver, connection().database)).toEqual(graph);
  });

  it('hand-made facts carry their provenance', async () => {
    const rows = await query<Record<string, unknown>>(
      driver,
      `MATCH (:Entity {id: $from})-[r:SIGNED_AGREEMENT]->(:Entity {id: $to})
       RETURN r.docId AS docId, r.docTitle AS docTitle, r.sentenceId AS sentenceId, r.evidence AS evidence,
              r.start AS start, r.end AS end, r.rule AS rule, r.confidence AS confidence,
              r.pipelineVersion IS NOT NULL AS versioned, r.agreementId AS agreementId`,
      // Undirected: stored once, from the smaller id to the larger.
      { from: [hefei, wuhu].sort()[0], to: [hefei, wuhu].sort()[1] },
    );
    expect(rows).toEqual([
      {
        docId: `${HAND}a`,
        docTitle: '两市签约',
        sentenceId: `${HAND}a#0`,
        evidence: '合肥市经济和信息化局与芜湖市经济和信息化局签署合作协议。',
        start: 0,
        end: 28,
        rule: 'test-SIGNED_AGREEMENT',
        confidence: 0.8,
        versioned: true,
        agreementId: `${HAND}a#a1`,
      },
    ]);
    const [entity] = await query<{ aliases: string[]; searchText: string; labels: string[] }>(
      driver,
      'MATCH (e:Entity {id: $id}) RETURN e.aliases AS aliases, e.searchText AS searchText, labels(e) AS labels',
      { id: hefei },
    );
    expect(entity?.aliases).toEqual(['合肥经信局']);
    expect(entity?.labels.sort()).toEqual(['Entity', 'Organization']);
    expect(entity?.searchText.split(' ')).toEqual(expect.arrayContaining(['合肥市', '合肥经信局']));
  });
});

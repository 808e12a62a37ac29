import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Driver, Neo4jError } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestDocs, ingestSources } from '../../ingest/run.ts';
import { countGraph } from '../../ingest/write/writer.ts';
import { ingestCommand } from '../../src/cli/ingest.ts';
import { loadConfig } from '../../src/config.ts';
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

// This file's data: documents whose id starts with PREFIX (or lie in its temp folder), entities tagged TAG.
const PREFIX = 't-rollback/';
const TAG = 't-rollback-';

const catalog: EntitySpec[] = [
  { id: `org:${TAG}川发改`, type: 'Organization', name: '四川省发展和改革委员会' },
  { id: `org:${TAG}渝发改`, type: 'Organization', name: '重庆市发展和改革委员会' },
  { id: `program:${TAG}双城`, type: 'Program', name: '成渝地区双城经济圈' },
];
const [sichuan, chongqing, program] = catalog.map((e) => e.id) as [string, string, string];

const doc = (id: string, sentence: string, mentions: [number, string, string][]) =>
  handDoc({ id: `${PREFIX}${id}`, sentences: [sentence], mentions }, catalog);

const a = doc('a', '四川省发展和改革委员会发布年度计划。', [[0, '四川省发展和改革委员会', sichuan]]);
const bV1 = doc('b', '重庆市发展和改革委员会召开会议。', [[0, '重庆市发展和改革委员会', chongqing]]);
const bV2 = doc('b', '重庆市发展和改革委员会推进成渝地区双城经济圈建设。', [
  [0, '重庆市发展和改革委员会', chongqing],
  [0, '成渝地区双城经济圈', program],
]);
const c = doc('c', '四川省发展和改革委员会与重庆市发展和改革委员会会商。', [
  [0, '四川省发展和改革委员会', sichuan],
  [0, '重庆市发展和改革委员会', chongqing],
]);

describe('one document’s facts commit together or not at all', () => {
  let driver: Driver;
  const opts = () => ({ database: connection().database });
  beforeAll(async () => {
    driver = openDriver();
    await cleanup(driver, PREFIX, TAG);
  });
  afterAll(async () => {
    await cleanup(driver, PREFIX, TAG);
    await driver.close();
  });

  it('a failure inside the transaction stores nothing of that document and keeps its old version', async () => {
    const v1 = handCorpus([bV1]);
    expect((await ingestSources(driver, v1.sources, { ...opts(), pipeline: v1.pipeline })).new).toBe(1);

    const { sources, pipeline } = handCorpus([a, bV2, c]);
    const run = await ingestSources(driver, sources, {
      ...opts(),
      pipeline,
      writer: {
        beforeCommit(batch) {
          if (batch.docId === bV2.id) throw new Error('injected failure after every statement of b ran');
        },
      },
    });
    expect([run.new, run.changed, run.failed]).toEqual([2, 0, 1]);
    expect(run.failures[0]?.error).toMatch(/^E_WRITE: could not store t-rollback\/b: injected failure/);

    // b is exactly version 1: its sentence, and no trace of the program only version 2 mentioned.
    const sentences = await query<{ text: string }>(
      driver,
      'MATCH (:Document {id: $id})-[:HAS_SENTENCE]->(s) RETURN s.text AS text',
      { id: bV2.id },
    );
    expect(sentences).toEqual([{ text: '重庆市发展和改革委员会召开会议。' }]);
    expect(await query(driver, 'MATCH (e:Entity {id: $id}) RETURN e', { id: program })).toEqual([]);
    // a and c were written in their own transactions.
    expect(await scopedCounts(driver, PREFIX, TAG)).toMatchObject({
      documents: 3,
      sentences: 3,
      mentions: 4,
      entities: 2,
    });
  });

  it('the failed document is retried on the next run and then stored', async () => {
    const { sources, pipeline } = handCorpus([a, bV2, c]);
    const run = await ingestSources(driver, sources, { ...opts(), pipeline });
    expect([run.changed, run.skipped, run.failed]).toEqual([1, 2, 0]);
    expect(await query(driver, 'MATCH (e:Entity {id: $id}) RETURN e.name AS name', { id: program })).toEqual([
      { name: '成渝地区双城经济圈' },
    ]);
  });

  it('new documents share a transaction, and one failing among them rolls back only itself', async () => {
    const batch = [
      doc('e', '四川省发展和改革委员会印发通知。', [[0, '四川省发展和改革委员会', sichuan]]),
      doc('f', '成渝地区双城经济圈建设提速。', [[0, '成渝地区双城经济圈', program]]),
      doc('g', '重庆市发展和改革委员会部署工作。', [[0, '重庆市发展和改革委员会', chongqing]]),
    ];
    const [e, f, g] = batch.map((d) => d.id) as [string, string, string];
    const { sources, pipeline } = handCorpus(batch);
    const calls: string[] = [];
    const run = await ingestSources(driver, sources, {
      ...opts(),
      pipeline,
      writer: {
        beforeCommit(b) {
          calls.push(b.docId);
          if (b.docId === f) throw new Error('injected failure in the middle of a batch');
        },
      },
    });
    expect([run.new, run.failed]).toEqual([2, 1]);
    expect(run.failures.map((x) => x.id)).toEqual([f]);
    // The batch ran once (e, then f failed it), then each document alone.
    expect(calls).toEqual([e, f, e, f, g]);
    const stored = await query<{ id: string; mentions: number }>(
      driver,
      `MATCH (d:Document) WHERE d.id IN $ids
       RETURN d.id AS id, COUNT { (d)-[:HAS_SENTENCE]->()-[:MENTIONS]->() } AS mentions ORDER BY id`,
      { ids: [e, f, g] },
    );
    expect(stored).toEqual([
      { id: e, mentions: 1 },
      { id: g, mentions: 1 },
    ]);
    expect(await query(driver, 'MATCH (s:Sentence {docId: $id}) RETURN s', { id: f })).toEqual([]);
  });

  it('a transient error is retried by the driver and the retry leaves no duplicates', async () => {
    const before = await countGraph(driver, connection().database);
    const d = doc('d', '重庆市发展和改革委员会印发工作方案。', [[0, '重庆市发展和改革委员会', chongqing]]);
    const { sources, pipeline } = handCorpus([d]);
    let calls = 0;
    const run = await ingestSources(driver, sources, {
      ...opts(),
      pipeline,
      writer: {
        beforeCommit() {
          calls++;
          if (calls === 1) {
            throw new Neo4jError(
              'injected deadlock',
              'Neo.TransientError.Transaction.DeadlockDetected',
              '50N42',
              '',
            );
          }
        },
      },
    });
    expect([run.new, run.failed, calls]).toEqual([1, 0, 2]);
    const after = await countGraph(driver, connection().database);
    // One Document, one Sentence; HAS_SENTENCE and one MENTIONS. No entity or alias is new.
    expect(after.nodes - before.nodes).toBe(2);
    expect(after.relationships - before.relationships).toBe(2);
  });

  describe('govkg ingest with bad inputs', () => {
    let dir: string;
    let prefix: string;
    beforeAll(() => {
      dir = mkdtempSync(path.join(os.tmpdir(), 'govkg-rollback-'));
      prefix = path.relative(process.cwd(), dir).split(path.sep).join('/');
      writeFileSync(path.join(dir, 'good.txt'), '宁夏回族自治区商务厅与银川市人民政府召开联席会议。\n');
      writeFileSync(
        path.join(dir, 'binary.txt'),
        Buffer.from([0x00, 0x01, 0xff, 0xfe, 0x00, 0x9c, 0x00, 0x00]),
      );
      writeFileSync(path.join(dir, 'broken.jsonl'), '{"doc": "x", "text": \n');
    });
    afterAll(async () => {
      await cleanup(driver, prefix);
      rmSync(dir, { recursive: true, force: true });
    });

    it('reports each bad input by name, stores the rest and exits non-zero', async () => {
      const c = connection();
      const config = loadConfig({
        NEO4J_URI: c.uri,
        NEO4J_USER: c.user,
        NEO4J_PASSWORD: c.password,
        NEO4J_DATABASE: c.database,
        LOG_LEVEL: 'silent',
      });
      const code = await ingestCommand(config, [dir, path.join(dir, 'nothing-*.html')], { force: false });
      expect(code).toBe(1);
      const stored = await query<{ id: string }>(
        driver,
        'MATCH (d:Document) WHERE d.id STARTS WITH $p RETURN d.id AS id',
        { p: prefix },
      );
      expect(stored).toEqual([{ id: `${prefix}/good.txt` }]);
    });

    it('names the file or pattern in each failure', async () => {
      const failed: string[] = [];
      const run = await ingestDocs(driver, [dir, path.join(dir, 'nothing-*.html')], {
        database: connection().database,
        hooks: { docDone: (r) => r.status === 'failed' && failed.push(r.error ?? '') },
      });
      expect([run.skipped, run.failed]).toEqual([1, 3]);
      expect(failed.sort()).toEqual([
        expect.stringMatching(/^E_\w+: .*binary\.txt/),
        expect.stringMatching(/^E_JSONL: .*broken\.jsonl: line 1/),
        expect.stringMatching(/^E_READ: .*nothing-\*\.html: matches no file/),
      ]);
    });
  });
});

// Faults against a real Neo4j of our own (never the shared one): the database stopped or crashed in
// the middle of an ingest, the ingest process killed, two ingests racing over the same documents.
// After each, every stored document is whole, and a re-run ends in the very graph of a clean run.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from './corpus.ts';
import { differingDocs, dumpGraph, type GraphDump, graphDiff } from './graph-hash.ts';
import { ingest, spawnIngest } from './ingest-child.ts';
import { FaultNeo4j } from './neo4j.ts';

// Enough for three kills a batch apart: the ingest stores new documents DEFAULT_BATCH_DOCS (64) at a time,
// and each SIGKILL round must leave more stored than the last while the run is still unfinished.
const DOCS = 300;

/** Figures for the report, on stderr (vitest shows them). */
const note = (line: string) => process.stderr.write(`[faults] ${line}\n`);

let db: FaultNeo4j;
let dir = '';
let files: string[] = [];
/** The graph of one uninterrupted ingest of the corpus into an empty database. */
let reference: GraphDump;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'govkg-faults-corpus-'));
  files = await writeCorpus(dir, DOCS);
  db = await FaultNeo4j.create();
  await db.start();
  const clean = await ingest([dir], db.env);
  expect(clean.code, clean.stderr.slice(-2000)).toBe(0);
  reference = await dumpGraph(db.driver!);
  note(
    `clean run: ${DOCS} documents, ${reference.nodes} nodes, ${reference.relationships} relationships, ` +
      `hash ${reference.hash.slice(0, 16)}; ${JSON.stringify(reference.counts)}`,
  );
});

afterAll(async () => {
  await db?.destroy();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** What every state after a fault must satisfy: each stored document exactly as in the clean run. */
function expectNoHalfWrittenDocument(state: GraphDump) {
  const differing = differingDocs(state, reference);
  expect(differing, JSON.stringify(graphDiff(state, reference), null, 1)).toEqual([]);
  expect(state.orphans).toBe(0);
  expect(state.duplicateEntities).toEqual([]);
}

/** Re-runs the ingest to the end and compares the whole graph with the clean run's. */
async function expectRerunRestoresReference() {
  const rerun = await ingest([dir], db.env);
  expect(rerun.code, rerun.stderr.slice(-2000)).toBe(0);
  const after = await dumpGraph(db.driver!);
  expectSameGraph(after);
}

function expectSameGraph(state: GraphDump) {
  const diff = JSON.stringify(graphDiff(state, reference), null, 1);
  expect(state.counts, diff).toEqual(reference.counts);
  expect(state.hash, diff).toBe(reference.hash);
}

describe('faults', () => {
  it('the clean run stores every document, and the hash is stable across a second clean run', async () => {
    expect(reference.counts.Document).toBe(DOCS);
    expect(reference.duplicateEntities).toEqual([]);
    await db.wipe();
    const again = await ingest([dir], db.env);
    expect(again.code).toBe(0);
    expectSameGraph(await dumpGraph(db.driver!));
  });

  it.each([
    ['stopped (SIGTERM)', 'stop'],
    ['crashed (SIGKILL)', 'kill'],
  ] as const)(
    'Neo4j %s mid-ingest: the run fails loudly, no document is half-written, a re-run restores the graph',
    async (_what, how) => {
      await db.wipe();
      const run = spawnIngest([dir], db.env);
      await run.storedAtLeast(DOCS / 3);
      if (how === 'stop') await db.stop();
      else await db.kill();
      const atFault = run.stored;
      const { code, stderr } = await run.exit;
      expect(code).not.toBe(0);
      // The failure is reported with its code, not swallowed.
      expect(stderr).toMatch(/E_WRITE|E_INGEST/);

      await db.start();
      const partial = await dumpGraph(db.driver!);
      expect(partial.counts.Document).toBeGreaterThanOrEqual(DOCS / 3);
      expect(partial.counts.Document).toBeLessThan(DOCS);
      expectNoHalfWrittenDocument(partial);
      const reported = /E_(?:WRITE|INGEST)[^"]*/.exec(stderr)?.[0].slice(0, 160);
      note(
        `Neo4j ${how} after ${atFault} documents: exit ${code}, ` +
          `${partial.counts.Document} whole documents stored, 0 differing; "${reported}"`,
      );
      await expectRerunRestoresReference();
    },
  );

  it('the ingest process SIGKILLed three times mid-run: each state is whole, and the run resumes', async () => {
    await db.wipe();
    let before = 0;
    for (let round = 0; round < 3; round++) {
      const run = spawnIngest([dir], db.env);
      await run.storedAtLeast(DOCS / 5);
      run.child.kill('SIGKILL');
      expect((await run.exit).code).toBe('SIGKILL');
      const state = await dumpGraph(db.driver!);
      expectNoHalfWrittenDocument(state);
      // Each resumed run skipped what was stored and added more.
      expect(state.counts.Document ?? 0).toBeGreaterThan(before);
      note(`ingest SIGKILLed (round ${round + 1}): ${state.counts.Document} whole documents, 0 differing`);
      before = state.counts.Document ?? 0;
    }
    expect(before).toBeLessThan(DOCS);
    await expectRerunRestoresReference();
  });

  it('two ingests in parallel over overlapping documents: no duplicates, the same graph', async () => {
    await db.wipe();
    // Both start with the same first third, at the same moment: each finds those documents new and
    // writes them, racing on the same Document, Sentence and Entity keys. Then A goes on with the
    // second third and B with the last, still sharing entities.
    const third = DOCS / 3;
    const a = spawnIngest(files.slice(0, 2 * third), db.env);
    const b = spawnIngest([...files.slice(0, third), ...files.slice(2 * third)], db.env);
    const [ra, rb] = await Promise.all([a.exit, b.exit]);
    expect(ra.code, ra.stderr.slice(-2000)).toBe(0);
    expect(rb.code, rb.stderr.slice(-2000)).toBe(0);
    // Both wrote (not skipped) part of the shared third: the race really happened.
    note(`parallel: A stored ${a.stored}, B stored ${b.stored} of ${2 * third} each`);
    expect(a.stored + b.stored).toBeGreaterThan(DOCS);
    const both = await dumpGraph(db.driver!);
    expect(both.duplicateEntities).toEqual([]);
    expectSameGraph(both);
  });
});

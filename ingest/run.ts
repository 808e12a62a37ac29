import type { Driver } from 'neo4j-driver';
import { createPipeline, PIPELINE_VERSION } from './index.ts';
import { listInputs, readInput } from './read/files.ts';
import type { Doc, SourceDoc } from './types.ts';
import { buildBatch, contentHash, type GraphBatch } from './write/batch.ts';
import { type StoredState, storedStates, type WriterOptions, writeTogether } from './write/writer.ts';

/** new / changed: written; rewritten: unchanged but --force; skipped: same hash and pipeline; failed. */
export type DocStatus = 'new' | 'changed' | 'rewritten' | 'skipped' | 'failed';

export interface DocReport {
  id: string;
  source: string;
  status: DocStatus;
  entities: number;
  relations: number;
  ms: number;
  /** Of ms: time in the pipeline (including its one-time load) and in the write transaction. */
  pipelineMs?: number;
  writeMs?: number;
  error?: string;
  /** Facts the batch left out (e.g. a relation to an entity the document does not list). */
  dropped?: string[];
}

/** Progress hooks: the CLI hangs its bar or log lines here; the run itself prints nothing. */
export interface IngestHooks {
  /** More documents became known (a file was read); `total` is the count so far. */
  docsFound?(total: number): void;
  docDone?(report: DocReport): void;
}

export interface IngestOptions {
  database: string;
  force?: boolean;
  hooks?: IngestHooks;
  /** Writer options (tests inject a failure with beforeCommit). */
  writer?: Omit<WriterOptions, 'database'>;
  /** Defaults to the real pipeline; tests may hand in documents already processed. */
  pipeline?: (source: SourceDoc) => Doc;
  /** Transactions written at once. 1 by default: on 2 cores, with provinces shared by most documents, more was not faster (lock waits). */
  concurrency?: number;
  /** New documents written together in one transaction (a stored one always goes alone). */
  batchDocs?: number;
}

export const DEFAULT_CONCURRENCY = 1;
/**
 * A commit and a dozen statement round trips per transaction cost more than the writing itself for one
 * document, and shared entities (provinces) get their aliases recomputed once per transaction; 64 spread
 * both thin while a failed batch (retried one by one) stays small. Writer throughput on 1k bench
 * documents, three alternated runs each: 32 → 64 gave +15%, 64 → 128 a few percent more.
 */
export const DEFAULT_BATCH_DOCS = 64;

/** A document through the pipeline, waiting for its write. */
interface Prepared {
  source: SourceDoc;
  batch: GraphBatch;
  status: 'new' | 'changed' | 'rewritten';
  started: number;
  pipelineMs: number;
}

export interface IngestSummary {
  new: number;
  changed: number;
  rewritten: number;
  skipped: number;
  failed: number;
  /** Entities and relations written by this run (counted per document). */
  entities: number;
  relations: number;
  ms: number;
  pipelineMs: number;
  writeMs: number;
  failures: { id: string; error: string }[];
}

export function emptySummary(): IngestSummary {
  return {
    new: 0,
    changed: 0,
    rewritten: 0,
    skipped: 0,
    failed: 0,
    entities: 0,
    relations: 0,
    ms: 0,
    pipelineMs: 0,
    writeMs: 0,
    failures: [],
  };
}

function tally(summary: IngestSummary, report: DocReport): void {
  summary[report.status]++;
  summary.entities += report.entities;
  summary.relations += report.relations;
  summary.pipelineMs += report.pipelineMs ?? 0;
  summary.writeMs += report.writeMs ?? 0;
  if (report.error) summary.failures.push({ id: report.id, error: report.error });
}

/** Expands each input on its own, so one pattern that matches nothing does not stop the others. */
async function listAll(
  paths: readonly string[],
  fail: (input: string, err: unknown) => void,
): Promise<string[]> {
  const files = new Set<string>();
  for (const p of paths) {
    try {
      for (const f of await listInputs([p])) files.add(f);
    } catch (err) {
      fail(p, err);
    }
  }
  return [...files].sort();
}

const message = (err: unknown) => (err as Error)?.message ?? String(err);

/** One ingest run: per-document bookkeeping shared by files and in-memory sources. */
function createRun(driver: Driver, opts: IngestOptions) {
  const summary = emptySummary();
  // Built on first use: lexicons take seconds to load, and a run that skips everything needs none.
  let pipeline = opts.pipeline;
  const seen = new Set<string>();
  let found = 0;
  const done = (report: DocReport) => {
    tally(summary, report);
    opts.hooks?.docDone?.(report);
  };
  const failInput = (input: string, err: unknown) =>
    done({
      id: input,
      source: input,
      status: 'failed',
      entities: 0,
      relations: 0,
      ms: 0,
      error: message(err),
    });

  const report = (
    source: SourceDoc,
    started: number,
    status: DocStatus,
    extra: Partial<DocReport> = {},
  ): DocReport => ({
    id: source.id,
    source: source.source,
    status,
    entities: 0,
    relations: 0,
    ms: performance.now() - started,
    ...extra,
  });

  /** Skips a duplicate or unchanged document, else runs the pipeline; undefined when it is done with. */
  function prepare(source: SourceDoc, stored: Map<string, StoredState>): Prepared | undefined {
    const started = performance.now();
    if (seen.has(source.id)) {
      done(
        report(source, started, 'failed', {
          error: `E_DUPLICATE: ${source.source}: document id ${source.id} appears twice`,
        }),
      );
      return undefined;
    }
    seen.add(source.id);
    const before = stored.get(source.id);
    const same = before?.hash === contentHash(source.raw) && before.pipelineVersion === PIPELINE_VERSION;
    if (same && !opts.force) {
      done(report(source, started, 'skipped'));
      return undefined;
    }
    try {
      pipeline ??= createPipeline();
      const doc = pipeline(source);
      const pipelineMs = performance.now() - started;
      const batch = buildBatch(doc, {
        pipelineVersion: PIPELINE_VERSION,
        ingestedAt: new Date().toISOString(),
      });
      const status = !before ? 'new' : same ? 'rewritten' : 'changed';
      return { source, batch, status, started, pipelineMs };
    } catch (err) {
      done(report(source, started, 'failed', { error: message(err) }));
      return undefined;
    }
  }

  /** One transaction for the documents (or one each, if it fails); a report per document. */
  async function write(unit: readonly Prepared[]): Promise<void> {
    const writer = { ...opts.writer, database: opts.database };
    const outcomes = await writeTogether(
      driver,
      unit.map((p) => p.batch),
      writer,
    );
    unit.forEach((p, i) => {
      const { writeMs, error } = outcomes[i]!;
      if (error) {
        done(report(p.source, p.started, 'failed', { error: error.message }));
        return;
      }
      done(
        report(p.source, p.started, p.status, {
          entities: p.batch.entities.length,
          relations: p.batch.relations.length,
          pipelineMs: p.pipelineMs,
          writeMs,
          dropped: p.batch.dropped.length > 0 ? p.batch.dropped : undefined,
        }),
      );
    });
  }

  // Transactions may run in parallel: most of a write is waiting on the server. Entities are MERGEd
  // in id order, which keeps lock order consistent; a deadlock that still happens is transient and
  // retried by executeWrite.
  const inFlight = new Set<Promise<void>>();
  const dispatch = async (unit: readonly Prepared[]) => {
    if (unit.length === 0) return;
    const task: Promise<void> = write(unit).finally(() => inFlight.delete(task));
    inFlight.add(task);
    if (inFlight.size >= (opts.concurrency ?? DEFAULT_CONCURRENCY)) await Promise.race(inFlight);
  };
  // New documents wait here, across input files, until a batch is full.
  let fresh: Prepared[] = [];
  const flush = async () => {
    const unit = fresh;
    fresh = [];
    await dispatch(unit);
  };

  /**
   * Skips unchanged documents by hash, runs the pipeline on the rest and writes them: new documents in
   * batches, one transaction per batch; a changed one in its own, in input order. `finish` writes the
   * last batch.
   */
  async function ingestGroup(sources: readonly SourceDoc[]): Promise<void> {
    found += sources.length;
    opts.hooks?.docsFound?.(found);
    const stored = await storedStates(
      driver,
      sources.map((s) => s.id),
      opts.database,
    );
    for (const source of sources) {
      const prepared = prepare(source, stored);
      if (!prepared) continue;
      if (prepared.status === 'new') {
        fresh.push(prepared);
        if (fresh.length >= (opts.batchDocs ?? DEFAULT_BATCH_DOCS)) await flush();
      } else {
        // Earlier documents first: a later one may rewrite an entity they share.
        await flush();
        await dispatch([prepared]);
      }
    }
  }

  /** Writes what is still waiting; the run is over once this resolves. */
  async function finish(): Promise<void> {
    await flush();
    await Promise.all(inFlight);
  }
  return { summary, failInput, ingestGroup, finish };
}

/**
 * The ingest: list inputs → read → skip unchanged → pipeline → write, new documents several to a
 * transaction, a changed one alone. A bad file or document is reported and the rest go on.
 */
export async function ingestDocs(
  driver: Driver,
  paths: readonly string[],
  opts: IngestOptions,
): Promise<IngestSummary> {
  const t0 = performance.now();
  const run = createRun(driver, opts);
  for (const file of await listAll(paths, run.failInput)) {
    let sources: SourceDoc[];
    try {
      sources = await readInput(file);
    } catch (err) {
      run.failInput(file, err);
      continue;
    }
    await run.ingestGroup(sources);
  }
  await run.finish();
  run.summary.ms = performance.now() - t0;
  return run.summary;
}

/** The same run over documents already in memory (tests, other front ends). */
export async function ingestSources(
  driver: Driver,
  sources: readonly SourceDoc[],
  opts: IngestOptions,
): Promise<IngestSummary> {
  const t0 = performance.now();
  const run = createRun(driver, opts);
  await run.ingestGroup(sources);
  await run.finish();
  run.summary.ms = performance.now() - t0;
  return run.summary;
}

import type { Driver } from 'neo4j-driver';
import { createPipeline, PIPELINE_VERSION } from './index.ts';
import { listInputs, readInput } from './read/files.ts';
import type { Doc, SourceDoc } from './types.ts';
import { buildBatch, contentHash } from './write/batch.ts';
import { storedStates, type WriterOptions, writeDocument } from './write/writer.ts';

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
  /** Documents written at once, each in its own transaction. 1 by default: on 2 cores, with provinces shared by most documents, more was not faster (lock waits). */
  concurrency?: number;
}

export const DEFAULT_CONCURRENCY = 1;

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

  /** Skips unchanged documents by hash, runs the pipeline on the rest and writes each in its own transaction. */
  async function ingestGroup(sources: readonly SourceDoc[]): Promise<void> {
    found += sources.length;
    opts.hooks?.docsFound?.(found);
    const stored = await storedStates(
      driver,
      sources.map((s) => s.id),
      opts.database,
    );
    // Documents write in parallel transactions: most of a write is waiting on the server. Entities are
    // MERGEd in id order, which keeps lock order consistent; a deadlock that still happens is transient
    // and retried by executeWrite.
    const inFlight = new Set<Promise<void>>();
    for (const source of sources) {
      const task: Promise<void> = ingestOne(source).finally(() => inFlight.delete(task));
      inFlight.add(task);
      if (inFlight.size >= (opts.concurrency ?? DEFAULT_CONCURRENCY)) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);

    async function ingestOne(source: SourceDoc): Promise<void> {
      const started = performance.now();
      const report = (status: DocStatus, extra: Partial<DocReport> = {}): DocReport => ({
        id: source.id,
        source: source.source,
        status,
        entities: 0,
        relations: 0,
        ms: performance.now() - started,
        ...extra,
      });
      if (seen.has(source.id)) {
        done(
          report('failed', {
            error: `E_DUPLICATE: ${source.source}: document id ${source.id} appears twice`,
          }),
        );
        return;
      }
      seen.add(source.id);
      const before = stored.get(source.id);
      const same = before?.hash === contentHash(source.raw) && before.pipelineVersion === PIPELINE_VERSION;
      if (same && !opts.force) {
        done(report('skipped'));
        return;
      }
      try {
        pipeline ??= createPipeline();
        const doc = pipeline(source);
        const pipelineMs = performance.now() - started;
        const batch = buildBatch(doc, {
          pipelineVersion: PIPELINE_VERSION,
          ingestedAt: new Date().toISOString(),
        });
        await writeDocument(driver, batch, { ...opts.writer, database: opts.database });
        const writeMs = performance.now() - started - pipelineMs;
        const status: DocStatus = !before ? 'new' : same ? 'rewritten' : 'changed';
        done(
          report(status, {
            entities: batch.entities.length,
            relations: batch.relations.length,
            pipelineMs,
            writeMs,
            dropped: batch.dropped.length > 0 ? batch.dropped : undefined,
          }),
        );
      } catch (err) {
        done(report('failed', { error: message(err) }));
      }
    }
  }
  return { summary, failInput, ingestGroup };
}

/**
 * The ingest: list inputs → read → skip unchanged → pipeline → write, one document per transaction.
 * A bad file or document is reported and the rest go on.
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
  run.summary.ms = performance.now() - t0;
  return run.summary;
}

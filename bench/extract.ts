import { createRequire } from 'node:module';
import { createPipeline } from '../ingest/index.ts';
import { extractParallel, PipelinePool } from '../ingest/parallel.ts';
import type { SourceDoc } from '../ingest/types.ts';
import { mb, median } from './stats.ts';

// Extraction throughput beside raw nodejieba on the very same texts, in the same process.

interface Jieba {
  cut(text: string): string[];
  tag(text: string): unknown[];
}

export interface StageShare {
  stage: string;
  ms: number;
  share: number;
}

export interface ExtractionFigures {
  docs: number;
  bytes: number;
  rounds: number;
  cutMBps: number;
  tagMBps: number;
  pipelineMBps: number;
  /** Median round's time per stage. */
  stages: StageShare[];
  mentions: number;
  entities: number;
  relations: number;
}

export function utf8Bytes(docs: readonly SourceDoc[]): number {
  return docs.reduce((n, d) => n + Buffer.byteLength(d.raw, 'utf8'), 0);
}

/** Interleaves the three runs in each round, so drift on a shared machine hits all of them alike. */
export function benchExtraction(docs: readonly SourceDoc[], rounds: number): ExtractionFigures {
  let stageMs = new Map<string, number>();
  const pipeline = createPipeline({
    stageDidEnd: (stage, _doc, ms) => stageMs.set(stage, (stageMs.get(stage) ?? 0) + ms),
  });
  // Warm-up: loads lexicons and jieba's dictionary (plus any user dictionaries) before timing.
  for (const doc of docs.slice(0, 50)) pipeline(doc);
  // The pipeline's segment stage has loaded nodejieba; the baseline calls the same loaded module.
  const jieba = createRequire(import.meta.url)('nodejieba') as Jieba;
  const bytes = utf8Bytes(docs);

  const cut: number[] = [];
  const tag: number[] = [];
  const full: number[] = [];
  const stageRounds: Map<string, number>[] = [];
  let counts = { mentions: 0, entities: 0, relations: 0 };
  for (let r = 0; r < rounds; r++) {
    let t0 = performance.now();
    for (const d of docs) jieba.cut(d.raw);
    cut.push(performance.now() - t0);

    t0 = performance.now();
    for (const d of docs) jieba.tag(d.raw);
    tag.push(performance.now() - t0);

    stageMs = new Map();
    counts = { mentions: 0, entities: 0, relations: 0 };
    t0 = performance.now();
    for (const d of docs) {
      const out = pipeline(d);
      counts.mentions += out.mentions?.length ?? 0;
      counts.entities += out.entities?.length ?? 0;
      counts.relations += out.relations?.length ?? 0;
    }
    full.push(performance.now() - t0);
    stageRounds.push(stageMs);
  }
  const mid = full.indexOf(median(full));
  const stagesOfMedian = stageRounds[mid] ?? new Map<string, number>();
  const total = [...stagesOfMedian.values()].reduce((a, b) => a + b, 0);
  const rate = (ms: number) => mb(bytes) / (ms / 1000);
  return {
    docs: docs.length,
    bytes,
    rounds,
    cutMBps: rate(median(cut)),
    tagMBps: rate(median(tag)),
    pipelineMBps: rate(median(full)),
    stages: [...stagesOfMedian].map(([stage, ms]) => ({ stage, ms, share: total > 0 ? ms / total : 0 })),
    ...counts,
  };
}

/** Documents each thread runs before the parallel section's clock starts (workers and main thread alike). */
export const PARALLEL_WARMUP_DOCS = 300;

export interface ParallelFigures {
  workers: number;
  keep: 'all' | 'facts';
  ms: number;
  MBps: number;
  failed: number;
}

/** Wall time of extracting every document on a pool (started and warmed before the clock). */
export async function benchParallel(
  docs: readonly SourceDoc[],
  workers: number,
  keep: 'all' | 'facts',
): Promise<ParallelFigures> {
  const pool = new PipelinePool({ workers, keep });
  try {
    // Warm every worker as the main thread is warmed: each loads its own dictionary on first use and
    // runs cold JIT code for its first few hundred documents.
    await Promise.all(
      Array.from({ length: workers }, () => pool.process(docs.slice(0, PARALLEL_WARMUP_DOCS))),
    );
    let failed = 0;
    const t0 = performance.now();
    for await (const batch of extractParallel(pool, docs)) failed += batch.filter((r) => !r.ok).length;
    const ms = performance.now() - t0;
    return { workers, keep, ms, MBps: mb(utf8Bytes(docs)) / (ms / 1000), failed };
  } finally {
    await pool.close();
  }
}

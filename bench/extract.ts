import { createRequire } from 'node:module';
import { createPipeline } from '../ingest/index.ts';
import { extractParallel, PipelinePool } from '../ingest/parallel.ts';
import type { Doc, SourceDoc } from '../ingest/types.ts';
import type { CorpusProfileName } from './corpus/generate.ts';
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
  /** The corpus profile (absent in reports from before profiles existed: those ran on `dense`). */
  corpus?: CorpusProfileName;
  docs: number;
  bytes: number;
  /** Characters (UTF-16 code units) of the median round's documents. */
  chars?: number;
  rounds: number;
  /** Each round ran on documents not seen before (absent in reports from before: the same documents each round). */
  freshRounds?: boolean;
  cutMBps: number;
  tagMBps: number;
  pipelineMBps: number;
  /** Median round's time per stage. */
  stages: StageShare[];
  mentions: number;
  entities: number;
  relations: number;
  sentences?: number;
}

/** What extracted documents hold, summed. */
export interface FactCounts {
  sentences: number;
  mentions: number;
  entities: number;
  relations: number;
}

const noFacts = (): FactCounts => ({ sentences: 0, mentions: 0, entities: 0, relations: 0 });

function addFacts(into: FactCounts, doc: Doc): void {
  into.sentences += doc.sentences?.length ?? 0;
  into.mentions += doc.mentions?.length ?? 0;
  into.entities += doc.entities?.length ?? 0;
  into.relations += doc.relations?.length ?? 0;
}

/** What a corpus holds, as the pipeline reads it (totals; the report divides by its characters). */
export interface CorpusDensity extends FactCounts {
  name: string;
  docs: number;
  chars: number;
}

/** The pipeline's counts over `docs` (e.g. the development set), to set a synthetic corpus beside. */
export function measureDensity(name: string, docs: readonly SourceDoc[]): CorpusDensity {
  const pipeline = createPipeline();
  const d: CorpusDensity = { name, docs: docs.length, chars: 0, ...noFacts() };
  for (const doc of docs) {
    addFacts(d, pipeline(doc));
    d.chars += doc.raw.length;
  }
  return d;
}

export function utf8Bytes(docs: readonly SourceDoc[]): number {
  return docs.reduce((n, d) => n + Buffer.byteLength(d.raw, 'utf8'), 0);
}

/** Documents the pipeline runs before the clock (lexicons and jieba's dictionary load, JIT warms up). */
export const EXTRACT_WARMUP_DOCS = 300;

/**
 * Each round runs on documents none of the runs has seen (`docs` split into `rounds` slices after the
 * warm-up): a round over documents already extracted would find every cross-document cache (jieba tags,
 * region defaults, first forms) full, as a real ingest never does. The three runs of a round are
 * interleaved, so drift on a shared machine hits all of them alike.
 */
export function benchExtraction(
  docs: readonly SourceDoc[],
  rounds: number,
  corpus: CorpusProfileName,
): ExtractionFigures {
  let stageMs = new Map<string, number>();
  const pipeline = createPipeline({
    stageDidEnd: (stage, _doc, ms) => stageMs.set(stage, (stageMs.get(stage) ?? 0) + ms),
  });
  for (const doc of docs.slice(0, EXTRACT_WARMUP_DOCS)) pipeline(doc);
  // The pipeline's segment stage has loaded nodejieba; the baseline calls the same loaded module.
  const jieba = createRequire(import.meta.url)('nodejieba') as Jieba;
  const per = Math.floor((docs.length - EXTRACT_WARMUP_DOCS) / rounds);
  if (per < 1) throw new Error(`benchExtraction: ${docs.length} documents leave none for ${rounds} rounds`);
  const slices = Array.from({ length: rounds }, (_, r) =>
    docs.slice(EXTRACT_WARMUP_DOCS + r * per, EXTRACT_WARMUP_DOCS + (r + 1) * per),
  );

  const cut: number[] = [];
  const tag: number[] = [];
  const full: number[] = [];
  const stageRounds: Map<string, number>[] = [];
  const countRounds: FactCounts[] = [];
  for (const slice of slices) {
    let t0 = performance.now();
    for (const d of slice) jieba.cut(d.raw);
    cut.push(rate(slice, performance.now() - t0));

    t0 = performance.now();
    for (const d of slice) jieba.tag(d.raw);
    tag.push(rate(slice, performance.now() - t0));

    stageMs = new Map();
    const counts = noFacts();
    t0 = performance.now();
    for (const d of slice) addFacts(counts, pipeline(d));
    full.push(rate(slice, performance.now() - t0));
    stageRounds.push(stageMs);
    countRounds.push(counts);
  }
  // Rounds differ in size by a few bytes, so they compare as rates; the median round's stages and counts.
  const mid = full.indexOf(median(full));
  const stagesOfMedian = stageRounds[mid] ?? new Map<string, number>();
  const total = [...stagesOfMedian.values()].reduce((a, b) => a + b, 0);
  return {
    corpus,
    docs: per,
    bytes: utf8Bytes(slices[mid] ?? []),
    chars: (slices[mid] ?? []).reduce((n, d) => n + d.raw.length, 0),
    rounds,
    freshRounds: true,
    cutMBps: median(cut),
    tagMBps: median(tag),
    pipelineMBps: median(full),
    stages: [...stagesOfMedian].map(([stage, ms]) => ({ stage, ms, share: total > 0 ? ms / total : 0 })),
    ...(countRounds[mid] ?? noFacts()),
  };
}

function rate(docs: readonly SourceDoc[], ms: number): number {
  return mb(utf8Bytes(docs)) / (ms / 1000);
}

/**
 * Documents each thread runs before the parallel section's clock starts. A fresh thread needs about a
 * thousand: over the first thousand new documents after 300, the pipeline runs at half its later speed
 * (JIT, per-word caches), while the main thread is already warm from the sections before.
 */
export const PARALLEL_WARMUP_DOCS = 1500;

export interface ParallelFigures {
  workers: number;
  keep: 'all' | 'facts';
  ms: number;
  MBps: number;
  failed: number;
}

/** Wall time of extracting every document on a pool (started and warmed before the clock). */
export async function benchParallel(
  warmup: readonly SourceDoc[],
  docs: readonly SourceDoc[],
  workers: number,
  keep: 'all' | 'facts',
): Promise<ParallelFigures> {
  const pool = new PipelinePool({ workers, keep });
  try {
    // Every worker runs the whole warm-up: each loads its own dictionary and starts with cold JIT code.
    await Promise.all(Array.from({ length: workers }, () => pool.process([...warmup])));
    let failed = 0;
    const t0 = performance.now();
    for await (const batch of extractParallel(pool, docs)) failed += batch.filter((r) => !r.ok).length;
    const ms = performance.now() - t0;
    return { workers, keep, ms, MBps: mb(utf8Bytes(docs)) / (ms / 1000), failed };
  } finally {
    await pool.close();
  }
}

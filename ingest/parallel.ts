import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { createPipeline } from './index.ts';
import type { Doc, SourceDoc } from './types.ts';

// Parallel extraction: the pipeline is pure CPU work per document (jieba is synchronous C++), so
// worker threads, each with its own pipeline and jieba dictionary, scale it across cores. The
// main thread keeps the I/O (reading files, writing Neo4j) and gets documents back in input order.

export interface PoolOptions {
  /** Worker threads; default: one per core. */
  workers?: number;
  /**
   * 'facts' drops the tokens (only the extraction stages read them) before the document crosses the
   * thread boundary, where every object is copied. Offsets stay: the writer maps spans back to the
   * raw text with them. Default 'all'.
   */
  keep?: 'all' | 'facts';
}

/** One document's outcome: a failing document is reported by id and the rest of its batch goes on. */
export type Extracted = { ok: true; doc: Doc } | { ok: false; id: string; source: string; error: string };

interface Request {
  id: number;
  docs: SourceDoc[];
}
interface Reply {
  id: number;
  results: Extracted[];
}

const WORKER_KIND = 'govkg-pipeline-worker';

/** A fixed set of workers, each running the full pipeline on the batches it is given. */
export class PipelinePool {
  readonly size: number;
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: { req: Request; resolve: (d: Extracted[]) => void; reject: (e: Error) => void }[] =
    [];
  private readonly pending = new Map<
    number,
    { resolve: (d: Extracted[]) => void; reject: (e: Error) => void }
  >();
  private nextId = 0;

  constructor(opts: PoolOptions = {}) {
    this.size = Math.max(1, opts.workers ?? availableParallelism());
    for (let i = 0; i < this.size; i++) {
      const worker = spawnWorker(opts.keep ?? 'all');
      worker.on('message', (reply: Reply) => this.settle(worker, reply));
      worker.on('error', (err) => this.failAll(err));
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  /** Runs the pipeline over one batch on the next free worker. */
  process(docs: SourceDoc[]): Promise<Extracted[]> {
    return new Promise((resolve, reject) => {
      this.queue.push({ req: { id: this.nextId++, docs }, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const job = this.queue.shift()!;
      this.pending.set(job.req.id, job);
      worker.postMessage(job.req);
    }
  }

  private settle(worker: Worker, reply: Reply): void {
    const job = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    this.idle.push(worker);
    job?.resolve(reply.results);
    this.dispatch();
  }

  private failAll(err: Error): void {
    for (const job of [...this.pending.values(), ...this.queue]) job.reject(err);
    this.pending.clear();
    this.queue.length = 0;
  }
}

/**
 * Extracts a stream of documents on the pool, yielding processed batches in input order. At most
 * two batches per worker are in flight, so memory stays bounded on any corpus size.
 */
export async function* extractParallel(
  pool: PipelinePool,
  docs: Iterable<SourceDoc> | AsyncIterable<SourceDoc>,
  batchSize = 64,
): AsyncGenerator<Extracted[]> {
  const inFlight: Promise<Extracted[]>[] = [];
  let batch: SourceDoc[] = [];
  for await (const doc of docs) {
    batch.push(doc);
    if (batch.length < batchSize) continue;
    inFlight.push(pool.process(batch));
    batch = [];
    if (inFlight.length >= pool.size * 2) yield await inFlight.shift()!;
  }
  if (batch.length > 0) inFlight.push(pool.process(batch));
  while (inFlight.length > 0) yield await inFlight.shift()!;
}

/** Drops the tokens: the writer needs sentences' text and spans, not their words. */
export function keepFacts(doc: Doc): Doc {
  return { ...doc, sentences: doc.sentences?.map((s) => ({ ...s, tokens: [] })) };
}

function spawnWorker(keep: 'all' | 'facts'): Worker {
  const self = import.meta.url;
  const data = { kind: WORKER_KIND, keep };
  if (!self.endsWith('.ts')) return new Worker(new URL(self), { workerData: data });
  // Node 20 workers do not inherit tsx's loader: register it in the worker, then load this file.
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(self)}); });`;
  return new Worker(boot, { eval: true, workerData: data });
}

function serveBatches(keep: 'all' | 'facts'): void {
  const pipeline = createPipeline();
  const one = (source: SourceDoc): Extracted => {
    try {
      const doc = pipeline(source);
      return { ok: true, doc: keep === 'facts' ? keepFacts(doc) : doc };
    } catch (err) {
      return { ok: false, id: source.id, source: source.source, error: (err as Error).message };
    }
  };
  parentPort!.on('message', (req: Request) => {
    parentPort!.postMessage({ id: req.id, results: req.docs.map(one) } satisfies Reply);
  });
}

if (!isMainThread && (workerData as { kind?: string } | null)?.kind === WORKER_KIND) {
  serveBatches((workerData as { keep: 'all' | 'facts' }).keep);
}

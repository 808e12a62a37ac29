import {
  type Driver,
  error as driverError,
  type ManagedTransaction,
  Neo4jError,
  type QueryResult,
  routing,
} from 'neo4j-driver';
import { cypher } from '../../src/db/cypher.ts';
import type { GraphBatch } from './batch.ts';
import {
  type AliasRow,
  aliasStatements,
  planNew,
  planRemove,
  planWrite,
  type Statement,
} from './statements.ts';

export interface WriterOptions {
  database: string;
  /**
   * Runs inside the write transaction after every statement, before commit. Tests use it to make one
   * document fail mid-transaction and check that nothing of it is stored.
   */
  beforeCommit?: (batch: GraphBatch) => void | Promise<void>;
  /** Called after each statement with its time (the bench's per-statement profile hangs here). */
  statementDone?: (name: string, ms: number) => void;
}

export interface StoredState {
  hash: string;
  pipelineVersion: string;
}

export class WriteError extends Error {
  readonly code = 'E_WRITE';
  constructor(
    readonly docId: string,
    cause: unknown,
  ) {
    super(`E_WRITE: could not store ${docId}: ${(cause as Error)?.message ?? cause}`, { cause });
    this.name = 'WriteError';
  }
}

type Run = (s: Statement) => Promise<QueryResult>;

/** Runs statements in one transaction, timing each when asked to. */
function runner(tx: ManagedTransaction, opts?: Pick<WriterOptions, 'statementDone'>): Run {
  const done = opts?.statementDone;
  if (!done) return (s) => tx.run(cypher(s.name), s.params);
  return async (s) => {
    const t0 = performance.now();
    const result = await tx.run(cypher(s.name), s.params);
    done(s.name, performance.now() - t0);
    return result;
  };
}

async function ownedBy(run: Run, docId: string): Promise<string[]> {
  const result = await run({ name: 'write/doc-owned', params: { docId } });
  return (result.records[0]?.get('entityIds') as string[] | undefined) ?? [];
}

/** Runs a plan; recompute-aliases hands its rows to the second, in-code phase (searchText). */
async function runPlan(run: Run, plan: Statement[]): Promise<void> {
  for (const s of plan) {
    const result = await run(s);
    if (s.name === 'write/recompute-aliases') {
      const rows = result.records.map((r) => r.toObject() as AliasRow);
      for (const next of aliasStatements(rows)) await run(next);
    }
  }
}

/** What claim-documents found: whether the MERGE created the Document, and what a stored one owned. */
interface Claim {
  id: string;
  created: boolean;
  owned: string[];
}

async function claim(run: Run, batches: readonly GraphBatch[]): Promise<Map<string, Claim>> {
  const result = await run({
    name: 'write/claim-documents',
    params: { docs: batches.map((b) => b.document) },
  });
  return new Map(result.records.map((r) => [r.get('id') as string, r.toObject() as Claim]));
}

/**
 * Replaces the facts of several documents in a single transaction: all of them commit, or none.
 * New documents (claim-documents created their node) are written together by CREATE; a stored one is
 * cleared and rewritten by its own MERGE plan. executeWrite retries transient failures by running
 * this function again from the start in a fresh transaction, where the claim sees the same state.
 */
export async function writeDocuments(
  driver: Driver,
  batches: readonly GraphBatch[],
  opts: WriterOptions,
): Promise<void> {
  if (batches.length === 0) return;
  const session = driver.session({ database: opts.database });
  try {
    await session.executeWrite(async (tx) => {
      const run = runner(tx, opts);
      const claims = await claim(run, batches);
      const stored = batches.filter((b) => !claims.get(b.docId)?.created);
      await runPlan(run, planNew(batches.filter((b) => claims.get(b.docId)?.created)));
      for (const b of stored) await runPlan(run, planWrite(b, claims.get(b.docId)?.owned ?? []));
      for (const b of batches) await opts.beforeCommit?.(b);
    });
  } catch (err) {
    throw new WriteError(batches.map((b) => b.docId).join(', '), err);
  } finally {
    await session.close();
  }
}

/** Replaces one document's facts in a single transaction: all of them commit, or none. */
export async function writeDocument(driver: Driver, batch: GraphBatch, opts: WriterOptions): Promise<void> {
  await writeDocuments(driver, [batch], opts);
}

/** The database is gone, not a document at fault: writing the documents one by one would not help. */
const unreachable = (err: unknown): boolean => {
  const cause = err instanceof WriteError ? err.cause : err;
  return (
    cause instanceof Neo4jError &&
    (cause.code === driverError.SERVICE_UNAVAILABLE || cause.code === driverError.SESSION_EXPIRED)
  );
};

/** Each document's share of the time spent writing, and its error when it was not stored. */
export interface WriteOutcome {
  writeMs: number;
  error?: WriteError;
}

/**
 * Writes documents in one transaction (one commit instead of one per document); when that fails,
 * writes each in a transaction of its own, so a bad document still rolls back only itself.
 */
export async function writeTogether(
  driver: Driver,
  batches: readonly GraphBatch[],
  opts: WriterOptions,
): Promise<WriteOutcome[]> {
  const t0 = performance.now();
  const share = () => (performance.now() - t0) / batches.length;
  try {
    await writeDocuments(driver, batches, opts);
    const writeMs = share();
    return batches.map(() => ({ writeMs }));
  } catch (err) {
    const writeMs = share();
    if (batches.length === 1 || unreachable(err)) {
      return batches.map((b) => ({ writeMs, error: new WriteError(b.docId, (err as WriteError).cause) }));
    }
    const outcomes: WriteOutcome[] = [];
    for (const b of batches) {
      const t1 = performance.now();
      try {
        await writeDocuments(driver, [b], opts);
        outcomes.push({ writeMs: writeMs + performance.now() - t1 });
      } catch (one) {
        outcomes.push({ writeMs: writeMs + performance.now() - t1, error: one as WriteError });
      }
    }
    return outcomes;
  }
}

/** Removes a document and everything it owns; entities other documents still mention stay. */
export async function removeDocument(driver: Driver, docId: string, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.executeWrite(async (tx) => {
      const run = runner(tx);
      await runPlan(run, planRemove(docId, await ownedBy(run, docId)));
    });
  } finally {
    await session.close();
  }
}

/** Stored hash and pipeline version of the given documents (absent ids are new). */
export async function storedStates(
  driver: Driver,
  ids: readonly string[],
  database: string,
): Promise<Map<string, StoredState>> {
  const { records } = await driver.executeQuery(
    cypher('write/doc-states'),
    { ids: [...ids] },
    { database, routing: routing.READ },
  );
  return new Map(
    records.map((r) => [
      r.get('id') as string,
      { hash: r.get('hash'), pipelineVersion: r.get('pipelineVersion') },
    ]),
  );
}

export interface GraphCounts {
  nodes: number;
  relationships: number;
  entities: number;
  relations: number;
}

/** Whole-graph counts (from the count store, cheap): the ingest summary and the idempotency check. */
export async function countGraph(driver: Driver, database: string): Promise<GraphCounts> {
  const { records } = await driver.executeQuery(
    cypher('write/counts'),
    {},
    { database, routing: routing.READ },
  );
  return records[0]!.toObject() as GraphCounts;
}

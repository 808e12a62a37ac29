import { type Driver, type ManagedTransaction, routing } from 'neo4j-driver';
import { cypher } from '../../src/db/cypher.ts';
import type { GraphBatch } from './batch.ts';
import { type AliasRow, aliasStatements, planRemove, planWrite, type Statement } from './statements.ts';

export interface WriterOptions {
  database: string;
  /**
   * Runs inside the write transaction after every statement, before commit. Tests use it to make one
   * document fail mid-transaction and check that nothing of it is stored.
   */
  beforeCommit?: (batch: GraphBatch) => void | Promise<void>;
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

async function run(tx: ManagedTransaction, s: Statement) {
  return tx.run(cypher(s.name), s.params);
}

async function ownedBy(tx: ManagedTransaction, docId: string): Promise<string[]> {
  const result = await run(tx, { name: 'write/doc-owned', params: { docId } });
  return (result.records[0]?.get('entityIds') as string[] | undefined) ?? [];
}

/** Runs a plan; recompute-aliases hands its rows to the second, in-code phase (searchText). */
async function runPlan(tx: ManagedTransaction, plan: Statement[]): Promise<void> {
  for (const s of plan) {
    const result = await run(tx, s);
    if (s.name === 'write/recompute-aliases') {
      const rows = result.records.map((r) => r.toObject() as AliasRow);
      for (const next of aliasStatements(rows)) await run(tx, next);
    }
  }
}

/**
 * Replaces one document's facts in a single transaction: all of them commit, or none. executeWrite
 * retries transient failures by running this function again from the start in a fresh transaction,
 * so it only reads, MERGEs and deletes by key: a second run ends in the same state.
 */
export async function writeDocument(driver: Driver, batch: GraphBatch, opts: WriterOptions): Promise<void> {
  const session = driver.session({ database: opts.database });
  try {
    await session.executeWrite(async (tx) => {
      await runPlan(tx, planWrite(batch, await ownedBy(tx, batch.docId)));
      await opts.beforeCommit?.(batch);
    });
  } catch (err) {
    throw new WriteError(batch.docId, err);
  } finally {
    await session.close();
  }
}

/** Removes a document and everything it owns; entities other documents still mention stay. */
export async function removeDocument(driver: Driver, docId: string, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.executeWrite(async (tx) => runPlan(tx, planRemove(docId, await ownedBy(tx, docId))));
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

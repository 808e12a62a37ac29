import type { Driver } from 'neo4j-driver';
import { DEFAULT_BATCH_DOCS } from '../ingest/run.ts';
import type { GraphBatch } from '../ingest/write/batch.ts';
import { writeDocuments } from '../ingest/write/writer.ts';

// Where the writer's time goes: the writer itself (writeDocuments), fed new documents in the
// transactions ingestSources would make of them, with a clock around every statement.

export interface StatementCost {
  name: string;
  calls: number;
  totalMs: number;
  meanMs: number;
  share: number;
}

export interface WriterProfile {
  docs: number;
  /** Write transactions; absent from reports made when every document had its own. */
  transactions?: number;
  totalMs: number;
  /** Session + transaction begin/commit and anything outside the statements. */
  overheadMs: number;
  statements: StatementCost[];
}

export async function profileWriter(
  driver: Driver,
  database: string,
  batches: readonly GraphBatch[],
): Promise<WriterProfile> {
  const costs = new Map<string, { calls: number; ms: number }>();
  const statementDone = (name: string, ms: number) => {
    const c = costs.get(name) ?? { calls: 0, ms: 0 };
    c.calls++;
    c.ms += ms;
    costs.set(name, c);
  };
  let transactions = 0;
  const t0 = performance.now();
  for (let i = 0; i < batches.length; i += DEFAULT_BATCH_DOCS) {
    await writeDocuments(driver, batches.slice(i, i + DEFAULT_BATCH_DOCS), { database, statementDone });
    transactions++;
  }
  const totalMs = performance.now() - t0;
  const inStatements = [...costs.values()].reduce((n, c) => n + c.ms, 0);
  const statements = [...costs]
    .map(([name, c]) => ({
      name,
      calls: c.calls,
      totalMs: c.ms,
      meanMs: c.ms / c.calls,
      share: c.ms / totalMs,
    }))
    .sort((a, b) => b.totalMs - a.totalMs);
  return { docs: batches.length, transactions, totalMs, overheadMs: totalMs - inStatements, statements };
}

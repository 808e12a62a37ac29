import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { GraphBatch } from '../ingest/write/batch.ts';
import { type AliasRow, aliasStatements, planWrite, type Statement } from '../ingest/write/statements.ts';
import { cypher } from '../src/db/cypher.ts';

// Where the writer's time goes: the writer's own statement plan (planWrite), run the way
// writeDocument runs it (one transaction per document), with a clock around every statement.

export interface StatementCost {
  name: string;
  calls: number;
  totalMs: number;
  meanMs: number;
  share: number;
}

export interface WriterProfile {
  docs: number;
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
  const timed = async (tx: ManagedTransaction, s: Statement) => {
    const t0 = performance.now();
    const result = await tx.run(cypher(s.name), s.params);
    const c = costs.get(s.name) ?? { calls: 0, ms: 0 };
    c.calls++;
    c.ms += performance.now() - t0;
    costs.set(s.name, c);
    return result;
  };
  const t0 = performance.now();
  for (const batch of batches) {
    const session = driver.session({ database });
    try {
      await session.executeWrite(async (tx) => {
        const owned = await timed(tx, { name: 'write/doc-owned', params: { docId: batch.docId } });
        const ids = (owned.records[0]?.get('entityIds') as string[] | undefined) ?? [];
        for (const s of planWrite(batch, ids)) {
          const result = await timed(tx, s);
          if (s.name === 'write/recompute-aliases') {
            const rows = result.records.map((r) => r.toObject() as AliasRow);
            for (const next of aliasStatements(rows)) await timed(tx, next);
          }
        }
      });
    } finally {
      await session.close();
    }
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
  return { docs: batches.length, totalMs, overheadMs: totalMs - inStatements, statements };
}

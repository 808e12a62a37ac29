import neo4j, { type Driver } from 'neo4j-driver';
import { cypher } from '../db/cypher.ts';

/** What the hand-written resolvers need to read: the driver and the limits from config. */
export interface ReadContext {
  driver: Driver;
  database: string;
  timeoutMs: number;
}

/**
 * Runs a statement from cypher/ in a read transaction with the configured timeout, and returns each
 * record as a plain object. Read routing only picks a server; the timeout is what bounds the work.
 */
export async function read<T>(
  ctx: ReadContext,
  statement: string,
  params: Record<string, unknown>,
): Promise<T[]> {
  const result = await ctx.driver.executeQuery(statement, asCypherInts(params), {
    database: ctx.database,
    routing: 'READ',
    transactionConfig: { timeout: ctx.timeoutMs, metadata: { app: 'govkg-graphql' } },
  });
  return result.records.map((r) => r.toObject() as T);
}

/** JS numbers travel as floats, which LIMIT refuses: whole numbers go as Cypher integers. */
function asCypherInts(params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params))
    out[k] = typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : v;
  return out;
}

/** Same, for a named file: `readNamed(ctx, 'queries/timeline', {...})`. */
export function readNamed<T>(ctx: ReadContext, name: string, params: Record<string, unknown>): Promise<T[]> {
  return read<T>(ctx, cypher(name), params);
}

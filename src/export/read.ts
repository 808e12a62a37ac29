import neo4j, { type Driver } from 'neo4j-driver';
import { RELATION_TYPES } from '../../ingest/types.ts';
import { cypher } from '../db/cypher.ts';
import { edgeKey, type Graph, type GraphEdge, type GraphNode } from './graph.ts';

export interface ReadOptions {
  /** An entity id, official name or alias; without it the whole graph is read. */
  around?: string;
  /** Relations to walk out from `around` (default 1, at most MAX_EXPORT_DEPTH). */
  depth?: number;
  /** Most entities an export around an entity may hold. */
  limit?: number;
  /** Neo4j transaction timeout per statement (the HTTP route passes QUERY_TIMEOUT_MS). */
  timeoutMs?: number;
}

export const MAX_EXPORT_DEPTH = 4;
export const DEFAULT_EXPORT_LIMIT = 5000;

/** An export request the caller got wrong: HTTP turns it into 400/404, the CLI into exit code 2. */
export class ExportError extends Error {
  constructor(
    readonly code: 'E_EXPORT_NOT_FOUND' | 'E_EXPORT_ARGS',
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'ExportError';
  }
}

/** Reads the whole graph, or the entities within `depth` relations of `around`, with their edges. */
export async function readGraph(driver: Driver, database: string, opts: ReadOptions = {}): Promise<Graph> {
  const types = [...RELATION_TYPES];
  const run = async (name: string, params: Record<string, unknown>) =>
    (
      await driver.executeQuery(cypher(name), params, {
        database,
        routing: 'READ',
        transactionConfig: opts.timeoutMs ? { timeout: opts.timeoutMs } : undefined,
      })
    ).records.map((r) => r.toObject());

  if (opts.around === undefined) {
    return {
      nodes: (await run('queries/export-nodes', {})).map(toNode),
      edges: (await run('queries/export-edges', { types })).map(toEdge),
    };
  }

  const depth = opts.depth ?? 1;
  if (!Number.isInteger(depth) || depth < 0 || depth > MAX_EXPORT_DEPTH) {
    throw new ExportError(
      'E_EXPORT_ARGS',
      `depth must be a whole number from 0 to ${MAX_EXPORT_DEPTH}, got ${depth}`,
    );
  }
  const limit = opts.limit ?? DEFAULT_EXPORT_LIMIT;
  const found = await run('queries/export-resolve', { name: opts.around });
  const best = found[0]?.rank;
  if (best === undefined) {
    throw new ExportError('E_EXPORT_NOT_FOUND', `no entity is named "${opts.around}" (by id, name or alias)`);
  }
  // An alias shared by several entities exports all of them: the researcher sees the ambiguity.
  const seen = new Set<string>(found.filter((r) => r.rank === best).map((r) => String(r.id)));
  let frontier = [...seen];
  for (let hop = 0; hop < depth && frontier.length > 0 && seen.size < limit; hop++) {
    const next = await run('queries/export-expand', { frontier, types, limit: neo4j.int(limit) });
    frontier = [];
    for (const row of next) {
      const id = String(row.id);
      if (seen.has(id) || seen.size >= limit) continue;
      seen.add(id);
      frontier.push(id);
    }
  }
  const ids = [...seen];
  return {
    nodes: (await run('queries/export-nodes-by-id', { ids })).map(toNode),
    edges: (await run('queries/export-edges-by-id', { ids, types })).map(toEdge),
  };
}

type Row = Record<string, unknown>;

const str = (v: unknown): string | undefined => (v === null || v === undefined ? undefined : String(v));

function toNode(row: Row): GraphNode {
  const node: GraphNode = {
    id: String(row.id),
    type: String(row.type ?? ''),
    name: String(row.name ?? row.id),
  };
  if (Array.isArray(row.aliases) && row.aliases.length) node.aliases = row.aliases.map(String);
  const code = str(row.code);
  if (code !== undefined) node.code = code;
  const level = str(row.level);
  if (level !== undefined) node.level = level;
  return node;
}

function toEdge(row: Row): GraphEdge {
  const edge: Omit<GraphEdge, 'id'> = {
    type: String(row.type),
    source: String(row.source),
    target: String(row.target),
  };
  for (const key of ['evidence', 'docId', 'docTitle', 'sentenceId', 'rule', 'date'] as const) {
    const v = str(row[key]);
    if (v !== undefined) edge[key] = v;
  }
  if (typeof row.confidence === 'number') edge.confidence = row.confidence;
  return { id: edgeKey(edge), ...edge };
}

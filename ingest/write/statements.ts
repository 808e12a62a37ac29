import type { GraphBatch } from './batch.ts';
import { searchText } from './search-text.ts';

/** One parameterized statement: the name of a file under cypher/ and its parameters. */
export interface Statement {
  name: string;
  params: Record<string, unknown>;
}

/** An entity after its aliases were recomputed across all documents (what recompute-aliases returns). */
export interface AliasRow {
  id: string;
  name: string;
  aliases: string[];
}

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])].sort();

/** Removes what a document owns: relationships, agreements, sentences (and their mentions). */
function clear(docId: string, owned: readonly string[]): Statement[] {
  const out: Statement[] = [];
  if (owned.length > 0) out.push({ name: 'write/clear-relations', params: { docId, entityIds: [...owned] } });
  out.push({ name: 'write/clear-facts', params: { docId } });
  return out;
}

/**
 * Drops entities nobody refers to any more, then recomputes aliases of the rest. recompute-aliases
 * returns rows that `aliasStatements` turns into searchText and Alias nodes. `surfaces` are the forms
 * this write's mentions use, per entity: candidates the stored aliases may not hold yet.
 */
function refresh(
  entityIds: readonly string[],
  surfaces: ReadonlyMap<string, readonly string[]> = new Map(),
): Statement[] {
  if (entityIds.length === 0) return [];
  const rows = entityIds.map((id) => ({ id, surfaces: [...(surfaces.get(id) ?? [])] }));
  return [
    { name: 'write/gc-entities', params: { entityIds: [...entityIds] } },
    { name: 'write/recompute-aliases', params: { rows } },
  ];
}

function surfacesOf(batch: GraphBatch): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  for (const m of batch.mentions) out.set(m.entityId, (out.get(m.entityId) ?? new Set()).add(m.surface));
  return new Map([...out].map(([id, set]) => [id, [...set].sort()]));
}

/**
 * The statements that replace one document's facts, in order, to run in one transaction.
 * `owned` is what the stored version of the document referenced (doc-owned), read in the same
 * transaction. Pure: the snapshot test pins the output.
 */
export function planWrite(batch: GraphBatch, owned: readonly string[]): Statement[] {
  const { docId } = batch;
  const rows = <T>(name: string, list: T[], extra: Record<string, unknown> = {}): Statement[] =>
    list.length > 0 ? [{ name, params: { ...extra, rows: list } }] : [];
  return [
    ...clear(docId, owned),
    { name: 'write/document', params: { doc: batch.document } },
    ...rows('write/sentences', batch.sentences, { docId }),
    ...rows('write/entities', batch.entities),
    ...rows('write/mentions', batch.mentions),
    ...rows('write/agreements', batch.agreements),
    ...rows('write/parties', batch.parties),
    ...rows('write/relations', batch.relations),
    ...refresh(union(owned, batch.document.entityIds), surfacesOf(batch)),
  ];
}

/** The statements that remove one document and everything it owns. */
export function planRemove(docId: string, owned: readonly string[]): Statement[] {
  return [
    ...clear(docId, owned),
    { name: 'write/delete-document', params: { docId } },
    ...refresh([...owned]),
  ];
}

/** Second phase: searchText (jieba, in code) and Alias nodes for the entities that survived. */
export function aliasStatements(rows: readonly AliasRow[]): Statement[] {
  if (rows.length === 0) return [];
  const linked = [...rows]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((r) => ({
      id: r.id,
      forms: [...new Set([r.name, ...r.aliases])],
      searchText: searchText(r.name, r.aliases),
    }));
  return [{ name: 'write/link-aliases', params: { rows: linked } }];
}

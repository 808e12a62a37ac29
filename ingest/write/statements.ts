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
  return [
    { name: 'write/gc-entities', params: { entityIds: [...entityIds] } },
    ...recomputeAliases(entityIds, surfaces),
  ];
}

function recomputeAliases(
  entityIds: readonly string[],
  surfaces: ReadonlyMap<string, readonly string[]>,
): Statement[] {
  if (entityIds.length === 0) return [];
  const rows = entityIds.map((id) => ({ id, surfaces: [...(surfaces.get(id) ?? [])] }));
  return [{ name: 'write/recompute-aliases', params: { rows } }];
}

function surfacesOf(mentions: readonly GraphBatch['mentions'][number][]): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  for (const m of mentions) out.set(m.entityId, (out.get(m.entityId) ?? new Set()).add(m.surface));
  return new Map([...out].map(([id, set]) => [id, [...set].sort()]));
}

const rowsOf = <T>(name: string, list: T[], extra: Record<string, unknown> = {}): Statement[] =>
  list.length > 0 ? [{ name, params: { ...extra, rows: list } }] : [];

/**
 * The statements that replace one document's facts, in order, to run in one transaction.
 * `owned` is what the stored version of the document referenced (doc-owned), read in the same
 * transaction. Pure: the snapshot test pins the output.
 */
export function planWrite(batch: GraphBatch, owned: readonly string[]): Statement[] {
  const { docId } = batch;
  return [
    ...clear(docId, owned),
    { name: 'write/document', params: { doc: batch.document } },
    ...rowsOf('write/sentences', batch.sentences, { docId }),
    ...rowsOf('write/entities', batch.entities),
    ...rowsOf('write/mentions', batch.mentions),
    ...rowsOf('write/agreements', batch.agreements),
    ...rowsOf('write/parties', batch.parties),
    ...rowsOf('write/relations', batch.relations),
    ...refresh(union(owned, batch.document.entityIds), surfacesOf(batch.mentions)),
  ];
}

/**
 * The statements that write documents claim-documents has just created, all in one transaction (their
 * Document nodes are written). Nothing of a new document exists yet: there is nothing to clear and
 * its own facts are CREATEd. Entities are shared and still MERGEd. No gc-entities: every entity a
 * batch lists gets a mention, relation or party here, so none can be left orphaned. Pure.
 */
export function planNew(batches: readonly GraphBatch[]): Statement[] {
  const all = <K extends 'sentences' | 'mentions' | 'agreements' | 'parties' | 'relations'>(key: K) =>
    batches.flatMap((b) => b[key] as GraphBatch[K][number][]);
  // Entity rows stay in document order within an id (stable sort), so the last document's name and
  // curated aliases win as one transaction per document would; id order keeps the lock order.
  const entities = batches
    .flatMap((b) => b.entities)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const mentions = all('mentions');
  return [
    ...rowsOf('write/new-sentences', all('sentences')),
    ...rowsOf('write/entities', entities),
    ...rowsOf('write/new-mentions', mentions),
    ...rowsOf('write/agreements', all('agreements')),
    ...rowsOf('write/parties', all('parties')),
    ...rowsOf('write/new-relations', all('relations')),
    ...recomputeAliases([...new Set(entities.map((e) => e.id))], surfacesOf(mentions)),
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

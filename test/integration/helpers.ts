import neo4j, { type Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { removeDocument } from '../../ingest/write/writer.ts';

/** The connection global-setup provided. */
export function connection() {
  return inject('neo4j');
}

export function openDriver(): Driver {
  const c = connection();
  return neo4j.driver(c.uri, neo4j.auth.basic(c.user, c.password), { disableLosslessIntegers: true });
}

/** Runs one read-only query and returns plain objects. */
export async function query<T = Record<string, unknown>>(
  driver: Driver,
  text: string,
  params: Record<string, unknown> = {},
): Promise<T[]> {
  const { records } = await driver.executeQuery(text, params, { database: connection().database });
  return records.map((r) => r.toObject() as T);
}

/**
 * Each test file owns the documents whose id starts with its prefix and the entities whose id holds
 * its tag; this removes exactly those, so files can run in any order against one database.
 */
export async function cleanup(driver: Driver, docPrefix: string, entityTag?: string): Promise<void> {
  const { database } = connection();
  const docs = await query<{ id: string }>(
    driver,
    'MATCH (d:Document) WHERE d.id STARTS WITH $p RETURN d.id AS id',
    { p: docPrefix },
  );
  for (const { id } of docs) await removeDocument(driver, id, database);
  // Leftovers of an interrupted run that never reached the documents' entityIds.
  await driver.executeQuery(
    'MATCH (n) WHERE (n:Sentence OR n:Agreement) AND n.docId STARTS WITH $p DETACH DELETE n',
    { p: docPrefix },
    { database },
  );
  if (entityTag) {
    await driver.executeQuery(
      'MATCH (e:Entity) WHERE e.id CONTAINS $t OPTIONAL MATCH (a:Alias)-[:ALIAS_OF]->(e) DETACH DELETE e, a',
      { t: entityTag },
      { database },
    );
  }
}

/** Counts of what documents with this id prefix own, and of entities carrying the tag. */
export async function scopedCounts(driver: Driver, docPrefix: string, entityTag: string) {
  const [row] = await query<Record<string, number>>(
    driver,
    `CALL () { MATCH (d:Document) WHERE d.id STARTS WITH $p RETURN count(d) AS documents }
     CALL () { MATCH (s:Sentence) WHERE s.docId STARTS WITH $p RETURN count(s) AS sentences }
     CALL () { MATCH (s:Sentence)-[m:MENTIONS]->() WHERE s.docId STARTS WITH $p RETURN count(m) AS mentions }
     CALL () { MATCH (a:Agreement) WHERE a.docId STARTS WITH $p RETURN count(a) AS agreements }
     CALL () { MATCH (:Entity)-[r]->(:Entity) WHERE r.docId STARTS WITH $p RETURN count(r) AS relations }
     CALL () { MATCH (e:Entity) WHERE e.id CONTAINS $t RETURN count(e) AS entities }
     CALL () { MATCH (a:Alias)-[:ALIAS_OF]->(e:Entity) WHERE e.id CONTAINS $t RETURN count(DISTINCT a) AS aliases }
     RETURN documents, sentences, mentions, agreements, relations, entities, aliases`,
    { p: docPrefix, t: entityTag },
  );
  return row!;
}

export { type DocSpec, type EntitySpec, handCorpus, handDoc } from './hand-doc.ts';

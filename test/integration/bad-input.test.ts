// The bad-input corpus through the real `govkg ingest` (a child process, as a user runs it) against
// Neo4j: every bad file named with its code, the batch goes on, nothing of a refused file is stored,
// and the odd-but-valid files (GBK, UTF-16, deep HTML, no entities, hostile names) are ingested.
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestSources } from '../../ingest/run.ts';
import {
  BAD_INPUTS,
  type BadInput,
  FIXTURE_DIR,
  GBK_TEXT,
  isError,
  UTF16_TEXT,
  writeGeneratedInputs,
} from '../fixtures/bad-input/corpus.ts';
import { cleanup, connection, type EntitySpec, handCorpus, handDoc, openDriver, query } from './helpers.ts';

const REPO = path.resolve(FIXTURE_DIR, '../../..');
// Document ids are paths relative to the working directory (the repository root here).
const FIXTURE_IDS = 'test/fixtures/bad-input/';
const GENERATED_IDS = 'test-output/bad-input/';
const HOSTILE_PREFIX = 't-hostile/';
const TAG = 't-hostile-';

const idOf = (input: BadInput) => `${input.generated ? GENERATED_IDS : FIXTURE_IDS}${input.file}`;
const refused = BAD_INPUTS.filter((i) => isError(i.outcome));
const accepted = BAD_INPUTS.filter((i) => !isError(i.outcome));

/** Runs `node bin/govkg.js ingest …` against the test database. */
function govkgIngest(paths: string[]): Promise<{ code: number | null; stderr: string }> {
  const c = connection();
  const child = spawn(process.execPath, ['bin/govkg.js', 'ingest', ...paths], {
    cwd: REPO,
    env: {
      ...process.env,
      NEO4J_URI: c.uri,
      NEO4J_USER: c.user,
      NEO4J_PASSWORD: c.password,
      NEO4J_DATABASE: c.database,
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stderr })));
}

async function cleanAll(driver: Driver) {
  await cleanup(driver, FIXTURE_IDS);
  await cleanup(driver, GENERATED_IDS);
  await cleanup(driver, HOSTILE_PREFIX, TAG);
}

describe('the bad-input corpus through govkg ingest', () => {
  let driver: Driver;
  let run: { code: number | null; stderr: string };
  let otherDocsBefore = 0;

  beforeAll(async () => {
    driver = openDriver();
    await cleanAll(driver);
    await writeGeneratedInputs(path.join(REPO, GENERATED_IDS));
    otherDocsBefore = await otherDocuments(driver);
    run = await govkgIngest([FIXTURE_IDS, GENERATED_IDS]);
  }, 300_000);

  afterAll(async () => {
    await cleanAll(driver);
    await driver.close();
    await rm(path.join(REPO, GENERATED_IDS), { recursive: true, force: true });
  });

  it('finishes the batch and exits 1 (some inputs failed), not with a crash', () => {
    expect(run.code, run.stderr.slice(-3000)).toBe(1);
    expect(run.stderr).toContain('ingest finished');
    expect(run.stderr).not.toMatch(/E_INGEST|fatal/i);
  });

  it.each(refused.map((i) => [i.kind, i] as const))(
    '%s: an error with its code naming the file',
    (_k, input) => {
      const code = (input.outcome as { error: string }).error;
      const lines = run.stderr.split('\n').filter((l) => l.includes(`${code}: ${idOf(input)}`));
      expect(lines.length).toBeGreaterThanOrEqual(1);
    },
  );

  it('stores nothing at all of a refused file', async () => {
    const ids = refused.map(idOf);
    const [row] = await query<{ docs: number; owned: number }>(
      driver,
      `CALL () { MATCH (d:Document) WHERE d.id IN $ids RETURN count(d) AS docs }
       CALL () { MATCH (n) WHERE (n:Sentence OR n:Agreement) AND n.docId IN $ids RETURN count(n) AS owned }
       RETURN docs, owned`,
      { ids },
    );
    expect(row).toEqual({ docs: 0, owned: 0 });
  });

  it.each(accepted.map((i) => [i.kind, i] as const))('%s: ingested whole', async (_k, input) => {
    const [row] = await query<{ sentences: number }>(
      driver,
      'MATCH (d:Document {id: $id})-[:HAS_SENTENCE]->(s:Sentence) RETURN count(s) AS sentences',
      { id: idOf(input) },
    );
    expect(row?.sentences).toBeGreaterThanOrEqual(1);
  });

  it.each([
    ['gbk-no-declaration.txt', GBK_TEXT],
    ['utf16le-bom.txt', UTF16_TEXT],
  ])('%s: the stored sentences are the text it was encoded from', async (file, text) => {
    const rows = await query<{ text: string }>(
      driver,
      'MATCH (:Document {id: $id})-[:HAS_SENTENCE]->(s:Sentence) RETURN s.text AS text ORDER BY s.index',
      { id: `${GENERATED_IDS}${file}` },
    );
    const squash = (s: string) => s.replace(/\s+/g, '');
    expect(squash(rows.map((r) => r.text).join(''))).toBe(squash(text));
  });

  it('leaves documents of other files untouched', async () => {
    expect(await otherDocuments(driver)).toBe(otherDocsBefore);
  });

  it('a second run skips what is stored and still names every bad file', async () => {
    const again = await govkgIngest([FIXTURE_IDS, GENERATED_IDS]);
    expect(again.code).toBe(1);
    const skipped = again.stderr.split('\n').filter((l) => l.includes('"status":"skipped"'));
    expect(skipped).toHaveLength(accepted.length);
    for (const input of refused) expect(again.stderr).toContain(idOf(input));
  }, 300_000);
});

// Names as hostile as text can make them, stored through the writer with a hand-made document so the
// check does not hang on what the recognizers happen to find.
const HOSTILE_NAMES = [
  '《"}) MATCH (n) DETACH DELETE n //》',
  "'; DROP CONSTRAINT entity_id IF EXISTS; //",
  '数据\\局',
  '大数据\\\\中心"}',
  '`Entity` {id: $id}) SET n.name = "x',
  "$password') RETURN * //",
];

describe('entity names holding quotes, backslashes and Cypher', () => {
  let driver: Driver;
  const catalog: EntitySpec[] = HOSTILE_NAMES.map((name, i) => ({
    id: `program:${TAG}${i}`,
    type: 'Program',
    name,
  }));

  beforeAll(async () => {
    driver = openDriver();
    await cleanup(driver, HOSTILE_PREFIX, TAG);
  });
  afterAll(async () => {
    await cleanup(driver, HOSTILE_PREFIX, TAG);
    await driver.close();
  });

  it('are stored verbatim and run as nothing: every node and constraint survives', async () => {
    const before = await graphShape(driver);
    const doc = handDoc(
      {
        id: `${HOSTILE_PREFIX}names`,
        sentences: HOSTILE_NAMES.map((n) => `江苏省人民政府启动${n}试点。`),
        mentions: HOSTILE_NAMES.map((n, i) => [i, n, catalog[i]!.id] as [number, string, string]),
        relations: [['COOPERATES_WITH', catalog[0]!.id, catalog[1]!.id, 0]],
      },
      catalog,
    );
    const { sources, pipeline } = handCorpus([doc]);
    const summary = await ingestSources(driver, sources, { database: connection().database, pipeline });
    expect(summary.failures).toEqual([]);
    const stored = await query<{ id: string; name: string; aliases: string[] }>(
      driver,
      'MATCH (e:Entity) WHERE e.id STARTS WITH $p RETURN e.id AS id, e.name AS name, e.aliases AS aliases ORDER BY e.id',
      { p: `program:${TAG}` },
    );
    expect(stored.map((e) => e.name)).toEqual(
      [...catalog].sort((a, b) => (a.id < b.id ? -1 : 1)).map((e) => e.name),
    );
    const after = await graphShape(driver);
    // The graph grew by exactly this document; nothing else was deleted, no constraint dropped.
    expect(after.constraints).toBe(before.constraints);
    expect(after.otherNodes).toBe(before.otherNodes);
  });
});

async function otherDocuments(driver: Driver): Promise<number> {
  const [row] = await query<{ n: number }>(
    driver,
    'MATCH (d:Document) WHERE NOT (d.id STARTS WITH $a OR d.id STARTS WITH $b OR d.id STARTS WITH $c) RETURN count(d) AS n',
    { a: FIXTURE_IDS, b: GENERATED_IDS, c: HOSTILE_PREFIX },
  );
  return row!.n;
}

/** Nodes that are not this file's (documents, sentences, entities of others) and the constraints. */
async function graphShape(driver: Driver) {
  const [nodes] = await query<{ n: number }>(
    driver,
    `MATCH (n) WHERE NOT (coalesce(n.docId, n.id, '') STARTS WITH $p OR coalesce(n.id, '') CONTAINS $t
       OR n:Alias) RETURN count(n) AS n`,
    { p: HOSTILE_PREFIX, t: TAG },
  );
  const constraints = await query(driver, 'SHOW CONSTRAINTS YIELD name RETURN name');
  return { otherNodes: nodes!.n, constraints: constraints.length };
}

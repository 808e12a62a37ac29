import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COOPERATION_TYPES, PathStatements } from '../../src/server/custom-queries.ts';
import { cleanup, connection, openDriver } from './helpers.ts';

// The served statement lists 1- and 2-hop paths itself and leaves longer ones to SHORTEST k. Here it
// is held against a plain SHORTEST k statement (the definition of the answer) on a small hand-built
// graph with parallel relationships, districts, a hub and a loop back to the start region.

const TAG = 'pathtest';
const id = (name: string) => `${name.startsWith('R') ? 'region' : 'org'}:${TAG}-${name}`;

/** The answer by definition: per pair, the k shortest trails with no repeated node, best `limit`. */
const REFERENCE = (maxHops: number, k: number) => `
MATCH (a:Entity) WHERE a.id IN $fromIds
MATCH (b:Entity) WHERE b.id IN $toIds AND b <> a
MATCH p = SHORTEST ${k} (a)
  ((:Entity)<-[:LOCATED_IN|PART_OF]-(:Entity)){0,${Math.max(1, Math.min(2, maxHops - 1))}}
  ((:Entity)-[c WHERE type(c) IN $types]-(:Entity)){1,${maxHops}}
  ((:Entity)-[:LOCATED_IN|PART_OF]->(:Entity)){0,${Math.max(1, Math.min(2, maxHops - 1))}}
  (b)
WHERE length(p) <= $maxHops
WITH p
WHERE all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n))
RETURN length(p) AS length, [r IN relationships(p) | elementId(r)] AS rels`;

// [from, type, to, how many parallel relationships (one per stating sentence)]
const EDGES: [string, string, string, number][] = [
  ['RA1', 'PART_OF', 'RA', 2],
  ['RB1', 'PART_OF', 'RB', 1],
  ['OA1', 'LOCATED_IN', 'RA', 3],
  ['OA2', 'LOCATED_IN', 'RA1', 1],
  ['OB1', 'LOCATED_IN', 'RB', 2],
  ['OB2', 'LOCATED_IN', 'RB1', 1],
  ['RA', 'COOPERATES_WITH', 'RB', 1],
  ['RA', 'CO_BUILT', 'OC', 2],
  ['RB', 'CO_BUILT', 'OC', 1],
  ['OA1', 'SIGNED_AGREEMENT', 'OB1', 2],
  ['OA2', 'SIGNED_AGREEMENT', 'OB2', 1],
  ['OA1', 'PILOTS', 'OP', 1],
  ['OB2', 'PILOTS', 'OP', 2],
  ['OA2', 'COOPERATES_WITH', 'OX', 1],
  ['OX', 'COOPERATES_WITH', 'OB1', 1],
  ['RA', 'PILOTS', 'OB1', 2],
  // A body of RA that signed with RA itself: walks through it revisit RA and are dropped.
  ['OA1', 'SIGNED_AGREEMENT', 'RA', 1],
  // RC and RD: one path of each 3-hop shape the statement lists under a type filter, and four of the
  // 4-hop one, all of COOPERATES_WITH and PILOTS (one of the filters below).
  ['RC1', 'PART_OF', 'RC', 1],
  ['RD1', 'PART_OF', 'RD', 1],
  ['OC1', 'LOCATED_IN', 'RC', 1],
  ['OC2', 'LOCATED_IN', 'RC1', 1],
  ['OD1', 'LOCATED_IN', 'RD', 1],
  ['OD2', 'LOCATED_IN', 'RD1', 1],
  ['OC1', 'COOPERATES_WITH', 'OD1', 1], // RC <- OC1 — OD1 -> RD
  ['OC1', 'COOPERATES_WITH', 'OG', 1], // RC <- OC1 — OG — RD
  ['OG', 'PILOTS', 'RD', 1],
  ['RC', 'PILOTS', 'OH', 1], // RC — OH — OD1 -> RD
  ['OH', 'COOPERATES_WITH', 'OD1', 1],
  ['OC2', 'COOPERATES_WITH', 'RD', 1], // RC <- RC1 <- OC2 — RD
  ['RC', 'PILOTS', 'OD2', 1], // RC — OD2 -> RD1 -> RD
  ['RC', 'COOPERATES_WITH', 'OE', 1], // RC — OE — OF — RD
  ['OE', 'COOPERATES_WITH', 'OF', 1],
  ['OF', 'PILOTS', 'RD', 1],
  ['OC1', 'PILOTS', 'OQ', 2], // RC <- OC1 — OQ — OD1 -> RD, four ways
  ['OD1', 'PILOTS', 'OQ', 2],
];

let driver: Driver;
const statements = new PathStatements(4);

beforeAll(async () => {
  driver = openDriver();
  await cleanup(driver, `${TAG}/`, TAG);
  const names = [...new Set(EDGES.flatMap(([a, , b]) => [a, b]))];
  await driver.executeQuery(
    `UNWIND $names AS name
     CALL (name) {
       WITH name WHERE name STARTS WITH 'R'
       CREATE (:Entity:Region {id: 'region:' + $tag + '-' + name, name: name, type: 'Region'})
       UNION
       WITH name WHERE NOT name STARTS WITH 'R'
       CREATE (:Entity:Organization {id: 'org:' + $tag + '-' + name, name: name, type: 'Organization'})
     }`,
    { names, tag: TAG },
    { database: connection().database },
  );
  const rels = EDGES.flatMap(([from, type, to, n]) =>
    Array.from({ length: n }, (_, i) => ({
      from: id(from),
      to: id(to),
      type,
      props: {
        docId: `${TAG}/${from}-${to}-${i}`,
        sentenceId: `${TAG}/${from}-${to}-${i}#0`,
        evidence: `${from} ${type} ${to}`,
        confidence: 0.5 + (i % 5) / 10,
      },
    })),
  );
  // One CREATE per type: a relationship type cannot be a parameter.
  await driver.executeQuery(
    `UNWIND $rels AS r
     MATCH (a:Entity {id: r.from}), (b:Entity {id: r.to})
     CALL (a, b, r) {
       WITH a, b, r WHERE r.type = 'PART_OF' CREATE (a)-[x:PART_OF]->(b) SET x = r.props
       UNION WITH a, b, r WHERE r.type = 'LOCATED_IN' CREATE (a)-[x:LOCATED_IN]->(b) SET x = r.props
       UNION WITH a, b, r WHERE r.type = 'COOPERATES_WITH' CREATE (a)-[x:COOPERATES_WITH]->(b) SET x = r.props
       UNION WITH a, b, r WHERE r.type = 'CO_BUILT' CREATE (a)-[x:CO_BUILT]->(b) SET x = r.props
       UNION WITH a, b, r WHERE r.type = 'SIGNED_AGREEMENT' CREATE (a)-[x:SIGNED_AGREEMENT]->(b) SET x = r.props
       UNION WITH a, b, r WHERE r.type = 'PILOTS' CREATE (a)-[x:PILOTS]->(b) SET x = r.props
       UNION WITH a, b, r WHERE r.type = 'LAUNCHED' CREATE (a)-[x:LAUNCHED]->(b) SET x = r.props
       UNION WITH a, b, r WHERE r.type = 'ISSUED' CREATE (a)-[x:ISSUED]->(b) SET x = r.props
     }`,
    { rels },
    { database: connection().database },
  );
});

afterAll(async () => {
  await cleanup(driver, `${TAG}/`, TAG);
  await driver?.close();
});

type Row = { length: number; rels: string[] };

async function run(
  statement: string,
  from: string,
  to: string,
  maxHops: number,
  types: string[],
  limit: number,
) {
  const served = `${statement.replace(/\nRETURN[\s\S]*$/, '')}
RETURN length(p) AS length, [r IN relationships(p) | elementId(r)] AS rels`;
  const { records } = await driver.executeQuery(
    served,
    {
      fromIds: [id(from)],
      toIds: [id(to)],
      types,
      maxHops: neo4j.int(maxHops),
      limit: neo4j.int(limit),
    },
    { database: connection().database },
  );
  return records.map((r) => r.toObject() as Row);
}

const key = (r: Row) => `${r.length} ${r.rels.join(',')}`;
const TYPE_SETS = [[...COOPERATION_TYPES], ['SIGNED_AGREEMENT'], ['CO_BUILT'], ['COOPERATES_WITH', 'PILOTS']];

describe('cooperationPaths statement', () => {
  it.each([1, 2, 3, 4].flatMap((h) => TYPE_SETS.map((t) => [h, t] as const)))(
    'finds every path the SHORTEST definition finds (maxHops %i, types %j)',
    async (maxHops, types) => {
      for (const [from, to] of [
        ['RA', 'RB'],
        ['RB', 'RA'],
        ['RA1', 'RB'],
        ['OA1', 'RB1'],
        ['RC', 'RD'],
        ['RD', 'RC'],
      ] as const) {
        // k = 100 is more than this graph has, so both list all paths and must agree exactly.
        const want = await run(REFERENCE(maxHops, 100), from, to, maxHops, types, 100);
        const got = await run(statements.get(maxHops, 100, types), from, to, maxHops, types, 100);
        expect(want.length).toBeLessThan(100);
        expect(got.map(key).sort(), `${from}→${to}`).toEqual(want.map(key).sort());
      }
    },
  );

  it('lists each RA→RB path once, parallel relationships apart, at maxHops 4', async () => {
    const got = await run(
      statements.get(4, 100, COOPERATION_TYPES),
      'RA',
      'RB',
      4,
      [...COOPERATION_TYPES],
      100,
    );
    expect(got.map((r) => r.length).sort()).toEqual([1, ...Array(6).fill(2), ...Array(16).fill(3)]);
  });

  // Cases where the listed shapes fill the k places themselves: with SIGNED_AGREEMENT alone RA→RB has no
  // path of 1 or 2 hops and 12 body-to-body ones of 3 (RA <- OA1 — OB1 -> RB, parallel relationships
  // apart); with PILOTS alone RC→RD has one of 3 hops (RC — OD2 -> RD1 -> RD), then four of 4 through
  // the program OQ, which fill k = 5.
  it.each(
    [1, 5, 10].flatMap((limit) => [
      ['RA', 'RB', limit, [...COOPERATION_TYPES]] as const,
      ['RA', 'RB', limit, ['SIGNED_AGREEMENT']] as const,
      ['RC', 'RD', limit, [...COOPERATION_TYPES]] as const,
      ['RC', 'RD', limit, ['PILOTS']] as const,
    ]),
  )('keeps k shortest when there are more (%s→%s, limit %i, types %j)', async (from, to, limit, types) => {
    const all = await run(REFERENCE(4, 100), from, to, 4, [...types], 100);
    const got = await run(statements.get(4, limit, types), from, to, 4, [...types], limit);
    // Which of several equally long walks fill the last of the k places is not defined (nor, as walks
    // that repeat a node are dropped after the choice, how many remain); what is defined: every path
    // is one of the answer's, and every path shorter than the longest returned is there.
    expect(got.length).toBeGreaterThan(0);
    expect(got.length).toBeLessThanOrEqual(limit);
    const keys = new Set(all.map(key));
    expect(got.every((r) => keys.has(key(r)))).toBe(true);
    const longest = Math.max(...got.map((r) => r.length));
    const shorter = (rows: Row[]) =>
      rows
        .filter((r) => r.length < longest)
        .map(key)
        .sort();
    expect(shorter(got)).toEqual(shorter(all));
  });
});

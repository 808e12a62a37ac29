// cooperationPaths: the shortest paths from one entity set to another. A path is: containment hops
// leading from `from` down to bodies inside it (region <-LOCATED_IN- body, region <-PART_OF-
// district), then at least one cooperation relationship of $types, then containment hops up to
// `to`. Containment alone (上海市 -PART_OF-> 中国 <-PART_OF- 重庆市) is not cooperation, so it never
// forms a path by itself. Per (a, b) pair: the k shortest paths (relationships distinct), those that
// repeat a node dropped; then the best $limit of all pairs, shortest and most confident first.
// {{maxHops}}, {{endHops}} and {{k}} are integers filled in at start-up (one statement per allowed
// maxHops and k): Cypher 5 takes no parameters in quantifiers or in SHORTEST k.
MATCH (a:Entity) WHERE a.id IN $fromIds
MATCH (b:Entity) WHERE b.id IN $toIds AND b <> a
// Paths of 1 and 2 hops, then the commonest shape of 3, shape by shape, shortest first, stopping at
// k. Between provinces there are usually more than k of them (a fact is one relationship per stating
// sentence), and listing them is a walk along a's or b's relationships, where SHORTEST's
// breadth-first search expands every relationship of both hubs and tracks its states (~20x slower at
// 1.6M relations, bench/RESULTS.md).
// Static types: the expansion reads only those types' relationships.
CALL (a, b) {
  CALL (a, b) {
    MATCH p = (a)-[c:CO_BUILT|SIGNED_AGREEMENT|PILOTS|LAUNCHED|ISSUED|COOPERATES_WITH]-(b)
    WHERE type(c) IN $types
    RETURN p
    UNION ALL
    // a <- m — b. A province has ~10k containment relationships (one per stating sentence) but only
    // ~1k bodies and parts, each with hundreds of cooperation relationships: take each m once, and
    // keep it only if it is among b's cooperation partners (one set, built once), before any
    // per-m expansion (3x fewer db hits on the hub pairs than expanding m — b for every m).
    CALL (b) {
      MATCH (b)-[:CO_BUILT|SIGNED_AGREEMENT|PILOTS|LAUNCHED|ISSUED|COOPERATES_WITH]-(x)
      RETURN collect(DISTINCT x) AS partners
    }
    MATCH (a)<-[:LOCATED_IN|PART_OF]-(m)
    WHERE $maxHops >= 2
    WITH DISTINCT a, b, m, partners
    WHERE m IN partners AND m:Entity
    MATCH p = (a)<-[:LOCATED_IN|PART_OF]-(m)-[c:CO_BUILT|SIGNED_AGREEMENT|PILOTS|LAUNCHED|ISSUED|COOPERATES_WITH]-(b)
    WHERE type(c) IN $types
    RETURN p
    UNION ALL
    // a — m -> b, the same way round.
    CALL (a) {
      MATCH (a)-[:CO_BUILT|SIGNED_AGREEMENT|PILOTS|LAUNCHED|ISSUED|COOPERATES_WITH]-(x)
      RETURN collect(DISTINCT x) AS partners
    }
    MATCH (m)-[:LOCATED_IN|PART_OF]->(b)
    WHERE $maxHops >= 2
    WITH DISTINCT a, b, m, partners
    WHERE m IN partners AND m:Entity
    MATCH p = (a)-[c:CO_BUILT|SIGNED_AGREEMENT|PILOTS|LAUNCHED|ISSUED|COOPERATES_WITH]-(m)-[:LOCATED_IN|PART_OF]->(b)
    WHERE type(c) IN $types
    RETURN p
    UNION ALL
    // a — m — b.
    CALL (a) {
      MATCH (a)-[:CO_BUILT|SIGNED_AGREEMENT|PILOTS|LAUNCHED|ISSUED|COOPERATES_WITH]-(x)
      RETURN collect(DISTINCT x) AS partners
    }
    MATCH (m)-[d:CO_BUILT|SIGNED_AGREEMENT|PILOTS|LAUNCHED|ISSUED|COOPERATES_WITH]-(b)
    WHERE $maxHops >= 2 AND type(d) IN $types
    WITH DISTINCT a, b, m, partners
    WHERE m IN partners AND m:Entity
    MATCH p = (a)-[c:CO_BUILT|SIGNED_AGREEMENT|PILOTS|LAUNCHED|ISSUED|COOPERATES_WITH]-(m)-[d:CO_BUILT|SIGNED_AGREEMENT|PILOTS|LAUNCHED|ISSUED|COOPERATES_WITH]-(b)
    WHERE type(c) IN $types AND type(d) IN $types
    RETURN p
    UNION ALL
    // a <- m — n -> b, a body of each one cooperation hop apart: the 3-hop shape a type filter leaves
    // most (agreements are signed by bodies, not regions). Left to SHORTEST k, a search that must
    // reach 3 hops expands every parallel containment relationship of both hubs (~0.4 s at 1.6M
    // relations); here each body is taken once and kept only if it is one of b's.
    CALL (b) {
      MATCH (b)<-[:LOCATED_IN|PART_OF]-(n)
      RETURN collect(DISTINCT n) AS inside
    }
    MATCH (a)<-[:LOCATED_IN|PART_OF]-(m)
    WHERE $maxHops >= 3
    WITH DISTINCT a, b, m, inside
    MATCH (m)-[c:CO_BUILT|SIGNED_AGREEMENT|PILOTS|LAUNCHED|ISSUED|COOPERATES_WITH]-(n)
    WHERE type(c) IN $types AND n IN inside AND m:Entity AND n:Entity
    WITH DISTINCT a, b, m, n
    MATCH p = (a)<-[:LOCATED_IN|PART_OF]-(m)-[c:CO_BUILT|SIGNED_AGREEMENT|PILOTS|LAUNCHED|ISSUED|COOPERATES_WITH]-(n)-[:LOCATED_IN|PART_OF]->(b)
    WHERE type(c) IN $types
    RETURN p
  }
  WITH p
  LIMIT {{k}}
  RETURN collect(p) AS short
}
// Fewer than k paths of those shapes, and longer ones allowed: SHORTEST k, Neo4j's bounded
// bidirectional search (GQL selector, 5.21+), finds these same short paths first and the longer ones
// after them; the type filter sits inside the pattern so the search prunes by it. This is the
// statement the query always was (test/integration/cooperation-paths.test.ts holds the rest to it).
CALL (a, b, short) {
  WITH short
  WHERE size(short) = {{k}} OR $maxHops <= 2
  UNWIND short AS p
  RETURN p
  UNION ALL
  WITH a, b, short
  WHERE size(short) < {{k}} AND $maxHops > 2
  MATCH p = SHORTEST {{k}} (a)
    ((:Entity)<-[:LOCATED_IN|PART_OF]-(:Entity)){0,{{endHops}}}
    ((:Entity)-[c WHERE type(c) IN $types]-(:Entity)){1,{{maxHops}}}
    ((:Entity)-[:LOCATED_IN|PART_OF]->(:Entity)){0,{{endHops}}}
    (b)
  WHERE length(p) <= $maxHops
  RETURN p
}
WITH p
WHERE all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n))
WITH p
ORDER BY length(p), reduce(s = 0.0, r IN relationships(p) | s - coalesce(r.confidence, 1.0))
LIMIT $limit
RETURN
  length(p) AS length,
  [n IN nodes(p) | {id: n.id, name: n.name, type: coalesce(n.type, [l IN labels(n) WHERE l <> 'Entity'][0])}]
    AS nodes,
  [r IN relationships(p) | {
    type: type(r), source: startNode(r).id, target: endNode(r).id, evidence: r.evidence,
    docId: r.docId, docTitle: r.docTitle, sentenceId: r.sentenceId, date: r.date, confidence: r.confidence
  }] AS hops

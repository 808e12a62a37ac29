// cooperationPaths: the shortest paths from one entity set to another. A path is: containment hops
// leading from `from` down to bodies inside it (region <-LOCATED_IN- body, region <-PART_OF-
// district), then at least one cooperation relationship of $types, then containment hops up to
// `to`. Containment alone (上海市 -PART_OF-> 中国 <-PART_OF- 重庆市) is not cooperation, so it never
// forms a path by itself. Per (a, b) pair: the k shortest paths (relationships distinct), those that
// repeat a node dropped; then the best $limit of all pairs, shortest and most confident first.
// {{maxHops}}, {{endHops}} and {{k}} are integers and {{types}} the requested cooperation types
// (A|B), written in per request from checked values (PathStatements in src/server/custom-queries.ts):
// Cypher 5 takes no parameters in quantifiers, in SHORTEST k or in a pattern's relationship types.
MATCH (a:Entity) WHERE a.id IN $fromIds
MATCH (b:Entity) WHERE b.id IN $toIds AND b <> a
// Paths listed shape by shape, shortest first, stopping at k: every shape of 1 and 2 hops; with a
// type filter (PathStatements keeps the marked blocks only then, and only up to maxHops), every shape
// of 3 and one of 4. The length filled in as "listed" below is the longest listed in full: up to it,
// the list is the whole answer. Unfiltered, short paths abound and SHORTEST k below finds the rest faster than the longer
// shapes would list them (they expand every cooperation relationship of each side's bodies). Between provinces there are
// usually more than k short ones (a fact is one relationship per stating sentence), and listing them
// is a walk along a's or b's relationships, where SHORTEST's breadth-first search expands every
// relationship of both hubs and tracks its states (~20x slower at 1.6M relations, bench/RESULTS.md).
// A type filter often leaves no path of 1 or 2 hops: bodies sign agreements, not regions, and pilots
// run through a program. Each longer shape meets in the middle: one side's bodies or partners taken
// once, kept only if a hop lands on the other side's set, before any path is expanded.
// Static types: the expansion reads only the requested types' relationships.
CALL (a, b) {
  CALL (a, b) {
    MATCH p = (a)-[c:{{types}}]-(b)
    WHERE type(c) IN $types
    RETURN p
    UNION ALL
    // a <- m — b. A province has ~10k containment relationships (one per stating sentence) but only
    // ~1k bodies and parts, each with hundreds of cooperation relationships: take each m once, and
    // keep it only if it is among b's cooperation partners (one set, built once), before any
    // per-m expansion (3x fewer db hits on the hub pairs than expanding m — b for every m).
    CALL (b) {
      MATCH (b)-[:{{types}}]-(x)
      RETURN collect(DISTINCT x) AS partners
    }
    MATCH (a)<-[:LOCATED_IN|PART_OF]-(m)
    WHERE $maxHops >= 2
    WITH DISTINCT a, b, m, partners
    WHERE m IN partners AND m:Entity
    MATCH p = (a)<-[:LOCATED_IN|PART_OF]-(m)-[c:{{types}}]-(b)
    WHERE type(c) IN $types
    RETURN p
    UNION ALL
    // a — m -> b, the same way round.
    CALL (a) {
      MATCH (a)-[:{{types}}]-(x)
      RETURN collect(DISTINCT x) AS partners
    }
    MATCH (m)-[:LOCATED_IN|PART_OF]->(b)
    WHERE $maxHops >= 2
    WITH DISTINCT a, b, m, partners
    WHERE m IN partners AND m:Entity
    MATCH p = (a)-[c:{{types}}]-(m)-[:LOCATED_IN|PART_OF]->(b)
    WHERE type(c) IN $types
    RETURN p
    UNION ALL
    // a — m — b.
    CALL (a) {
      MATCH (a)-[:{{types}}]-(x)
      RETURN collect(DISTINCT x) AS partners
    }
    MATCH (m)-[d:{{types}}]-(b)
    WHERE $maxHops >= 2 AND type(d) IN $types
    WITH DISTINCT a, b, m, partners
    WHERE m IN partners AND m:Entity
    MATCH p = (a)-[c:{{types}}]-(m)-[d:{{types}}]-(b)
    WHERE type(c) IN $types AND type(d) IN $types
    RETURN p
    //<shapes of 3>
    UNION ALL
    // 3 hops, a <- m — n -> b: a body of each, one cooperation hop apart (the shape agreements take).
    // Left to SHORTEST k, a search that must reach 3 hops expands every parallel containment
    // relationship of both hubs (~0.4 s at 1.6M relations).
    CALL (b) {
      MATCH (b)<-[:LOCATED_IN|PART_OF]-(n)
      RETURN collect(DISTINCT n) AS inside
    }
    MATCH (a)<-[:LOCATED_IN|PART_OF]-(m)
    WHERE $maxHops >= 3
    WITH DISTINCT a, b, m, inside
    MATCH (m)-[c:{{types}}]-(n)
    WHERE type(c) IN $types AND n IN inside AND m:Entity AND n:Entity
    WITH DISTINCT a, b, m, n
    MATCH p = (a)<-[:LOCATED_IN|PART_OF]-(m)-[c:{{types}}]-(n)-[:LOCATED_IN|PART_OF]->(b)
    WHERE type(c) IN $types
    RETURN p
    UNION ALL
    // a <- m — x — b.
    CALL (b) {
      MATCH (b)-[e:{{types}}]-(x)
      WHERE type(e) IN $types
      RETURN collect(DISTINCT x) AS partners
    }
    MATCH (a)<-[:LOCATED_IN|PART_OF]-(m)
    WHERE $maxHops >= 3
    WITH DISTINCT a, b, m, partners
    MATCH (m)-[c:{{types}}]-(x)
    WHERE type(c) IN $types AND x IN partners AND m:Entity AND x:Entity
    WITH DISTINCT a, b, m, x
    MATCH p = (a)<-[:LOCATED_IN|PART_OF]-(m)-[c:{{types}}]-(x)-[d:{{types}}]-(b)
    WHERE type(c) IN $types AND type(d) IN $types
    RETURN p
    UNION ALL
    // a — x — n -> b, the same way round.
    CALL (a) {
      MATCH (a)-[e:{{types}}]-(x)
      WHERE type(e) IN $types
      RETURN collect(DISTINCT x) AS partners
    }
    MATCH (n)-[:LOCATED_IN|PART_OF]->(b)
    WHERE $maxHops >= 3
    WITH DISTINCT a, b, n, partners
    MATCH (n)-[d:{{types}}]-(x)
    WHERE type(d) IN $types AND x IN partners AND n:Entity AND x:Entity
    WITH DISTINCT a, b, x, n
    MATCH p = (a)-[c:{{types}}]-(x)-[d:{{types}}]-(n)-[:LOCATED_IN|PART_OF]->(b)
    WHERE type(c) IN $types AND type(d) IN $types
    RETURN p
    UNION ALL
    // a <- d <- m — b: from b's partners up two containment steps to a.
    CALL (b) {
      MATCH (b)-[e:{{types}}]-(x)
      WHERE type(e) IN $types
      RETURN collect(DISTINCT x) AS partners
    }
    UNWIND partners AS m
    MATCH (m)-[:LOCATED_IN|PART_OF]->(d:Entity)
    WHERE $maxHops >= 3 AND m:Entity
    WITH DISTINCT a, b, m, d
    WHERE EXISTS { (d)-[:LOCATED_IN|PART_OF]->(a) }
    MATCH p = (a)<-[:LOCATED_IN|PART_OF]-(d)<-[:LOCATED_IN|PART_OF]-(m)-[c:{{types}}]-(b)
    WHERE type(c) IN $types
    RETURN p
    UNION ALL
    // a — n -> d -> b, the same way round.
    CALL (a) {
      MATCH (a)-[e:{{types}}]-(x)
      WHERE type(e) IN $types
      RETURN collect(DISTINCT x) AS partners
    }
    UNWIND partners AS n
    MATCH (n)-[:LOCATED_IN|PART_OF]->(d:Entity)
    WHERE $maxHops >= 3 AND n:Entity
    WITH DISTINCT a, b, n, d
    WHERE EXISTS { (d)-[:LOCATED_IN|PART_OF]->(b) }
    MATCH p = (a)-[c:{{types}}]-(n)-[:LOCATED_IN|PART_OF]->(d)-[:LOCATED_IN|PART_OF]->(b)
    WHERE type(c) IN $types
    RETURN p
    UNION ALL
    // a — x — y — b: three cooperation hops, x one of a's partners and y one of b's.
    CALL (a) {
      MATCH (a)-[e:{{types}}]-(x)
      WHERE type(e) IN $types
      RETURN collect(DISTINCT x) AS fromA
    }
    CALL (b) {
      MATCH (b)-[e:{{types}}]-(y)
      WHERE type(e) IN $types
      RETURN collect(DISTINCT y) AS fromB
    }
    UNWIND fromA AS x
    MATCH (x)-[d:{{types}}]-(y)
    WHERE $maxHops >= 3 AND type(d) IN $types AND y IN fromB AND x:Entity AND y:Entity
    WITH DISTINCT a, b, x, y
    MATCH p = (a)-[c:{{types}}]-(x)-[d:{{types}}]-(y)-[e:{{types}}]-(b)
    WHERE type(c) IN $types AND type(d) IN $types AND type(e) IN $types
    RETURN p
    //</shapes of 3>
    //<shape of 4>
    UNION ALL
    // 4 hops, a <- m — x — n -> b: a body of each, through a common partner (a program both pilot).
    CALL (b) {
      MATCH (b)<-[:LOCATED_IN|PART_OF]-(n)
      WITH DISTINCT n
      MATCH (n)-[e:{{types}}]-(x)
      WHERE type(e) IN $types
      RETURN collect(DISTINCT x) AS viaB
    }
    MATCH (a)<-[:LOCATED_IN|PART_OF]-(m)
    WHERE $maxHops >= 4
    WITH DISTINCT a, b, m, viaB
    MATCH (m)-[c:{{types}}]-(x)
    WHERE type(c) IN $types AND x IN viaB AND m:Entity AND x:Entity
    WITH DISTINCT a, b, m, x
    MATCH (x)-[d:{{types}}]-(n)
    WHERE type(d) IN $types AND n:Entity AND EXISTS { (n)-[:LOCATED_IN|PART_OF]->(b) }
    WITH DISTINCT a, b, m, x, n
    MATCH p = (a)<-[:LOCATED_IN|PART_OF]-(m)-[c:{{types}}]-(x)-[d:{{types}}]-(n)-[:LOCATED_IN|PART_OF]->(b)
    WHERE type(c) IN $types AND type(d) IN $types
    RETURN p
    //</shape of 4>
  }
  WITH p
  LIMIT {{k}}
  RETURN collect(p) AS short
}
// Fewer than k paths of those shapes, and 4 hops allowed (seven more shapes of 4 exist): SHORTEST k,
// Neo4j's bounded bidirectional search (GQL selector, 5.21+), finds these same short paths first and
// the longer ones after them; the type filter sits inside the pattern so the search prunes by it.
// This is the statement the query always was (test/integration/cooperation-paths.test.ts holds the
// listed shapes to it).
CALL (a, b, short) {
  WITH short
  WHERE size(short) = {{k}} OR $maxHops <= {{listed}}
  UNWIND short AS p
  RETURN p
  UNION ALL
  WITH a, b, short
  WHERE size(short) < {{k}} AND $maxHops > {{listed}}
  MATCH p = SHORTEST {{k}} (a)
    ((:Entity)<-[:LOCATED_IN|PART_OF]-(:Entity)){0,{{endHops}}}
    ((:Entity)-[c:{{types}}]-(:Entity)){1,{{maxHops}}}
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

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
// Paths of 1 and 2 hops, listed shape by shape, shortest first, stopping at k. Between provinces there
// are usually more than k of them (each fact is one relationship per sentence), and listing them
// costs a walk along a's or b's relationships of the asked types, where SHORTEST's breadth-first
// search expands every relationship of both hubs and tracks its states (4-10x slower at 1M relations).
// The relationship types are static so the expansion reads only those types' relationships.
CALL (a, b) {
  CALL (a, b) {
    MATCH p = (a)-[c:CO_BUILT|SIGNED_AGREEMENT|PILOTS|LAUNCHED|ISSUED|COOPERATES_WITH]-(b)
    WHERE type(c) IN $types
    RETURN p
    UNION ALL
    MATCH p = (a)<-[:LOCATED_IN|PART_OF]-(:Entity)-[c:CO_BUILT|SIGNED_AGREEMENT|PILOTS|LAUNCHED|ISSUED|COOPERATES_WITH]-(b)
    WHERE $maxHops >= 2 AND type(c) IN $types
    RETURN p
    UNION ALL
    MATCH p = (a)-[c:CO_BUILT|SIGNED_AGREEMENT|PILOTS|LAUNCHED|ISSUED|COOPERATES_WITH]-(:Entity)-[:LOCATED_IN|PART_OF]->(b)
    WHERE $maxHops >= 2 AND type(c) IN $types
    RETURN p
    UNION ALL
    MATCH p = (a)-[c:CO_BUILT|SIGNED_AGREEMENT|PILOTS|LAUNCHED|ISSUED|COOPERATES_WITH]-(:Entity)
      -[d:CO_BUILT|SIGNED_AGREEMENT|PILOTS|LAUNCHED|ISSUED|COOPERATES_WITH]-(b)
    WHERE $maxHops >= 2 AND type(c) IN $types AND type(d) IN $types
    RETURN p
  }
  WITH p
  LIMIT {{k}}
  RETURN collect(p) AS short
}
// Fewer than k paths of up to 2 hops, and longer ones allowed: SHORTEST k, Neo4j's bounded
// bidirectional search (GQL selector, 5.21+), finds these same short paths first and the longer ones
// after them; the type filter sits inside the pattern so the search prunes by it.
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

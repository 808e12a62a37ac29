// cooperationPaths: the shortest paths from one entity set to another. A path is: containment hops
// leading from `from` down to bodies inside it (region <-LOCATED_IN- body, region <-PART_OF-
// district), then at least one cooperation relationship of $types, then containment hops up to
// `to`. Containment alone (上海市 -PART_OF-> 中国 <-PART_OF- 重庆市) is not cooperation, so it never
// forms a path by itself.
// SHORTEST {{k}} is Neo4j's bounded, bidirectional shortest-path search (GQL selector, 5.21+): it
// stops after the k shortest paths per (a, b) pair instead of enumerating every path and sorting,
// which timed out at 1.6M relations (bench/RESULTS.md). The type filter sits inside the pattern so
// the search prunes by it. {{maxHops}}, {{endHops}} and {{k}} are integers filled in at start-up (one
// statement per allowed maxHops): Cypher 5 takes no parameters in quantifiers or in SHORTEST k.
MATCH (a:Entity) WHERE a.id IN $fromIds
MATCH (b:Entity) WHERE b.id IN $toIds AND b <> a
MATCH p = SHORTEST {{k}} (a)
  ((:Entity)<-[:LOCATED_IN|PART_OF]-(:Entity)){0,{{endHops}}}
  ((:Entity)-[c WHERE type(c) IN $types]-(:Entity)){1,{{maxHops}}}
  ((:Entity)-[:LOCATED_IN|PART_OF]->(:Entity)){0,{{endHops}}}
  (b)
WHERE length(p) <= $maxHops
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

// cooperationPaths: paths from one entity set to another. A path is: containment hops leading from
// `from` down to bodies inside it (region <-LOCATED_IN- body, region <-PART_OF- district), then at
// least one cooperation relationship of $types, then containment hops up to `to`. Containment alone
// (上海市 -PART_OF-> 中国 <-PART_OF- 重庆市) is not cooperation, so it never forms a path by itself.
// {{maxHops}} and {{endHops}} are integers filled in at start-up (one statement per allowed maxHops):
// Cypher takes no parameters in quantifiers, and these bounds are what keep the search finite.
MATCH (a:Entity) WHERE a.id IN $fromIds
MATCH (b:Entity) WHERE b.id IN $toIds AND b <> a
MATCH p = (a)
  ((:Entity)<-[:LOCATED_IN|PART_OF]-(:Entity)){0,{{endHops}}}
  ((:Entity)-[c WHERE type(c) IN $types]-(:Entity)){1,{{maxHops}}}
  ((:Entity)-[:LOCATED_IN|PART_OF]->(:Entity)){0,{{endHops}}}
  (b)
WHERE length(p) <= $maxHops
  AND all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n))
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

// timeline: the facts about the entities in $ids, oldest first; a fact without a date of its own
// takes its document's date, and undated facts come last.
MATCH (e:Entity)-[r]-(o:Entity)
WHERE e.id IN $ids AND type(r) IN $types
OPTIONAL MATCH (d:Document {id: r.docId})
WITH e, r, o, coalesce(r.date, d.date) AS date
RETURN date, type(r) AS type,
  {id: o.id, name: o.name, type: coalesce(o.type, [l IN labels(o) WHERE l <> 'Entity'][0])} AS other,
  startNode(r) = e AS outgoing, r.evidence AS evidence, r.docId AS docId, r.docTitle AS docTitle
ORDER BY date IS NULL, date, docId, r.sentenceId
LIMIT $limit

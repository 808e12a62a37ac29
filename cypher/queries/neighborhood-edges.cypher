// neighborhood, the edges: every relationship of $types between two drawn entities.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids AND type(r) IN $types
RETURN elementId(r) AS id, type(r) AS type, a.id AS source, b.id AS target, r.evidence AS evidence,
  r.docId AS docId, r.docTitle AS docTitle, r.date AS date, r.sentenceId AS sentenceId, r.rule AS rule,
  r.confidence AS confidence
ORDER BY r.date, r.docId, r.sentenceId
LIMIT $limit

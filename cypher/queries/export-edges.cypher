// Every entity-to-entity relationship with its evidence, for a whole-graph export.
// toString() turns a stored Date into ISO text and leaves a string as it is.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE type(r) IN $types
RETURN type(r) AS type, a.id AS source, b.id AS target, r.evidence AS evidence,
       r.docId AS docId, r.docTitle AS docTitle, r.sentenceId AS sentenceId, r.rule AS rule,
       toFloat(r.confidence) AS confidence, toString(r.date) AS date
ORDER BY type, source, target, docId, sentenceId

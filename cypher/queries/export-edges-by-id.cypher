// The relationships among the entities of an export around an entity (both ends in $ids).
UNWIND $ids AS nid
MATCH (a:Entity {id: nid})-[r]->(b:Entity)
WHERE type(r) IN $types AND b.id IN $ids
RETURN type(r) AS type, a.id AS source, b.id AS target, r.evidence AS evidence,
       r.docId AS docId, r.docTitle AS docTitle, r.sentenceId AS sentenceId, r.rule AS rule,
       toFloat(r.confidence) AS confidence, toString(r.date) AS date
ORDER BY type, source, target, docId, sentenceId

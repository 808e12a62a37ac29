// A document owns its entity-to-entity relationships (by docId). Each is found once, from its start node.
UNWIND $entityIds AS eid
MATCH (:Entity {id: eid})-[r]->(:Entity)
WHERE r.docId = $docId
DELETE r

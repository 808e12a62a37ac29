// An entity nothing refers to any more (no mention, relationship or agreement) goes, and with it
// the Alias nodes that named only it.
UNWIND $entityIds AS eid
MATCH (e:Entity {id: eid})
WHERE NOT EXISTS { (e)-[r]-() WHERE NOT r:ALIAS_OF }
CALL (e) {
  MATCH (a:Alias)-[:ALIAS_OF]->(e)
  WHERE COUNT { (a)-[:ALIAS_OF]->() } = 1
  DETACH DELETE a
}
DETACH DELETE e

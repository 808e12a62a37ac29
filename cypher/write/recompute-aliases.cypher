// aliases = the distinct surfaces of every mention in any document, plus curated aliases, minus the name.
UNWIND $entityIds AS eid
MATCH (e:Entity {id: eid})
CALL (e) {
  OPTIONAL MATCH (:Sentence)-[m:MENTIONS]->(e)
  RETURN collect(DISTINCT m.surface) AS surfaces
}
CALL (e, surfaces) {
  UNWIND surfaces + coalesce(e.curatedAliases, []) AS form
  WITH form WHERE form <> e.name
  WITH DISTINCT form ORDER BY form
  RETURN collect(form) AS aliases
}
SET e.aliases = aliases
RETURN e.id AS id, e.name AS name, aliases

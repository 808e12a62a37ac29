// aliases = the distinct surfaces of every mention in any document, plus curated aliases, minus the name.
// The candidates are the stored aliases (which already hold every older document's surfaces) and this
// document's surfaces; each is kept while some mention still uses it. EXISTS stops at the first such
// mention, so a much-mentioned entity costs little, unlike collecting all of its mentions.
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
CALL (e, row) {
  UNWIND coalesce(e.aliases, []) + row.surfaces + coalesce(e.curatedAliases, []) AS form
  WITH DISTINCT form
  WHERE form <> e.name
    AND (form IN coalesce(e.curatedAliases, []) OR EXISTS { (:Sentence)-[:MENTIONS {surface: form}]->(e) })
  WITH form ORDER BY form
  RETURN collect(form) AS aliases
}
SET e.aliases = aliases
RETURN e.id AS id, e.name AS name, aliases

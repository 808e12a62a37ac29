// searchText is computed in code (jieba); Alias nodes follow the recomputed forms, and a form that
// no longer names any entity is removed.
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.searchText = row.searchText
WITH e, row
CALL (e, row) {
  MATCH (old:Alias)-[r:ALIAS_OF]->(e)
  WHERE NOT old.name IN row.forms
  DELETE r
  WITH old
  WHERE NOT EXISTS { (old)-[:ALIAS_OF]->() }
  DELETE old
}
WITH e, row
UNWIND row.forms AS form
MERGE (a:Alias {name: form})
MERGE (a)-[:ALIAS_OF]->(e)

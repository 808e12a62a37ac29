// Alias nodes and searchText, as the writer's link-aliases leaves them (forms shared by several
// entities need MERGE on the alias; everything else is CREATE).
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.searchText = row.searchText
WITH e, row
UNWIND row.forms AS form
MERGE (a:Alias {name: form})
CREATE (a)-[:ALIAS_OF]->(e)

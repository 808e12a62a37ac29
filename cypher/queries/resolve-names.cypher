// Ids of every entity a name, alias or canonical id may mean (custom queries accept all three).
CALL (*) {
  MATCH (e:Entity {id: $name})
  RETURN e
  UNION
  MATCH (e:Entity {name: $name})
  RETURN e
  UNION
  MATCH (:Alias {name: $name})-[:ALIAS_OF]->(e:Entity)
  RETURN e
}
RETURN e.id AS id, coalesce(e.type, [l IN labels(e) WHERE l <> 'Entity'][0]) AS type

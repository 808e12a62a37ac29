// entity(name): every entity known by this name or alias. Exact official names first, then aliases;
// ties by confidence; at most 50 (a short common alias may name many). $name is the GraphQL argument.
CALL (*) {
  MATCH (e:Entity {name: $name})
  RETURN e, 2 AS rank
  UNION
  MATCH (:Alias {name: $name})-[:ALIAS_OF]->(e:Entity)
  RETURN e, 1 AS rank
  UNION
  MATCH (e:Entity {id: $name})
  RETURN e, 2 AS rank
}
WITH e, max(rank) AS rank
ORDER BY rank DESC, coalesce(e.confidence, 0) DESC, e.id
LIMIT 50
RETURN e

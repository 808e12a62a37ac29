// The entities a researcher's word names, best first: its id, its official name, then any alias.
// An alias may name several entities (朝阳区 is a district of Beijing and of Changchun).
// Names are looked up per label, where the name indexes are (cypher/migrations/002_indexes).
CALL {
  MATCH (e:Entity {id: $name})
  RETURN e, 0 AS rank
  UNION
  MATCH (e:Organization {name: $name})
  RETURN e, 1 AS rank
  UNION
  MATCH (e:Region {name: $name})
  RETURN e, 1 AS rank
  UNION
  MATCH (e:Program {name: $name})
  RETURN e, 1 AS rank
  UNION
  MATCH (:Alias {name: $name})-[:ALIAS_OF]->(e:Entity)
  RETURN e, 2 AS rank
}
RETURN e.id AS id, min(rank) AS rank
ORDER BY rank, id

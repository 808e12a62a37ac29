// Ids of every entity a name, alias or canonical id may mean (custom queries accept all three). A
// region's short name (四川, 广西) also finds it when no text ever wrote it: name + division suffix.
// Names go through the per-label name indexes (Organization|Region|Program), not a scan of :Entity.
CALL (*) {
  MATCH (e:Entity {id: $name})
  RETURN e
  UNION
  MATCH (e:Organization|Region|Program {name: $name})
  RETURN e
  UNION
  MATCH (:Alias {name: $name})-[:ALIAS_OF]->(e:Entity)
  RETURN e
  UNION
  UNWIND ['省', '市', '自治区', '壮族自治区', '回族自治区', '维吾尔自治区', '特别行政区', '区', '县'] AS suffix
  MATCH (e:Region {name: $name + suffix})
  RETURN e
}
RETURN e.id AS id, coalesce(e.type, [l IN labels(e) WHERE l <> 'Entity'][0]) AS type

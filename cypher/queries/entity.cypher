// entity(name): every entity known by this name, alias or id. Exact names and ids first, then aliases,
// then regions whose name is this one plus a division suffix (四川 → 四川省), for short names no text
// wrote; ties by confidence; at most 50 (a short common alias may name many). $name is the argument.
// Names go through the per-label name indexes (Organization|Region|Program), not a scan of :Entity.
CALL (*) {
  MATCH (e:Organization|Region|Program {name: $name})
  RETURN e, 3 AS rank
  UNION
  MATCH (e:Entity {id: $name})
  RETURN e, 3 AS rank
  UNION
  MATCH (:Alias {name: $name})-[:ALIAS_OF]->(e:Entity)
  RETURN e, 2 AS rank
  UNION
  UNWIND ['省', '市', '自治区', '壮族自治区', '回族自治区', '维吾尔自治区', '特别行政区', '区', '县'] AS suffix
  MATCH (e:Region {name: $name + suffix})
  RETURN e, 1 AS rank
}
WITH e, max(rank) AS rank
ORDER BY rank DESC, coalesce(e.confidence, 0) DESC, e.id
LIMIT 50
RETURN e

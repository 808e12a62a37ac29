// neighborhood, one ring: entities one relationship away from the frontier that are not yet drawn.
// Called once per depth level by the server, so the work stays bounded by $limit at every step.
MATCH (a:Entity)-[r]-(n:Entity)
WHERE a.id IN $frontier AND type(r) IN $types AND NOT n.id IN $seen
WITH n, count(r) AS links
ORDER BY links DESC, n.id
LIMIT $limit
RETURN n.id AS id, coalesce(n.type, [l IN labels(n) WHERE l <> 'Entity'][0]) AS type, n.name AS name,
  coalesce(n.aliases, []) AS aliases

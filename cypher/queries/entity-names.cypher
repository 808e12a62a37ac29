// The entities in $ids as drawable nodes (the centre of a drawing).
MATCH (e:Entity) WHERE e.id IN $ids
RETURN e.id AS id, coalesce(e.type, [l IN labels(e) WHERE l <> 'Entity'][0]) AS type, e.name AS name,
  coalesce(e.aliases, []) AS aliases

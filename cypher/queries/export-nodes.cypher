// Every entity, for a whole-graph export.
MATCH (n:Entity)
RETURN n.id AS id, coalesce(n.type, [l IN labels(n) WHERE l <> 'Entity'][0]) AS type, n.name AS name, n.aliases AS aliases,
       n.code AS code, n.level AS level
ORDER BY id

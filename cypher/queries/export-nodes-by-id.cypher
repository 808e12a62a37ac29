// The entities of an export around an entity.
UNWIND $ids AS nid
MATCH (n:Entity {id: nid})
RETURN n.id AS id, coalesce(n.type, [l IN labels(n) WHERE l <> 'Entity'][0]) AS type, n.name AS name, n.aliases AS aliases,
       n.code AS code, n.level AS level
ORDER BY id

// One breadth-first step of an export around an entity: the entities one relation away from the
// frontier. The caller runs it depth times, so the walk is bounded by construction.
UNWIND $frontier AS fid
MATCH (n:Entity {id: fid})-[r]-(m:Entity)
WHERE type(r) IN $types
RETURN DISTINCT m.id AS id
ORDER BY id
LIMIT $limit

// regionCooperation: partner regions of the regions in $ids. "Home" is the region and its parts (two
// levels of PART_OF); its bodies are the home regions and the entities located in them. A partner is
// the region an outside entity is located in (or the entity itself when it is a region), linked to a
// home body directly by a relationship of $types, or by co-building the same thing (共建).
MATCH (r0:Entity&Region) WHERE r0.id IN $ids
MATCH (home:Region)-[:PART_OF*0..2]->(r0)
WITH collect(DISTINCT home) AS homes
UNWIND homes AS home
MATCH (body:Entity)-[:LOCATED_IN*0..1]->(home)
WITH homes, collect(DISTINCT body) AS bodies
UNWIND bodies AS body
CALL (body) {
  MATCH (body)-[rel]-(other:Entity)
  WHERE type(rel) IN $types
  RETURN other, rel
  UNION
  MATCH (body)-[:CO_BUILT]->(:Entity)<-[rel:CO_BUILT]-(other:Entity)
  WHERE 'CO_BUILT' IN $types
  RETURN other, rel
}
WITH homes, bodies, other, rel
WHERE NOT other IN bodies
MATCH (other)-[:LOCATED_IN*0..1]->(partner:Region)
WHERE NOT partner IN homes
OPTIONAL MATCH (d:Document {id: rel.docId})
WITH partner, type(rel) AS type, rel, coalesce(rel.date, d.date) AS date
WITH partner, type, count(DISTINCT rel) AS n, min(date) AS first, max(date) AS last
WITH partner, collect({type: type, count: n}) AS byType, sum(n) AS total, min(first) AS firstDate,
  max(last) AS lastDate
RETURN
  {id: partner.id, name: partner.name, type: 'Region'} AS region,
  total, byType, firstDate, lastDate
ORDER BY total DESC, partner.name
LIMIT $limit

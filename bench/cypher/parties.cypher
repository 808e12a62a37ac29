UNWIND $rows AS row
MATCH (a:Agreement {id: row.agreementId})
MATCH (e:Entity {id: row.entityId})
CREATE (e)-[:PARTY_TO]->(a)

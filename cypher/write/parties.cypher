UNWIND $rows AS row
MATCH (a:Agreement {id: row.agreementId})
MATCH (e:Entity {id: row.entityId})
MERGE (e)-[:PARTY_TO]->(a)

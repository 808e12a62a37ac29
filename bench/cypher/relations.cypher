// The entity-to-entity facts with their evidence, as the writer stores them.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props, r.docId = row.docId, r.sentenceId = row.sentenceId

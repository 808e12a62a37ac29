MATCH (d:Document {id: $docId})
UNWIND $rows AS row
MERGE (s:Sentence {id: row.id})
SET s += row
MERGE (d)-[:HAS_SENTENCE]->(s)

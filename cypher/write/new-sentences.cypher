// Sentences of documents claim-documents just created: none exists, so CREATE needs no lookup.
UNWIND $rows AS row
MATCH (d:Document {id: row.docId})
CREATE (d)-[:HAS_SENTENCE]->(s:Sentence)
SET s = row

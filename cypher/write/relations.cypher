// Keyed by (type, from, to, docId, sentenceId): the same fact in two documents is two relationships,
// each carrying its own evidence.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type) {docId: row.docId, sentenceId: row.sentenceId}]->(b)
SET r += row.props

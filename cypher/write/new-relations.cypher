// Relations of new documents: rows are unique by (type, from, to, sentence) (buildBatch) and no
// relationship carries a new document's id yet, so CREATE stores exactly what relations.cypher's MERGE
// would, without scanning the relationships of both ends (MERGE on a dynamic type reads them all).
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props, r.docId = row.docId, r.sentenceId = row.sentenceId

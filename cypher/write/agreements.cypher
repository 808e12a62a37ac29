UNWIND $rows AS row
MATCH (s:Sentence {id: row.sentenceId})
MERGE (a:Agreement {id: row.id})
SET a.docId = row.docId, a.title = row.title, a.date = row.date, a.rule = row.rule, a.confidence = row.confidence
MERGE (a)-[:STATED_IN]->(s)

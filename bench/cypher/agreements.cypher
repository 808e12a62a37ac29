UNWIND $rows AS row
MATCH (s:Sentence {id: row.sentenceId})
CREATE (a:Agreement)-[:STATED_IN]->(s)
SET a = row

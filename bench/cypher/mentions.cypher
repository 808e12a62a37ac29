UNWIND $rows AS row
MATCH (s:Sentence {id: row.sentenceId})
MATCH (e:Entity {id: row.entityId})
CREATE (s)-[m:MENTIONS]->(e)
SET m.start = row.start, m.end = row.end, m.surface = row.surface, m.rule = row.rule,
  m.confidence = row.confidence

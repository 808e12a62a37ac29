// One MENTIONS per (sentence, entity, start offset): a sentence may name an entity twice.
UNWIND $rows AS row
MATCH (s:Sentence {id: row.sentenceId})
MATCH (e:Entity {id: row.entityId})
MERGE (s)-[m:MENTIONS {start: row.start}]->(e)
SET m.end = row.end, m.surface = row.surface, m.rule = row.rule, m.confidence = row.confidence

// Mentions from new sentences: rows are unique by (sentence, entity, start) (buildBatch), and a new
// sentence has no MENTIONS, so CREATE stores exactly what mentions.cypher's MERGE would. CREATE never
// reads the entity's other relationships, which a much-mentioned entity (a province) has thousands of.
UNWIND $rows AS row
MATCH (s:Sentence {id: row.sentenceId})
MATCH (e:Entity {id: row.entityId})
CREATE (s)-[m:MENTIONS]->(e)
SET m.start = row.start, m.end = row.end, m.surface = row.surface, m.rule = row.rule,
  m.confidence = row.confidence

// Entities are shared across documents: MERGE on the canonical id, add the type label.
// Confidence keeps the highest any document gave, so the result does not depend on ingest order.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e:$(row.type),
  e.type = row.type,
  e.name = row.name,
  e.curatedAliases = row.curatedAliases,
  e.code = row.code,
  e.level = row.level,
  e.codeYear = row.codeYear,
  e.confidence = CASE WHEN e.confidence > row.confidence THEN e.confidence ELSE row.confidence END

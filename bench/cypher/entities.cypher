// Rows are unique by id here (deduplicated in code), so CREATE never meets the uniqueness constraint.
UNWIND $rows AS row
CREATE (e:Entity {id: row.id})
SET e:$(row.type),
  e.type = row.type,
  e.name = row.name,
  e.curatedAliases = row.curatedAliases,
  e.code = row.code,
  e.level = row.level,
  e.codeYear = row.codeYear,
  e.confidence = row.confidence

// Baseline: the writer's Document rows, created without MERGE or per-document clearing.
UNWIND $rows AS row
CREATE (d:Document)
SET d = row

// Null values in $doc remove the property (a title that disappeared is not kept).
MERGE (d:Document {id: $doc.id})
SET d += $doc

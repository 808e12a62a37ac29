// The entities a stored document referenced: where its old relationships hang, and whose aliases
// and existence must be re-checked once they are gone.
OPTIONAL MATCH (d:Document {id: $docId})
RETURN coalesce(d.entityIds, []) AS entityIds

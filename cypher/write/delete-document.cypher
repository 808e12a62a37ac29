MATCH (d:Document {id: $docId})
DETACH DELETE d

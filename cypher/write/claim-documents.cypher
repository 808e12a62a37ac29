// Every write starts here: the Document nodes first, with what their stored versions owned. Stored
// Documents always carry a hash, so a missing one means this MERGE created the node: the document is
// new and nothing of it can exist yet. A concurrent writer of the same new id waits on the id
// constraint's lock until this transaction ends, and then finds the document stored.
UNWIND $docs AS doc
MERGE (d:Document {id: doc.id})
WITH d, doc, d.hash IS NULL AS created, coalesce(d.entityIds, []) AS owned
SET d += doc
RETURN doc.id AS id, created, owned

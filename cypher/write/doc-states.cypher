// What is stored for these document ids: the ingest skips a document whose hash and pipeline are unchanged.
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id, d.hash AS hash, d.pipelineVersion AS pipelineVersion

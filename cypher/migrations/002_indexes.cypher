// Lookups by name per label (GraphQL filters hit these), and by document for incremental replacement.
CREATE INDEX organization_name IF NOT EXISTS FOR (o:Organization) ON (o.name);
CREATE INDEX region_name IF NOT EXISTS FOR (r:Region) ON (r.name);
CREATE INDEX region_code IF NOT EXISTS FOR (r:Region) ON (r.code);
CREATE INDEX program_name IF NOT EXISTS FOR (p:Program) ON (p.name);
CREATE INDEX sentence_doc IF NOT EXISTS FOR (s:Sentence) ON (s.docId);
CREATE INDEX agreement_doc IF NOT EXISTS FOR (a:Agreement) ON (a.docId);
CREATE INDEX document_hash IF NOT EXISTS FOR (d:Document) ON (d.hash);

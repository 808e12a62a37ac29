// search(text): exact name/alias hits first, then fulltext hits over jieba tokens (entity_search,
// whitespace analyzer). $searchQuery is the Lucene query the server builds from the segmented text
// (quoted tokens, OR-ed); it is '' when the text has no words, which skips the index.
// Names go through the per-label name indexes (Organization|Region|Program), not a scan of :Entity.
CALL (*) {
  MATCH (e:Organization|Region|Program {name: $text})
  RETURN e, 1000.0 AS score
  UNION
  MATCH (:Alias {name: $text})-[:ALIAS_OF]->(e:Entity)
  RETURN e, 1000.0 AS score
  UNION
  WITH $searchQuery AS q
  WHERE q <> ''
  CALL db.index.fulltext.queryNodes('entity_search', q, {limit: 100}) YIELD node, score
  RETURN node AS e, score
}
WITH e, max(score) AS score
ORDER BY score DESC, e.id
LIMIT $limit
RETURN e

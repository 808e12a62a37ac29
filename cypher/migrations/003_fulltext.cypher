// Chinese word search: searchText holds jieba tokens of the name and aliases, joined by spaces, so the
// whitespace analyzer matches whole words (科委 finds 上海市科委; 海市 does not find 上海市).
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (e:Entity) ON EACH [e.searchText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}};

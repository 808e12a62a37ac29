import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.ts';
import { cacheSchemaAdapters } from './adapter-cache.ts';
import { checkRange, customResolvers } from './custom-queries.ts';
import { LruMap } from './lru.ts';
import { cacheResolveTrees } from './resolve-tree-cache.ts';
import { luceneQuery, searchWords } from './search-query.ts';
import { cacheTranslations } from './translation-cache.ts';
import { buildTypeDefs } from './typedefs.ts';

export type SchemaConfig = Pick<Config, 'JWT_SECRET' | 'MAX_HOPS' | 'NEO4J_DATABASE' | 'QUERY_TIMEOUT_MS'>;

/**
 * The executable schema: @neo4j/graphql's generated API over schema.graphql, the hand-written
 * resolvers, and the search field's query segmentation. Writes exist only with a JWT secret.
 */
export async function createSchema(config: SchemaConfig, driver: Driver): Promise<GraphQLSchema> {
  cacheSchemaAdapters();
  cacheTranslations();
  cacheResolveTrees();
  const writable = config.JWT_SECRET !== undefined;
  const neo = new Neo4jGraphQL({
    typeDefs: buildTypeDefs(writable),
    driver,
    resolvers: customResolvers(
      { driver, database: config.NEO4J_DATABASE, timeoutMs: config.QUERY_TIMEOUT_MS },
      { maxHops: config.MAX_HOPS },
    ),
    ...(writable ? { features: { authorization: { key: config.JWT_SECRET! } } } : {}),
  });
  const schema = await neo.getSchema();
  wrapSearch(schema);
  return schema;
}

/**
 * `search` is a @cypher field, whose statement sees the field's arguments and the context's
 * cypherParams. Segmentation needs jieba, so it happens here: the Lucene query goes in as
 * $searchQuery, on a copy of the context so two aliased `search` fields do not share it.
 */
function wrapSearch(schema: GraphQLSchema): void {
  const field = schema.getQueryType()?.getFields().search;
  const inner = field?.resolve as GraphQLFieldResolver<unknown, Record<string, unknown>> | undefined;
  if (!field || !inner) throw new Error('E_SCHEMA: schema.graphql has no Query.search @cypher field');
  // Segmenting costs more than the rest of the wrapper; the same few texts come again and again.
  const queries = new LruMap<string>(500);
  // Loading jieba's dictionary takes 1-3 s of blocked event loop: pay it at start-up, not on the
  // first search while other requests wait.
  searchWords('预热');
  field.resolve = (root, args, context, info) => {
    checkRange('limit', args.limit as number, 1, 100);
    const text = String(args.text);
    let searchQuery = queries.get(text);
    if (searchQuery === undefined) {
      searchQuery = luceneQuery(searchWords(text));
      queries.set(text, searchQuery);
    }
    const cypherParams = { ...(context.cypherParams as object | undefined), searchQuery };
    return inner(root, args, { ...context, cypherParams }, info);
  };
}

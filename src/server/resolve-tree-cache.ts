import neo4j from 'neo4j-driver';
import { LruMap } from './lru.ts';
import { replaceExport } from './neo4j-graphql-internals.ts';
import { knownTreeKeys, valueKey } from './translation-cache.ts';

/**
 * Before translating a root field, @neo4j/graphql turns graphql-js's resolve info into a "resolve
 * tree": it re-coerces every argument against the generated input types, scanning their field lists
 * (0.2–0.5 ms for the IDE's examples, the bigger the `where`, the more). The tree depends only on the
 * field's place in the parsed document, the variables, the arguments and the schema, and Apollo hands
 * every request for one query text the same parsed document: so it is kept per field node, and each
 * request gets its own copy (translation rewrites parts of the tree in place).
 */

const MAX_ENTRIES_PER_FIELD = 50;

interface ResolveInfo {
  schema: object;
  fieldNodes: readonly object[];
  parentType: { name: string };
  variableValues: Record<string, unknown>;
}
type GetResolveTree = (info: ResolveInfo, options?: { args?: unknown; resolveTree?: unknown }) => unknown;

/** Plain objects and arrays copied, anything else (neo4j Integers, temporal values) shared: immutable. */
export function copyTree<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyTree) as T;
  if (value === null || typeof value !== 'object' || neo4j.isInt(value)) return value;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = copyTree(v);
  return out as T;
}

const bySchema = new WeakMap<object, WeakMap<object, LruMap<{ tree: unknown; key: string | undefined }>>>();

export function cachedResolveTree(original: GetResolveTree): GetResolveTree {
  return (info, options) => {
    // Only the top-level call for a root field (nested ones pass the tree being built) and only a
    // field selected once under its response key.
    const node = info.fieldNodes[0];
    if (options?.resolveTree || info.fieldNodes.length !== 1 || !node) return original(info, options);
    const variables = valueKey(info.variableValues);
    const args = valueKey(options?.args ?? null);
    if (variables === undefined || args === undefined) return original(info, options);
    let byNode = bySchema.get(info.schema);
    if (!byNode) {
      byNode = new WeakMap();
      bySchema.set(info.schema, byNode);
    }
    let cache = byNode.get(node);
    if (!cache) {
      cache = new LruMap(MAX_ENTRIES_PER_FIELD);
      byNode.set(node, cache);
    }
    const key = `${info.parentType.name}|${variables}|${args}`;
    let entry = cache.get(key);
    if (!entry) {
      const tree = original(info, options);
      entry = { tree: copyTree(tree), key: valueKey(tree) };
      cache.set(key, entry);
    }
    const copy = copyTree(entry.tree);
    // The translation cache would compute this same key from the copy: hand it over.
    if (entry.key !== undefined && copy && typeof copy === 'object') knownTreeKeys.set(copy, entry.key);
    return copy;
  };
}

/** Installs the cache once per process; false (nothing changed) on an unchecked library version. */
export function cacheResolveTrees(): boolean {
  return replaceExport<GetResolveTree>('utils/get-neo4j-resolve-tree.js', 'default', cachedResolveTree);
}

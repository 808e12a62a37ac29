import neo4j from 'neo4j-driver';
import { LruMap } from './lru.ts';
import { replaceExport } from './neo4j-graphql-internals.ts';

/**
 * @neo4j/graphql translates each root field to Cypher on every request (3–5 ms of CPU for the IDE's
 * examples, more than the Cypher then takes to run), though the same field with the same arguments
 * and selection always gives the same statement. So the translation is kept, by what it is computed
 * from: the resolve tree (arguments after coercion, selected fields, aliases, type conditions), the
 * field, and the schema. Bounded, oldest entry out first.
 *
 * Only anonymous requests on a schema without authorization are cached: with authorization, the
 * translation can depend on the JWT (rules, `$jwt` in @cypher statements), so it is left alone.
 */

const MAX_ENTRIES = 500;

interface Translation {
  cypher: string;
  params: Record<string, unknown>;
}

interface TranslateContext {
  schemaModel: object;
  resolveTree: unknown;
  features?: { authorization?: unknown };
  authorization?: { jwt?: unknown };
  fulltext?: unknown;
  vector?: unknown;
}

export type Translate = (input: { context: TranslateContext; [k: string]: unknown }) => Translation;

/**
 * A key for a JSON-like value or a neo4j Integer (the library turns Int arguments of @cypher fields
 * into those), or undefined when it holds anything else (a temporal or spatial value, a BigInt, -0,
 * undefined): those are not worth telling apart correctly, so they are not cached.
 */
export function valueKey(value: unknown): string | undefined {
  if (neo4j.isInt(value)) return `int(${value.toString()})`;
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number')
    return Number.isFinite(value) && !Object.is(value, -0) ? String(value) : undefined;
  if (Array.isArray(value)) {
    const parts: string[] = [];
    for (const item of value) {
      const k = valueKey(item);
      if (k === undefined) return undefined;
      parts.push(k);
    }
    return `[${parts.join(',')}]`;
  }
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return undefined;
    const parts: string[] = [];
    for (const [name, item] of Object.entries(value)) {
      const k = valueKey(item);
      if (k === undefined) return undefined;
      parts.push(`${JSON.stringify(name)}:${k}`);
    }
    return `{${parts.join(',')}}`;
  }
  return undefined;
}

/** Keys of resolve trees already computed by resolve-tree-cache.ts, which hands out fresh copies. */
export const knownTreeKeys = new WeakMap<object, string>();

function treeKey(tree: unknown): string | undefined {
  const known = typeof tree === 'object' && tree !== null ? knownTreeKeys.get(tree) : undefined;
  return known ?? valueKey(tree);
}

/** Per schema (schema model), so two servers in one process never share entries. */
const bySchema = new WeakMap<object, LruMap<Translation>>();

/** Which adapter a translation is for: the library keeps one adapter object per field for good. */
const adapterIds = new WeakMap<object, number>();
let nextAdapterId = 0;
function adapterId(adapter: unknown): number | undefined {
  if (typeof adapter !== 'object' || adapter === null) return undefined;
  let id = adapterIds.get(adapter);
  if (id === undefined) {
    id = nextAdapterId++;
    adapterIds.set(adapter, id);
  }
  return id;
}

/** `original` with its results kept; exported for the tests. */
export function cachedTranslate(kind: string, adapterArg: string, original: Translate): Translate {
  return (input) => {
    const { context } = input;
    const anonymous = !context.features?.authorization && context.authorization?.jwt === undefined;
    if (!anonymous || context.fulltext || context.vector) return original(input);
    const id = adapterId(input[adapterArg]);
    const tree = treeKey(context.resolveTree);
    if (id === undefined || tree === undefined) return original(input);
    // The other inputs (varName, type) are strings or absent; the tree is computed before translation,
    // which rewrites parts of it in place.
    const key = `${kind}|${id}|${String(input.varName)}|${String(input.type)}|${tree}`;
    let cache = bySchema.get(context.schemaModel);
    if (!cache) {
      cache = new LruMap(MAX_ENTRIES);
      bySchema.set(context.schemaModel, cache);
    }
    const hit = cache.get(key);
    if (hit) return hit;
    const translation = original(input);
    cache.set(key, translation);
    return translation;
  };
}

/** Installs the caches once per process; false (nothing changed) on an unchecked library version. */
export function cacheTranslations(): boolean {
  return (
    replaceExport<Translate>('translate/translate-read.js', 'translateRead', (original) =>
      cachedTranslate('read', 'entityAdapter', original),
    ) &&
    replaceExport<Translate>(
      'translate/translate-top-level-cypher.js',
      'translateTopLevelCypher',
      (original) => cachedTranslate('cypher', 'attributeAdapter', original),
    )
  );
}

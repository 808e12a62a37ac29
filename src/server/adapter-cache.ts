import { memoize } from '../../ingest/memoize.ts';
import { libraryModule, replaceExport } from './neo4j-graphql-internals.ts';

/**
 * @neo4j/graphql 7.6 rebuilds its schema-model adapters while translating every request: each
 * relationship field on our `Entity` interface wraps the interface again, which wraps every
 * relationship of every implementing type with all its Evidence attributes. For one
 * `entity(name) { coBuiltByConnection { … } }` that is tens of thousands of objects and ~40 ms,
 * most of it garbage collection, while the Cypher it sends runs in ~3 ms.
 *
 * The adapters are read-only views of the schema model, built from it alone, and the library itself
 * builds some once at start-up and shares them across requests (each generated resolver keeps its
 * own). So the per-request factories are memoized here, keyed by the schema-model entity.
 */

interface SchemaEntity {
  name: string;
}
interface EntityAdapter {
  compositeEntities: readonly SchemaEntity[];
}

/** Installs the memoized factories once per process; false (nothing changed) on an unchecked version. */
export function cacheSchemaAdapters(): boolean {
  let shared: ((e: SchemaEntity) => unknown) | undefined;
  const installed = replaceExport<(e: SchemaEntity) => unknown>(
    'schema-model/utils/get-entity-adapter.js',
    'getEntityAdapter',
    (original) => (shared = memoize(original)),
  );
  if (!installed) return false;
  // Already installed by an earlier schema: the shared factory is the module's current export.
  const entityAdapter =
    shared ??
    libraryModule<{ getEntityAdapter: (e: SchemaEntity) => unknown }>(
      'schema-model/utils/get-entity-adapter.js',
    ).getEntityAdapter;
  const { InterfaceEntity } = libraryModule<{ InterfaceEntity: abstract new (...a: never[]) => object }>(
    'schema-model/entity/InterfaceEntity.js',
  );
  // The same list as the original (the interfaces among the entity's composites), from shared adapters.
  replaceExport<(e: EntityAdapter) => unknown[]>(
    'translate/queryAST/utils/get-entity-interfaces.js',
    'getEntityInterfaces',
    () => (entity) => entity.compositeEntities.filter((c) => c instanceof InterfaceEntity).map(entityAdapter),
  );
  return true;
}

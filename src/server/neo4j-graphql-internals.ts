import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Access to @neo4j/graphql's compiled modules, for the two per-request caches (adapter-cache.ts,
 * translation-cache.ts). The package's `exports` hides them, so they are loaded by file path from the
 * resolved package, which gives the very module objects the library itself uses. Both caches were
 * checked against one version's internals only: for any other they must stay off.
 */
export const CHECKED_VERSION = '7.6.3';

const requireHere = createRequire(import.meta.url);
const dist = path.dirname(requireHere.resolve('@neo4j/graphql'));

export function libraryVersion(): string {
  return (requireHere(path.join(dist, '..', 'package.json')) as { version: string }).version;
}

/** A compiled module of the installed library, e.g. `translate/translate-read.js`. */
export function libraryModule<T>(file: string): T {
  return requireHere(path.join(dist, file)) as T;
}

/**
 * Replaces an exported function of a library module, once per process. The compiled code calls its
 * imports through the module object (`(0, mod.fn)(…)`), so every caller sees the replacement.
 * Returns false when the installed version is not the checked one (nothing changes then).
 */
export function replaceExport<F extends (...args: never[]) => unknown>(
  file: string,
  name: string,
  wrap: (original: F) => F,
): boolean {
  if (libraryVersion() !== CHECKED_VERSION) return false;
  const mod = libraryModule<Record<string, unknown>>(file);
  const marker = Symbol.for(`govkg.replaced.${name}`);
  if ((mod as Record<symbol, unknown>)[marker]) return true;
  const original = mod[name];
  if (typeof original !== 'function') throw new Error(`E_LIBRARY: @neo4j/graphql ${file} has no ${name}`);
  mod[name] = wrap(original as F);
  (mod as Record<symbol, unknown>)[marker] = true;
  return true;
}

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's cypher/ folder: every statement longer than a line lives there, loaded by name. */
export const CYPHER_DIR = fileURLToPath(new URL('../../cypher/', import.meta.url));

const cache = new Map<string, string>();

/** Loads `cypher/<name>.cypher`, e.g. `cypher('queries/entity-by-name')`. */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8').trim();
    cache.set(name, text);
  }
  return text;
}

/** Splits a file of several statements at semicolons that end a line. Comments (//) are dropped. */
export function statements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function listCypher(folder: string): string[] {
  return readdirSync(path.join(CYPHER_DIR, folder))
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => `${folder}/${f.replace(/\.cypher$/, '')}`);
}

import { readFileSync } from 'node:fs';
import { cypher } from '../db/cypher.ts';

/** schema.graphql at the repository root: the documented public schema. */
export const SCHEMA_PATH = new URL('../../schema.graphql', import.meta.url);

const CYPHER_REF = /statement:\s*"cypher:([\w/-]+)"/g;

/**
 * Replaces each `statement: "cypher:queries/<name>"` by the text of cypher/queries/<name>.cypher as a
 * GraphQL block string, so the statements live in named files yet @neo4j/graphql sees them inline.
 */
export function inlineCypher(sdl: string, load: (name: string) => string = cypher): string {
  return sdl.replace(CYPHER_REF, (_match, name: string) => {
    const text = load(name);
    if (text.includes('"""')) throw new Error(`E_SCHEMA: cypher/${name}.cypher must not contain """`);
    return `statement: """\n${text.replace(/\\/g, '\\\\')}\n"""`;
  });
}

/**
 * Read-only unless a JWT secret is configured: then generated writes exist, but only for requests
 * carrying a valid token (@authentication on every write operation).
 */
export function accessExtension(writable: boolean): string {
  return writable
    ? 'extend schema @authentication(operations: [CREATE, UPDATE, DELETE, CREATE_RELATIONSHIP, DELETE_RELATIONSHIP])'
    : 'extend schema @mutation(operations: [])';
}

/** The type definitions handed to @neo4j/graphql: schema.graphql, statements inlined, access mode added. */
export function buildTypeDefs(writable: boolean, sdl = readFileSync(SCHEMA_PATH, 'utf8')): string {
  return `${inlineCypher(sdl)}\n${accessExtension(writable)}\n`;
}

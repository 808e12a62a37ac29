import { existsSync, readFileSync } from 'node:fs';
import { Neo4jGraphQL } from '@neo4j/graphql';
import {
  type FieldDefinitionNode,
  type GraphQLSchema,
  type InputValueDefinitionNode,
  Kind,
  parse,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { CYPHER_DIR } from '../../src/db/cypher.ts';
import { accessExtension, buildTypeDefs, inlineCypher, SCHEMA_PATH } from '../../src/server/typedefs.ts';

const sdl = readFileSync(SCHEMA_PATH, 'utf8');

describe('schema.graphql', () => {
  it('describes every type, field and argument', () => {
    const missing: string[] = [];
    for (const def of parse(sdl).definitions) {
      if (!('name' in def) || !def.name) continue;
      if (!('description' in def) || !def.description) missing.push(def.name.value);
      const fields = ('fields' in def ? def.fields : []) as readonly (
        | FieldDefinitionNode
        | InputValueDefinitionNode
      )[];
      for (const f of fields ?? []) {
        if (!f.description) missing.push(`${def.name.value}.${f.name.value}`);
        for (const a of ('arguments' in f ? f.arguments : []) ?? []) {
          if (!a.description) missing.push(`${def.name.value}.${f.name.value}(${a.name.value})`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('names only Cypher files that exist', () => {
    const names = [...sdl.matchAll(/statement:\s*"cypher:([\w/-]+)"/g)].map((m) => m[1]!);
    expect(names).toEqual(['queries/entity', 'queries/search']);
    for (const n of names) expect(existsSync(`${CYPHER_DIR}${n}.cypher`)).toBe(true);
  });

  it('gives every node type @node, and the entity types their Entity label', () => {
    const doc = parse(sdl);
    const labels = Object.fromEntries(
      doc.definitions
        .filter(
          (d) => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.directives?.some((x) => x.name.value === 'node'),
        )
        .map((d) => [(d as { name: { value: string } }).name.value, true]),
    );
    expect(Object.keys(labels).sort()).toEqual([
      'Agreement',
      'Document',
      'Organization',
      'Program',
      'Region',
      'Sentence',
    ]);
    for (const t of ['Organization', 'Region', 'Program'])
      expect(sdl).toContain(`@node(labels: ["${t}", "Entity"])`);
  });
});

describe('buildTypeDefs', () => {
  it('inlines a named Cypher file as a block string', () => {
    const out = inlineCypher(
      'f: Int @cypher(statement: "cypher:queries/x", columnName: "n")',
      () => 'RETURN 1 AS n',
    );
    expect(out).toBe('f: Int @cypher(statement: """\nRETURN 1 AS n\n""", columnName: "n")');
  });

  it('refuses a Cypher file that would end the block string', () => {
    expect(() => inlineCypher('@cypher(statement: "cypher:queries/x")', () => 'RETURN """')).toThrow(
      /E_SCHEMA/,
    );
  });

  it.each([
    [false, 'extend schema @mutation(operations: [])'],
    [
      true,
      'extend schema @authentication(operations: [CREATE, UPDATE, DELETE, CREATE_RELATIONSHIP, DELETE_RELATIONSHIP])',
    ],
  ])('writable=%s appends %s', (writable, ext) => {
    expect(accessExtension(writable)).toBe(ext);
    expect(buildTypeDefs(writable).trim().endsWith(ext)).toBe(true);
  });
});

describe('the generated schema', () => {
  let readOnly: GraphQLSchema;
  let writable: GraphQLSchema;
  beforeAll(async () => {
    readOnly = await new Neo4jGraphQL({ typeDefs: buildTypeDefs(false) }).getSchema();
    writable = await new Neo4jGraphQL({
      typeDefs: buildTypeDefs(true),
      features: { authorization: { key: 'x'.repeat(32) } },
    }).getSchema();
  }, 60_000);

  it('has no Mutation type when read-only', () => {
    expect(readOnly.getMutationType()).toBeUndefined();
  });

  it('has generated writes when a JWT secret is configured', () => {
    const fields = Object.keys(writable.getMutationType()?.getFields() ?? {});
    expect(fields).toEqual(
      expect.arrayContaining(['createOrganizations', 'updateRegions', 'deleteDocuments']),
    );
  });

  it.each([
    'entity',
    'search',
    'cooperationPaths',
    'regionCooperation',
    'neighborhood',
    'timeline',
    'organizations',
    'regionsConnection',
    'documents',
    'sentences',
  ])('offers Query.%s', (field) => {
    expect(readOnly.getQueryType()?.getFields()[field]).toBeDefined();
  });
});

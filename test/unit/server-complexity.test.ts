import { Neo4jGraphQL } from '@neo4j/graphql';
import {
  type FragmentDefinitionNode,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  parse,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { operationComplexity } from '../../src/server/complexity.ts';
import { EXAMPLES } from '../../src/server/examples.ts';
import { buildTypeDefs } from '../../src/server/typedefs.ts';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await new Neo4jGraphQL({ typeDefs: buildTypeDefs(false) }).getSchema();
}, 60_000);

function cost(query: string, variables: Record<string, unknown> = {}): number {
  const doc = parse(query);
  const op = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  return operationComplexity(schema, op, fragments, variables);
}

describe('operationComplexity', () => {
  it.each([
    ['{ __typename }', 1],
    ['{ entity(name: "沪") { id name } }', 1 + 5 * 2],
    ['{ organizations(limit: 3) { name } }', 1 + 3 * 1],
    ['{ organizations(limit: 2) { coBuilt(limit: 4) { name } } }', 1 + 2 * (1 + 4 * 1)],
    ['{ regionsConnection(first: 3) { edges { node { name } } } }', 1 + 3 * (1 + 1 * (1 + 1))],
    ['query($n: Int) { organizations(limit: $n) { name } }', 1 + 7 * 1],
    ['{ ...F } fragment F on Query { organizations(limit: 2) { name } }', 1 + 2 * 1],
  ])('%s costs %i', (query, expected) => {
    expect(cost(query, { n: 7 })).toBe(expected);
  });

  it('caps a huge limit so the estimate stays finite', () => {
    expect(cost('{ organizations(limit: 1000000000) { name } }')).toBe(1 + 1000);
  });

  it.each(Object.entries(EXAMPLES))(
    'lets the documented example %s through the default limit',
    (_name, query) => {
      expect(cost(query)).toBeLessThanOrEqual(5000);
    },
  );

  it('rejects six levels of unlimited lists under the default limit', () => {
    const q = '{ regions { parts { parts { parts { parts { parts { name } } } } } } }';
    expect(cost(q)).toBeGreaterThan(5000);
  });
});

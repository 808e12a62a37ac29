/**
 * The page's only data source: POST /graphql with JSON (Apollo's CSRF prevention accepts
 * application/json). Field names follow schema.graphql.
 */
import type { EdgeData, NodeData } from './model.ts';

export interface GraphQLErrorItem {
  message: string;
  extensions?: { code?: string };
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly codes: string[],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export async function gql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  let body: { data?: T; errors?: GraphQLErrorItem[] };
  try {
    body = await res.json();
  } catch {
    throw new ApiError(`E_API: /graphql answered ${res.status} without JSON`, []);
  }
  if (body.errors?.length) {
    throw new ApiError(
      body.errors.map((e) => e.message).join('; '),
      body.errors.map((e) => e.extensions?.code ?? ''),
    );
  }
  if (!body.data) throw new ApiError(`E_API: /graphql answered ${res.status} without data`, []);
  return body.data;
}

export interface SearchHit extends NodeData {
  code?: string | null;
}

const SEARCH = `query Search($text: String!, $limit: Int) {
  search(text: $text, limit: $limit) { id name type aliases ... on Region { code } }
}`;

/** Entities named by the words typed, exact name and alias hits first (the server resolves aliases). */
export async function search(text: string, limit = 20): Promise<SearchHit[]> {
  const data = await gql<{ search: SearchHit[] }>(SEARCH, { text, limit });
  return data.search;
}

const NEIGHBORHOOD = `query Neighborhood($id: String!, $depth: Int, $limit: Int) {
  neighborhood(id: $id, depth: $depth, limit: $limit) {
    nodes { id type name aliases }
    edges { id type source target evidence docId docTitle sentenceId rule date confidence }
  }
}`;

export interface GraphData {
  nodes: NodeData[];
  edges: EdgeData[];
}

export interface Neighborhood extends GraphData {
  /** The node limit the server accepted, when lower than the one asked for. */
  cappedAt?: number;
}

const TOO_COMPLEX = /complexity (\d+) is above the limit of (\d+)/;

/**
 * The entities within `depth` relations of an entity (id, name or alias) and the edges between them.
 * The server prices a query by its list sizes; when `limit` prices it over the server's complexity
 * limit, ask once more with the largest limit that fits, and say so.
 */
export async function neighborhood(id: string, depth: number, limit: number): Promise<Neighborhood> {
  try {
    return normalize(
      (await gql<{ neighborhood: GraphData }>(NEIGHBORHOOD, { id, depth, limit })).neighborhood,
    );
  } catch (err) {
    const m = err instanceof ApiError ? TOO_COMPLEX.exec(err.message) : null;
    if (!m) throw err;
    const fitting = Math.floor((limit * Number(m[2])) / Number(m[1])) - 1;
    if (fitting < 1 || fitting >= limit) throw err;
    const data = await gql<{ neighborhood: GraphData }>(NEIGHBORHOOD, { id, depth, limit: fitting });
    return { ...normalize(data.neighborhood), cappedAt: fitting };
  }
}

/** GraphQL nulls become absent fields, as the model expects. */
function normalize(graph: GraphData): GraphData {
  return {
    nodes: graph.nodes.map((n) => ({ id: n.id, type: n.type, name: n.name, aliases: n.aliases ?? [] })),
    edges: graph.edges,
  };
}

export interface PathData {
  length: number;
  nodes: NodeData[];
  hops: EdgeData[];
}

const PATHS = `query Paths($from: String!, $to: String!, $maxHops: Int, $types: [String!], $limit: Int) {
  cooperationPaths(from: $from, to: $to, maxHops: $maxHops, types: $types, limit: $limit) {
    length
    nodes { id type name }
    hops { type source target evidence docId docTitle sentenceId date confidence }
  }
}`;

/** Paths between two entities; `types` are the relations a path may use besides LOCATED_IN / PART_OF. */
export async function cooperationPaths(
  from: string,
  to: string,
  maxHops: number,
  types: string[] | undefined,
  limit = 20,
): Promise<PathData[]> {
  const data = await gql<{ cooperationPaths: PathData[] }>(PATHS, { from, to, maxHops, types, limit });
  return data.cooperationPaths;
}

/**
 * Aliases of entities by id, in one request (`entity(name:)` also resolves a canonical id). The
 * drawing's nodes carry none; the evidence panel needs them to mark 上海市科委 in a sentence.
 */
export async function aliasesOf(ids: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (ids.length === 0) return out;
  const vars = ids.map((_, i) => `$n${i}: String!`).join(', ');
  const fields = ids.map((_, i) => `e${i}: entity(name: $n${i}) { id aliases }`).join('\n  ');
  const variables = Object.fromEntries(ids.map((id, i) => [`n${i}`, id]));
  const data = await gql<Record<string, { id: string; aliases?: string[] | null }[]>>(
    `query Aliases(${vars}) {\n  ${fields}\n}`,
    variables,
  );
  for (const list of Object.values(data)) {
    for (const e of list) if (ids.includes(e.id)) out.set(e.id, e.aliases ?? []);
  }
  return out;
}

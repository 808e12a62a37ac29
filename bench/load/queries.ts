// What the load test sends: the analysts' example questions exactly as the IDE shows them, and
// hostile requests that must be refused (or capped) fast.
import { EXAMPLES } from '../../src/server/examples.ts';

export interface GoodQuery {
  name: string;
  query: string;
}

export const GOOD: readonly GoodQuery[] = [
  { name: 'agreements 上海×重庆', query: EXAMPLES.shanghaiChongqingAgreements },
  { name: 'cooperationPaths 上海→重庆', query: EXAMPLES.shanghaiChongqingPaths },
  { name: 'co-builders 长三角国家技术创新中心', query: EXAMPLES.coBuilders },
  { name: 'programs 江苏 pilots', query: EXAMPLES.jiangsuPilots },
];

export interface HostileQuery {
  name: string;
  body: string;
  /** Refused: a 4xx, or a GraphQL error whose message matches. Capped: data, but no list over `cap`. */
  expect: { refused: RegExp } | { cap: number };
}

const gql = (query: string) => JSON.stringify({ query });

function nested(depth: number): string {
  let inner = 'name';
  for (let i = 0; i < depth; i++) inner = `parts { ${inner} }`;
  return `{ regions { ${inner} } }`;
}

/** A search term of `n` characters: about 3n bytes of JSON, under the 1 MB body cap when n ≤ 300 000. */
const longText = (n: number) => '沪'.repeat(n);

export const HOSTILE: readonly HostileQuery[] = [
  { name: 'depth 20', body: gql(nested(20)), expect: { refused: /E_DEPTH/ } },
  {
    name: 'maxHops 50',
    body: gql('{ cooperationPaths(from: "上海", to: "重庆", maxHops: 50) { length hops { evidence } } }'),
    expect: { refused: /E_MAXHOPS/ },
  },
  {
    name: 'search limit 10 000',
    body: gql('{ search(text: "科委", limit: 10000) { id } }'),
    expect: { refused: /E_LIMIT/ },
  },
  {
    name: 'neighborhood limit 10 000',
    body: gql('{ neighborhood(id: "上海", depth: 3, limit: 10000) { nodes { id } edges { type } } }'),
    expect: { refused: /E_COMPLEXITY|E_LIMIT/ },
  },
  {
    name: 'nested lists limit 10 000',
    body: gql('{ organizations(limit: 10000) { name coBuilt(limit: 10000) { name } } }'),
    expect: { refused: /E_COMPLEXITY/ },
  },
  {
    name: 'organizations limit 10 000',
    body: gql('{ organizations(limit: 10000) { name } }'),
    expect: { cap: 500 },
  },
  {
    name: 'search text of 100 000 chars',
    body: gql(`{ search(text: "${longText(100_000)}") { id } }`),
    expect: { refused: /E_STRING_TOO_LONG/ },
  },
  {
    name: 'entity name of 100 000 chars',
    body: gql(`{ entity(name: "${longText(100_000)}") { id } }`),
    expect: { refused: /E_STRING_TOO_LONG/ },
  },
  // Refused before it is read to the end: the server answers 413 and closes the connection.
  {
    name: 'body of 1.2 MB',
    body: gql(`{ entity(name: "${longText(400_000)}") { id } }`),
    expect: { refused: /E_BODY_TOO_LARGE/ },
  },
];

export type Verdict = 'ok' | 'refused' | 'capped' | 'leaked' | 'error';

interface GraphqlBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string }[];
}

function parse(body: string): GraphqlBody | undefined {
  try {
    return JSON.parse(body) as GraphqlBody;
  } catch {
    return undefined;
  }
}

/** A good query: a 200 with data and no errors. */
export function judgeGood(status: number, body: string): Verdict {
  const json = parse(body);
  return status === 200 && json?.data && !json.errors ? 'ok' : 'error';
}

/** Longest list anywhere in a value: what a cap must bound. */
function longestList(value: unknown): number {
  if (Array.isArray(value)) return Math.max(value.length, ...value.map(longestList));
  if (value && typeof value === 'object') return Math.max(0, ...Object.values(value).map(longestList));
  return 0;
}

/** A hostile query: refused with the expected message, capped, or (a failure) leaked through. */
export function judgeHostile(q: HostileQuery, status: number, body: string): Verdict {
  const json = parse(body);
  const message = json?.errors?.map((e) => e.message).join(' ') ?? '';
  if ('refused' in q.expect) return q.expect.refused.test(message) ? 'refused' : 'leaked';
  if (json?.errors || status !== 200) return 'error';
  return longestList(json?.data) <= q.expect.cap ? 'capped' : 'leaked';
}

import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { request } from 'node:http';
import { getIntrospectionQuery } from 'graphql';
import neo4j, { type Driver } from 'neo4j-driver';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.ts';
import { startTestServer, type TestServer, testConfig } from './graphql-server.ts';
import { connection, openDriver } from './helpers.ts';

// Each limit of a public endpoint rejects a hostile request with a message that says which limit.

const SECRET = 'graphql-limits-test-secret-0123456789abcdef';
const TAG = 'graphql-limits-';

/** An HS256 JWT, signed by hand so the test needs no JWT library. */
function jwt(secret: string, payload: Record<string, unknown> = { sub: 'analyst' }): string {
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const head = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ ...payload, iat: Math.floor(Date.now() / 1000) })}`;
  return `${head}.${createHmac('sha256', secret).update(head).digest('base64url')}`;
}

let driver: Driver;
let server: TestServer;

beforeAll(async () => {
  driver = openDriver();
  server = await startTestServer(driver, testConfig({ MAX_HOPS: '4', MAX_QUERY_DEPTH: '6' }));
});

afterAll(async () => {
  await server?.close();
  await driver?.executeQuery('MATCH (e:Entity) WHERE e.id STARTS WITH $t DETACH DELETE e', { t: TAG });
  await driver?.close();
});

const firstError = (body: { errors?: { message: string; extensions?: { code?: string } }[] }) =>
  body.errors?.[0];

describe('query limits', () => {
  it('rejects a query nested deeper than MAX_QUERY_DEPTH', async () => {
    const { status, body } = await server.gql(
      '{ regions { parts { parts { parts { parts { parts { parts { name } } } } } } } }',
    );
    expect(status).toBe(400);
    expect(firstError(body)?.message).toMatch(/^E_DEPTH: .*6 levels \(MAX_QUERY_DEPTH\)/);
  });

  it('rejects a query whose estimated cost is above MAX_QUERY_COMPLEXITY', async () => {
    const { status, body } = await server.gql(
      '{ organizations(limit: 500) { coBuilt(limit: 500) { name coBuiltBy(limit: 500) { name } } } }',
    );
    expect(status).toBe(400);
    expect(firstError(body)?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(firstError(body)?.message).toMatch(
      /^E_COMPLEXITY: query complexity \d+ is above the limit of 5000/,
    );
  });

  it.each([
    ['in the query text', `{ search(text: "${'科'.repeat(100_000)}") { id } }`, undefined],
    ['in a variable', 'query($n: String!) { entity(name: $n) { id } }', { n: '委'.repeat(100_000) }],
  ])('rejects a huge string %s before any work', async (_where, query, variables) => {
    const { status, body } = await server.gql(query, variables);
    expect(status).toBe(400);
    expect(firstError(body)?.message).toMatch(/^E_STRING_TOO_LONG: a string argument is 100000 characters/);
  });

  it('counts variables and fragments in the cost', async () => {
    const { body } = await server.gql(
      'query($n: Int) { ...F } fragment F on Query { organizations(limit: $n) { coBuilt(limit: $n) { coBuilt(limit: $n) { name } } } }',
      { n: 100 },
    );
    expect(firstError(body)?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  // Costs and literal lengths are kept per parsed document: the same text must still be judged anew
  // for each request's variables, and a refused text stays refused.
  it("judges one query text by each request's variables", async () => {
    const cost =
      'query($n: Int) { organizations(limit: $n) { coBuilt(limit: $n) { coBuilt(limit: $n) { name } } } }';
    const text = 'query($n: String!) { entity(name: $n) { id } }';
    for (let round = 0; round < 2; round++) {
      expect((await server.gql(cost, { n: 2 })).body.errors).toBeUndefined();
      expect(firstError((await server.gql(cost, { n: 100 })).body)?.extensions?.code).toBe(
        'QUERY_TOO_COMPLEX',
      );
      expect((await server.gql(text, { n: '沪' })).body.errors).toBeUndefined();
      expect(firstError((await server.gql(text, { n: '委'.repeat(100_000) })).body)?.message).toMatch(
        /^E_STRING_TOO_LONG/,
      );
    }
  });

  it('refuses an over-limit query text every time it comes', async () => {
    const query =
      '{ organizations(limit: 500) { coBuilt(limit: 500) { name coBuiltBy(limit: 500) { name } } } }';
    for (let round = 0; round < 2; round++) {
      expect(firstError((await server.gql(query)).body)?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    }
  });

  it.each([
    [5, /^E_MAXHOPS: maxHops must be between 1 and 4 \(the server's MAX_HOPS\); got 5/],
    [0, /^E_MAXHOPS: maxHops must be between 1 and 4/],
  ])('rejects cooperationPaths with maxHops %i', async (hops, message) => {
    const { body } = await server.gql(
      'query($h: Int!) { cooperationPaths(from: "上海", to: "重庆", maxHops: $h) { length } }',
      {
        h: hops,
      },
    );
    expect(firstError(body)?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(firstError(body)?.message).toMatch(message);
  });

  it.each([
    [
      '{ cooperationPaths(from: "上海", to: "重庆", types: ["DROP"]) { length } }',
      /^E_TYPES: unknown relationship type DROP/,
    ],
    ['{ neighborhood(id: "上海", depth: 9) { nodes { id } } }', /^E_DEPTH: depth must be between 1 and 3/],
    ['{ search(text: "科委", limit: 100000) { id } }', /^E_LIMIT: limit must be between 1 and 100/],
    ['{ timeline(entity: "火星市科委") { date } }', /^E_NOT_FOUND: no entity is named or aliased 火星市科委/],
  ])('rejects bad arguments of custom queries: %s', async (query, message) => {
    const { body } = await server.gql(query);
    expect(firstError(body)?.message).toMatch(message);
  });
});

describe('read-only without JWT_SECRET', () => {
  it('has no Mutation type', async () => {
    const { body } = await server.gql<{ __schema: { mutationType: null } }>(
      '{ __schema { mutationType { name } } }',
    );
    expect(body.data?.__schema.mutationType).toBeNull();
  });

  it.each([
    'mutation { createOrganizations(input: [{ id: "graphql-limits-x", name: "x" }]) { info { nodesCreated } } }',
    'mutation { deleteOrganizations(where: { id: { eq: "org:上海市科学技术委员会" } }) { nodesDeleted } }',
  ])('refuses %s with a clear message', async (mutation) => {
    const { status, body } = await server.gql(mutation);
    expect(status).toBe(403);
    expect(firstError(body)?.message).toMatch(/^E_READ_ONLY: this API is read-only/);
  });
});

const A = `org:${TAG}甲`;
const B = `org:${TAG}乙`;

describe('writes with JWT_SECRET need a valid token', () => {
  let writable: TestServer;
  beforeAll(async () => {
    writable = await startTestServer(driver, testConfig({ JWT_SECRET: SECRET }));
    // Two entities of this file, linked, that every write path below tries to change.
    await driver.executeQuery(
      `MERGE (a:Entity:Organization {id: $a}) SET a.name = '测试甲局'
       MERGE (b:Entity:Organization {id: $b}) SET b.name = '测试乙局'
       MERGE (a)-[:CO_BUILT {docId: 'x', sentenceId: 'x#0', evidence: 'x'}]->(b)`,
      { a: A, b: B },
    );
  });
  afterAll(() => writable?.close());

  const create = (id: string) =>
    `mutation { createOrganizations(input: [{ id: "${id}", name: "测试局" }]) { organizations { id } } }`;
  const edge = 'edge: { docId: "x", sentenceId: "x#0", evidence: "x" }';
  const where = `where: { id: { eq: "${A}" } }`;
  const toB = `where: { node: { id: { eq: "${B}" } } }`;

  it.each([
    [
      'update a property',
      `updateOrganizations(${where}, update: { name: { set: "改名" } }) { info { nodesCreated } }`,
    ],
    ['delete', `deleteOrganizations(${where}) { nodesDeleted }`],
    [
      'create inside an update',
      `updateOrganizations(${where}, update: { coBuilt: [{ create: [{ node: { Program: { id: "${TAG}p", name: "测试平台" } }, ${edge} }] }] }) { info { nodesCreated } }`,
    ],
    [
      'connect inside an update',
      `updateOrganizations(${where}, update: { cooperatesWith: [{ connect: [{ ${toB}, ${edge} }] }] }) { info { relationshipsCreated } }`,
    ],
    [
      'disconnect inside an update',
      `updateOrganizations(${where}, update: { coBuilt: [{ disconnect: [{ ${toB} }] }] }) { info { relationshipsDeleted } }`,
    ],
    [
      'delete inside an update',
      `updateOrganizations(${where}, update: { coBuilt: [{ delete: [{ ${toB} }] }] }) { info { nodesDeleted } }`,
    ],
  ])('refuses to %s without a token, and changes nothing', async (_name, mutation) => {
    const { body } = await writable.gql(`mutation { ${mutation} }`);
    expect(firstError(body)?.extensions?.code, JSON.stringify(body)).toBe('UNAUTHENTICATED');
    const { records } = await driver.executeQuery(
      `MATCH (a:Organization {id: $a})-[r]-(b:Organization {id: $b})
       RETURN a.name AS name, collect(type(r)) AS rels,
         COUNT { (p:Entity {id: $p}) } AS created`,
      { a: A, b: B, p: `${TAG}p` },
    );
    expect(records.map((r) => r.toObject())).toEqual([{ name: '测试甲局', rels: ['CO_BUILT'], created: 0 }]);
  });

  it.each([
    ['no token', {}],
    [
      'a token signed with another secret',
      { authorization: `Bearer ${jwt('another-secret-of-the-same-length-000000')}` },
    ],
    ['a malformed token', { authorization: 'Bearer not.a.jwt' }],
  ])('refuses a create with %s', async (_name, headers) => {
    const { body } = await writable.gql(create(`${TAG}a`), undefined, headers as Record<string, string>);
    expect(firstError(body)?.extensions?.code).toBe('UNAUTHENTICATED');
    const { records } = await driver.executeQuery('MATCH (e {id: $id}) RETURN e', { id: `${TAG}a` });
    expect(records).toHaveLength(0);
  });

  it('creates with a valid token', async () => {
    const { body } = await writable.gql<{ createOrganizations: { organizations: { id: string }[] } }>(
      create(`${TAG}b`),
      undefined,
      { authorization: `Bearer ${jwt(SECRET)}` },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.createOrganizations.organizations).toEqual([{ id: `${TAG}b` }]);
  });
});

describe('transaction timeout', () => {
  /** The real driver, recording the timeout of every transaction the API opens. */
  function spyDriver(real: Driver, timeouts: (number | undefined)[]): Driver {
    return new Proxy(real, {
      get(target, key) {
        if (key === 'session') {
          return (cfg: never) => {
            const session = target.session(cfg);
            const executeRead = session.executeRead.bind(session);
            session.executeRead = ((work: never, tc?: { timeout?: number }) => {
              timeouts.push(tc?.timeout);
              return executeRead(work, tc);
            }) as never;
            return session;
          };
        }
        if (key === 'executeQuery') {
          return (q: string, p: never, c?: { transactionConfig?: { timeout?: number } }) => {
            timeouts.push(c?.transactionConfig?.timeout);
            return target.executeQuery(q, p, c as never);
          };
        }
        const value = Reflect.get(target, key);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  }

  const timeouts: (number | undefined)[] = [];
  let spied: TestServer;
  beforeAll(async () => {
    spied = await startTestServer(spyDriver(driver, timeouts), testConfig({ QUERY_TIMEOUT_MS: '4321' }));
  });
  afterAll(() => spied?.close());

  it.each([
    ['a plain generated query', '{ organizations(limit: 1) { name } }'],
    [
      'a nested generated query',
      '{ regions(limit: 1) { parts(limit: 1) { locatedHere(limit: 1) { name } } } }',
    ],
    ['a @cypher field', '{ search(text: "科委") { name coBuilt { name } } }'],
    ['a hand-written resolver', '{ timeline(entity: "上海市") { date } }'],
  ])('applies QUERY_TIMEOUT_MS to %s', async (_name, query) => {
    timeouts.length = 0;
    const { body } = await spied.gql(query);
    expect(body.errors?.[0]?.message ?? '').not.toMatch(/Internal/);
    expect(timeouts.length).toBeGreaterThan(0);
    expect(timeouts.every((t) => t === 4321)).toBe(true);
  });
});

describe('errors, introspection, IDE, CSRF, health', () => {
  it('masks a database failure for the client and logs it on the server', async () => {
    const c = connection();
    const dead = neo4j.driver('bolt://127.0.0.1:1', neo4j.auth.basic(c.user, c.password), {
      connectionTimeout: 1000,
      maxTransactionRetryTime: 0,
    } as never);
    const lines: string[] = [];
    const logger = pino({ level: 'error' }, { write: (l: string) => lines.push(l) });
    const app = await createApp(testConfig(), logger as never, dead);
    const base = await app.listen(0, '127.0.0.1');
    try {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ timeline(entity: "上海") { date } }' }),
      });
      const body = (await res.json()) as { errors: { message: string }[] };
      expect(body.errors[0]!.message).toBe('Internal server error');
      expect(JSON.stringify(body)).not.toMatch(/127\.0\.0\.1|bolt|ECONNREFUSED/);
      expect(lines.join('')).toMatch(/ECONNREFUSED|ServiceUnavailable|connect/);
      const health = await fetch(`${base}/healthz`);
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ neo4j: 'down' });
    } finally {
      await app.close();
      await dead.close();
    }
  });

  it('reports Neo4j up on /healthz', async () => {
    const res = await fetch(server.url.replace('/graphql', '/healthz'));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', neo4j: 'up' });
  });

  it('serves the bundled IDE with the example questions and no external script or style', async () => {
    const res = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('ShanghaiChongqingPaths');
    expect(html).toContain('JiangsuPilots');
    expect(html).not.toMatch(/<script[^>]+src=["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/<link[^>]+href=["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/@import\s+url\(["']?https?:/i);
  });

  it('lets the IDE introspect the schema within the depth and complexity limits', async () => {
    const { status, body } = await server.gql<{ __schema: { types: unknown[] } }>(
      getIntrospectionQuery({ inputValueDeprecation: true, schemaDescription: true }),
    );
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    expect(body.data?.__schema.types.length).toBeGreaterThan(50);
  });

  it('switches introspection and the IDE off', async () => {
    const locked = await startTestServer(
      driver,
      testConfig({ GRAPHQL_INTROSPECTION: 'false', GRAPHQL_IDE: 'false' }),
    );
    try {
      const { body } = await locked.gql('{ __schema { types { name } } }');
      expect(firstError(body)?.message).toMatch(/introspection is not allowed/i);
      const page = await fetch(locked.url, { headers: { accept: 'text/html' } });
      expect(page.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
    } finally {
      await locked.close();
    }
  });

  it.each([
    ['a GET without a preflight header', () => fetch(`${server.url}?query=%7B__typename%7D`)],
    [
      'a text/plain POST',
      () =>
        fetch(server.url, {
          method: 'POST',
          headers: { 'content-type': 'text/plain' },
          body: '{"query":"{__typename}"}',
        }),
    ],
  ])('blocks %s as possible CSRF', async (_name, send) => {
    const res = await send();
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/Cross-Site Request Forgery/);
  });
});

describe('request body size', () => {
  /** POSTs `bytes` of JSON through node:http, with a content-length or chunked; the status and body. */
  const post = (bytes: number, chunked: boolean) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const padding = 'x'.repeat(Math.max(0, bytes - 40));
      const payload = Buffer.from(JSON.stringify({ query: `{ __typename } # ${padding}` }));
      const req = request(
        server.url,
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(chunked ? {} : { 'content-length': payload.length }),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
          );
        },
      );
      req.on('error', reject);
      // In pieces, as a client uploading a large body does: the answer may come before the last one.
      for (let at = 0; at < payload.length; at += 64 * 1024) req.write(payload.subarray(at, at + 64 * 1024));
      req.end();
    });

  it.each([
    ['a content-length', false],
    ['chunked encoding', true],
  ])('answers a body over 1 MB sent with %s with 413 and says why', async (_name, chunked) => {
    const res = await post(3_000_000, chunked);
    expect(res.status).toBe(413);
    expect(res.body).toContain('E_BODY_TOO_LARGE');
    // The server goes on serving.
    const ok = await post(200, chunked);
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('govkg serve', () => {
  it('answers, then shuts down gracefully on SIGTERM', async () => {
    const c = connection();
    const child = spawn(process.execPath, ['bin/govkg.js', 'serve'], {
      env: {
        ...process.env,
        NEO4J_URI: c.uri,
        NEO4J_USER: c.user,
        NEO4J_PASSWORD: c.password,
        PORT: '0',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let log = '';
    const ready = new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (b: Buffer) => {
        log += b.toString();
        const m = /"url":"([^"]+)"/.exec(log);
        if (m) resolve(m[1]!);
      });
      child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${log}`)));
    });
    const url = await ready;
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(log).toContain('GraphQL API stopped');
  });
});

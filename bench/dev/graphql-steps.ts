/**
 * Dev tool: where one GraphQL request's time goes, step by step, against the graph a benchmark run left
 * in its Neo4j. Prints the median of each step in µs (HTTP in and out, Apollo, graphql-js with
 * @neo4j/graphql, the driver's BEGIN round trip, the statement), then the same statements replayed
 * through executeQuery, as the benchmark's baseline sends them.
 *
 *   npx tsx bench/main.ts --only ingest --sizes 1000 --keep-server --bolt-port 7791
 *   npx tsx bench/dev/graphql-steps.ts bolt://127.0.0.1:7791 coBuilders [requests]
 *
 * Steps are read from Apollo's plugin hooks (one timing plugin put first in the server's list, through
 * Apollo's internals: a dev tool may) and from a wrapped driver session.
 */
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { type Driver, routing, type Session } from 'neo4j-driver';
import { loadConfig } from '../../src/config.ts';
import { createDriver } from '../../src/db/driver.ts';
import { createLogger } from '../../src/log.ts';
import { createApp } from '../../src/server/app.ts';
import { EXAMPLES } from '../../src/server/examples.ts';
import { median } from '../stats.ts';

const [uri = 'bolt://127.0.0.1:7791', name = 'coBuilders', count = '1500'] = process.argv.slice(2);
const example = (EXAMPLES as Record<string, string>)[name];
if (!example) throw new Error(`E_USAGE: no example ${name}; one of ${Object.keys(EXAMPLES).join(', ')}`);

const STEPS = [
  ['sent', 'handler'],
  ['handler', 'apollo'],
  ['apollo', 'requestDidStart'],
  ['requestDidStart', 'didResolveOperation'],
  ['didResolveOperation', 'executionDidStart'],
  ['executionDidStart', 'session'],
  ['session', 'executeRead'],
  ['executeRead', 'tx.run'],
  ['tx.run', 'records'],
  ['records', 'executionDidEnd'],
  ['executionDidEnd', 'apolloDone'],
  ['apolloDone', 'finish'],
  ['finish', 'responseHeaders'],
  ['responseHeaders', 'parsed'],
] as const;
type Mark = (typeof STEPS)[number][number];

let marks = new Map<Mark, number>();
const mark = (m: Mark) => marks.set(m, performance.now());
/** What one warm request sent, for the replay (the first also checks the server's version). */
const sent: { statement: string; params: Record<string, unknown> }[] = [];
let recording = false;

/** The driver the app gets: each session marks when it opens, begins and ends its read, and what it ran. */
function timedDriver(real: Driver): Driver {
  const session = real.session.bind(real);
  real.session = ((config) => {
    mark('session');
    const s: Session = session(config);
    const executeRead = s.executeRead.bind(s);
    s.executeRead = (async (work, txConfig) => {
      mark('executeRead');
      const out = await executeRead((tx) => {
        const run = tx.run.bind(tx);
        tx.run = ((statement: string, params: Record<string, unknown>) => {
          mark('tx.run');
          if (recording) sent.push({ statement, params });
          return run(statement, params);
        }) as typeof tx.run;
        return work(tx);
      }, txConfig);
      mark('records');
      return out;
    }) as typeof s.executeRead;
    return s;
  }) as typeof real.session;
  return real;
}

const timing: ApolloServerPlugin = {
  async requestDidStart() {
    mark('requestDidStart');
    return {
      async didResolveOperation() {
        mark('didResolveOperation');
      },
      async executionDidStart() {
        mark('executionDidStart');
        return {
          async executionDidEnd() {
            mark('executionDidEnd');
          },
        };
      },
    };
  },
};
const execute = ApolloServer.prototype.executeHTTPGraphQLRequest;
ApolloServer.prototype.executeHTTPGraphQLRequest = async function (this: ApolloServer, ...args) {
  const internals = (this as unknown as { internals: { plugins: ApolloServerPlugin[] } }).internals;
  if (internals.plugins[0] !== timing) internals.plugins.unshift(timing);
  mark('apollo');
  const out = await execute.apply(this, args);
  mark('apolloDone');
  return out;
};

const config = loadConfig({ NEO4J_URI: uri, LOG_LEVEL: 'warn', GRAPHQL_IDE: 'false' });
const driver = createDriver(config);
// As the benchmark does: the synthetic corpus has no 长三角国家技术创新中心, so ask for the most co-built.
const { records } = await driver.executeQuery(
  'MATCH (e:Entity)<-[:CO_BUILT]-() RETURN e.name AS name, count(*) AS n ORDER BY n DESC, name LIMIT 1',
  {},
  { database: config.NEO4J_DATABASE },
);
const coBuilt = records[0]?.get('name') as string | undefined;
const query = coBuilt ? example.replaceAll('长三角国家技术创新中心', coBuilt) : example;
const app = await createApp(config, createLogger('silent'), timedDriver(driver));
const { createServer } = await import('node:http');
const server = createServer((req, res) => {
  mark('handler');
  res.once('finish', () => mark('finish'));
  app.handler(req, res);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const port = (server.address() as AddressInfo).port;

const post = () =>
  new Promise<void>((resolve, reject) => {
    const body = JSON.stringify({ query });
    mark('sent');
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        headers: { 'content-type': 'application/json' },
      },
      (res) => {
        mark('responseHeaders');
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          JSON.parse(Buffer.concat(chunks).toString('utf8'));
          mark('parsed');
          resolve();
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });

const replay = async () => {
  const t0 = performance.now();
  for (const s of captured) {
    await driver.executeQuery(s.statement, s.params, {
      database: config.NEO4J_DATABASE,
      routing: routing.READ,
      transactionConfig: { timeout: config.QUERY_TIMEOUT_MS },
    });
  }
  return performance.now() - t0;
};
await post();
recording = true;
await post();
recording = false;
const captured = [...sent];
// Both warm (query plans, JIT on both sides) before any clock. Then alternated, as the benchmark does:
// a Bolt round trip after a pause of a millisecond or so (the other side's turn) is slower than one
// right after the last, so a block of replays alone would flatter the baseline.
for (let i = 0; i < 200; i++) {
  await post();
  await replay();
}
const rows: Map<Mark, number>[] = [];
const cypher: number[] = [];
for (let i = 0; i < Number(count); i++) {
  marks = new Map();
  await post();
  rows.push(marks);
  cypher.push(await replay());
}

const us = (ms: number) => Math.round(ms * 1000);
console.log(`${name}: medians of ${count} requests, µs`);
for (const [from, to] of STEPS) {
  const spans = rows.flatMap((r) => (r.has(from) && r.has(to) ? [r.get(to)! - r.get(from)!] : []));
  if (spans.length > 0) console.log(`  ${from} → ${to}`.padEnd(48), us(median(spans)));
}
console.log('  whole request'.padEnd(48), us(median(rows.map((r) => r.get('parsed')! - r.get('sent')!))));
console.log(`  the same ${captured.length} statement(s) through executeQuery`.padEnd(48), us(median(cypher)));
server.close();
await app.close();
await driver.close();

import { Agent, request } from 'node:http';
import { routing } from 'neo4j-driver';
import type { Config } from '../src/config.ts';
import { createDriver } from '../src/db/driver.ts';
import { createLogger } from '../src/log.ts';
import { createApp } from '../src/server/app.ts';
import { type RecordedStatement, recordingDriver } from './recording-driver.ts';
import { type Latency, latency } from './stats.ts';

// GraphQL over HTTP beside the very Cypher it sent, run straight through the driver, alternating
// request by request so that load on the shared machine hits both alike.

/**
 * How the bench sends a request: node:http with a keep-alive Agent (one socket, as a client library
 * would hold), or the global fetch (undici). The client runs in this process, so its own work counts
 * in every GraphQL latency: fetch measured 0.3–1.2 ms more per request than node:http on the same
 * server, more than the server spends on a `{ __typename }`. The report shows both on that floor.
 */
export type HttpClient = 'node:http' | 'fetch';

export interface QueryCase {
  name: string;
  query: string;
  /** Default node:http. */
  client?: HttpClient;
}

export interface LatencyFigures {
  name: string;
  /** Cypher statements one request sends (all replayed, in order, for the baseline). */
  statements: number;
  graphql: Latency;
  cypher: Latency;
  /** The client that sent the GraphQL requests (absent in reports from before the choice: fetch). */
  client?: HttpClient;
  /** Requests that failed or returned GraphQL errors (first message kept). */
  errors: number;
  error?: string;
}

export interface MeasureOptions {
  iterations: number;
  /** Stop a case early once its measured requests took this long (at least one always runs). */
  budgetMs?: number;
  /** Unmeasured requests (and replays) per case before the clock, default 3. */
  warmup?: number;
  label?: string;
}

export interface GraphqlBench {
  measure(cases: readonly QueryCase[], opts: MeasureOptions): Promise<LatencyFigures>;
  close(): Promise<void>;
}

/** Starts the real app (createApp) on a free port against the configured Neo4j. */
export async function startGraphqlBench(config: Config): Promise<GraphqlBench> {
  const real = createDriver(config);
  const recorder = recordingDriver(real);
  const app = await createApp(config, createLogger('silent'), recorder.driver);
  const url = `${await app.listen(0, '127.0.0.1')}/graphql`;
  const database = config.NEO4J_DATABASE;

  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const posts: Record<HttpClient, (query: string) => Promise<string | undefined>> = {
    'node:http': (query) => postHttp(agent, url, query),
    fetch: (query) => postFetch(url, query),
  };
  const replay = async (statements: readonly RecordedStatement[]) => {
    for (const s of statements) {
      await real.executeQuery(s.statement, s.params, {
        database: s.database ?? database,
        routing: routing.READ,
        transactionConfig: { timeout: config.QUERY_TIMEOUT_MS },
      });
    }
  };

  /** Several cases (e.g. many province pairs) pool into one latency figure under `label`. */
  async function measure(cases: readonly QueryCase[], opts: MeasureOptions): Promise<LatencyFigures> {
    const { iterations, budgetMs = Number.POSITIVE_INFINITY, label, warmup = 3 } = opts;
    const graphqlMs: number[] = [];
    const cypherMs: number[] = [];
    let errors = 0;
    let firstError: string | undefined;
    let statements = 0;
    for (const c of cases) {
      const post = posts[c.client ?? 'node:http'];
      // Warm-up (plans cached, schema translated once), then capture what one request sends.
      for (let i = 0; i < Math.min(warmup, iterations); i++) await post(c.query);
      recorder.start();
      const err = await post(c.query);
      const sent = recorder.stop();
      statements = Math.max(statements, sent.length);
      if (err) {
        errors++;
        firstError ??= `${c.name}: ${err}`;
        continue;
      }
      try {
        for (let i = 0; i < Math.min(warmup, 2); i++) await replay(sent);
      } catch (e) {
        // A replay that times out is a measurement too: count it, keep going with the next case.
        errors++;
        firstError ??= `${c.name} (Cypher warm-up): ${(e as Error).message.slice(0, 120)}`;
      }
      const started = performance.now();
      for (let i = 0; i < iterations && (i === 0 || performance.now() - started < budgetMs); i++) {
        let t0 = performance.now();
        const e = await post(c.query);
        graphqlMs.push(performance.now() - t0);
        if (e) {
          errors++;
          firstError ??= `${c.name}: ${e}`;
        }
        t0 = performance.now();
        try {
          await replay(sent);
        } catch (e2) {
          errors++;
          firstError ??= `${c.name} (Cypher): ${(e2 as Error).message}`;
        }
        cypherMs.push(performance.now() - t0);
      }
    }
    return {
      name: label ?? cases[0]?.name ?? '?',
      statements,
      client: cases[0]?.client ?? 'node:http',
      graphql: latency(graphqlMs),
      cypher: latency(cypherMs),
      errors,
      error: firstError,
    };
  }

  return {
    measure,
    async close() {
      agent.destroy();
      await app.close();
      await real.close();
    },
  };
}

/** The first GraphQL error's message, an HTTP status, or undefined for a clean answer. */
function failure(status: number, text: string): string | undefined {
  const body = JSON.parse(text) as { errors?: { message: string }[] };
  if (status < 200 || status > 299 || body.errors?.length)
    return body.errors?.[0]?.message ?? `HTTP ${status}`;
  return undefined;
}

function postHttp(agent: Agent, url: string, query: string): Promise<string | undefined> {
  const body = JSON.stringify({ query });
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        agent,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          try {
            resolve(failure(res.statusCode ?? 0, Buffer.concat(chunks).toString('utf8')));
          } catch (err) {
            reject(err);
          }
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function postFetch(url: string, query: string): Promise<string | undefined> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return failure(res.status, await res.text());
}

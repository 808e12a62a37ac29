import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect } from 'vitest';
import { ingestSources } from '../../ingest/run.ts';
import type { SourceDoc } from '../../ingest/types.ts';
import { type Config, loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/log.ts';
import { type App, createApp } from '../../src/server/app.ts';
import { cleanup, connection, openDriver } from './helpers.ts';

/** Documents of the GraphQL tests: ids under this prefix, so `cleanup` removes exactly them. */
export const DOC_PREFIX = 'graphql-test/';
const FIXTURES = 'test/fixtures/graph';

/**
 * The fixture corpus as SourceDocs (first line the title; the text is the whole file, as the reader
 * would give it), dated, so the real pipeline turns them into the graph the tests query.
 */
export function fixtureSources(): SourceDoc[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file, i) => {
      const raw = readFileSync(path.join(FIXTURES, file), 'utf8');
      return {
        id: `${DOC_PREFIX}${file}`,
        source: path.join(FIXTURES, file),
        title: raw.split('\n')[0]!.trim(),
        date: `2024-0${i + 1}-15`,
        raw,
      };
    });
}

/** Config for a server on the test database; `overrides` are environment strings, as in production. */
export function testConfig(overrides: Record<string, string> = {}): Config {
  const c = connection();
  return loadConfig({
    NEO4J_URI: c.uri,
    NEO4J_USER: c.user,
    NEO4J_PASSWORD: c.password,
    NEO4J_DATABASE: c.database,
    LOG_LEVEL: 'silent',
    ...overrides,
  });
}

export interface TestServer {
  url: string;
  app: App;
  /** POSTs a query as JSON and returns the status and the parsed body. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<{
    status: number;
    body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  }>;
  close(): Promise<void>;
}

/** The real app on port 0 over HTTP, with the test's driver. */
export async function startTestServer(driver: Driver, config: Config = testConfig()): Promise<TestServer> {
  // TEST_LOG_LEVEL=error shows the errors the API masks.
  const app = await createApp(config, createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'), driver);
  const base = await app.listen(0, '127.0.0.1');
  const url = `${base}/graphql`;
  return {
    url,
    app,
    async gql(query, variables, headers = {}) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, body: (await res.json()) as never };
    },
    close: () => app.close(),
  };
}

/**
 * The fixture graph, loaded by the real pipeline, and the app serving it, for a whole test file: set up
 * in beforeAll, closed and removed in afterAll. Read `server` inside tests, not at module level.
 */
export function useFixtureServer(): { readonly server: TestServer } {
  let driver: Driver | undefined;
  let server: TestServer | undefined;
  beforeAll(async () => {
    driver = openDriver();
    await cleanup(driver, DOC_PREFIX);
    const summary = await ingestSources(driver, fixtureSources(), { database: connection().database });
    expect(summary.failures).toEqual([]);
    server = await startTestServer(driver);
  });
  afterAll(async () => {
    await server?.close();
    if (driver) {
      await cleanup(driver, DOC_PREFIX);
      await driver.close();
    }
  });
  return {
    get server() {
      if (!server) throw new Error('useFixtureServer: the server is read before beforeAll ran');
      return server;
    },
  };
}

import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { type Neo4jOptions, startNeo4j, stopNeo4j } from '../scripts/db.mjs';
import { type Config, loadConfig } from '../src/config.ts';
import { createDriver } from '../src/db/driver.ts';
import { migrate } from '../src/db/migrate.ts';

// The benchmarks get a Neo4j of their own (its own home, ports and data): they wipe it between runs,
// and the shared dev server on 7687 holds other people's test data.

export interface BenchServerOptions {
  home: string;
  boltPort: number;
  httpPort: number;
  heap: string;
  pageCache: string;
}

export const DEFAULT_SERVER: BenchServerOptions = {
  home: '/tmp/govkg-bench-neo4j',
  boltPort: 7697,
  httpPort: 7484,
  heap: '2g',
  pageCache: '2g',
};

/** The default server moved to another Bolt port, with a home and HTTP port of its own. */
export function serverOnPort(boltPort: number): BenchServerOptions {
  if (boltPort === DEFAULT_SERVER.boltPort) return DEFAULT_SERVER;
  return {
    ...DEFAULT_SERVER,
    home: `${DEFAULT_SERVER.home}-${boltPort}`,
    boltPort,
    httpPort: boltPort + 1000,
  };
}

const REPO_LIB = fileURLToPath(new URL('../.neo4j/lib', import.meta.url));

export class BenchServer {
  readonly config: Config;
  private readonly neo4j: Neo4jOptions;

  constructor(readonly opts: BenchServerOptions = DEFAULT_SERVER) {
    const uri = `bolt://127.0.0.1:${opts.boltPort}`;
    this.config = loadConfig({ NEO4J_URI: uri, LOG_LEVEL: 'warn', GRAPHQL_IDE: 'false' });
    this.neo4j = {
      uri,
      home: opts.home,
      httpPort: opts.httpPort,
      heap: opts.heap,
      pageCache: opts.pageCache,
      password: this.config.NEO4J_PASSWORD,
      log: (msg) => process.stderr.write(`[bench] ${msg}\n`),
    };
  }

  /** Starts the server (reusing the dev server's jars when present, so nothing is downloaded). */
  async start(): Promise<void> {
    const lib = path.join(this.opts.home, 'lib');
    if (!existsSync(lib) && existsSync(REPO_LIB)) {
      mkdirSync(this.opts.home, { recursive: true });
      symlinkSync(REPO_LIB, lib);
    }
    await startNeo4j(this.neo4j);
  }

  /** The server's pid while it runs (its CPU time is ours, not the machine's other load). */
  pids(): number[] {
    try {
      const pid = Number(readFileSync(path.join(this.opts.home, 'run', 'neo4j.pid'), 'utf8').trim());
      return Number.isInteger(pid) && pid > 0 ? [pid] : [];
    } catch {
      return [];
    }
  }

  async stop(): Promise<void> {
    await stopNeo4j(this.neo4j);
  }

  /** An empty database with the project's constraints and indexes: stop, delete data, start, migrate. */
  async reset(): Promise<void> {
    await this.stop();
    rmSync(path.join(this.opts.home, 'data'), { recursive: true, force: true });
    await this.start();
    await this.withDriver((driver) => migrate(driver, this.config.NEO4J_DATABASE));
  }

  /**
   * Empties the database on a running server, keeping the JVM warm (a restart would leave the next
   * load to run on cold, interpreted code). Starts and migrates the server first if needed.
   */
  async clear(): Promise<void> {
    if (this.pids().length === 0) await this.start();
    await this.withDriver(async (driver) => {
      const session = driver.session({ database: this.config.NEO4J_DATABASE });
      try {
        // CALL … IN TRANSACTIONS needs an implicit (auto-commit) transaction: session.run.
        // Relationships first: DETACH DELETE of a hub (a province with ~10k relationships) in a batch of
        // nodes can exceed the transaction memory pool.
        await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS');
        await session.run('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 20000 ROWS');
      } finally {
        await session.close();
      }
      await migrate(driver, this.config.NEO4J_DATABASE);
    });
  }

  async withDriver<T>(fn: (driver: Driver) => Promise<T>): Promise<T> {
    const driver = createDriver(this.config);
    try {
      return await fn(driver);
    } finally {
      await driver.close();
    }
  }
}

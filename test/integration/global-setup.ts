import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config.ts';
import { withDriver } from '../../src/db/driver.ts';
import { migrate } from '../../src/db/migrate.ts';

/** How the integration tests reach Neo4j; handed to test files through vitest's provide/inject. */
export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** Which of the three settings is in use, for the log line. */
  via: 'NEO4J_URI' | 'testcontainers' | 'local server';
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
  }
}

const IMAGE = 'neo4j:5.26-community';
const log = (msg: string) => process.stderr.write(`[integration] ${msg}\n`);

/** True when a container runtime answers; testcontainers looks in DOCKER_HOST, the socket and its config. */
async function dockerAnswers(): Promise<boolean> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), 15_000));
    await Promise.race([getContainerRuntimeClient(), timeout]);
    return true;
  } catch {
    return false;
  }
}

/**
 * One Neo4j for all integration files: NEO4J_URI when set; else a testcontainers Neo4j when a Docker
 * engine answers; else the local server of scripts/db.mjs, started here when it is not running and
 * stopped at teardown only if this setup started it. Migrations run once, so a fresh database works.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  // Test setup, not the app: it must tell "NEO4J_URI set" from "default", which loadConfig hides.
  const config = loadConfig(process.env);
  const base = { user: config.NEO4J_USER, password: config.NEO4J_PASSWORD, database: config.NEO4J_DATABASE };
  let connection: Neo4jConnection;
  let teardown: (() => Promise<void>) | undefined;

  if (process.env.NEO4J_URI) {
    connection = { ...base, uri: config.NEO4J_URI, via: 'NEO4J_URI' };
  } else if (await dockerAnswers()) {
    const { Neo4jContainer } = await import('@testcontainers/neo4j');
    const container = await new Neo4jContainer(IMAGE).withPassword(config.NEO4J_PASSWORD).start();
    connection = {
      ...base,
      uri: container.getBoltUri(),
      user: container.getUsername(),
      password: container.getPassword(),
      via: 'testcontainers',
    };
    teardown = async () => {
      await container.stop();
    };
  } else {
    const db = await import('../../scripts/db.mjs');
    const started = await db.startNeo4j({ log });
    connection = {
      ...base,
      uri: started.uri,
      user: started.user,
      password: started.password,
      via: 'local server',
    };
    if (!started.alreadyRunning) {
      teardown = async () => {
        await db.stopNeo4j({ log });
      };
    }
  }

  const migrations = await withDriver(
    {
      ...config,
      NEO4J_URI: connection.uri,
      NEO4J_USER: connection.user,
      NEO4J_PASSWORD: connection.password,
    },
    (driver) => migrate(driver, connection.database),
  );
  log(`Neo4j at ${connection.uri} (${connection.via}); ${migrations} migration statements applied`);
  project.provide('neo4j', connection);
  return teardown;
}

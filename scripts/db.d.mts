// Types for scripts/db.mjs, so strict TypeScript (e.g. a vitest globalSetup) can import it.

export interface Neo4jOptions {
  /** bolt://host:port the server listens on (env NEO4J_URI). */
  uri?: string;
  user?: string;
  /** At least 8 characters; only applied when the database is first created. */
  password?: string;
  /** Server home: lib/, conf/, data/, logs/, run/ (env NEO4J_HOME, default <repo>/.neo4j). */
  home?: string;
  /** HTTP port on 127.0.0.1; 0 disables HTTP. */
  httpPort?: number | string;
  /** JVM heap, e.g. "1g". */
  heap?: string;
  /** Page cache, e.g. "512m". */
  pageCache?: string;
  /** Path to the java executable (overrides javaHome / JAVA_HOME). */
  java?: string;
  javaHome?: string;
  /** Maven executable. */
  mvn?: string;
  /** Extra neo4j.conf settings, appended after the generated ones. */
  extraConf?: Record<string, string>;
  /** Progress messages; default console.log. Pass () => {} to silence. */
  log?: (message: string) => void;
}

export interface Neo4jConfig {
  uri: string;
  host: string;
  boltPort: number;
  user: string;
  password: string;
  httpPort: number;
  heap: string;
  pageCache: string;
  java: string;
  mvn: string;
  extraConf: Record<string, string>;
  log: (message: string) => void;
  home: string;
  libDir: string;
  confDir: string;
  dataDir: string;
  logsDir: string;
  runDir: string;
  pidFile: string;
  outFile: string;
  logFile: string;
}

export declare const NEO4J_VERSION: string;

export declare function resolveConfig(overrides?: Neo4jOptions, env?: NodeJS.ProcessEnv): Neo4jConfig;

export declare function fetchNeo4j(
  overrides?: Neo4jOptions,
): Promise<{ libDir: string; fetched: boolean; ms: number }>;

export declare function isRunning(overrides?: Neo4jOptions): Promise<boolean>;

export declare function getStatus(
  overrides?: Neo4jOptions,
): Promise<{ running: boolean; pid: number | null; uri: string; version: string; home: string }>;

export declare function startNeo4j(overrides?: Neo4jOptions): Promise<{
  pid: number;
  uri: string;
  user: string;
  password: string;
  alreadyRunning: boolean;
  ms: number;
}>;

export declare function stopNeo4j(
  overrides?: Neo4jOptions,
): Promise<{ wasRunning: boolean; pid: number | null; killed: boolean; ms: number }>;

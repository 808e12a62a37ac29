// A Neo4j of the fault tests' own: its own home, a free Bolt port, no HTTP. The fault tests stop and
// kill it, so it must never be the shared server on 7687 that other tests use.
import { mkdir, rm, symlink } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j, { type Driver } from 'neo4j-driver';
import { getStatus, type Neo4jOptions, startNeo4j, stopNeo4j } from '../../scripts/db.mjs';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const PASSWORD = 'govkg-faults-password';

/** A port nobody listens on right now (the OS picks it). */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export class FaultNeo4j {
  driver: Driver | undefined;
  private constructor(readonly opts: Neo4jOptions & { uri: string; password: string }) {}

  /** Creates a fresh database in a temporary home whose lib/ points at the repository's jars. */
  static async create(): Promise<FaultNeo4j> {
    const home = path.join(tmpdir(), `govkg-faults-neo4j-${process.pid}`);
    await rm(home, { recursive: true, force: true });
    await mkdir(home, { recursive: true });
    await symlink(path.join(REPO, '.neo4j', 'lib'), path.join(home, 'lib'));
    const port = await freePort();
    return new FaultNeo4j({
      home,
      uri: `bolt://127.0.0.1:${port}`,
      password: PASSWORD,
      httpPort: 0,
      heap: '512m',
      pageCache: '128m',
      log: () => {},
    });
  }

  /** Environment for a `govkg` child process that talks to this server. */
  get env(): NodeJS.ProcessEnv {
    return { NEO4J_URI: this.opts.uri, NEO4J_PASSWORD: this.opts.password, LOG_LEVEL: 'info' };
  }

  async start(): Promise<Driver> {
    await startNeo4j(this.opts);
    this.driver = neo4j.driver(this.opts.uri, neo4j.auth.basic('neo4j', this.opts.password), {
      disableLosslessIntegers: true,
    });
    await this.driver.verifyConnectivity();
    return this.driver;
  }

  /** A clean shutdown (SIGTERM; the script escalates to SIGKILL after 60 s). */
  async stop(): Promise<void> {
    await this.driver?.close();
    this.driver = undefined;
    await stopNeo4j(this.opts);
  }

  /** A crash: SIGKILL, no shutdown at all; the next start recovers from the transaction log. */
  async kill(): Promise<void> {
    const { pid } = await getStatus(this.opts);
    if (pid === null) throw new Error('fault Neo4j is not running');
    process.kill(pid, 'SIGKILL');
    while (isAlive(pid)) await new Promise((r) => setTimeout(r, 100));
    await this.driver?.close();
    this.driver = undefined;
  }

  /** Empties the graph but keeps constraints and indexes. */
  async wipe(): Promise<void> {
    await this.driver!.executeQuery('MATCH (n) DETACH DELETE n');
  }

  async destroy(): Promise<void> {
    await this.stop().catch(() => {});
    await rm(this.opts.home!, { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

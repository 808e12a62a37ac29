#!/usr/bin/env node
// Local Neo4j Community server for development and tests, without Docker.
//
//   node scripts/db.mjs fetch    resolve the server jars from Maven Central into <home>/lib
//   node scripts/db.mjs start    fetch if needed, write config, start, wait until Bolt is ready
//   node scripts/db.mjs stop     SIGTERM (then SIGKILL after 60 s)
//   node scripts/db.mjs status   exit 0 when running, 3 when stopped
//
// The Neo4j tarball is not on Maven Central for 5.26, but its jars are, so
// scripts/neo4j/pom.xml assembles the equivalent lib/ folder and we run the
// server's real entry point (org.neo4j.server.CommunityEntryPoint) with
// `java -cp lib/*` — the same class the packaged `bin/neo4j` ends up starting.
//
// Plain Node ESM with built-ins only: it must work before the TypeScript build
// and it is imported by the test setup (`import { startNeo4j } from '../scripts/db.mjs'`).
//
// Environment (all optional):
//   NEO4J_URI        bolt://127.0.0.1:7687 (host and port are what the server listens on)
//   NEO4J_USER       neo4j   (the only user Community has at first; other names are not created)
//   NEO4J_PASSWORD   govkg-dev-password  (Neo4j requires at least 8 characters)
//   NEO4J_HOME       <repo>/.neo4j
//   NEO4J_HTTP_PORT  7474 on 127.0.0.1; 0 disables HTTP
//   NEO4J_HEAP       1g      (JVM -Xms/-Xmx)
//   NEO4J_PAGECACHE  512m
//   JAVA_HOME        else `java` on PATH; Java 17 or 21
//   MVN              Maven executable, default `mvn`

import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SCRIPTS_DIR = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.dirname(SCRIPTS_DIR);
const POM_PATH = path.join(SCRIPTS_DIR, 'neo4j', 'pom.xml');

const ENTRY_POINT = 'org.neo4j.server.CommunityEntryPoint';
const ADMIN_TOOL = 'org.neo4j.cli.AdminTool';
const LIB_MARKER = '.neo4j-lib-version';
const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 60_000;
const STARTED_LINE = /\bINFO\s+Started\.\s*$/m;

// The pom is the single source of truth for the version.
export const NEO4J_VERSION = readPinnedVersion();

function readPinnedVersion() {
  const pom = fs.readFileSync(POM_PATH, 'utf8');
  const match = pom.match(/<neo4j\.version>([^<]+)<\/neo4j\.version>/);
  if (!match) throw new Error(`no <neo4j.version> in ${POM_PATH}`);
  return match[1].trim();
}

// ---------------------------------------------------------------------------
// Configuration
// ---------------------------------------------------------------------------

/**
 * Effective settings: explicit `overrides` win over the environment, which wins
 * over defaults. Every exported function accepts the same overrides object
 * (keys: uri, user, password, home, httpPort, heap, pageCache, java, javaHome,
 * mvn, extraConf, log); passing an already resolved config back in is fine.
 */
export function resolveConfig(overrides = {}, env = process.env) {
  const pick = (key, envName, fallback) => overrides[key] ?? env[envName] ?? fallback;

  const uri = pick('uri', 'NEO4J_URI', 'bolt://127.0.0.1:7687');
  const { host, port: boltPort } = parseBoltUri(uri);
  const home = path.resolve(pick('home', 'NEO4J_HOME', path.join(REPO_ROOT, '.neo4j')));
  const javaHome = pick('javaHome', 'JAVA_HOME', '');

  return {
    uri,
    host,
    boltPort,
    user: pick('user', 'NEO4J_USER', 'neo4j'),
    password: pick('password', 'NEO4J_PASSWORD', 'govkg-dev-password'),
    httpPort: parsePort(pick('httpPort', 'NEO4J_HTTP_PORT', 7474), 'NEO4J_HTTP_PORT'),
    heap: pick('heap', 'NEO4J_HEAP', '1g'),
    pageCache: pick('pageCache', 'NEO4J_PAGECACHE', '512m'),
    java: overrides.java ?? (javaHome ? path.join(javaHome, 'bin', 'java') : 'java'),
    mvn: pick('mvn', 'MVN', 'mvn'),
    extraConf: overrides.extraConf ?? {},
    log: overrides.log ?? ((msg) => console.log(msg)),
    home,
    libDir: path.join(home, 'lib'),
    confDir: path.join(home, 'conf'),
    dataDir: path.join(home, 'data'),
    logsDir: path.join(home, 'logs'),
    runDir: path.join(home, 'run'),
    pidFile: path.join(home, 'run', 'neo4j.pid'),
    outFile: path.join(home, 'logs', 'neo4j.out'),
    logFile: path.join(home, 'logs', 'neo4j.log'),
  };
}

function parseBoltUri(uri) {
  let url;
  try {
    url = new URL(uri);
  } catch {
    throw new Error(`NEO4J_URI is not a URI: ${uri}`);
  }
  // The local server runs without TLS, so bolt+s:// and neo4j+s:// cannot work.
  if (!/^(bolt|neo4j):$/.test(url.protocol)) {
    throw new Error(`NEO4J_URI must be bolt:// or neo4j:// (no TLS locally), got ${uri}`);
  }
  // IPv6 hosts come back bracketed; net.connect wants them bare.
  const host = (url.hostname || '127.0.0.1').replace(/^\[(.*)\]$/, '$1');
  return { host, port: parsePort(url.port || 7687, 'NEO4J_URI port') };
}

function parsePort(value, name) {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`${name} is not a port: ${value}`);
  return port;
}

/** host:port as Neo4j's listen_address expects it (IPv6 bracketed). */
function listenAddress(host, port) {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

// ---------------------------------------------------------------------------
// fetch: jars from Maven Central via Maven (reuses ~/.m2)
// ---------------------------------------------------------------------------

/** Marker content changes when either the version or the pom changes. */
function libFingerprint() {
  const pomHash = createHash('sha256').update(fs.readFileSync(POM_PATH)).digest('hex');
  return `${NEO4J_VERSION}\n${pomHash}\n`;
}

function libIsCurrent(cfg) {
  try {
    return fs.readFileSync(path.join(cfg.libDir, LIB_MARKER), 'utf8') === libFingerprint();
  } catch {
    return false;
  }
}

/**
 * Populate <home>/lib with the server's runtime jars. Quick no-op when the
 * marker matches. Maven writes into a scratch folder that is swapped in at the
 * end, so an interrupted download never leaves a half-filled lib/ behind.
 * @returns {Promise<{libDir: string, fetched: boolean, ms: number}>}
 */
export async function fetchNeo4j(overrides = {}) {
  const cfg = resolveConfig(overrides);
  const t0 = Date.now();
  if (libIsCurrent(cfg)) return { libDir: cfg.libDir, fetched: false, ms: 0 };

  if (await isRunning(cfg)) {
    throw new Error(`Neo4j is running from ${cfg.libDir}; stop it before its jars are replaced`);
  }
  cfg.log(`neo4j: resolving Neo4j ${NEO4J_VERSION} jars with Maven into ${cfg.libDir} ...`);
  const partial = `${cfg.libDir}.partial`;
  fs.rmSync(partial, { recursive: true, force: true });
  fs.mkdirSync(partial, { recursive: true });

  // -B: no ANSI colours in captured output; -q: silent unless it fails.
  const mvnArgs = [
    '-B',
    '-q',
    '-f',
    POM_PATH,
    'dependency:copy-dependencies',
    `-DoutputDirectory=${partial}`,
  ];
  const res = await run(cfg.mvn, mvnArgs);
  if (res.error?.code === 'ENOENT') throw new Error(`Maven (${cfg.mvn}) not found; install Maven or set MVN`);
  if (res.code !== 0) {
    throw new Error(
      `mvn ${mvnArgs.join(' ')} failed (exit ${res.code}):\n${tail(res.stdout + res.stderr, 40)}`,
    );
  }
  const jars = fs.readdirSync(partial).filter((f) => f.endsWith('.jar'));
  if (!jars.some((f) => f.startsWith(`neo4j-${NEO4J_VERSION}`))) {
    throw new Error(`Maven finished but ${partial} has no neo4j-${NEO4J_VERSION}.jar`);
  }
  fs.writeFileSync(path.join(partial, LIB_MARKER), libFingerprint());
  fs.rmSync(cfg.libDir, { recursive: true, force: true });
  fs.renameSync(partial, cfg.libDir);

  const ms = Date.now() - t0;
  cfg.log(`neo4j: ${jars.length} jars ready in ${(ms / 1000).toFixed(1)} s`);
  return { libDir: cfg.libDir, fetched: true, ms };
}

// ---------------------------------------------------------------------------
// Java
// ---------------------------------------------------------------------------

/** Fail early with a readable message instead of an obscure JVM error later. */
function checkJava(cfg) {
  const res = spawnSync(cfg.java, ['-version'], { encoding: 'utf8' });
  if (res.error) {
    throw new Error(`cannot run Java (${cfg.java}): ${res.error.message}. Install JDK 17 or set JAVA_HOME.`);
  }
  const text = `${res.stderr}${res.stdout}`;
  const match = text.match(/version "(\d+)(?:\.(\d+))?/);
  if (!match) throw new Error(`cannot parse \`${cfg.java} -version\` output:\n${text}`);
  // "1.8.0_x" is Java 8; from 9 on the first number is the major version.
  const major = match[1] === '1' ? Number(match[2]) : Number(match[1]);
  if (major < 17) {
    throw new Error(
      `Neo4j ${NEO4J_VERSION} needs Java 17 or 21, but ${cfg.java} is Java ${major}. Set JAVA_HOME to a JDK 17.`,
    );
  }
  if (major !== 17 && major !== 21) {
    cfg.log(`neo4j: warning: Java ${major} is not a version Neo4j 5.26 supports (17, 21); trying anyway`);
  }
  return major;
}

// ---------------------------------------------------------------------------
// Server configuration and initial password
// ---------------------------------------------------------------------------

/** neo4j.conf is regenerated on every start so it always reflects the env. */
function writeConfig(cfg) {
  for (const dir of [cfg.confDir, cfg.dataDir, cfg.logsDir, cfg.runDir]) {
    fs.mkdirSync(dir, { recursive: true });
  }
  const httpEnabled = cfg.httpPort > 0;
  const settings = {
    // Typos fail the start instead of being ignored.
    'server.config.strict_validation.enabled': 'true',
    'server.directories.data': cfg.dataDir,
    'server.directories.logs': cfg.logsDir,
    'server.directories.run': cfg.runDir,
    'server.directories.lib': cfg.libDir,
    'server.default_listen_address': cfg.host,
    'server.bolt.enabled': 'true',
    'server.bolt.listen_address': listenAddress(cfg.host, cfg.boltPort),
    'server.bolt.advertised_address': listenAddress(cfg.host, cfg.boltPort),
    'server.bolt.tls_level': 'DISABLED',
    'server.http.enabled': String(httpEnabled),
    ...(httpEnabled ? { 'server.http.listen_address': `127.0.0.1:${cfg.httpPort}` } : {}),
    'server.https.enabled': 'false',
    // Informational for Neo4j's own diagnostics; the real heap comes from -Xms/-Xmx below.
    'server.memory.heap.initial_size': cfg.heap,
    'server.memory.heap.max_size': cfg.heap,
    'server.memory.pagecache.size': cfg.pageCache,
    // No phoning home: this machine only talks to localhost.
    'dbms.usage_report.enabled': 'false',
    'dbms.security.auth_enabled': 'true',
    // Keep the transaction logs of a throw-away dev/test database small.
    'db.tx_log.rotation.retention_policy': '100M size',
    // Bolt otherwise waits 2 x 5 s for idle connections on shutdown; nothing here needs that.
    // (Internal settings of the pinned version: strict validation flags them if they vanish.)
    'internal.server.bolt.connection_shutdown_wait_time': '0s',
    'internal.server.bolt.thread_pool_shutdown_wait_time': '0s',
    ...cfg.extraConf,
  };
  const lines = [
    '# Generated by scripts/db.mjs on every start; edit that script (or pass extraConf), not this file.',
    ...Object.entries(settings).map(([k, v]) => `${k}=${v}`),
    '',
  ];
  fs.writeFileSync(path.join(cfg.confDir, 'neo4j.conf'), lines.join('\n'));
}

/** JVM flags equivalent to what the packaged bin/neo4j passes for 5.26. */
function jvmArgs(cfg, heap = cfg.heap) {
  return [
    `-Xms${heap}`,
    `-Xmx${heap}`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+UnlockExperimentalVMOptions',
    '-XX:+TrustFinalNonStaticFields',
    '-XX:+DisableExplicitGC',
    '-XX:+ExitOnOutOfMemoryError',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dlog4j2.disable.jmx=true',
    // Java 17 defaults to the locale's charset; Neo4j's launcher forces UTF-8 too.
    '-Dfile.encoding=UTF-8',
    // Netty and the page cache reach into these JDK internals.
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--enable-native-access=ALL-UNNAMED',
    '-cp',
    `${cfg.libDir}${path.sep}*`,
  ];
}

function passwordFingerprint(cfg) {
  return createHash('sha256').update(`${cfg.user}\0${cfg.password}`).digest('hex');
}

/**
 * The initial password can only be set before the system database exists, via
 * the admin tool (`neo4j-admin dbms set-initial-password`). Afterwards we can
 * only warn: changing it needs a Bolt client, which this script does not have.
 */
async function ensureInitialPassword(cfg) {
  if (cfg.user !== 'neo4j') {
    cfg.log(`neo4j: warning: NEO4J_USER=${cfg.user}, but only the 'neo4j' user exists on a fresh server`);
  }
  const stamp = path.join(cfg.dataDir, '.initial-password.sha256');
  const systemDb = path.join(cfg.dataDir, 'databases', 'system');
  if (fs.existsSync(systemDb)) {
    const previous = fs.existsSync(stamp) ? fs.readFileSync(stamp, 'utf8').trim() : null;
    if (previous && previous !== passwordFingerprint(cfg)) {
      cfg.log(
        `neo4j: warning: the database in ${cfg.dataDir} was initialised with a different password; ` +
          `delete that folder (after stop) to re-initialise with NEO4J_PASSWORD`,
      );
    }
    return;
  }
  const res = await run(
    cfg.java,
    [...jvmArgs(cfg, '256m'), ADMIN_TOOL, 'dbms', 'set-initial-password', cfg.password],
    {
      env: { ...process.env, NEO4J_HOME: cfg.home, NEO4J_CONF: cfg.confDir },
    },
  );
  if (res.code !== 0) {
    throw new Error(
      `neo4j-admin dbms set-initial-password failed (exit ${res.code}):\n${tail(res.stdout + res.stderr, 20)}`,
    );
  }
  fs.writeFileSync(stamp, `${passwordFingerprint(cfg)}\n`);
}

// ---------------------------------------------------------------------------
// Process bookkeeping
// ---------------------------------------------------------------------------

function readPid(cfg) {
  try {
    const pid = Number(fs.readFileSync(cfg.pidFile, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

/** Guards against a recycled pid: on Linux, check it is our server for this home. */
function isOurServer(pid, cfg) {
  if (!pidAlive(pid)) return false;
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return cmdline.includes(ENTRY_POINT) && cmdline.includes(`--home-dir=${cfg.home}`);
  } catch {
    return true; // no /proc (macOS): trust the pid file
  }
}

/** Fallback when the pid file is gone: find our server by its command line. */
function findServerPids(cfg) {
  let entries;
  try {
    entries = fs.readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return [];
  }
  return entries.map(Number).filter((pid) => pid !== process.pid && isOurServer(pid, cfg));
}

function serverPid(cfg) {
  const pid = readPid(cfg);
  if (pid && isOurServer(pid, cfg)) return pid;
  return findServerPids(cfg)[0] ?? null;
}

function portOpen(host, port, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (open) => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** True when our server process is alive and its Bolt port accepts connections. */
export async function isRunning(overrides = {}) {
  const cfg = resolveConfig(overrides);
  const pid = serverPid(cfg);
  return pid !== null && (await portOpen(cfg.host, cfg.boltPort));
}

/**
 * @returns {Promise<{running: boolean, pid: number|null, uri: string, version: string, home: string}>}
 */
export async function getStatus(overrides = {}) {
  const cfg = resolveConfig(overrides);
  const pid = serverPid(cfg);
  const running = pid !== null && (await portOpen(cfg.host, cfg.boltPort));
  const installed = fs.existsSync(path.join(cfg.libDir, LIB_MARKER))
    ? fs.readFileSync(path.join(cfg.libDir, LIB_MARKER), 'utf8').split('\n')[0]
    : null;
  return { running, pid, uri: cfg.uri, version: installed ?? NEO4J_VERSION, home: cfg.home };
}

// ---------------------------------------------------------------------------
// start / stop
// ---------------------------------------------------------------------------

/**
 * Start the server (fetching jars first if needed) and resolve once Bolt
 * accepts connections and neo4j.log says "Started.". Already running: no-op
 * (settings such as heap size only change with a stop + start).
 * @returns {Promise<{pid: number, uri: string, user: string, password: string, alreadyRunning: boolean, ms: number}>}
 */
export async function startNeo4j(overrides = {}) {
  const cfg = resolveConfig(overrides);
  const result = (pid, alreadyRunning, ms) => ({
    pid,
    uri: cfg.uri,
    user: cfg.user,
    password: cfg.password,
    alreadyRunning,
    ms,
  });

  const existing = serverPid(cfg);
  if (existing !== null) {
    if (await portOpen(cfg.host, cfg.boltPort)) {
      cfg.log(`neo4j: already running (pid ${existing}) at ${cfg.uri}`);
      return result(existing, true, 0);
    }
    // Alive but not listening: a start in progress, or a hung server. Give it the usual time.
    cfg.log(`neo4j: pid ${existing} is alive but Bolt is not open yet; waiting`);
    await waitUntilReady(cfg, { pid: existing, logOffset: 0, outOffset: 0, requireStartedLine: false });
    return result(existing, true, 0);
  }
  if (cfg.password.length < 8) throw new Error('NEO4J_PASSWORD must be at least 8 characters (Neo4j rule)');
  await assertPortFree(cfg.host, cfg.boltPort, 'Bolt');
  if (cfg.httpPort > 0) {
    await assertPortFree('127.0.0.1', cfg.httpPort, 'HTTP (set NEO4J_HTTP_PORT=0 to disable)');
  }

  checkJava(cfg);
  await fetchNeo4j(cfg);
  writeConfig(cfg);
  await ensureInitialPassword(cfg);

  const t0 = Date.now();
  const child = spawnServer(cfg);
  cfg.log(`neo4j: starting Neo4j ${NEO4J_VERSION} (pid ${child.pid}), logs in ${cfg.logsDir}`);
  try {
    await waitUntilReady(cfg, child);
  } catch (err) {
    killQuietly(child.pid);
    // A concurrent start may have won the race and own the pid file by now.
    if (readPid(cfg) === child.pid) fs.rmSync(cfg.pidFile, { force: true });
    throw err;
  }
  const ms = Date.now() - t0;
  cfg.log(`neo4j: ready at ${cfg.uri} in ${(ms / 1000).toFixed(1)} s`);
  return result(child.pid, false, ms);
}

async function assertPortFree(host, port, what) {
  if (await portOpen(host, port)) {
    throw new Error(`${what} port ${host}:${port} is already in use by a process this script did not start`);
  }
}

/** Detached so it outlives this Node process (CLI exit, vitest worker teardown). */
function spawnServer(cfg) {
  // Only output written after this point counts as evidence of this start.
  const logOffset = fileSize(cfg.logFile);
  const outOffset = fileSize(cfg.outFile);
  const out = fs.openSync(cfg.outFile, 'a');
  const args = [...jvmArgs(cfg), ENTRY_POINT, `--home-dir=${cfg.home}`, `--config-dir=${cfg.confDir}`];
  const child = spawn(cfg.java, args, { cwd: cfg.home, detached: true, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  child.unref();
  fs.writeFileSync(cfg.pidFile, `${child.pid}\n`);

  // Record an early exit so the wait loop can stop at once instead of timing out.
  const info = { pid: child.pid, logOffset, outOffset, exitCode: undefined, requireStartedLine: true };
  child.once('exit', (code, signal) => {
    info.exitCode = code ?? signal;
  });
  return info;
}

async function waitUntilReady(cfg, proc) {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (proc.exitCode !== undefined || !pidAlive(proc.pid)) {
      throw new Error(
        `Neo4j exited during start (${proc.exitCode ?? 'unknown status'}).\n${startupDiagnostics(cfg, proc)}`,
      );
    }
    const started = !proc.requireStartedLine || STARTED_LINE.test(readFrom(cfg.logFile, proc.logOffset));
    if (started && (await portOpen(cfg.host, cfg.boltPort))) return;
    await sleep(250);
  }
  throw new Error(
    `Neo4j did not become ready within ${START_TIMEOUT_MS / 1000} s.\n${startupDiagnostics(cfg, proc)}`,
  );
}

function startupDiagnostics(cfg, proc) {
  const userLog = tail(readFrom(cfg.logFile, proc.logOffset), 30) || '(empty)';
  const stdout = tail(readFrom(cfg.outFile, proc.outOffset), 30) || '(empty)';
  return (
    `--- ${cfg.logFile} (last lines) ---\n${userLog}\n--- ${cfg.outFile} (last lines) ---\n${stdout}\n` +
    `(more detail in ${path.join(cfg.logsDir, 'debug.log')})`
  );
}

/**
 * Graceful stop: SIGTERM runs Neo4j's shutdown hook (checkpoint, release store
 * locks); SIGKILL only if that takes longer than 60 s.
 * @returns {Promise<{wasRunning: boolean, pid: number|null, killed: boolean, ms: number}>}
 */
export async function stopNeo4j(overrides = {}) {
  const cfg = resolveConfig(overrides);
  const pid = serverPid(cfg);
  const t0 = Date.now();
  if (pid === null) {
    fs.rmSync(cfg.pidFile, { force: true });
    cfg.log('neo4j: not running');
    return { wasRunning: false, pid: null, killed: false, ms: 0 };
  }
  cfg.log(`neo4j: stopping pid ${pid} ...`);
  signalQuietly(pid, 'SIGTERM');
  let killed = false;
  if (!(await waitForExit(pid, STOP_TIMEOUT_MS))) {
    cfg.log(`neo4j: still alive after ${STOP_TIMEOUT_MS / 1000} s, sending SIGKILL`);
    killQuietly(pid);
    killed = true;
    await waitForExit(pid, 10_000);
  }
  fs.rmSync(cfg.pidFile, { force: true });
  const ms = Date.now() - t0;
  cfg.log(`neo4j: stopped in ${(ms / 1000).toFixed(1)} s`);
  return { wasRunning: true, pid, killed, ms };
}

async function waitForExit(pid, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!pidAlive(pid)) return true;
    await sleep(200);
  }
  return !pidAlive(pid);
}

function signalQuietly(pid, signal) {
  try {
    process.kill(pid, signal);
  } catch {
    // already gone
  }
}

function killQuietly(pid) {
  signalQuietly(pid, 'SIGKILL');
}

// ---------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function readFrom(file, offset) {
  try {
    const buf = fs.readFileSync(file);
    return buf.subarray(Math.min(offset, buf.length)).toString('utf8');
  } catch {
    return '';
  }
}

function fileSize(file) {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

function tail(text, lines) {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(-lines)
    .join('\n');
}

/** Async child process with captured output (keeps the event loop free for callers). */
function run(cmd, args, options = {}) {
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    const child = spawn(cmd, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.once('error', (error) => resolve({ code: -1, stdout, stderr, error }));
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

// ---------------------------------------------------------------------------
// CLI
// ---------------------------------------------------------------------------

async function main(argv) {
  const command = argv[0];
  switch (command) {
    case 'fetch': {
      const res = await fetchNeo4j();
      if (!res.fetched) console.log(`neo4j: jars for ${NEO4J_VERSION} already in ${res.libDir}`);
      return 0;
    }
    case 'start':
      await startNeo4j();
      return 0;
    case 'stop':
      await stopNeo4j();
      return 0;
    case 'status': {
      const s = await getStatus();
      const where = `uri=${s.uri}  version=${s.version}  home=${s.home}`;
      if (s.running) console.log(`running  pid=${s.pid}  ${where}`);
      else console.log(`stopped  ${where}${s.pid ? `  (pid ${s.pid} alive, Bolt closed)` : ''}`);
      return s.running ? 0 : 3;
    }
    default:
      console.error('usage: node scripts/db.mjs <start|stop|status|fetch>');
      return 2;
  }
}

function invokedDirectly() {
  try {
    return fs.realpathSync(process.argv[1]) === fs.realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (invokedDirectly()) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      console.error(`neo4j: ${err.message}`);
      process.exit(1);
    },
  );
}

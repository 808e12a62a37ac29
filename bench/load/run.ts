// `npm run bench:load [-- --duration 30 --connections 50 --hostile-connections 1 --timeout 30
//   --hostile REGEX --no-write --no-ingest]`
//
// GraphQL under load, on loopback only: the server as users run it (`govkg serve`, a child process)
// over the sample corpus, then
//   phase 1: the analysts' example questions alone, N connections for D seconds;
//   phase 2: the same beside a stream of hostile requests on their own connections.
// Passes when every good request answers 200 with data and no errors in both phases, and every
// hostile one is refused (or capped) as expected. Figures go to stdout and bench/load/RESULTS.md.
import { type ChildProcess, spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import net from 'node:net';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { GOOD, HOSTILE, type HostileQuery, judgeGood, judgeHostile, type Verdict } from './queries.ts';
import { renderResults } from './report.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '30' },
    connections: { type: 'string', default: '50' },
    'hostile-connections': { type: 'string', default: '1' },
    'no-write': { type: 'boolean', default: false },
    'no-ingest': { type: 'boolean', default: false },
    /** Seconds a request may take before autocannon gives up on it (counted as unanswered). */
    timeout: { type: 'string', default: '30' },
    /** Only the hostile requests whose name matches, e.g. --hostile 'limit|depth'. */
    hostile: { type: 'string', default: '' },
  },
});
const duration = Number(args.duration);
const connections = Number(args.connections);
const hostileConnections = Number(args['hostile-connections']);
const timeout = Number(args.timeout);
const hostileQueries = HOSTILE.filter((q) => new RegExp(args.hostile ?? '').test(q.name));

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer().once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

function runCli(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<number> {
  const child = spawn(process.execPath, ['bin/govkg.js', ...argv], {
    cwd: REPO,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return new Promise((resolve) => child.once('close', (code) => resolve(code ?? 1)));
}

async function startServer(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['bin/govkg.js', 'serve'], {
    cwd: REPO,
    // Loopback only; the IDE and introspection stay as configured, logs only on warnings.
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'fatal' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`govkg serve exited (${child.exitCode})`);
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return child;
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill();
  throw new Error('govkg serve did not answer /healthz within 90 s');
}

type Tally = Map<string, Map<Verdict, number>>;

/** First body of each wrong answer, to say what went wrong. */
const samples = new Map<string, string>();

function count(tally: Tally, name: string, verdict: Verdict, status: number, body: string) {
  const row = tally.get(name) ?? new Map<Verdict, number>();
  row.set(verdict, (row.get(verdict) ?? 0) + 1);
  tally.set(name, row);
  if ((verdict === 'error' || verdict === 'leaked') && !samples.has(name))
    samples.set(name, `${status} ${body.slice(0, 300)}`);
}

const headers = { 'content-type': 'application/json' };

function goodRequests(tally: Tally) {
  return GOOD.map((q) => ({
    method: 'POST',
    path: '/graphql',
    headers,
    body: JSON.stringify({ query: q.query }),
    onResponse: (status: number, body: string) => count(tally, q.name, judgeGood(status, body), status, body),
  }));
}

function hostileRequests(tally: Tally, queries: readonly HostileQuery[]) {
  return queries.map((q) => ({
    method: 'POST',
    path: '/graphql',
    headers,
    body: q.body,
    onResponse: (status: number, body: string) =>
      count(tally, q.name, judgeHostile(q, status, body), status, body),
  }));
}

/** One request of each kind before the clock starts: the answers the load will repeat. */
async function preflight(url: string): Promise<Record<string, string>> {
  const seen: Record<string, string> = {};
  for (const q of GOOD) {
    const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query: q.query }) });
    const body = await res.text();
    if (judgeGood(res.status, body) !== 'ok')
      throw new Error(`${q.name} fails before any load: ${body.slice(0, 500)}`);
    seen[q.name] = `${body.length} bytes`;
  }
  return seen;
}

async function main() {
  if (!args['no-ingest']) {
    // The sample corpus holds the text the example questions ask about; unchanged documents are skipped.
    const code = await runCli(['ingest', 'ingest/samples'], { LOG_LEVEL: 'warn' });
    if (code !== 0) throw new Error(`govkg ingest ingest/samples exited ${code}`);
  }
  const port = await freePort();
  const server = await startServer(port);
  const base = `http://127.0.0.1:${port}`;
  try {
    const answers = await preflight(`${base}/graphql`);
    process.stderr.write(`load: preflight ok ${JSON.stringify(answers)}\n`);

    const alone: Tally = new Map();
    process.stderr.write(`load: phase 1, ${connections} connections × ${duration} s, good queries only\n`);
    const phase1 = await autocannon({
      url: base,
      connections,
      duration,
      timeout,
      requests: goodRequests(alone),
    });

    const good: Tally = new Map();
    const bad: Tally = new Map();
    process.stderr.write(
      `load: phase 2, plus ${hostileConnections} connection(s) for each of ${hostileQueries.length} hostile requests\n`,
    );
    // Each hostile request on connections of its own: a slow one cannot hide the others, and the
    // server closing a connection after a 413 lands on no one else's request.
    const [phase2, ...hostile] = await Promise.all([
      autocannon({ url: base, connections, duration, timeout, requests: goodRequests(good) }),
      ...hostileQueries.map((q) =>
        autocannon({
          url: base,
          connections: hostileConnections,
          duration,
          timeout,
          requests: hostileRequests(bad, [q]),
        }),
      ),
    ]);

    const filter = args.hostile ? ` --hostile '${args.hostile}'` : '';
    const command = `npm run bench:load -- --duration ${duration} --connections ${connections} --hostile-connections ${hostileConnections} --timeout ${timeout}${filter}`;
    const { markdown, passed } = renderResults({
      command,
      cpus: cpus().length,
      good: [
        { name: 'good queries alone', result: phase1, tally: alone, connections },
        { name: 'good queries beside hostile ones', result: phase2!, tally: good, connections },
      ],
      hostile: hostileQueries.map((q, i) => ({
        name: q.name,
        result: hostile[i]!,
        verdicts: bad.get(q.name) ?? new Map(),
        connections: hostileConnections,
      })),
      samples,
      timeout,
    });
    process.stdout.write(`${markdown}\n`);
    if (!args['no-write']) await writeFile(new URL('./RESULTS.md', import.meta.url), markdown);
    process.exitCode = passed ? 0 : 1;
  } finally {
    server.kill('SIGTERM');
  }
}

await main();

import type { Result } from 'autocannon';
import type { Verdict } from './queries.ts';

export interface GoodPhase {
  name: string;
  result: Result;
  /** Verdicts per query name, from each response's body. */
  tally: Map<string, Map<Verdict, number>>;
  connections: number;
}

export interface HostileRun {
  name: string;
  result: Result;
  verdicts: Map<Verdict, number>;
  connections: number;
}

const n = (m: Map<Verdict, number>, ...vs: Verdict[]) => vs.reduce((s, v) => s + (m.get(v) ?? 0), 0);

/** Wrong answers (a non-2xx one is judged too) plus requests with no answer (resets, client timeouts). */
function goodFailures(p: GoodPhase): number {
  return [...p.tally.values()].reduce((s, m) => s + n(m, 'error', 'leaked'), 0) + p.result.errors;
}

/** A hostile request fails when it got through, or when it never got an answer within the run. */
function hostileFailures(h: HostileRun): number {
  return n(h.verdicts, 'leaked', 'error') + (n(h.verdicts, 'refused', 'capped') === 0 ? 1 : 0);
}

const ms = (r: Result) => [String(r.latency.p50), String(r.latency.p99), String(r.latency.max)];

/** A Markdown table with padded columns, as the repository's formatter (biome) writes them. */
export function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(3, h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

/** RESULTS.md: the command, one row per good phase, one row per hostile request. */
export function renderResults(run: {
  command: string;
  cpus: number;
  good: GoodPhase[];
  hostile: HostileRun[];
  samples: Map<string, string>;
  /** Client timeout, seconds. */
  timeout: number;
}): { markdown: string; passed: boolean } {
  const good = run.good.map((p) => {
    const r = p.result;
    const wrong = goodFailures(p) - r.errors;
    return [
      p.name,
      String(p.connections),
      String(r.requests.total),
      r.requests.average.toFixed(1),
      ...ms(r),
      `${goodFailures(p)} (${wrong} wrong answers, ${r.errors} unanswered)`,
    ];
  });
  const hostile = run.hostile.map((h) => {
    const unanswered =
      h.result.errors > 0
        ? `; ${h.result.errors} unanswered (${h.result.timeouts} timed out after ${run.timeout} s, the rest closed by the server)`
        : '';
    const verdicts = ([...h.verdicts].map(([v, k]) => `${v} ${k}`).join(', ') || 'no answer') + unanswered;
    return [h.name, String(h.connections), String(h.result.requests.total), ...ms(h.result), verdicts];
  });
  const badGood = run.good.reduce((s, p) => s + goodFailures(p), 0);
  const badHostile = run.hostile.filter((h) => hostileFailures(h) > 0).map((h) => h.name);
  const passed = badGood === 0 && badHostile.length === 0;
  const markdown = [
    '# GraphQL under load',
    '',
    `Command: \`${run.command}\`. Loopback only; \`govkg serve\` runs as a child process over the sample`,
    `corpus (ingest/samples); ${run.cpus} CPUs shared by autocannon, the server and Neo4j. Latencies in ms.`,
    'Written by bench/load/run.ts.',
    '',
    '## The example questions (agreements 上海×重庆, cooperationPaths 上海→重庆, co-builders, 江苏 pilots)',
    '',
    ...table(['phase', 'connections', 'requests', 'req/s', 'p50', 'p99', 'max', 'failed'], good),
    '',
    '## Hostile requests, during the second phase, each on connections of its own',
    '',
    ...table(['request', 'connections', 'requests', 'p50', 'p99', 'max', 'verdicts'], hostile),
    '',
    ...[...run.samples].map(
      ([name, body]) => `- first wrong answer to ${name}: \`${body.trim().replaceAll(/[`\n]/g, ' ')}\``,
    ),
    '',
    'Verdicts: _refused_ = a 4xx or a GraphQL error with the expected code; _capped_ = answered, no list',
    'longer than the cap (`@limit(max: 500)`); _leaked_ = answered as if harmless (a failure); _unanswered_ =',
    'no response (the server closed the connection after a 413, or the client timeout passed).',
    '',
    `Result: ${passed ? 'PASS' : 'FAIL'}: ${badGood} failed good requests; hostile requests not refused: ${badHostile.join(', ') || 'none'}.`,
    '',
  ].join('\n');
  return { markdown, passed };
}

import type { Result } from 'autocannon';
import type { Verdict } from './queries.ts';

export interface PhaseFigures {
  name: string;
  result: Result;
  /** Verdicts per query name, from each response's body. */
  tally: Map<string, Map<Verdict, number>>;
  connections: number;
}

const sum = (tally: PhaseFigures['tally'], verdicts: readonly Verdict[]) =>
  [...tally.values()].reduce((n, row) => n + verdicts.reduce((m, v) => m + (row.get(v) ?? 0), 0), 0);

/** Transport failures autocannon saw (resets, timeouts) plus bodies judged wrong. */
export function failures(p: PhaseFigures, hostile: boolean): number {
  const judged = hostile ? sum(p.tally, ['leaked', 'error']) : sum(p.tally, ['error', 'leaked']);
  return judged + (hostile ? 0 : p.result.errors + p.result.timeouts + p.result.non2xx);
}

/** RESULTS.md: the command, one row per phase, then hostile verdicts per request. */
export function renderResults(run: {
  command: string;
  duration: number;
  cpus: number;
  phases: PhaseFigures[];
}): { markdown: string; passed: boolean } {
  const rows = run.phases.map((p, i) => {
    const hostile = i === run.phases.length - 1;
    const r = p.result;
    return `| ${p.name} | ${p.connections} | ${r.requests.total} | ${r.requests.average.toFixed(0)} | ${r.latency.p50} | ${r.latency.p99} | ${r.latency.max} | ${hostile ? `${sum(p.tally, ['refused', 'capped'])} refused or capped, ${failures(p, true)} leaked; ${r.errors} resets` : failures(p, false)} |`;
  });
  const hostile = run.phases[run.phases.length - 1]!;
  const perQuery = [...hostile.tally].map(
    ([name, row]) => `| ${name} | ${[...row].map(([v, n]) => `${v} ${n}`).join(', ')} |`,
  );
  const goodFailures = run.phases.slice(0, -1).reduce((n, p) => n + failures(p, false), 0);
  const passed = goodFailures === 0 && failures(hostile, true) === 0;
  const markdown = [
    '# GraphQL under load',
    '',
    `Command: \`${run.command}\` (loopback; \`govkg serve\` as a child process over the sample corpus;`,
    `${run.cpus} CPUs shared with the client and Neo4j). Latencies in ms. Written by bench/load/run.ts.`,
    '',
    '| phase | connections | requests | req/s | p50 | p99 | max | errors |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    'Hostile requests, verdict per response:',
    '',
    '| request | verdicts |',
    '|---|---|',
    ...perQuery,
    '',
    `Result: ${passed ? 'PASS' : 'FAIL'} (${goodFailures} failed good requests; ${failures(hostile, true)} hostile requests not refused).`,
    '',
  ].join('\n');
  return { markdown, passed };
}

import cliProgress from 'cli-progress';
import { type DocReport, type IngestHooks, type IngestSummary, ingestDocs } from '../../ingest/run.ts';
import { countGraph, type GraphCounts } from '../../ingest/write/writer.ts';
import type { Config } from '../config.ts';
import { withDriver } from '../db/driver.ts';
import { migrate } from '../db/migrate.ts';
import { createLogger, type Logger } from '../log.ts';

export interface IngestCommandOptions {
  force: boolean;
}

/** On a terminal: one bar with docs/s; failures print above it. */
function barHooks(): IngestHooks & { stop(): void } {
  const multi = new cliProgress.MultiBar(
    {
      format: 'ingest [{bar}] {value}/{total} docs | {rate} docs/s | {failed} failed',
      hideCursor: true,
      stream: process.stderr,
    },
    cliProgress.Presets.shades_classic,
  );
  const bar = multi.create(0, 0, { rate: '0.0', failed: 0 });
  const t0 = performance.now();
  let value = 0;
  let failed = 0;
  return {
    docsFound: (total) => bar.setTotal(total),
    docDone(report) {
      if (report.status === 'failed') {
        failed++;
        multi.log(`${report.error}\n`);
      }
      value++;
      const rate = (value / ((performance.now() - t0) / 1000)).toFixed(1);
      bar.update(value, { rate, failed });
    },
    stop: () => multi.stop(),
  };
}

/** Elsewhere (CI, pipes): a structured log line per document. */
function logHooks(log: Logger): IngestHooks & { stop(): void } {
  return {
    docDone(report: DocReport) {
      const { id, status, entities, relations, ms, error, dropped } = report;
      if (status === 'failed') log.error({ doc: id, status }, error ?? 'failed');
      else
        log.info(
          { doc: id, status, entities, relations, ms: Math.round(ms), dropped: dropped?.length },
          status,
        );
    },
    stop() {},
  };
}

/** The closing numbers of a run, for the log line and the terminal summary. */
export function summarize(summary: IngestSummary, graph: GraphCounts) {
  const seconds = summary.ms / 1000;
  const processed = summary.new + summary.changed + summary.rewritten + summary.skipped;
  return {
    documents: {
      new: summary.new,
      changed: summary.changed,
      rewritten: summary.rewritten,
      skipped: summary.skipped,
      failed: summary.failed,
    },
    written: { entities: summary.entities, relations: summary.relations },
    graph,
    seconds: Number(seconds.toFixed(2)),
    pipelineSeconds: Number((summary.pipelineMs / 1000).toFixed(2)),
    writeSeconds: Number((summary.writeMs / 1000).toFixed(2)),
    docsPerSecond: Number((processed / Math.max(seconds, 1e-3)).toFixed(1)),
  };
}

/** The same numbers as lines a person reads at the end of a terminal run. */
export function formatSummary(s: ReturnType<typeof summarize>): string {
  const d = s.documents;
  return [
    `documents: ${d.new} new, ${d.changed} changed, ${d.skipped} skipped, ${d.failed} failed` +
      (d.rewritten > 0 ? `, ${d.rewritten} rewritten (--force)` : ''),
    `written:   ${s.written.entities} entities, ${s.written.relations} relations`,
    `graph:     ${s.graph.entities} entities, ${s.graph.relations} relations (${s.graph.nodes} nodes, ${s.graph.relationships} relationships)`,
    `time:      ${s.seconds} s (${s.docsPerSecond} docs/s; pipeline ${s.pipelineSeconds} s, writes ${s.writeSeconds} s)`,
  ].join('\n');
}

/**
 * `govkg ingest <paths...>`: migrate (so a fresh database works), ingest, end with a summary on stderr.
 * Exit code 1 when any input or document failed, 2 when the run could not start.
 */
export async function ingestCommand(
  config: Config,
  paths: string[],
  opts: IngestCommandOptions,
): Promise<number> {
  const log = createLogger(config.LOG_LEVEL);
  const tty = process.stderr.isTTY === true;
  try {
    return await withDriver(config, async (driver) => {
      await migrate(driver, config.NEO4J_DATABASE);
      const hooks = tty ? barHooks() : logHooks(log);
      const summary = await ingestDocs(driver, paths, {
        database: config.NEO4J_DATABASE,
        force: opts.force,
        hooks,
      }).finally(() => hooks.stop());
      const result = summarize(summary, await countGraph(driver, config.NEO4J_DATABASE));
      if (tty) {
        const failures = summary.failures.map((f) => `  ${f.error}`);
        process.stderr.write(
          `${[formatSummary(result), ...(failures.length ? ['failed:', ...failures] : [])].join('\n')}\n`,
        );
      } else {
        // Each failure already has its own log line; the summary carries the count.
        log.info(result, 'ingest finished');
      }
      return summary.failed > 0 ? 1 : 0;
    });
  } catch (err) {
    log.fatal({ err }, `E_INGEST: ${(err as Error).message} (is Neo4j running? npm run db:start)`);
    return 2;
  }
}

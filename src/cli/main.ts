import { Command } from 'commander';
import { loadConfig } from '../config.ts';
import { createLogger } from '../log.ts';

/** `govkg`: thin commands that parse arguments, build the config and call one function each. */
export async function main(argv: string[]): Promise<void> {
  const program = new Command('govkg').description('gov-kg: a knowledge graph of Chinese government bodies');
  const db = program.command('db').description('database administration');

  db.command('migrate')
    .description('apply constraints and indexes from cypher/migrations (idempotent)')
    .action(async () => {
      const config = loadConfig();
      const { withDriver } = await import('../db/driver.ts');
      const { migrate } = await import('../db/migrate.ts');
      const applied = await withDriver(config, (driver) => migrate(driver, config.NEO4J_DATABASE));
      createLogger(config.LOG_LEVEL).info({ applied }, 'migrations applied');
    });

  program
    .command('ingest')
    .description('read files, folders, globs or JSONL and write entities and relations to Neo4j')
    .argument('<paths...>', 'inputs: .txt .md .html .jsonl files, folders or globs')
    .option('--force', 're-ingest documents whose content has not changed')
    .action(async (paths: string[], opts: { force?: boolean }) => {
      const config = loadConfig();
      const { ingestCommand } = await import('./ingest.ts');
      process.exitCode = await ingestCommand(config, paths, { force: Boolean(opts.force) });
    });

  program
    .command('extract')
    .description('run the pipeline without a database; one JSON line per document on stdout')
    .option('--jsonl <file>', 'JSONL input: {doc, text} per line')
    .argument('[paths...]', 'other inputs: files, folders or globs')
    .action(async (paths: string[], opts: { jsonl?: string }) => {
      const { extract } = await import('./extract.ts');
      const failures = await extract({ jsonl: opts.jsonl, paths });
      process.exitCode = failures > 0 ? 1 : 0;
    });

  program
    .command('export')
    .description('write the graph, or the part around an entity, for Gephi or Cytoscape (stdout by default)')
    .requiredOption('--format <format>', 'graphml | gexf | cytoscape | csv')
    .option('--around <entity>', 'an entity id, name or alias: export only its neighbourhood')
    .option('--depth <n>', 'relations to walk out from --around (default 1, at most 4)')
    .option('--out <file>', 'write to a file instead of stdout (csv: <out>-nodes.csv and <out>-edges.csv)')
    .action(async (opts: { format: string; around?: string; depth?: string; out?: string }) => {
      const config = loadConfig();
      const { exportCommand } = await import('./export.ts');
      const result = await exportCommand(config, opts);
      createLogger(config.LOG_LEVEL).info(result, 'exported');
    });

  program
    .command('review')
    .description('list near-duplicate names and low-confidence entities with their evidence (no database)')
    .option('--jsonl <file>', 'JSONL input: {doc, text} per line')
    .option('--below <confidence>', 'list entities whose best mention is below this confidence', '0.7')
    .option('--json', 'print JSON instead of text')
    .argument('[paths...]', 'other inputs: files, folders or globs')
    .action(async (paths: string[], opts: { jsonl?: string; below: string; json?: boolean }) => {
      const config = loadConfig();
      const { review } = await import('./review.ts');
      process.exitCode = await review({
        jsonl: opts.jsonl,
        paths,
        overrides: config.GOVKG_OVERRIDES,
        below: Number(opts.below),
        json: Boolean(opts.json),
      });
    });

  program
    .command('serve')
    .description('serve the GraphQL API at http://HOST:PORT/graphql')
    .action(async () => {
      const config = loadConfig();
      const { startServer } = await import('../server/server.ts');
      await startServer(config, createLogger(config.LOG_LEVEL));
    });

  try {
    await program.parseAsync(argv);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exitCode = 1;
  }
}

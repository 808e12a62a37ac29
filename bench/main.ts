// `npm run bench` (quick, a few minutes) and `npm run bench -- --full` (100k documents, ~1M relations).
// Every figure is measured beside its baseline in the same run; the report says how (bench/RESULTS.md).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { createPipeline } from '../ingest/index.ts';
import { extractParallel, PipelinePool } from '../ingest/parallel.ts';
import { readInput } from '../ingest/read/files.ts';
import type { Doc, SourceDoc } from '../ingest/types.ts';
import { countGraph, type GraphCounts } from '../ingest/write/writer.ts';
import { EXAMPLES } from '../src/server/examples.ts';
import { runChild } from './child.ts';
import { ensureCorpus, sourceDocs, toSourceDoc } from './corpus/file.ts';
import { type Gazetteer, loadGazetteer } from './corpus/gazetteer.ts';
import { generateCorpus } from './corpus/generate.ts';
import { createRandom } from './corpus/random.ts';
import {
  benchExtraction,
  benchParallel,
  EXTRACT_WARMUP_DOCS,
  measureDensity,
  PARALLEL_WARMUP_DOCS,
  utf8Bytes,
} from './extract.ts';
import { type QueryCase, startGraphqlBench } from './graphql.ts';
import { BareLoader, batchesOf, loadBare, loadWithWriter } from './ingest.ts';
import { profileWriter } from './ingest-profile.ts';
import { cpuSnapshot, describeMachine, otherLoad } from './machine.ts';
import { BenchServer, DEFAULT_SERVER, serverOnPort } from './neo4j.ts';
import { renderReport, scalingChart } from './report.ts';
import type { BenchResults, ScalePoint, StreamFigures } from './results.ts';
import { peakRssMB, resetPeakRss } from './stats.ts';

interface Plan {
  mode: 'quick' | 'full';
  seed: number;
  /** In-process extraction vs jieba, and the worker-pool comparison. */
  extractDocs: number;
  extractRounds: number;
  /** Corpus sizes for the scaling curve (extraction in a fresh process each). */
  sizes: number[];
  /** Worker counts for the scaling curve's extraction (0: the main thread). */
  scaleWorkers: number[];
  /** Corpus sizes loaded into Neo4j (bare loader; the writer too where writerSizes says). */
  loadSizes: number[];
  /** Sizes the writer's own run loads (it writes one document per transaction: slow at 100k). */
  writerSizes: number[];
  /** Documents for the per-statement writer profile. */
  profileDocs: number;
  graphqlIterations: number;
  /** Per example query: stop measuring once this much time went by (a path example can take seconds). */
  graphqlBudgetMs: number;
  pathPairs: number;
  pathHops: number[];
  pathIterations: number;
  pathBudgetMs: number;
}

const PLANS: Record<'quick' | 'full', Omit<Plan, 'seed'>> = {
  quick: {
    mode: 'quick',
    extractDocs: 1000,
    extractRounds: 3,
    sizes: [1000, 10000],
    scaleWorkers: [0],
    loadSizes: [1000],
    writerSizes: [1000],
    profileDocs: 150,
    graphqlIterations: 30,
    graphqlBudgetMs: 10000,
    pathPairs: 6,
    pathHops: [2, 4],
    pathIterations: 5,
    pathBudgetMs: 5000,
  },
  full: {
    mode: 'full',
    extractDocs: 3000,
    extractRounds: 3,
    sizes: [1000, 10000, 100000],
    scaleWorkers: [0, 2],
    loadSizes: [1000, 10000, 100000],
    // 10k documents through the writer take ~25 min on the shared 2-core machine: opt in with --writer-sizes.
    writerSizes: [1000],
    profileDocs: 300,
    // 300 pairs: at 100, the worst p50 ratio moved by ±0.05 from one run to the next.
    graphqlIterations: 300,
    graphqlBudgetMs: 15000,
    // 20 pairs: with 4, the p95 was one slow pair's figure.
    pathPairs: 20,
    pathHops: [2, 4],
    pathIterations: 10,
    pathBudgetMs: 40000,
  },
};

/** The development set of real releases, beside the repository as the project is checked out for work. */
const DEFAULT_REFERENCE = fileURLToPath(new URL('../../shared/eval/seed-articles.jsonl', import.meta.url));

/** Corpora larger than this are generated, extracted and loaded as a stream, never held whole. */
const STREAM_ABOVE = 20000;

const log = (msg: string) =>
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);

function extractAll(sources: readonly SourceDoc[]): Doc[] {
  const pipeline = createPipeline();
  return sources.map((s) => pipeline(s));
}

/** Example queries as the IDE ships them; names the synthetic corpus lacks are swapped for ones it has. */
function exampleCases(coBuilt: string | undefined, agreementPair: AgreementPair | undefined): QueryCase[] {
  return [
    // No Cypher at all: the fixed cost of HTTP, Apollo and the server's plugins, for scale; and what
    // the same request costs through fetch instead of the bench's node:http client.
    { name: 'floor: { __typename }', query: '{ __typename }' },
    { name: 'floor via fetch: { __typename }', query: '{ __typename }', client: 'fetch' },
    ...Object.entries(EXAMPLES).map(([name, text]) => {
      let query = coBuilt ? text.replaceAll('长三角国家技术创新中心', coBuilt) : text;
      if (name === 'shanghaiChongqingAgreements' && agreementPair) {
        query = query.replaceAll('上海市', agreementPair[0]).replaceAll('重庆市', agreementPair[1]);
      }
      return { name, query };
    }),
  ];
}

function pathCases(
  gaz: Gazetteer,
  seed: number,
  pairs: number,
  maxHops: number,
  types: readonly string[] = [],
): QueryCase[] {
  const rnd = createRandom(seed ^ 0x5eed);
  const filter = types.length ? `, types: ${JSON.stringify(types)}` : '';
  return Array.from({ length: pairs }, (_, i) => {
    const [a, b] = rnd.sample(gaz.provinces, 2);
    return {
      name: `path-${i}`,
      query: `{ cooperationPaths(from: "${a!.name}", to: "${b!.name}", maxHops: ${maxHops}${filter}) { length nodes { name } hops { type evidence } } }`,
    };
  });
}

/**
 * Type filters that leave no path of one or two hops: signed agreements (3 hops: a body of each region)
 * and pilots (4 hops: a body of each through a program). Both took hundreds of ms on the largest graph
 * when they fell through to SHORTEST k. A few pairs and rounds show them without a long wait.
 */
const FILTERED_PATHS = { filters: [['SIGNED_AGREEMENT'], ['PILOTS']], pairs: 5, iterations: 3 } as const;

type AgreementPair = [string, string];

/**
 * The two regions whose bodies signed the most agreements with each other, for the example that asks
 * which Shanghai bodies signed with Chongqing ones; undefined when the graph has such agreements (the
 * example then runs as written). Without any, the example measured a search that finds nothing.
 */
async function agreementPair(server: BenchServer): Promise<AgreementPair | undefined> {
  return server.withDriver(async (driver) => {
    const { records } = await driver.executeQuery(
      `MATCH (a:Region)<-[:LOCATED_IN]-(:Organization)-[:SIGNED_AGREEMENT]-(:Organization)-[:LOCATED_IN]->(b:Region)
       WHERE a <> b
       WITH a.name AS a, b.name AS b, count(*) AS n
       RETURN a, b, n, (a = '上海市' AND b = '重庆市') AS asWritten
       ORDER BY asWritten DESC, n DESC, a, b LIMIT 1`,
      {},
      { database: server.config.NEO4J_DATABASE },
    );
    const top = records[0];
    if (!top || top.get('asWritten')) return undefined;
    return [top.get('a') as string, top.get('b') as string];
  });
}

async function mostCoBuilt(server: BenchServer): Promise<string | undefined> {
  return server.withDriver(async (driver) => {
    const { records } = await driver.executeQuery(
      'MATCH (e:Entity)<-[:CO_BUILT]-() RETURN e.name AS name, count(*) AS n ORDER BY n DESC, name LIMIT 1',
      {},
      { database: server.config.NEO4J_DATABASE },
    );
    return records[0]?.get('name') as string | undefined;
  });
}

async function main(argv: string[]): Promise<void> {
  const program = new Command('bench')
    .option('--full', 'full mode: 100k documents, ~1M relations (long)')
    .option('--seed <n>', 'corpus seed', '42')
    .option('--out <file>', 'report path (markdown; .json and -scaling.svg beside it)')
    .option('--only <sections>', 'comma list: extract,parallel,scale,ingest,graphql,paths')
    .option('--writer-sizes <list>', 'corpus sizes the writer loads, e.g. 1000,10000')
    .option('--sizes <list>', 'corpus sizes for the scaling curve and the loads, e.g. 1000,10000')
    .option(
      '--stream-above <n>',
      'stream (and load facts only) corpora larger than this',
      String(STREAM_ABOVE),
    )
    .option('--keep-server', 'leave the bench Neo4j running at the end')
    .option(
      '--reuse-graph',
      'graphql/paths sections run on the graph an earlier run left in the bench Neo4j (no clear, no load; implied without the ingest section)',
    )
    .option('--path-pairs <n>', 'province pairs for the path queries')
    .option('--path-hops <list>', 'maxHops values for the path queries, e.g. 2,4')
    .option(
      '--bolt-port <n>',
      'Bolt port of the bench Neo4j (its home and HTTP port follow), so two benchmarks can run side by side',
      String(DEFAULT_SERVER.boltPort),
    )
    .option('--revision <rev>', 'the commit measured, when running from an exported snapshot (no .git)')
    .option(
      '--reference <jsonl>',
      "real text to set the corpora's density beside (skipped when the file is missing)",
      DEFAULT_REFERENCE,
    )
    .parse(argv);
  const opts = program.opts<{
    full?: boolean;
    seed: string;
    out?: string;
    only?: string;
    writerSizes?: string;
    sizes?: string;
    streamAbove: string;
    keepServer?: boolean;
    reuseGraph?: boolean;
    pathPairs?: string;
    pathHops?: string;
    boltPort: string;
    revision?: string;
    reference: string;
  }>();
  const mode = opts.full ? 'full' : 'quick';
  const plan: Plan = { ...PLANS[mode], seed: Number(opts.seed) };
  if (opts.writerSizes) plan.writerSizes = opts.writerSizes.split(',').map(Number);
  if (opts.sizes) plan.sizes = plan.loadSizes = opts.sizes.split(',').map(Number);
  if (opts.pathPairs) plan.pathPairs = Number(opts.pathPairs);
  if (opts.pathHops) plan.pathHops = opts.pathHops.split(',').map(Number);
  const streamAbove = Number(opts.streamAbove);
  const only = new Set((opts.only ?? 'extract,parallel,scale,ingest,graphql,paths').split(','));
  const out = opts.out ?? (mode === 'full' ? 'bench/RESULTS.md' : 'test-output/bench/RESULTS-quick.md');

  const results: BenchResults = {
    mode,
    command:
      `npm run bench --${process.argv.slice(2).length ? ` ${process.argv.slice(2).join(' ')}` : ''}`.replace(
        / --$/,
        '',
      ),
    machine: describeMachine(),
    revision: opts.revision ? `${opts.revision} (exported snapshot: git archive)` : gitRevision(),
    seed: plan.seed,
    startedAt: new Date().toISOString(),
    scaling: [],
  };
  const gaz = loadGazetteer();
  // The report is rewritten after every section, so a failure late in a long run keeps what was measured.
  const save = () => {
    results.scaling.sort((a, b) => a.docs - b.docs);
    mkdirSync(path.dirname(out), { recursive: true });
    const svgFile = out.replace(/\.md$/, '-scaling.svg');
    writeFileSync(out.replace(/\.md$/, '.json'), `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(svgFile, scalingChart(results));
    writeFileSync(out, renderReport(results, path.basename(svgFile)));
    return renderReport(results, path.basename(svgFile));
  };
  try {
    await runSections();
  } catch (err) {
    results.error = (err as Error).message;
    save();
    throw err;
  }
  results.finishedAt = new Date().toISOString();
  log(`wrote ${out}`);
  process.stdout.write(save());

  async function runSections(): Promise<void> {
    if (only.has('extract') || only.has('parallel')) {
      if (only.has('extract')) {
        // The target is judged on the corpus that reads like real releases; the dense one shows the
        // cost per fact (and is what the graph sections load).
        for (const corpus of ['bulletin', 'dense'] as const) {
          log(
            `extraction vs nodejieba (${corpus}): ${plan.extractRounds} rounds of ${plan.extractDocs} new docs`,
          );
          const count = EXTRACT_WARMUP_DOCS + plan.extractRounds * plan.extractDocs;
          const fresh = sourceDocs(gaz, count, plan.seed, corpus);
          const c0 = cpuSnapshot();
          const fig = { ...benchExtraction(fresh, plan.extractRounds, corpus), otherLoad: otherLoad(c0) };
          if (corpus === 'bulletin') results.extraction = fig;
          else results.extractionDense = fig;
        }
        if (existsSync(opts.reference)) {
          const real = await readInput(opts.reference);
          results.reference = measureDensity(opts.reference.split(path.sep).slice(-3).join('/'), real);
        }
      }
      if (only.has('parallel')) {
        log('parallel extraction: 1 and 2 workers');
        const all = sourceDocs(gaz, PARALLEL_WARMUP_DOCS + plan.extractDocs, plan.seed, 'bulletin');
        const warmup = all.slice(0, PARALLEL_WARMUP_DOCS);
        const docs = all.slice(PARALLEL_WARMUP_DOCS);
        const c0 = cpuSnapshot();
        // The main thread runs the same warm-up as each worker (a new pipeline; its JIT code may be warm
        // already from the extraction section), then the same documents.
        const pipeline = createPipeline();
        for (const doc of warmup) pipeline(doc);
        const t0 = performance.now();
        for (const doc of docs) pipeline(doc);
        const inProcessMBps = utf8Bytes(docs) / 1e6 / ((performance.now() - t0) / 1000);
        const runs = [];
        for (const workers of [1, 2])
          for (const keep of ['all', 'facts'] as const)
            runs.push(await benchParallel(warmup, docs, workers, keep));
        results.parallel = {
          corpus: 'bulletin',
          docs: docs.length,
          warmupDocs: warmup.length,
          inProcessMBps,
          runs,
          otherLoad: otherLoad(c0),
        };
      }
      save();
    }

    const byDocs = new Map<number, ScalePoint>();
    const point = (docs: number) => {
      let p = byDocs.get(docs);
      if (!p) {
        p = { docs };
        byDocs.set(docs, p);
        results.scaling.push(p);
      }
      return p;
    };

    if (only.has('scale')) {
      for (const size of plan.sizes) {
        // The biggest corpus is extracted once, inside its streaming load below, when that runs.
        if (size > streamAbove && only.has('ingest') && plan.loadSizes.includes(size)) continue;
        const file = await ensureCorpus(gaz, size, plan.seed);
        for (const workers of plan.scaleWorkers) {
          log(
            `scaling: extract ${size} docs in a fresh process, ${workers === 0 ? 'main thread' : `${workers} workers`}`,
          );
          const c0 = cpuSnapshot();
          const fig = await runChild<StreamFigures>('extract-stream', [
            '--file',
            file,
            '--workers',
            String(workers),
          ]);
          fig.otherLoad = otherLoad(c0, fig.cpuMs);
          if (workers === 0) point(size).extract = fig;
          else point(size).extractParallel = fig;
          save();
        }
      }
    }

    const needsDb = ['ingest', 'graphql', 'paths'].some((s) => only.has(s));
    const server = new BenchServer(serverOnPort(Number(opts.boltPort)));
    const database = server.config.NEO4J_DATABASE;
    if (needsDb && (opts.reuseGraph || !only.has('ingest'))) {
      // No load asked for: measure queries on the graph an earlier run left (--keep-server, or its data
      // still on disk), e.g. the ~1.6M-relation graph whose load takes tens of minutes.
      await server.start(); // returns at once when it already runs (a stale pid file is no proof)
      const { graph, docs } = await server.withDriver(async (d) => {
        const { records } = await d.executeQuery(
          'MATCH (d:Document) RETURN count(d) AS docs',
          {},
          { database },
        );
        return { graph: await countGraph(d, database), docs: Number(records[0]?.get('docs') ?? 0) };
      });
      if (graph.relations === 0) {
        throw new Error(
          'E_BENCH: the bench database is empty; load a graph first, e.g. --only ingest,graphql --sizes 1000 --keep-server',
        );
      }
      // A facts-only graph (the streamed 100k load) has no Document nodes: its size is what --sizes says.
      const size = docs > 0 ? docs : Math.max(...plan.loadSizes);
      log(`reusing the graph in the bench Neo4j (${graph.relations} relations), taken as ${size} docs`);
      if (only.has('graphql')) results.graphql = await graphqlSection(server, plan, size, graph);
      if (only.has('paths')) results.paths = await pathsSection(server, gaz, plan, size, graph);
      save();
    } else if (needsDb) {
      let warmed = false;
      // The biggest writer-loaded graph serves the GraphQL examples; in full mode the 100k bare graph
      // (~1M relations) serves the path queries.
      for (const size of plan.loadSizes) {
        const streamed = size > streamAbove;
        if (!streamed) {
          const sources = sourceDocs(gaz, size, plan.seed);
          log(`ingest ${size}: extracting`);
          const docs = extractAll(sources);
          const batches = batchesOf(docs);
          if (!warmed) {
            // A fresh JVM runs Cypher interpreted and cold: the first load would pay for it (5–10× slower).
            log('warming the bench Neo4j with one bare load');
            await server.clear();
            await server.withDriver((d) => loadBare(d, database, batches.slice(0, 1000)));
            warmed = true;
          }
          if (size === plan.writerSizes[0] && plan.profileDocs > 0) {
            log(`ingest: per-statement profile of the writer over ${plan.profileDocs} docs`);
            await server.clear();
            results.writerProfile = await server.withDriver((d) =>
              profileWriter(d, database, batches.slice(0, plan.profileDocs)),
            );
          }
          if (plan.writerSizes.includes(size)) {
            log(`ingest ${size}: writer (ingestSources: new documents batched per transaction)`);
            await server.clear();
            const c0 = cpuSnapshot(server.pids());
            point(size).writer = await server.withDriver((d) => loadWithWriter(d, database, sources, docs));
            point(size).writerOtherLoad = otherLoad(c0);
            if (
              only.has('graphql') &&
              size === Math.max(...plan.writerSizes.filter((s) => plan.sizes.includes(s)))
            ) {
              results.graphql = await graphqlSection(server, plan, size, point(size).writer!.graph);
            }
          }
          log(`ingest ${size}: bare UNWIND CREATE of the same rows`);
          await server.clear();
          const c0 = cpuSnapshot(server.pids());
          point(size).bare = await server.withDriver((d) => loadBare(d, database, batches));
          point(size).bareOtherLoad = otherLoad(c0);
        } else {
          log(
            `ingest ${size}: extracting on 2 workers, bulk-loading facts chunk by chunk (bare UNWIND CREATE)`,
          );
          await server.clear();
          const c0 = cpuSnapshot(server.pids());
          resetPeakRss();
          const t0 = performance.now();
          const fig = { bytes: 0, entities: 0, relations: 0 };
          point(size).bare = await server.withDriver(async (d) => {
            const loader = new BareLoader(d, database, true);
            const pool = new PipelinePool({ workers: 2, keep: 'facts' });
            const pending: Doc[] = [];
            try {
              for await (const batch of extractParallel(pool, sourceDocsStream(gaz, size, plan.seed), 250)) {
                for (const r of batch) {
                  if (!r.ok) continue;
                  pending.push(r.doc);
                  fig.bytes += Buffer.byteLength(r.doc.raw, 'utf8');
                  fig.entities += r.doc.entities?.length ?? 0;
                  fig.relations += r.doc.relations?.length ?? 0;
                }
                if (pending.length >= 5000) await loader.add(batchesOf(pending.splice(0)));
              }
            } finally {
              await pool.close();
            }
            await loader.add(batchesOf(pending.splice(0)));
            const extractMs = performance.now() - t0 - loader.writeMs;
            point(size).extractParallel = {
              docs: size,
              ...fig,
              ms: extractMs,
              MBps: fig.bytes / 1e6 / (extractMs / 1000),
              peakRssMB: peakRssMB(),
              cpuMs: Number.NaN,
              inLoad: true,
            };
            return loader.finish();
          });
          point(size).bare!.factsOnly = true;
          point(size).bareOtherLoad = otherLoad(c0);
        }
        save();
        if (only.has('paths') && size === Math.max(...plan.loadSizes)) {
          results.paths = await pathsSection(server, gaz, plan, size, point(size).bare!.graph);
        }
      }
    }
    if (needsDb && !opts.keepServer) await server.stop();
  }
}

/** The commit measured, with `+dirty` when the working tree (shared by several engineers) has changes. */
function gitRevision(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync(
      'git',
      ['status', '--porcelain', '--untracked-files=no', 'ingest', 'src', 'cypher'],
      {
        encoding: 'utf8',
      },
    ).trim();
    return dirty ? `${head}+dirty (uncommitted changes in ingest/, src/ or cypher/)` : head;
  } catch {
    return 'unknown';
  }
}

/** The corpus generated lazily, so 100k documents never sit in memory at once. */
function* sourceDocsStream(gaz: Gazetteer, size: number, seed: number): Generator<SourceDoc> {
  for (const d of generateCorpus(gaz, { seed, count: size })) yield toSourceDoc(d);
}

async function graphqlSection(server: BenchServer, plan: Plan, docs: number, graph: GraphCounts) {
  log(`GraphQL vs raw Cypher: example queries on the ${docs}-doc graph`);
  const coBuilt = await mostCoBuilt(server);
  const pair = await agreementPair(server);
  const bench = await startGraphqlBench(server.config);
  const c0 = cpuSnapshot(server.pids());
  try {
    const queries = [];
    for (const c of exampleCases(coBuilt, pair))
      queries.push(
        await bench.measure([c], { iterations: plan.graphqlIterations, budgetMs: plan.graphqlBudgetMs }),
      );
    return {
      docs,
      graph,
      coBuiltSubstitute: coBuilt,
      agreementSubstitute: pair,
      queries,
      otherLoad: otherLoad(c0),
    };
  } finally {
    await bench.close();
  }
}

async function pathsSection(
  server: BenchServer,
  gaz: Gazetteer,
  plan: Plan,
  docs: number,
  graph: GraphCounts,
) {
  log(
    `path queries: ${plan.pathPairs} province pairs on the ${docs}-doc graph (${graph.relations} relations)`,
  );
  const bench = await startGraphqlBench(server.config);
  const c0 = cpuSnapshot(server.pids());
  try {
    // A fresh process answers its first few hundred requests on cold JIT code: whichever maxHops ran
    // first measured ~1.5x slower at p95 (81 vs 49 ms, order swapped). One unmeasured round first.
    for (const maxHops of plan.pathHops) {
      await bench.measure(pathCases(gaz, plan.seed, plan.pathPairs, maxHops), { iterations: 1, warmup: 0 });
    }
    const byHops = [];
    for (const maxHops of plan.pathHops) {
      byHops.push(
        await bench.measure(pathCases(gaz, plan.seed, plan.pathPairs, maxHops), {
          iterations: plan.pathIterations,
          budgetMs: plan.pathBudgetMs / plan.pathPairs,
          warmup: 1,
          label: `cooperationPaths maxHops ${maxHops}`,
        }),
      );
    }
    const maxHops = Math.max(...plan.pathHops);
    const pairs = Math.min(plan.pathPairs, FILTERED_PATHS.pairs);
    const filtered = [];
    for (const types of FILTERED_PATHS.filters) {
      filtered.push(
        await bench.measure(pathCases(gaz, plan.seed, pairs, maxHops, types), {
          iterations: FILTERED_PATHS.iterations,
          warmup: 1,
          label: `cooperationPaths maxHops ${maxHops}, types ${JSON.stringify(types)}`,
        }),
      );
    }
    return {
      docs,
      graph,
      pairs: plan.pathPairs,
      byHops,
      filtered,
      filteredPairs: pairs,
      otherLoad: otherLoad(c0),
    };
  } finally {
    await bench.close();
  }
}

main(process.argv).catch((err: unknown) => {
  process.stderr.write(`${(err as Error).stack ?? err}\n`);
  process.exit(1);
});

import { readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { PIPELINE_VERSION } from '../ingest/index.ts';
import { ingestSources } from '../ingest/run.ts';
import type { Doc, SourceDoc } from '../ingest/types.ts';
import { buildBatch, type GraphBatch } from '../ingest/write/batch.ts';
import { searchText } from '../ingest/write/search-text.ts';
import { countGraph, type GraphCounts } from '../ingest/write/writer.ts';

// Loading Neo4j: the writer's ingest run beside a bare UNWIND CREATE of the very same rows.

/** Rows per baseline transaction: large, as a bulk loader would use. */
const BASELINE_CHUNK = 5000;

const baselineCypher = (name: string) =>
  readFileSync(new URL(`./cypher/${name}.cypher`, import.meta.url), 'utf8').trim();

export interface LoadFigures {
  docs: number;
  /** Entity-to-entity relationships written (the facts). */
  relations: number;
  ms: number;
  relsPerSec: number;
  docsPerSec: number;
  graph: GraphCounts;
  /** Only entities, entity relations and aliases were loaded (BareLoader factsOnly). */
  factsOnly?: boolean;
  /** Bare loader: time per kind of row. */
  stepMs?: Record<string, number>;
}

/** The batches the writer would write, built once so both contenders get identical rows. */
export function batchesOf(docs: readonly Doc[]): GraphBatch[] {
  const meta = { pipelineVersion: PIPELINE_VERSION, ingestedAt: '2026-01-01T00:00:00.000Z' };
  return docs.map((d) => buildBatch(d, meta));
}

/**
 * The writer's own run (ingest/run.ts ingestSources): hash check, one transaction per document,
 * MERGE, alias recompute. The pipeline is replaced by a lookup of the documents already extracted,
 * so the clock sees loading only (extraction has its own row).
 */
export async function loadWithWriter(
  driver: Driver,
  database: string,
  sources: readonly SourceDoc[],
  extracted: readonly Doc[],
): Promise<LoadFigures> {
  const byId = new Map(extracted.map((d) => [d.id, d]));
  const summary = await ingestSources(driver, sources, {
    database,
    pipeline: (s) =>
      byId.get(s.id) ??
      (() => {
        throw new Error(`E_BENCH: ${s.id} was not extracted`);
      })(),
  });
  if (summary.failed > 0) {
    throw new Error(
      `E_BENCH: writer failed ${summary.failed} documents, first: ${summary.failures[0]?.error}`,
    );
  }
  const written = summary.new + summary.changed + summary.rewritten;
  return figures(written, summary.relations, summary.ms, await countGraph(driver, database));
}

/**
 * The same rows, CREATEd in large UNWIND batches: what a bulk load costs without the writer's care.
 * Fed chunk by chunk (so 100k documents never sit in memory at once); only time spent writing is
 * counted: rows, alias forms and searchText are prepared off the clock.
 */
export class BareLoader {
  private readonly created = new Set<string>();
  private readonly forms = new Map<string, { name: string; forms: Set<string> }>();
  private ms = 0;
  private readonly stepMs: Record<string, number> = {};
  private docs = 0;
  private relations = 0;

  /**
   * factsOnly: entities, entity-to-entity relations and aliases only (no documents, sentences, mentions,
   * agreements): the part of the graph path queries read, loaded fast enough to reach ~1M relations here.
   */
  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly factsOnly = false,
  ) {}

  /** Time spent writing so far. */
  get writeMs(): number {
    return this.ms;
  }

  async add(batches: readonly GraphBatch[]): Promise<void> {
    const fresh: GraphBatch['entities'] = [];
    for (const b of batches) {
      for (const e of b.entities) {
        if (this.created.has(e.id)) continue;
        this.created.add(e.id);
        fresh.push(e);
        this.forms.set(e.id, { name: e.name, forms: new Set([e.name, ...e.curatedAliases]) });
      }
      for (const m of b.mentions) this.forms.get(m.entityId)?.forms.add(m.surface);
    }
    this.docs += batches.length;
    this.relations += batches.reduce((n, b) => n + b.relations.length, 0);
    const relations: [string, unknown[]] = ['relations', batches.flatMap((b) => b.relations)];
    if (this.factsOnly) {
      await this.write([['entities', fresh], relations]);
      return;
    }
    await this.write([
      ['documents', batches.map((b) => b.document)],
      ['sentences', batches.flatMap((b) => b.sentences)],
      ['entities', fresh],
      ['mentions', batches.flatMap((b) => b.mentions)],
      ['agreements', batches.flatMap((b) => b.agreements)],
      ['parties', batches.flatMap((b) => b.parties)],
      relations,
    ]);
  }

  /** Alias nodes last, once every document's mention surfaces are known. */
  async finish(): Promise<LoadFigures> {
    const rows = [...this.forms].map(([id, { name, forms }]) => {
      const all = [...forms];
      return {
        id,
        forms: all,
        searchText: searchText(
          name,
          all.filter((f) => f !== name),
        ),
      };
    });
    await this.write([['aliases', rows]]);
    const result = figures(this.docs, this.relations, this.ms, await countGraph(this.driver, this.database));
    return { ...result, stepMs: this.stepMs };
  }

  private async write(steps: [string, unknown[]][]): Promise<void> {
    const t0 = performance.now();
    for (const [name, rows] of steps) {
      const statement = baselineCypher(name);
      const s0 = performance.now();
      for (let i = 0; i < rows.length; i += BASELINE_CHUNK) {
        const chunk = rows.slice(i, i + BASELINE_CHUNK);
        await this.driver.executeQuery(statement, { rows: chunk }, { database: this.database });
      }
      this.stepMs[name] = (this.stepMs[name] ?? 0) + performance.now() - s0;
    }
    this.ms += performance.now() - t0;
  }
}

export async function loadBare(
  driver: Driver,
  database: string,
  batches: readonly GraphBatch[],
): Promise<LoadFigures> {
  const loader = new BareLoader(driver, database);
  await loader.add(batches);
  return loader.finish();
}

function figures(docs: number, relations: number, ms: number, graph: GraphCounts): LoadFigures {
  const sec = ms / 1000;
  return { docs, relations, ms, relsPerSec: relations / sec, docsPerSec: docs / sec, graph };
}

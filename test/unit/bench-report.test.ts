import { describe, expect, it } from 'vitest';
import type { ExtractionFigures } from '../../bench/extract.ts';
import type { LatencyFigures } from '../../bench/graphql.ts';
import { chart } from '../../bench/plot.ts';
import { renderReport } from '../../bench/report.ts';
import type { BenchResults } from '../../bench/results.ts';
import { percentile } from '../../bench/stats.ts';

describe('benchmark helpers', () => {
  it.each([
    [50, 3],
    [95, 5],
    [99, 5],
    [0, 1],
    [20, 1],
    [21, 2],
  ])('nearest-rank percentile p%i of 1..5 is %i', (p, expected) => {
    expect(percentile([5, 3, 1, 4, 2], p)).toBe(expected);
  });

  it('gives NaN for an empty sample rather than a made-up number', () => {
    expect(percentile([], 50)).toBeNaN();
  });

  it('draws one line per series and skips points a log scale cannot show', () => {
    const svg = chart({
      title: 'Time vs corpus size',
      xLabel: 'documents',
      yLabel: 'seconds',
      series: [
        {
          label: 'extract',
          color: '#111',
          points: [
            [1000, 2],
            [10000, 20],
            [100000, 200],
          ],
        },
        {
          label: 'load',
          color: '#222',
          points: [
            [1000, 5],
            [10000, null],
            [100000, 0],
          ],
        },
      ],
    });
    expect(svg.match(/<path /g)).toHaveLength(1);
    expect(svg.match(/<circle /g)).toHaveLength(4);
    expect(svg).toContain('>100k<');
  });
});

/** A quick run's results with only the sections a test gives. */
const run = (sections: Partial<BenchResults>): BenchResults => ({
  mode: 'quick',
  command: 'npm run bench',
  machine: 'test',
  revision: 'abc',
  seed: 42,
  startedAt: '2026-01-01T00:00:00Z',
  scaling: [],
  ...sections,
});

describe('the GraphQL section names the client that sent the requests', () => {
  const lat = (p50: number) => ({ n: 100, p50, p95: p50 * 2, p99: p50 * 3 });
  const results = (queries: LatencyFigures[]): BenchResults =>
    run({
      graphql: {
        docs: 1000,
        graph: { nodes: 10, relationships: 20, entities: 5, relations: 8 },
        queries,
        otherLoad: 0,
      },
    });
  const floor = { statements: 0, cypher: lat(Number.NaN), errors: 0 };

  it('node:http, with what fetch added on the floor', () => {
    const md = renderReport(
      results([
        { ...floor, name: 'floor', client: 'node:http', graphql: lat(0.7) },
        { ...floor, name: 'floor via fetch', client: 'fetch', graphql: lat(1.95) },
      ]),
      'x.svg',
    );
    expect(md).toContain('node:http with a keep-alive Agent');
    expect(md).toContain('1.25 ms more per request at p50');
  });

  it('names the regions the agreements example asked for when the corpus lacked 上海市 and 重庆市', () => {
    const r = results([{ ...floor, name: 'floor', client: 'node:http', graphql: lat(0.7) }]);
    const md = renderReport(
      { ...r, graphql: { ...r.graphql!, agreementSubstitute: ['北京市', '山东省'] } },
      'x.svg',
    );
    expect(md).toContain('shanghaiChongqingAgreements asks for 北京市 and 山东省');
    expect(renderReport(r, 'x.svg')).not.toContain('shanghaiChongqingAgreements asks for');
  });

  it('fetch for a report written before the client was recorded', () => {
    const md = renderReport(results([{ ...floor, name: 'floor', graphql: lat(1) }]), 'x.svg');
    expect(md).toContain('The client is the global fetch (undici)');
  });
});

describe('the extraction figures say which corpus the target is judged on', () => {
  const figures = (pipelineMBps: number, extra: Partial<ExtractionFigures> = {}) => ({
    docs: 1000,
    bytes: 1e6,
    rounds: 3,
    freshRounds: true,
    cutMBps: 20,
    tagMBps: 8,
    pipelineMBps,
    stages: [{ stage: 'segment', ms: 100, share: 1 }],
    mentions: 30,
    entities: 20,
    relations: 10,
    otherLoad: 0,
    ...extra,
  });

  it('judges the bulletin corpus and shows the dense one for reference, beside real text', () => {
    const md = renderReport(
      run({
        extraction: figures(4.4, { corpus: 'bulletin', chars: 500_000, sentences: 10_000 }),
        extractionDense: figures(3.2, { corpus: 'dense', chars: 350_000, sentences: 11_000 }),
        reference: {
          name: 'dev.jsonl',
          docs: 24,
          chars: 12_000,
          sentences: 216,
          mentions: 300,
          entities: 150,
          relations: 120,
        },
      }),
      'x.svg',
    );
    expect(md).toContain(
      '| extraction ≥ 50% of nodejieba `tag` (bulletin corpus) | 4.40 MB/s | tag 8.00 MB/s | 55% | **met** |',
    );
    expect(md).toContain(
      '| extraction, share of `tag` (dense corpus, for reference) | 3.20 MB/s | tag 8.00 MB/s | 40% | below 50% |',
    );
    expect(md).toContain('| real releases | 24 | 500 | 18.0 | 25.0 | 12.5 | 10.0 |');
    expect(md).toContain('| bulletin ms | share | dense ms | share |');
  });

  it('reads a report from before the profiles as measured on the dense corpus', () => {
    const md = renderReport(run({ extraction: figures(3.2) }), 'x.svg');
    expect(md).toContain(
      '| extraction ≥ 50% of nodejieba `tag` (dense corpus) | 3.20 MB/s | tag 8.00 MB/s | 40% | **not met** |',
    );
    expect(md).not.toContain('real releases');
  });
});

describe('the path figures', () => {
  const lat = (p50: number) => ({ n: 20, p50, p95: p50 * 2, p99: p50 * 3 });
  const paths = (filtered?: LatencyFigures): BenchResults =>
    run({
      paths: {
        docs: 100_000,
        graph: { nodes: 10, relationships: 20, entities: 5, relations: 1_600_000 },
        pairs: 20,
        byHops: [
          { name: 'cooperationPaths maxHops 4', statements: 1, graphql: lat(6), cypher: lat(5), errors: 0 },
        ],
        ...(filtered ? { filtered: [filtered], filteredPairs: 5 } : {}),
        otherLoad: 0,
      },
    });

  it('judge the examples against 50 ms and show a type-filtered query beside them, not in the verdict', () => {
    const filtered = {
      name: 'maxHops 4, types ["SIGNED_AGREEMENT"]',
      statements: 1,
      graphql: lat(300),
      cypher: lat(280),
      errors: 0,
    };
    const md = renderReport(paths(filtered), 'x.svg');
    expect(md).toContain(
      '(cooperationPaths maxHops 4) | GraphQL p95 12.0 ms | Cypher p95 10.0 ms | 1.20× | **met** |',
    );
    expect(md).toContain(
      '| path queries with a type filter, for reference (maxHops 4, types ["SIGNED_AGREEMENT"]) | GraphQL p95 600 ms',
    );
    expect(md).toContain('**over 50 ms**');
    expect(md).toContain('The type-filtered rows: 5 of the pairs');
  });

  it('leave the filtered row out of a report from before it was measured', () => {
    expect(renderReport(paths(), 'x.svg')).not.toContain('type filter');
  });
});

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestSources } from '../../ingest/run.ts';
import { exportCommand } from '../../src/cli/export.ts';
import type { Config } from '../../src/config.ts';
import { readGraph } from '../../src/export/read.ts';
import { createLogger } from '../../src/log.ts';
import { type App, createApp } from '../../src/server/app.ts';
import { explorerDocs, fixtureIds } from './explorer/fixture.ts';
import { testConfig } from './graphql-server.ts';
import { cleanup, connection, handCorpus, openDriver } from './helpers.ts';

// This file's data: the explorer's small graph under its own tag and document prefix.
const TAG = 't-export-';
const DOCS = 't-export/';
const IDS = fixtureIds(TAG);

describe('exports from Neo4j', () => {
  let driver: Driver;
  let app: App;
  let base: string;
  let config: Config;

  beforeAll(async () => {
    driver = openDriver();
    const c = connection();
    await cleanup(driver, DOCS, TAG);
    const { sources, pipeline } = handCorpus(explorerDocs(TAG, DOCS));
    expect((await ingestSources(driver, sources, { database: c.database, pipeline })).failures).toEqual([]);
    config = testConfig();
    app = await createApp(config, createLogger('silent'), driver);
    base = await app.listen(0, '127.0.0.1');
  });

  afterAll(async () => {
    await app?.close();
    if (driver) {
      await cleanup(driver, DOCS, TAG);
      await driver.close();
    }
  });

  it.each([
    // [around, depth, entities expected]
    ['江苏省科技厅', 0, [IDS.jsKejiting]],
    [IDS.jsKejiting, 1, [IDS.jsKejiting, IDS.shKewei, IDS.jiangsu, IDS.voucher]],
    [IDS.suzhou, 2, [IDS.suzhou, IDS.jiangsu, IDS.jsKejiting]],
    [IDS.zjKejiting, 2, [IDS.zjKejiting, IDS.shKewei, IDS.shanghai, IDS.jsKejiting]],
  ])('reads the entities around %s within %i relations', async (around, depth, expected) => {
    const graph = await readGraph(driver, connection().database, { around, depth });
    expect(graph.nodes.map((n) => n.id).sort()).toEqual([...expected].sort());
    const ids = new Set(expected);
    for (const e of graph.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
  });

  it('carries the evidence of each relation into the edges', async () => {
    const graph = await readGraph(driver, connection().database, { around: IDS.shKewei, depth: 1 });
    const signed = graph.edges.find((e) => e.type === 'SIGNED_AGREEMENT');
    expect(signed).toMatchObject({
      evidence: '上海市科委与江苏省科技厅在南京签署长三角科技创新券互认协议。',
      docId: `${DOCS}signing`,
      docTitle: '沪苏科技部门签署创新券互认协议',
      sentenceId: `${DOCS}signing#0`,
      date: '2024-05-20',
      rule: 'test-SIGNED_AGREEMENT',
    });
    expect(graph.nodes.find((n) => n.id === IDS.shKewei)?.aliases).toContain('上海市科委');
  });

  it('reads the whole graph when no entity is given', async () => {
    const graph = await readGraph(driver, connection().database);
    const ids = new Set(graph.nodes.map((n) => n.id));
    for (const id of Object.values(IDS)) expect(ids.has(id)).toBe(true);
    expect(graph.edges.filter((e) => e.docId?.startsWith(DOCS))).toHaveLength(6);
  });

  it('writes nodes.csv and edges.csv into a folder from the CLI command', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'govkg-export-'));
    const result = await exportCommand(config, { format: 'csv', around: '上海市科委', depth: '1', out: dir });
    expect(result.files).toEqual([path.join(dir, 'nodes.csv'), path.join(dir, 'edges.csv')]);
    expect(readFileSync(path.join(dir, 'nodes.csv'), 'utf8')).toContain('上海市科学技术委员会');
    expect(readFileSync(path.join(dir, 'edges.csv'), 'utf8')).toContain('COOPERATES_WITH');
  });

  it('serves a download over HTTP with the counts in headers', async () => {
    const res = await fetch(`${base}/export?format=gexf&around=${encodeURIComponent('苏州市')}&depth=1`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/gexf+xml');
    expect(res.headers.get('content-disposition')).toContain(
      "filename*=UTF-8''govkg-%E8%8B%8F%E5%B7%9E%E5%B8%82.gexf",
    );
    expect(await res.text()).toContain('label="江苏省"');
  });

  it.each([
    ['format=pdf', 400, 'E_EXPORT_ARGS'],
    ['format=graphml&around=没有这个机构', 404, 'E_EXPORT_NOT_FOUND'],
    ['format=graphml&around=苏州市&depth=9', 400, 'E_EXPORT_ARGS'],
    ['format=graphml&table=nodes', 400, 'E_EXPORT_ARGS'],
  ])('answers /export?%s with %i and %s', async (query, status, code) => {
    const res = await fetch(`${base}/export?${query}`);
    expect(res.status).toBe(status);
    expect(await res.text()).toContain(code);
  });
});

import { mkdirSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestSources } from '../../ingest/run.ts';
import { createLogger } from '../../src/log.ts';
import { type App, createApp } from '../../src/server/app.ts';
import { CHROMIUM, CHROMIUM_ARGS, ensureChromium } from './explorer/browser.ts';
import {
  DOC_PREFIX,
  explorerDocs,
  IDS,
  SIGNING_DATE,
  SIGNING_SENTENCE,
  SIGNING_TITLE,
  syntheticGraph,
  TAG,
} from './explorer/fixture.ts';
import { testConfig } from './graphql-server.ts';
import { cleanup, connection, handCorpus, openDriver } from './helpers.ts';

const OUTPUT = 'test-output';
const SCREENSHOT = `${OUTPUT}/explorer.png`;

const missing = ensureChromium();
if (missing) process.stderr.write(`[explorer] SKIPPED: ${missing}\n`);

/** The page sets data-state=idle when no request or layout is running. */
async function idle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.state === 'idle', undefined, { timeout: 30_000 });
}

type Explorer = { cy: import('cytoscape').Core };

/** Screen coordinates of a node or an edge midpoint, for a real mouse click on the canvas. */
async function screenPoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((elementId) => {
    const { cy } = (window as unknown as { govkgExplorer: Explorer }).govkgExplorer;
    const el = cy.getElementById(elementId);
    if (el.empty()) throw new Error(`${elementId} is not drawn`);
    const p = el.isNode()
      ? el.renderedPosition()
      : (el as import('cytoscape').EdgeSingular).renderedMidpoint();
    const box = cy.container()!.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
}

const drawnIds = (page: Page, what: 'nodes' | 'edges') =>
  page.evaluate((kind) => {
    const { cy } = (window as unknown as { govkgExplorer: Explorer }).govkgExplorer;
    return cy[kind]()
      .not('.hidden')
      .map((e) => e.id())
      .sort();
  }, what);

describe.skipIf(missing !== undefined)('explorer page in headless Chromium', () => {
  let driver: Driver;
  let app: App;
  let base: string;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    driver = openDriver();
    const c = connection();
    await cleanup(driver, DOC_PREFIX, TAG);
    const { sources, pipeline } = handCorpus(explorerDocs());
    const summary = await ingestSources(driver, sources, { database: c.database, pipeline });
    expect(summary.failures).toEqual([]);

    const config = testConfig();
    // The same app `govkg serve` runs: /graphql, /explore and /export.
    app = await createApp(config, createLogger('silent'), driver);
    base = await app.listen(0, '127.0.0.1');

    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('pageerror', (err) => pageErrors.push(err.message));
    await page.goto(`${base}/explore`);
    await idle(page);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    if (driver) {
      await cleanup(driver, DOC_PREFIX, TAG);
      await driver.close();
    }
  });

  it('shows the search box, the legend and the relation filter', async () => {
    await expect(page.title()).resolves.toContain('gov-kg');
    const legend = await page.textContent('#legend');
    for (const label of ['机构 Organization', '地区 Region', '项目 Program']) expect(legend).toContain(label);
    const relations = await page.$$eval('input[name=relation]', (boxes) =>
      boxes.map((b) => (b as HTMLInputElement).value),
    );
    expect(relations).toEqual(
      expect.arrayContaining(['CO_BUILT', 'SIGNED_AGREEMENT', 'PILOTS', 'LOCATED_IN']),
    );
  });

  it('searches 江苏 by its alias and draws the region with its neighbours', async () => {
    await page.fill('#search-text', '江苏');
    await page.press('#search-text', 'Enter');
    await idle(page);
    // Other files' data may hold another 江苏省: pick this file's entity by id.
    const hit = page.locator(`#hits button[data-id="${IDS.jiangsu}"]`);
    await expect(hit.textContent()).resolves.toContain('江苏省');
    await hit.click();
    await idle(page);
    expect(await drawnIds(page, 'nodes')).toEqual([IDS.jsKejiting, IDS.suzhou, IDS.jiangsu].sort());
    await expect(page.textContent('#status')).resolves.toMatch(/3 个实体 entities · 2 条关系 relations/);
  });

  it('expands 江苏省科学技术厅 on a click, adding its partners', async () => {
    const at = await screenPoint(page, IDS.jsKejiting);
    await page.mouse.click(at.x, at.y);
    await idle(page);
    const nodes = await drawnIds(page, 'nodes');
    expect(nodes).toEqual(expect.arrayContaining([IDS.shKewei, IDS.voucher, IDS.jiangsu]));
    expect(await page.textContent('#details')).toContain('江苏省科学技术厅');
  });

  it('opens the evidence panel on a click on the signing edge', async () => {
    const edges = await drawnIds(page, 'edges');
    const signed = edges.find((e) => e.startsWith('SIGNED_AGREEMENT|'));
    expect(signed).toBeDefined();
    const at = await screenPoint(page, signed!);
    await page.mouse.click(at.x, at.y);
    const panel = page.locator('#details .evidence');
    await panel.waitFor();
    const text = await panel.textContent();
    expect(text).toContain('签约');
    expect(text).toContain('上海市科学技术委员会 ↔ 江苏省科学技术厅');
    expect(await panel.locator('blockquote.sentence').textContent()).toBe(SIGNING_SENTENCE);
    // The two parties are marked in the sentence by the aliases the author used.
    expect(await panel.locator('blockquote.sentence mark').allTextContents()).toEqual([
      '上海市科委',
      '江苏省科技厅',
    ]);
    expect(text).toContain(SIGNING_TITLE);
    expect(text).toContain(`${DOC_PREFIX}signing`);
    expect(text).toContain(SIGNING_DATE);
    mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
  });

  it.each([
    ['2025-01-01', '', false],
    ['2024-01-01', '2024-12-31', true],
  ])('with dates from %j to %j shows the 2024 signing: %s', async (from, to, shown) => {
    await page.fill('#date-from', from);
    await page.fill('#date-to', to);
    await page.dispatchEvent('#date-to', 'change');
    const edges = await drawnIds(page, 'edges');
    expect(edges.some((e) => e.startsWith('SIGNED_AGREEMENT|'))).toBe(shown);
  });

  it('hides a relation type unticked in the filter', async () => {
    await page.fill('#date-from', '');
    await page.fill('#date-to', '');
    await page.uncheck('input[name=relation][value=PILOTS]');
    expect((await drawnIds(page, 'edges')).some((e) => e.startsWith('PILOTS|'))).toBe(false);
    expect(await drawnIds(page, 'nodes')).not.toContain(IDS.voucher);
    await page.check('input[name=relation][value=PILOTS]');
    expect(await drawnIds(page, 'nodes')).toContain(IDS.voucher);
  });

  it('finds the path from 浙江省科技厅 to 江苏 through the Shanghai commission', async () => {
    await page.fill('#path-from', '浙江省科技厅');
    await page.fill('#path-to', '江苏');
    await page.click('#path-form button[type=submit]');
    await idle(page);
    const first = await page.locator('#paths li').first().textContent();
    expect(first).toContain('浙江省科学技术厅 — 上海市科学技术委员会 — 江苏省科学技术厅 — 江苏省');
    const onPath = await page.evaluate(() => {
      const { cy } = (window as unknown as { govkgExplorer: Explorer }).govkgExplorer;
      return cy
        .nodes('.path')
        .map((n) => n.id())
        .sort();
    });
    expect(onPath).toEqual([IDS.zjKejiting, IDS.shKewei, IDS.jsKejiting, IDS.jiangsu].sort());
  });

  it.each([
    ['graphml', 'graphml', 'node', 'edge'],
    ['gexf', 'gexf', 'node', 'edge'],
  ])(
    'offers a %s export that the browser parses as well-formed XML',
    async (format, root, nodeTag, edgeTag) => {
      const url = `/export?format=${format}&around=${encodeURIComponent(IDS.jiangsu)}&depth=2`;
      const parsed = await page.evaluate(
        async ([href, n, e]) => {
          const text = await (await fetch(href!)).text();
          const doc = new DOMParser().parseFromString(text, 'application/xml');
          return {
            error: doc.getElementsByTagName('parsererror').length > 0,
            root: doc.documentElement.localName,
            nodes: doc.getElementsByTagName(n!).length,
            edges: doc.getElementsByTagName(e!).length,
          };
        },
        [url, nodeTag, edgeTag],
      );
      expect(parsed).toMatchObject({ error: false, root });
      // 江苏省 → its bureau and 苏州市 → the bureau's partner and program: 5 entities, 4 relations among them.
      expect(parsed.nodes).toBe(5);
      expect(parsed.edges).toBe(4);
    },
  );

  it('lays out 500 entities readably within seconds', async () => {
    const started = Date.now();
    const result = await page.evaluate(async (graph) => {
      const explorer = (
        window as unknown as { govkgExplorer: Explorer & { showGraph(g: unknown): Promise<void> } }
      ).govkgExplorer;
      await explorer.showGraph(graph);
      const pos = explorer.cy.nodes().map((n) => n.position());
      // Nearest-neighbour distance per node: piled-up nodes would show as near-zero distances.
      const nearest = pos.map((p, i) =>
        Math.min(...pos.filter((_, j) => j !== i).map((q) => Math.hypot(p.x - q.x, p.y - q.y))),
      );
      return { nodes: pos.length, overlapping: nearest.filter((d) => d < 15).length };
    }, syntheticGraph(500));
    const ms = Date.now() - started;
    await page.screenshot({ path: `${OUTPUT}/explorer-500.png` });
    process.stderr.write(
      `[explorer] cose layout of 500 nodes: ${ms} ms, ${result.overlapping} overlapping\n`,
    );
    expect(result.nodes).toBe(500);
    expect(result.overlapping).toBeLessThan(10);
    expect(ms).toBeLessThan(30_000);
  });

  it('raised no script error', () => {
    expect(pageErrors).toEqual([]);
  });
});

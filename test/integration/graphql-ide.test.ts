import type { Driver } from 'neo4j-driver';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS, ensureChromium } from './explorer/browser.ts';
import { startTestServer, type TestServer } from './graphql-server.ts';
import { openDriver } from './helpers.ts';

// The bundled GraphiQL in a real browser: it must load with nothing from the internet, open with the
// analysts' questions as tabs, and run one against the API.

const missing = ensureChromium();
if (missing) process.stderr.write(`[graphql-ide] SKIPPED: ${missing}\n`);

describe.skipIf(missing !== undefined)('GraphiQL in headless Chromium', () => {
  let driver: Driver;
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    driver = openDriver();
    server = await startTestServer(driver);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await driver?.close();
  });

  it('loads offline, shows the example tabs, and runs the first one', async () => {
    const page = await browser.newPage();
    const origin = new URL(server.url).origin;
    const elsewhere: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => {
      if (!/^(data|blob):/.test(r.url()) && !r.url().startsWith(origin)) elsewhere.push(r.url());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(server.url, { waitUntil: 'networkidle' });
    await page.waitForSelector('.graphiql-tab', { timeout: 30_000 });
    const tabs = await page.$$eval('.graphiql-tab', (els) => els.map((e) => e.textContent?.trim() ?? ''));
    expect(tabs).toEqual(
      expect.arrayContaining([
        expect.stringContaining('ShanghaiChongqingAgreements'),
        expect.stringContaining('ShanghaiChongqingPaths'),
        expect.stringContaining('CoBuilders'),
        expect.stringContaining('JiangsuPilots'),
      ]),
    );
    const answered = page.waitForResponse(
      (r) =>
        r.url() === server.url &&
        r.request().method() === 'POST' &&
        r.request().postData()?.includes('ShanghaiChongqingAgreements') === true,
    );
    await page.click('.graphiql-execute-button');
    const response = await answered;
    expect(response.status()).toBe(200);
    expect(await response.json()).toHaveProperty('data.organizations');
    expect(elsewhere).toEqual([]);
    expect(errors).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';

describe('explorer page bundle', () => {
  it('bundles the page with Cytoscape from node_modules, with no external URL', async () => {
    const { bundleExplorer } = await import('../../src/explorer/bundle.ts');
    const assets = await bundleExplorer();
    expect(assets.js).toContain('cytoscape');
    expect(assets.js.length).toBeGreaterThan(100_000);
    // No CDN: nothing in the page or the script points off this server.
    expect(assets.html).not.toMatch(/(src|href)="https?:/);
    expect(assets.js).not.toMatch(/https?:\/\/(cdn|unpkg|cdnjs|jsdelivr)/);
    expect(assets.html).toContain('/explore/app.js');
  });

  it('gives the same bytes on every build', async () => {
    const { bundleExplorer } = await import('../../src/explorer/bundle.ts');
    const [a, b] = await Promise.all([bundleExplorer(), bundleExplorer()]);
    expect(a.js).toBe(b.js);
  });
});

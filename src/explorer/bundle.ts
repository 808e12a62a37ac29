import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** The three files the explorer page is made of. */
export interface ExplorerAssets {
  html: string;
  js: string;
  css: string;
}

const PAGE_DIR = fileURLToPath(new URL('./page/', import.meta.url));
/** Where `npm run build:explorer` writes a prebuilt copy, for installs without esbuild (a dev dependency). */
export const PREBUILT_DIR = fileURLToPath(new URL('../../dist/explorer/', import.meta.url));

/**
 * Bundles the page's TypeScript with Cytoscape from node_modules into one script, in memory (no CDN,
 * nothing written). esbuild is deterministic, so the same sources give the same bytes.
 */
export async function bundleExplorer(): Promise<ExplorerAssets> {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [`${PAGE_DIR}main.ts`],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: ['chrome100', 'firefox100', 'safari15'],
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const js = result.outputFiles[0]?.text;
  if (js === undefined)
    throw new Error('E_EXPLORER_BUILD: esbuild produced no output for src/explorer/page/main.ts');
  const [html, css] = await Promise.all([
    readFile(`${PAGE_DIR}index.html`, 'utf8'),
    readFile(`${PAGE_DIR}style.css`, 'utf8'),
  ]);
  return { html, js, css };
}

/** The prebuilt copy from `npm run build:explorer`. */
export async function readPrebuilt(): Promise<ExplorerAssets> {
  const [html, js, css] = await Promise.all(
    ['index.html', 'app.js', 'app.css'].map((f) => readFile(`${PREBUILT_DIR}${f}`, 'utf8')),
  );
  return { html: html!, js: js!, css: css! };
}

/** Fresh from source when esbuild is installed (development, tests); otherwise the prebuilt copy. */
export async function loadExplorer(): Promise<ExplorerAssets> {
  try {
    return await bundleExplorer();
  } catch (err) {
    const missing = (err as { code?: string }).code === 'ERR_MODULE_NOT_FOUND';
    if (!missing) throw err;
    try {
      return await readPrebuilt();
    } catch {
      throw new Error(
        'E_EXPLORER_BUILD: esbuild is not installed and there is no prebuilt page in dist/explorer; run `npm run build:explorer`',
      );
    }
  }
}

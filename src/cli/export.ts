import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config.ts';
import { withDriver } from '../db/driver.ts';
import { toCsvTables } from '../export/csv.ts';
import { EXPORT_FORMATS, isExportFormat, renderGraph } from '../export/formats.ts';
import { readGraph } from '../export/read.ts';

export interface ExportOptions {
  format: string;
  around?: string;
  depth?: string;
  out?: string;
}

/**
 * `govkg export`: reads the graph (or the part around an entity) and writes one file, or stdout.
 * CSV with --out writes two files Gephi imports separately: <out>/nodes.csv and <out>/edges.csv
 * when <out> is a folder or ends in '/', else <out>'s stem + -nodes.csv / -edges.csv.
 */
export async function exportCommand(
  config: Config,
  opts: ExportOptions,
  stdout: NodeJS.WritableStream = process.stdout,
): Promise<{ nodes: number; edges: number; files: string[] }> {
  if (!isExportFormat(opts.format)) {
    throw new Error(
      `E_EXPORT_ARGS: --format must be one of ${EXPORT_FORMATS.join(', ')}, got "${opts.format}"`,
    );
  }
  const format = opts.format;
  const depth = opts.depth === undefined ? undefined : Number(opts.depth);
  if (depth !== undefined && opts.around === undefined) {
    throw new Error('E_EXPORT_ARGS: --depth needs --around ENTITY');
  }
  const graph = await withDriver(config, (driver) =>
    readGraph(driver, config.NEO4J_DATABASE, { around: opts.around, depth }),
  );
  const counts = { nodes: graph.nodes.length, edges: graph.edges.length };
  if (opts.out === undefined) {
    stdout.write(renderGraph(graph, format));
    return { ...counts, files: [] };
  }
  if (format === 'csv') {
    const tables = toCsvTables(graph);
    const isDir = await stat(opts.out).then(
      (s) => s.isDirectory(),
      () => false,
    );
    const [nodesFile, edgesFile] = csvPaths(isDir ? `${opts.out}/` : opts.out);
    await mkdir(path.dirname(nodesFile), { recursive: true });
    await writeFile(nodesFile, tables.nodes);
    await writeFile(edgesFile, tables.edges);
    return { ...counts, files: [nodesFile, edgesFile] };
  }
  await mkdir(path.dirname(path.resolve(opts.out)), { recursive: true });
  await writeFile(opts.out, renderGraph(graph, format));
  return { ...counts, files: [opts.out] };
}

/** `out/` → out/nodes.csv, out/edges.csv; `g.csv` or `g` → g-nodes.csv, g-edges.csv. */
export function csvPaths(out: string): [string, string] {
  if (out.endsWith('/') || out.endsWith(path.sep)) {
    return [path.join(out, 'nodes.csv'), path.join(out, 'edges.csv')];
  }
  const stem = out.replace(/\.csv$/i, '');
  return [`${stem}-nodes.csv`, `${stem}-edges.csv`];
}

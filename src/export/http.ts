import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Driver } from 'neo4j-driver';
import type { Routes } from '../server/http.ts';
import { toCsvTables } from './csv.ts';
import { EXPORT_FORMATS, FORMAT_INFO, isExportFormat, renderGraph } from './formats.ts';
import { ExportError, readGraph } from './read.ts';

export interface ExportRouteOptions {
  driver: Driver;
  database: string;
  timeoutMs: number;
}

/**
 * GET /export?format=graphml|gexf|cytoscape|csv[&around=ENTITY&depth=N][&table=nodes|edges]: the same
 * files as `govkg export`, as a download. CSV gives both tables in one file unless `table` picks one.
 */
export function addExportRoute(routes: Routes, opts: ExportRouteOptions): void {
  routes.add('GET', '/export', (req, res, url) => exportHandler(opts, req, res, url));
}

export async function exportHandler(
  opts: ExportRouteOptions,
  _req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const q = url.searchParams;
  const format = q.get('format') ?? '';
  const around = q.get('around') || undefined;
  const depthText = q.get('depth');
  const table = q.get('table');
  if (!isExportFormat(format)) {
    return sendError(res, 400, `E_EXPORT_ARGS: format must be one of ${EXPORT_FORMATS.join(', ')}`);
  }
  if (table !== null && (format !== 'csv' || (table !== 'nodes' && table !== 'edges'))) {
    return sendError(res, 400, 'E_EXPORT_ARGS: table=nodes|edges goes with format=csv');
  }
  const depth = depthText === null ? undefined : Number(depthText);
  let graph: Awaited<ReturnType<typeof readGraph>>;
  try {
    graph = await readGraph(opts.driver, opts.database, { around, depth, timeoutMs: opts.timeoutMs });
  } catch (err) {
    if (err instanceof ExportError)
      return sendError(res, err.code === 'E_EXPORT_NOT_FOUND' ? 404 : 400, err.message);
    throw err;
  }
  const body =
    format === 'csv' && table !== null
      ? toCsvTables(graph)[table as 'nodes' | 'edges']
      : renderGraph(graph, format);
  const stem = `govkg-${around ?? 'all'}${table ? `-${table}` : ''}`;
  const file = `${stem}.${FORMAT_INFO[format].extension}`;
  res.writeHead(200, {
    'content-type': FORMAT_INFO[format].contentType,
    'content-length': Buffer.byteLength(body),
    // An ASCII fallback name, and the real (Chinese) one encoded per RFC 6266 / 5987.
    'content-disposition': `attachment; filename="govkg-export.${FORMAT_INFO[format].extension}"; filename*=UTF-8''${encodeURIComponent(file)}`,
    'x-govkg-nodes': String(graph.nodes.length),
    'x-govkg-edges': String(graph.edges.length),
  });
  res.end(body);
}

function sendError(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(`${message}\n`);
}

import { toCsv } from './csv.ts';
import { toCytoscapeJSON } from './cytoscape.ts';
import { toGEXF } from './gexf.ts';
import type { Graph } from './graph.ts';
import { toGraphML } from './graphml.ts';

export const EXPORT_FORMATS = ['graphml', 'gexf', 'cytoscape', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** Content type and file extension per format, for HTTP downloads and default file names. */
export const FORMAT_INFO: Readonly<Record<ExportFormat, { contentType: string; extension: string }>> = {
  graphml: { contentType: 'application/graphml+xml; charset=utf-8', extension: 'graphml' },
  gexf: { contentType: 'application/gexf+xml; charset=utf-8', extension: 'gexf' },
  cytoscape: { contentType: 'application/json; charset=utf-8', extension: 'cyjs' },
  csv: { contentType: 'text/csv; charset=utf-8', extension: 'csv' },
};

export function renderGraph(graph: Graph, format: ExportFormat): string {
  switch (format) {
    case 'graphml':
      return toGraphML(graph);
    case 'gexf':
      return toGEXF(graph);
    case 'cytoscape':
      return toCytoscapeJSON(graph);
    case 'csv':
      return toCsv(graph);
    default:
      return assertNever(format);
  }
}

function assertNever(x: never): never {
  throw new Error(`E_EXPORT_FORMAT: unknown format ${String(x)}`);
}

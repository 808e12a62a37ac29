import { EDGE_ATTRS, type Graph, NODE_ATTRS, UNDIRECTED_TYPES } from './graph.ts';

export interface CsvTables {
  nodes: string;
  edges: string;
}

/**
 * Two tables with the column names Gephi's spreadsheet import recognizes (nodes: Id, Label;
 * edges: Source, Target, Type = Directed/Undirected, Id, Label), followed by every attribute.
 * RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break.
 */
export function toCsvTables(graph: Graph): CsvTables {
  const nodeRows = [
    ['Id', 'Label', ...NODE_ATTRS.map((a) => a.name)],
    ...graph.nodes.map((n) => [n.id, n.name, ...NODE_ATTRS.map((a) => a.get(n))]),
  ];
  const edgeRows = [
    ['Source', 'Target', 'Type', 'Id', 'Label', ...EDGE_ATTRS.map((a) => a.name)],
    ...graph.edges.map((e) => [
      e.source,
      e.target,
      UNDIRECTED_TYPES.has(e.type) ? 'Undirected' : 'Directed',
      e.id,
      e.type,
      ...EDGE_ATTRS.map((a) => a.get(e)),
    ]),
  ];
  return { nodes: table(nodeRows), edges: table(edgeRows) };
}

/** Both tables in one stream (stdout, one HTTP response): nodes, a blank line, then edges. */
export function toCsv(graph: Graph): string {
  const { nodes, edges } = toCsvTables(graph);
  return `${nodes}\r\n${edges}`;
}

function table(rows: (string | number | undefined)[][]): string {
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

export function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

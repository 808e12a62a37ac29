import { type Attr, EDGE_ATTRS, type Graph, NODE_ATTRS, UNDIRECTED_TYPES } from './graph.ts';
import { xmlEscape } from './xml.ts';

/**
 * GraphML for Gephi, Cytoscape desktop and yEd. Every attribute is a declared <key>; `label` is the
 * attribute Gephi shows on nodes and edges. Directed by default; undirected relation types
 * (SIGNED_AGREEMENT, COOPERATES_WITH) are marked `directed="false"` per edge.
 */
export function toGraphML(graph: Graph): string {
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    keyLine('node', 'label', 'string'),
    ...NODE_ATTRS.map((a) => keyLine('node', a.name, a.type)),
    keyLine('edge', 'label', 'string'),
    ...EDGE_ATTRS.map((a) => keyLine('edge', a.name, a.type)),
    '  <graph id="govkg" edgedefault="directed">',
  ];
  for (const node of graph.nodes) {
    lines.push(`    <node id="${xmlEscape(node.id)}">`);
    lines.push(dataLine('node', 'label', node.name));
    lines.push(...dataLines('node', NODE_ATTRS, node));
    lines.push('    </node>');
  }
  for (const edge of graph.edges) {
    const directed = UNDIRECTED_TYPES.has(edge.type) ? ' directed="false"' : '';
    lines.push(
      `    <edge id="${xmlEscape(edge.id)}" source="${xmlEscape(edge.source)}" target="${xmlEscape(edge.target)}"${directed}>`,
    );
    lines.push(dataLine('edge', 'label', edge.type));
    lines.push(...dataLines('edge', EDGE_ATTRS, edge));
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

/** Key ids are prefixed by domain: a node and an edge attribute may share a name but not an id. */
function keyId(domain: 'node' | 'edge', name: string): string {
  return `${domain[0]}_${name}`;
}

function keyLine(domain: 'node' | 'edge', name: string, type: string): string {
  return `  <key id="${keyId(domain, name)}" for="${domain}" attr.name="${name}" attr.type="${type}"/>`;
}

function dataLine(domain: 'node' | 'edge', name: string, value: string | number): string {
  return `      <data key="${keyId(domain, name)}">${xmlEscape(value)}</data>`;
}

function dataLines<T>(domain: 'node' | 'edge', attrs: readonly Attr<T>[], item: T): string[] {
  const out: string[] = [];
  for (const attr of attrs) {
    const value = attr.get(item);
    // Absent values are left out, not written empty: an empty double would not parse.
    if (value !== undefined && value !== '') out.push(dataLine(domain, attr.name, value));
  }
  return out;
}

import { hexToRgb, nodeColor } from './colors.ts';
import { type Attr, EDGE_ATTRS, type Graph, NODE_ATTRS, UNDIRECTED_TYPES } from './graph.ts';
import { xmlEscape } from './xml.ts';

/**
 * GEXF 1.3 for Gephi: declared attributes, labels, and node colours (viz:color) from the explorer's
 * palette. No timestamp in <meta>, so the same graph always gives the same bytes.
 */
export function toGEXF(graph: Graph): string {
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    '  <meta>',
    '    <creator>gov-kg</creator>',
    '    <description>Chinese government bodies, regions and programs, with evidence on every edge</description>',
    '  </meta>',
    '  <graph mode="static" defaultedgetype="directed">',
    ...attributeBlock('node', NODE_ATTRS),
    ...attributeBlock('edge', EDGE_ATTRS),
    '    <nodes>',
  ];
  for (const node of graph.nodes) {
    const { r, g, b } = hexToRgb(nodeColor(node.type));
    lines.push(`      <node id="${xmlEscape(node.id)}" label="${xmlEscape(node.name)}">`);
    lines.push(...attvalues(NODE_ATTRS, node));
    lines.push(`        <viz:color r="${r}" g="${g}" b="${b}"/>`);
    lines.push('      </node>');
  }
  lines.push('    </nodes>', '    <edges>');
  for (const edge of graph.edges) {
    const kind = UNDIRECTED_TYPES.has(edge.type) ? ' type="undirected"' : '';
    lines.push(
      `      <edge id="${xmlEscape(edge.id)}" source="${xmlEscape(edge.source)}" target="${xmlEscape(edge.target)}" label="${xmlEscape(edge.type)}"${kind}>`,
    );
    lines.push(...attvalues(EDGE_ATTRS, edge));
    lines.push('      </edge>');
  }
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}

function attributeBlock<T>(cls: 'node' | 'edge', attrs: readonly Attr<T>[]): string[] {
  return [
    `    <attributes class="${cls}">`,
    ...attrs.map((a) => `      <attribute id="${a.name}" title="${a.name}" type="${a.type}"/>`),
    '    </attributes>',
  ];
}

function attvalues<T>(attrs: readonly Attr<T>[], item: T): string[] {
  const values = attrs.flatMap((a) => {
    const v = a.get(item);
    return v === undefined || v === ''
      ? []
      : [`          <attvalue for="${a.name}" value="${xmlEscape(v)}"/>`];
  });
  return values.length ? ['        <attvalues>', ...values, '        </attvalues>'] : [];
}

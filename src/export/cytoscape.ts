import type { Graph } from './graph.ts';

/**
 * Cytoscape JSON (elements format): opens in Cytoscape desktop (File → Import → Network from File)
 * and loads straight into Cytoscape.js with `cy.add(json.elements)`. The relation type is also
 * written as `interaction`, the column Cytoscape desktop uses for edge types.
 */
export function toCytoscapeJSON(graph: Graph): string {
  const doc = {
    format_version: '1.0',
    generated_by: 'gov-kg',
    target_cytoscapejs_version: '~3.35',
    data: { name: 'gov-kg' },
    elements: {
      nodes: graph.nodes.map((n) => ({
        data: {
          id: n.id,
          name: n.name,
          type: n.type,
          aliases: n.aliases ?? [],
          code: n.code,
          level: n.level,
        },
      })),
      edges: graph.edges.map((e) => ({
        data: {
          id: e.id,
          source: e.source,
          target: e.target,
          interaction: e.type,
          relation: e.type,
          evidence: e.evidence,
          docId: e.docId,
          docTitle: e.docTitle,
          sentenceId: e.sentenceId,
          rule: e.rule,
          confidence: e.confidence,
          date: e.date,
        },
      })),
    },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

import { describe, expect, it } from 'vitest';
import { toCytoscapeJSON } from '../../src/export/cytoscape.ts';
import { EXPORT_FORMATS, renderGraph } from '../../src/export/formats.ts';
import { SAMPLE } from './export/sample-graph.ts';

describe('Cytoscape JSON export', () => {
  const json = JSON.parse(toCytoscapeJSON(SAMPLE));

  it('holds every node and edge as elements with data', () => {
    expect(json.elements.nodes.map((n: { data: { id: string } }) => n.data.id)).toEqual(
      SAMPLE.nodes.map((n) => n.id),
    );
    expect(json.elements.edges).toHaveLength(3);
  });

  it('carries the relation as interaction and the evidence on the edge', () => {
    expect(json.elements.edges[0].data).toMatchObject({
      source: 'org:上海市科学技术委员会',
      target: 'org:江苏省科学技术厅',
      interaction: 'SIGNED_AGREEMENT',
      evidence: SAMPLE.edges[0]!.evidence,
      docId: 'doc-a',
    });
  });

  it('gives nodes their type and aliases', () => {
    expect(json.elements.nodes[2].data).toMatchObject({
      name: '江苏省',
      type: 'Region',
      aliases: ['江苏', '苏'],
    });
  });
});

describe('renderGraph', () => {
  it.each(EXPORT_FORMATS.map((f) => [f]))('renders %s with every node name in it', (format) => {
    const out = renderGraph(SAMPLE, format);
    for (const n of SAMPLE.nodes) expect(out).toContain(n.name);
  });
});

describe('palette', () => {
  it('gives no relation the colour of a node type (arrowheads would vanish into nodes)', async () => {
    const { NODE_COLORS, RELATION_STYLES } = await import('../../src/export/colors.ts');
    const nodeColors = new Set(Object.values(NODE_COLORS).map((c) => c.toLowerCase()));
    for (const style of Object.values(RELATION_STYLES))
      expect(nodeColors.has(style.color.toLowerCase())).toBe(false);
  });
});

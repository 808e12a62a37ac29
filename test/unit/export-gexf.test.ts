import { describe, expect, it } from 'vitest';
import { NODE_COLORS } from '../../src/export/colors.ts';
import { toGEXF } from '../../src/export/gexf.ts';
import { SAMPLE } from './export/sample-graph.ts';
import { childElements, findAll, parseXml } from './export/xml.ts';

/** Reads a GEXF document back the way Gephi does: attribute ids → titles, attvalues by `for`. */
function readGEXF(text: string) {
  const root = parseXml(text);
  const graph = childElements(root, 'graph')[0]!;
  const titles = (cls: string) =>
    new Map(
      childElements(graph, 'attributes')
        .filter((a) => a.attribs.class === cls)
        .flatMap((a) => childElements(a, 'attribute'))
        .map((a) => [a.attribs.id, a.attribs]),
    );
  const nodeAttrs = titles('node');
  const edgeAttrs = titles('edge');
  const values = (el: ReturnType<typeof parseXml>, attrs: typeof nodeAttrs) =>
    Object.fromEntries(
      findAll(el, 'attvalue').map((v) => [attrs.get(v.attribs.for ?? '')?.title, v.attribs.value]),
    );
  return {
    root,
    graph,
    nodeAttrs,
    edgeAttrs,
    nodes: findAll(graph, 'node').map((n) => ({
      ...n.attribs,
      ...values(n, nodeAttrs),
      color: findAll(n, 'viz:color')[0]?.attribs,
    })),
    edges: findAll(graph, 'edge').map((e) => ({ ...e.attribs, ...values(e, edgeAttrs) })),
  };
}

describe('GEXF export', () => {
  const text = toGEXF(SAMPLE);
  const parsed = readGEXF(text);

  it('is a GEXF 1.3 document with a static directed graph', () => {
    expect(parsed.root.name).toBe('gexf');
    expect(parsed.root.attribs).toMatchObject({ xmlns: 'http://gexf.net/1.3', version: '1.3' });
    expect(parsed.graph.attribs).toMatchObject({ mode: 'static', defaultedgetype: 'directed' });
  });

  it('declares node and edge attributes with their types', () => {
    expect([...parsed.nodeAttrs.values()].map((a) => `${a.title}:${a.type}`)).toEqual([
      'type:string',
      'name:string',
      'aliases:string',
      'code:string',
      'level:string',
    ]);
    expect(parsed.edgeAttrs.get('confidence')?.type).toBe('double');
    expect(parsed.edgeAttrs.get('evidence')?.type).toBe('string');
  });

  it.each([
    ['org:江苏省科学技术厅', '江苏省科学技术厅', 'Organization'],
    ['org:上海市科学技术委员会', '上海市科学技术委员会', 'Organization'],
    ['region:320000', '江苏省', 'Region'],
    ['program:长三角科创券', '长三角科创券', 'Program'],
  ])('writes node %s labelled %s, typed and coloured as %s', (id, label, type) => {
    const node = parsed.nodes.find((n) => n.id === id);
    expect(node).toMatchObject({ label, type, name: label });
    const hex = NODE_COLORS[type]!;
    const rgb = [1, 3, 5].map((i) => String(Number.parseInt(hex.slice(i, i + 2), 16)));
    expect([node?.color?.r, node?.color?.g, node?.color?.b]).toEqual(rgb);
  });

  it('writes every edge with its ends, relation and evidence read back intact', () => {
    expect(parsed.nodes).toHaveLength(4);
    expect(parsed.edges).toHaveLength(3);
    const pilots = parsed.edges.find((e) => e.relation === 'PILOTS');
    expect(pilots).toMatchObject({
      source: 'region:320000',
      target: 'program:长三角科创券',
      label: 'PILOTS',
      evidence: '江苏率先试点长三角科创券。',
      docId: 'doc-b',
      docTitle: '科创券试点启动',
      date: '2023-11-02',
      confidence: '0.8',
    });
    const signed = parsed.edges.find((e) => e.relation === 'SIGNED_AGREEMENT');
    expect(signed?.evidence).toBe(SAMPLE.edges[0]!.evidence);
  });

  it.each([
    ['SIGNED_AGREEMENT', 'undirected'],
    ['LOCATED_IN', undefined],
  ])('gives %s edges type=%s', (relation, type) => {
    expect(parsed.edges.find((e) => e.relation === relation)?.type).toBe(type);
  });

  it('has every edge end among the nodes and unique edge ids', () => {
    const ids = new Set(parsed.nodes.map((n) => n.id));
    for (const e of parsed.edges) {
      expect(ids.has(e.source)).toBe(true);
      expect(ids.has(e.target)).toBe(true);
    }
    expect(new Set(parsed.edges.map((e) => e.id)).size).toBe(parsed.edges.length);
  });

  it('gives the same bytes for the same graph (no timestamps)', () => {
    expect(toGEXF(SAMPLE)).toBe(text);
  });
});

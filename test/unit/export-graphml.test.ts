import { describe, expect, it } from 'vitest';
import { toGraphML } from '../../src/export/graphml.ts';
import { SAMPLE } from './export/sample-graph.ts';
import { childElements, findAll, parseXml, textOf } from './export/xml.ts';

/** Reads a GraphML document back the way Gephi does: keys by id, data by key's attr.name. */
function readGraphML(text: string) {
  const root = parseXml(text);
  const keys = new Map(findAll(root, 'key').map((k) => [k.attribs.id, k.attribs]));
  const data = (el: ReturnType<typeof parseXml>) =>
    Object.fromEntries(
      childElements(el, 'data').map((d) => [keys.get(d.attribs.key ?? '')?.['attr.name'], textOf(d)]),
    );
  const graph = childElements(root, 'graph')[0]!;
  return {
    root,
    keys,
    graph,
    nodes: childElements(graph, 'node').map((n) => ({ id: n.attribs.id, ...data(n) })),
    edges: childElements(graph, 'edge').map((e) => ({ ...e.attribs, ...data(e) })),
  };
}

describe('GraphML export', () => {
  const text = toGraphML(SAMPLE);
  const parsed = readGraphML(text);

  it('is a GraphML document with a directed graph', () => {
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(parsed.root.name).toBe('graphml');
    expect(parsed.root.attribs.xmlns).toBe('http://graphml.graphdrawing.org/xmlns');
    expect(parsed.graph.attribs.edgedefault).toBe('directed');
  });

  it('declares every data key once, with its domain and type', () => {
    const declared = [...parsed.keys.values()].map((k) => `${k.for}:${k['attr.name']}:${k['attr.type']}`);
    expect(declared).toContain('node:label:string');
    expect(declared).toContain('node:aliases:string');
    expect(declared).toContain('edge:confidence:double');
    expect(declared).toContain('edge:evidence:string');
    expect(new Set(parsed.keys.keys()).size).toBe(parsed.keys.size);
    // Every data element points at a declared key.
    for (const d of findAll(parsed.root, 'data')) expect(parsed.keys.has(d.attribs.key)).toBe(true);
  });

  it.each([
    ['org:江苏省科学技术厅', 'Organization', '江苏省科学技术厅', '江苏省科技厅|省科技厅'],
    ['org:上海市科学技术委员会', 'Organization', '上海市科学技术委员会', '上海市科委'],
    ['region:320000', 'Region', '江苏省', '江苏|苏'],
    ['program:长三角科创券', 'Program', '长三角科创券', undefined],
  ])('writes node %s with its type, label and aliases', (id, type, name, aliases) => {
    const node = parsed.nodes.find((n) => n.id === id);
    expect(node).toMatchObject({ type, name, label: name });
    expect(node?.aliases).toBe(aliases);
  });

  it('writes region codes and levels', () => {
    expect(parsed.nodes.find((n) => n.id === 'region:320000')).toMatchObject({
      code: '320000',
      level: 'province',
    });
  });

  it('writes every edge with its ends, relation and evidence, escaped and read back intact', () => {
    expect(parsed.nodes).toHaveLength(4);
    expect(parsed.edges).toHaveLength(3);
    const signed = parsed.edges.find((e) => e.relation === 'SIGNED_AGREEMENT');
    expect(signed).toMatchObject({
      source: 'org:上海市科学技术委员会',
      target: 'org:江苏省科学技术厅',
      label: 'SIGNED_AGREEMENT',
      evidence: SAMPLE.edges[0]!.evidence,
      docTitle: '沪苏科技合作, 再进一步',
      docId: 'doc-a',
      sentenceId: 'doc-a#2',
      rule: 'sign-verb',
      confidence: '0.9',
      date: '2024-05-20',
    });
  });

  it.each([
    ['SIGNED_AGREEMENT', 'false'],
    ['LOCATED_IN', undefined],
    ['PILOTS', undefined],
  ])('marks %s edges directed=%s', (relation, directed) => {
    expect(parsed.edges.find((e) => e.relation === relation)?.directed).toBe(directed);
  });

  it('leaves absent values out instead of writing them empty', () => {
    const located = parsed.edges.find((e) => e.relation === 'LOCATED_IN');
    expect(located).not.toHaveProperty('evidence');
    expect(located).not.toHaveProperty('date');
  });

  it('escapes markup so no raw < or & from the evidence reaches the file', () => {
    expect(text).toContain('&lt;通兑&gt;&amp;共享');
    expect(text).not.toContain('<通兑>');
  });

  it('drops control characters XML 1.0 cannot carry', () => {
    const dirty = toGraphML({
      nodes: [{ id: 'org:x', type: 'Organization', name: 'a\u0001b\u000bc' }],
      edges: [],
    });
    expect(readGraphML(dirty).nodes[0]?.name).toBe('abc');
  });

  it('writes an empty graph as a valid document', () => {
    const empty = readGraphML(toGraphML({ nodes: [], edges: [] }));
    expect(empty.nodes).toEqual([]);
    expect(empty.edges).toEqual([]);
  });
});

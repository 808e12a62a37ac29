import { describe, expect, it } from 'vitest';
import {
  dateRange,
  dateVisible,
  type EdgeData,
  edgeVisible,
  type Filter,
  GraphModel,
  groupId,
  visibleNodes,
} from '../../src/explorer/page/model.ts';

const nodes = [
  { id: 'org:上海市科学技术委员会', type: 'Organization', name: '上海市科学技术委员会' },
  { id: 'org:江苏省科学技术厅', type: 'Organization', name: '江苏省科学技术厅' },
  { id: 'region:320000', type: 'Region', name: '江苏省' },
];
const signed: EdgeData = {
  type: 'SIGNED_AGREEMENT',
  source: 'org:上海市科学技术委员会',
  target: 'org:江苏省科学技术厅',
  evidence: '上海市科委与江苏省科技厅签署合作协议。',
  docId: 'a',
  date: '2024-05-20',
};
const located: EdgeData = {
  type: 'LOCATED_IN',
  source: 'org:江苏省科学技术厅',
  target: 'region:320000',
  docId: 'b',
};

const all: Filter = {
  types: new Set(['SIGNED_AGREEMENT', 'LOCATED_IN']),
  includeUndated: true,
};

describe('explorer graph model', () => {
  it('adds nodes and edges once and reports only what is new', () => {
    const model = new GraphModel();
    const first = model.add({ nodes, edges: [signed, located] });
    expect(first.addedNodes).toHaveLength(3);
    expect(first.addedEdges).toHaveLength(2);
    const again = model.add({ nodes, edges: [signed, located] });
    expect(again).toEqual({ addedNodes: [], addedEdges: [], grownEdges: [] });
    expect(model.edges.get(groupId(signed))?.items).toHaveLength(1);
  });

  it('groups statements of one relation from two documents into one edge', () => {
    const model = new GraphModel();
    model.add({ nodes, edges: [signed] });
    const change = model.add({
      nodes: [],
      edges: [{ ...signed, docId: 'c', evidence: '沪苏两地再次签约。' }],
    });
    expect(change.grownEdges).toEqual([groupId(signed)]);
    expect(model.edges.get(groupId(signed))?.items.map((i) => i.docId)).toEqual(['a', 'c']);
  });

  it('treats an undirected relation reported backwards as the same edge', () => {
    const model = new GraphModel();
    model.add({ nodes, edges: [signed] });
    const reversed = { ...signed, source: signed.target, target: signed.source };
    expect(groupId(reversed)).toBe(groupId(signed));
    expect(model.add({ nodes: [], edges: [reversed] }).addedEdges).toEqual([]);
  });

  it('keeps a directed relation reported backwards apart', () => {
    const reversed = { ...located, source: located.target, target: located.source };
    expect(groupId(reversed)).not.toBe(groupId(located));
  });

  it('skips an edge whose end it has not been given', () => {
    const model = new GraphModel();
    const change = model.add({ nodes: nodes.slice(0, 1), edges: [signed] });
    expect(change.addedEdges).toEqual([]);
  });

  it.each([
    ['2024-05-20', {}, true],
    ['2024-05-20', { from: '2024-01-01', to: '2024-12-31' }, true],
    ['2024-05-20', { from: '2024-06-01' }, false],
    ['2024-05-20', { to: '2023-12-31' }, false],
    ['2024', { from: '2024-06-01' }, true],
    ['2023', { from: '2024-06-01' }, false],
    [undefined, { from: '2024-01-01' }, true],
    [undefined, { includeUndated: false }, false],
  ])('date %s with filter %j is shown: %s', (date, bounds, shown) => {
    expect(dateVisible(date, { ...all, ...bounds })).toBe(shown);
  });

  it('hides an edge whose type is filtered out, and nodes left without edges unless anchored', () => {
    const model = new GraphModel();
    model.add({ nodes, edges: [signed, located] });
    const onlySigned = { ...all, types: new Set(['SIGNED_AGREEMENT']) };
    expect(edgeVisible(model.edges.get(groupId(located))!, onlySigned)).toBe(false);
    expect([...visibleNodes(model, onlySigned, new Set())].sort()).toEqual([
      'org:上海市科学技术委员会',
      'org:江苏省科学技术厅',
    ]);
    expect(visibleNodes(model, onlySigned, new Set(['region:320000'])).has('region:320000')).toBe(true);
  });

  it('finds the date range of the evidence', () => {
    const model = new GraphModel();
    model.add({ nodes, edges: [signed, { ...located, date: '2021-03-01' }] });
    expect(dateRange(model)).toEqual({ min: '2021-03-01', max: '2024-05-20' });
  });
});

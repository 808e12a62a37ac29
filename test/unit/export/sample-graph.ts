import type { Graph } from '../../../src/export/graph.ts';

/** A small graph written for these tests; the evidence holds every character XML and CSV must escape. */
export const SAMPLE: Graph = {
  nodes: [
    {
      id: 'org:江苏省科学技术厅',
      type: 'Organization',
      name: '江苏省科学技术厅',
      aliases: ['江苏省科技厅', '省科技厅'],
    },
    {
      id: 'org:上海市科学技术委员会',
      type: 'Organization',
      name: '上海市科学技术委员会',
      aliases: ['上海市科委'],
    },
    {
      id: 'region:320000',
      type: 'Region',
      name: '江苏省',
      aliases: ['江苏', '苏'],
      code: '320000',
      level: 'province',
    },
    { id: 'program:长三角科创券', type: 'Program', name: '长三角科创券' },
  ],
  edges: [
    {
      id: 'SIGNED_AGREEMENT|org:上海市科学技术委员会|org:江苏省科学技术厅|doc-a|doc-a#2',
      type: 'SIGNED_AGREEMENT',
      source: 'org:上海市科学技术委员会',
      target: 'org:江苏省科学技术厅',
      evidence: '上海市科委与江苏省科技厅签署"科创券"互认协议，约定<通兑>&共享。\n第二行',
      docId: 'doc-a',
      docTitle: '沪苏科技合作, 再进一步',
      sentenceId: 'doc-a#2',
      rule: 'sign-verb',
      confidence: 0.9,
      date: '2024-05-20',
    },
    {
      id: 'LOCATED_IN|org:江苏省科学技术厅|region:320000|doc-a|doc-a#0',
      type: 'LOCATED_IN',
      source: 'org:江苏省科学技术厅',
      target: 'region:320000',
      docId: 'doc-a',
      sentenceId: 'doc-a#0',
      rule: 'name-prefix',
      confidence: 1,
    },
    {
      id: 'PILOTS|region:320000|program:长三角科创券|doc-b|doc-b#1',
      type: 'PILOTS',
      source: 'region:320000',
      target: 'program:长三角科创券',
      evidence: '江苏率先试点长三角科创券。',
      docId: 'doc-b',
      docTitle: '科创券试点启动',
      sentenceId: 'doc-b#1',
      rule: 'pilot-verb',
      confidence: 0.8,
      date: '2023-11-02',
    },
  ],
};

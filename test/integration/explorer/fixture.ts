import type { Doc } from '../../../ingest/types.ts';
import { type EntitySpec, handDoc } from '../hand-doc.ts';

/** The explorer test's data: documents under DOC_PREFIX, entities whose ids hold TAG (helpers.cleanup). */
export const DOC_PREFIX = 't-explore/';
export const TAG = 't-explore-';

/** The same small graph under another tag and document prefix, for another test file. */
export function fixtureIds(tag: string) {
  return {
    shKewei: `org:${tag}上海市科学技术委员会`,
    jsKejiting: `org:${tag}江苏省科学技术厅`,
    zjKejiting: `org:${tag}浙江省科学技术厅`,
    shanghai: `region:${tag}310000`,
    jiangsu: `region:${tag}320000`,
    suzhou: `region:${tag}320500`,
    voucher: `program:${tag}长三角科技创新券`,
  };
}

export const IDS = fixtureIds(TAG);

function catalogFor(IDS: ReturnType<typeof fixtureIds>): EntitySpec[] {
  return [
    { id: IDS.shKewei, type: 'Organization', name: '上海市科学技术委员会', aliases: ['上海市科委'] },
    { id: IDS.jsKejiting, type: 'Organization', name: '江苏省科学技术厅', aliases: ['江苏省科技厅'] },
    { id: IDS.zjKejiting, type: 'Organization', name: '浙江省科学技术厅', aliases: ['浙江省科技厅'] },
    { id: IDS.shanghai, type: 'Region', name: '上海市', aliases: ['上海', '沪'] },
    { id: IDS.jiangsu, type: 'Region', name: '江苏省', aliases: ['江苏', '苏'] },
    { id: IDS.suzhou, type: 'Region', name: '苏州市', aliases: ['苏州'] },
    { id: IDS.voucher, type: 'Program', name: '长三角科技创新券', aliases: ['创新券'] },
  ];
}

/** Written for this test: two short reports about science departments in the Yangtze delta. */
export const SIGNING_SENTENCE = '上海市科委与江苏省科技厅在南京签署长三角科技创新券互认协议。';
export const SIGNING_TITLE = '沪苏科技部门签署创新券互认协议';
export const SIGNING_DATE = '2024-05-20';

export function explorerDocs(tag = TAG, docPrefix = DOC_PREFIX): Doc[] {
  const IDS = fixtureIds(tag);
  const DOC_PREFIX = docPrefix;
  const catalog = catalogFor(IDS);
  const a = handDoc(
    {
      id: `${DOC_PREFIX}signing`,
      title: SIGNING_TITLE,
      sentences: [SIGNING_SENTENCE, '江苏省科技厅率先在苏州市试点长三角科技创新券。'],
      mentions: [
        [0, '上海市科委', IDS.shKewei],
        [0, '江苏省科技厅', IDS.jsKejiting],
        [1, '江苏省科技厅', IDS.jsKejiting],
        [1, '苏州市', IDS.suzhou],
        [1, '长三角科技创新券', IDS.voucher],
      ],
      relations: [
        ['SIGNED_AGREEMENT', IDS.shKewei, IDS.jsKejiting, 0],
        ['PILOTS', IDS.jsKejiting, IDS.voucher, 1],
      ],
    },
    catalog,
  );
  // The relation stage dates what the text dates; handDoc leaves dates out, so set them here.
  a.relations![0]!.date = SIGNING_DATE;
  a.relations![1]!.date = '2023-11-02';
  const b = handDoc(
    {
      id: `${DOC_PREFIX}places`,
      title: '长三角科技部门概况',
      sentences: [
        '上海市科学技术委员会设在上海市。',
        '江苏省科学技术厅设在江苏省，苏州市隶属江苏省。',
        '浙江省科技厅与上海市科委开展科技合作。',
      ],
      mentions: [
        [0, '上海市科学技术委员会', IDS.shKewei],
        [0, '上海市', IDS.shanghai],
        [1, '江苏省科学技术厅', IDS.jsKejiting],
        [1, '江苏省', IDS.jiangsu],
        [1, '苏州市', IDS.suzhou],
        [2, '浙江省科技厅', IDS.zjKejiting],
        [2, '上海市科委', IDS.shKewei],
      ],
      relations: [
        ['LOCATED_IN', IDS.shKewei, IDS.shanghai, 0],
        ['LOCATED_IN', IDS.jsKejiting, IDS.jiangsu, 1],
        ['PART_OF', IDS.suzhou, IDS.jiangsu, 1],
        ['COOPERATES_WITH', IDS.shKewei, IDS.zjKejiting, 2],
      ],
    },
    catalog,
  );
  return [a, b];
}

/** A synthetic graph of `n` entities in clusters, to measure the layout at the size the page promises. */
export function syntheticGraph(n: number) {
  const types = ['Organization', 'Region', 'Program'];
  const relations = ['CO_BUILT', 'SIGNED_AGREEMENT', 'COOPERATES_WITH', 'PILOTS', 'LOCATED_IN'];
  const nodes = Array.from({ length: n }, (_, i) => ({ id: `n${i}`, type: types[i % 3]!, name: `机构${i}` }));
  const edges = [];
  // Hubs of ~25 members, chained: the shape of provinces with their agencies, linked by agreements.
  for (let i = 1; i < n; i++) {
    const hub = Math.floor(i / 25) * 25;
    const source = i % 25 === 0 ? `n${hub - 25}` : `n${hub}`;
    edges.push({
      type: relations[i % relations.length]!,
      source,
      target: `n${i}`,
      docId: `d${i}`,
      evidence: `第${i}句。`,
    });
  }
  return { nodes, edges };
}

/** The side panels: search hits, legend and filters, node details, the evidence of an edge, paths. */
import { NODE_COLORS, RELATION_STYLES, relationStyle } from '../../export/colors.ts';
import type { SearchHit } from './api.ts';
import { h, markNames } from './dom.ts';
import type { EdgeGroup, EvidenceItem, NodeData } from './model.ts';
import { NODE_SHAPES } from './view.ts';

export const TYPE_LABELS: Readonly<Record<string, string>> = {
  Organization: '机构 Organization',
  Region: '地区 Region',
  Program: '项目 Program',
};

const swatch = (type: string) =>
  h('span', {
    class: `swatch shape-${NODE_SHAPES[type] ?? 'ellipse'}`,
    style: `background:${NODE_COLORS[type]}`,
  });

export function renderHits(hits: SearchHit[], onPick: (hit: SearchHit) => void): HTMLElement {
  if (hits.length === 0) return h('p', { class: 'muted' }, '没有找到 No entity matches.');
  const list = h('ul', { class: 'hits' });
  for (const hit of hits) {
    const aliases = hit.aliases?.length ? ` (${hit.aliases.slice(0, 4).join('、')})` : '';
    const button = h(
      'button',
      { type: 'button', 'data-id': hit.id },
      swatch(hit.type),
      hit.name,
      h('small', {}, aliases),
    );
    button.addEventListener('click', () => onPick(hit));
    list.append(h('li', {}, button));
  }
  return list;
}

export function renderLegend(): HTMLElement {
  const nodes = Object.keys(NODE_COLORS).map((t) => h('li', {}, swatch(t), TYPE_LABELS[t] ?? t));
  return h(
    'div',
    {},
    h('ul', { class: 'legend' }, ...nodes),
    h('p', { class: 'muted' }, '箭头 = 有向关系；无箭头 = 双方关系（签约、合作）。线越粗，证据句越多。'),
    h('p', { class: 'muted' }, 'Arrow: directed; none: mutual. Thicker: more evidence sentences.'),
  );
}

/** Relation checkboxes: the filter and the edge legend in one. */
export function renderRelationFilter(onChange: () => void): HTMLElement {
  const list = h('ul', { class: 'relations' });
  for (const [type, style] of Object.entries(RELATION_STYLES)) {
    const box = h('input', { type: 'checkbox', name: 'relation', value: type });
    box.checked = true;
    box.addEventListener('change', onChange);
    list.append(
      h(
        'li',
        {},
        h(
          'label',
          {},
          box,
          h('span', { class: 'line', style: `background:${style.color}` }),
          `${style.label} `,
          h('small', {}, type),
        ),
      ),
    );
  }
  return list;
}

export function renderNode(node: NodeData, degree: number): HTMLElement {
  return h(
    'div',
    { class: 'node-details' },
    h('h3', {}, swatch(node.type), node.name),
    h('p', {}, TYPE_LABELS[node.type] ?? node.type),
    h('p', { class: 'muted' }, node.id),
    node.aliases?.length ? h('p', {}, `别名 Aliases: ${node.aliases.join('、')}`) : null,
    h('p', {}, `图中关系 Relations shown: ${degree}`),
  );
}

/** The evidence panel: every statement behind an edge, with the two entities marked in the sentence. */
export function renderEvidence(
  group: EdgeGroup,
  items: EvidenceItem[],
  source: NodeData,
  target: NodeData,
): HTMLElement {
  const style = relationStyle(group.type);
  const arrow = group.directed ? ' → ' : ' ↔ ';
  const names = [source.name, target.name, ...(source.aliases ?? []), ...(target.aliases ?? [])];
  const list = h('ol', { class: 'evidence-list' });
  for (const item of items) list.append(h('li', {}, ...renderItem(item, names)));
  return h(
    'div',
    { class: 'evidence' },
    h(
      'h3',
      {},
      h('span', { class: 'line', style: `background:${style.color}` }),
      `${style.label} `,
      h('small', {}, group.type),
    ),
    h('p', { class: 'ends' }, source.name, arrow, target.name),
    h('p', { class: 'muted' }, `${items.length} 条证据 statement(s)`),
    list,
  );
}

function renderItem(item: EvidenceItem, names: string[]): HTMLElement[] {
  const meta = h('dl', {});
  const row = (label: string, value: string | number | undefined) => {
    if (value === undefined || value === '') return;
    meta.append(h('dt', {}, label), h('dd', {}, String(value)));
  };
  row('文件 Document', item.docTitle);
  row('文件编号 Doc id', item.docId);
  row('句子 Sentence', item.sentenceId);
  row('规则 Rule', item.rule);
  row('日期 Date', item.date);
  row('置信度 Confidence', item.confidence?.toFixed(2));
  const sentence = item.evidence
    ? h('blockquote', { class: 'sentence' }, ...markNames(item.evidence, names))
    : h('p', { class: 'muted' }, '（来自行政区划表，无原文句子 From the gazetteer: no sentence.）');
  return [sentence, meta];
}

export function renderPaths(
  paths: { length: number; nodes: NodeData[] }[],
  onPick: (index: number) => void,
): HTMLElement {
  if (paths.length === 0) return h('p', { class: 'muted' }, '没有路径 No path within the hop limit.');
  const list = h('ol', { class: 'paths' });
  paths.forEach((p, i) => {
    const button = h(
      'button',
      { type: 'button' },
      `${p.nodes.map((n) => n.name).join(' — ')} `,
      h('small', {}, `(${p.length} 跳)`),
    );
    button.addEventListener('click', () => onPick(i));
    list.append(h('li', {}, button));
  });
  return list;
}

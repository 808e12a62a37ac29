/**
 * The explorer's graph state, free of the DOM and of Cytoscape so it can be unit-tested. Every
 * statement of a relation (one per document and sentence) is kept; the drawing shows one edge per
 * (type, source, target) whose evidence list holds them all.
 */
import { UNDIRECTED_TYPES } from '../../export/graph.ts';

export interface NodeData {
  id: string;
  type: string;
  name: string;
  aliases?: string[];
}

/** One statement of a relation, as the GraphQL API returns it (neighborhood edges, path hops). */
export interface EdgeData {
  type: string;
  source: string;
  target: string;
  evidence?: string | null;
  docId?: string | null;
  docTitle?: string | null;
  sentenceId?: string | null;
  rule?: string | null;
  date?: string | null;
  confidence?: number | null;
}

export interface EvidenceItem {
  evidence?: string;
  docId?: string;
  docTitle?: string;
  sentenceId?: string;
  rule?: string;
  date?: string;
  confidence?: number;
}

export interface EdgeGroup {
  /** `type|source|target`: the id of the drawn edge. */
  id: string;
  type: string;
  source: string;
  target: string;
  directed: boolean;
  items: EvidenceItem[];
}

export interface Filter {
  /** Relation types shown. */
  types: ReadonlySet<string>;
  /** Inclusive ISO date bounds (YYYY-MM-DD); empty means open. */
  from?: string;
  to?: string;
  /** Show statements that give no date (gazetteer links, undated news). */
  includeUndated: boolean;
}

export interface Change {
  addedNodes: string[];
  addedEdges: string[];
  /** Edges that already existed and gained evidence. */
  grownEdges: string[];
}

export function groupId(e: Pick<EdgeData, 'type' | 'source' | 'target'>): string {
  const [a, b] = ends(e);
  return `${e.type}|${a}|${b}`;
}

/** Undirected relations are one edge per pair whichever way a query reports them. */
function ends(e: Pick<EdgeData, 'type' | 'source' | 'target'>): [string, string] {
  return UNDIRECTED_TYPES.has(e.type) && e.source > e.target ? [e.target, e.source] : [e.source, e.target];
}

/** The same statement reached twice (a neighbourhood and a path) must not be listed twice. */
function itemKey(i: EvidenceItem): string {
  return `${i.docId ?? ''}|${i.sentenceId ?? ''}|${i.evidence ?? ''}`;
}

function toItem(e: EdgeData): EvidenceItem {
  const item: EvidenceItem = {};
  if (e.evidence) item.evidence = e.evidence;
  if (e.docId) item.docId = e.docId;
  if (e.docTitle) item.docTitle = e.docTitle;
  if (e.sentenceId) item.sentenceId = e.sentenceId;
  if (e.rule) item.rule = e.rule;
  if (e.date) item.date = e.date;
  if (typeof e.confidence === 'number') item.confidence = e.confidence;
  return item;
}

export class GraphModel {
  readonly nodes = new Map<string, NodeData>();
  readonly edges = new Map<string, EdgeGroup>();

  /** Merges API results in; returns what is new, so the view adds only that. */
  add(graph: { nodes: NodeData[]; edges: EdgeData[] }): Change {
    const change: Change = { addedNodes: [], addedEdges: [], grownEdges: [] };
    for (const n of graph.nodes) {
      const known = this.nodes.get(n.id);
      if (known) {
        if (n.aliases && !known.aliases) known.aliases = n.aliases;
        continue;
      }
      this.nodes.set(n.id, { ...n });
      change.addedNodes.push(n.id);
    }
    for (const e of graph.edges) {
      // An edge to a node the API did not return cannot be drawn: skip it rather than fail.
      if (!this.nodes.has(e.source) || !this.nodes.has(e.target)) continue;
      const id = groupId(e);
      const item = toItem(e);
      let group = this.edges.get(id);
      if (!group) {
        const [source, target] = ends(e);
        group = { id, type: e.type, source, target, directed: !UNDIRECTED_TYPES.has(e.type), items: [] };
        this.edges.set(id, group);
        change.addedEdges.push(id);
      } else if (!group.items.some((i) => itemKey(i) === itemKey(item))) {
        if (!change.grownEdges.includes(id)) change.grownEdges.push(id);
      }
      if (!group.items.some((i) => itemKey(i) === itemKey(item))) group.items.push(item);
    }
    return change;
  }

  clear(): void {
    this.nodes.clear();
    this.edges.clear();
  }
}

/** The statements of an edge that pass the date filter. */
export function visibleItems(group: EdgeGroup, filter: Filter): EvidenceItem[] {
  return group.items.filter((i) => dateVisible(i.date, filter));
}

export function edgeVisible(group: EdgeGroup, filter: Filter): boolean {
  return filter.types.has(group.type) && visibleItems(group, filter).length > 0;
}

/** Dates compare as ISO text; a partial date (2024, 2024-06) compares by its known prefix. */
export function dateVisible(date: string | undefined, filter: Filter): boolean {
  if (!date) return filter.includeUndated;
  if (filter.from && date < filter.from.slice(0, date.length)) return false;
  if (filter.to && date > filter.to.slice(0, date.length)) return false;
  return true;
}

/** Nodes to show: those with a visible edge, plus the ones the researcher asked for (anchors). */
export function visibleNodes(model: GraphModel, filter: Filter, anchors: ReadonlySet<string>): Set<string> {
  const shown = new Set<string>([...anchors].filter((id) => model.nodes.has(id)));
  for (const g of model.edges.values()) {
    if (!edgeVisible(g, filter)) continue;
    shown.add(g.source);
    shown.add(g.target);
  }
  return shown;
}

/** Earliest and latest stated dates, to prefill the date filter. */
export function dateRange(model: GraphModel): { min?: string; max?: string } {
  let min: string | undefined;
  let max: string | undefined;
  for (const g of model.edges.values()) {
    for (const i of g.items) {
      if (!i.date) continue;
      if (min === undefined || i.date < min) min = i.date;
      if (max === undefined || i.date > max) max = i.date;
    }
  }
  return { min, max };
}

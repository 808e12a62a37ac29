/**
 * The graph every export writer and the explorer page share: entities as nodes, entity-to-entity
 * relationships as edges, each edge carrying the evidence of one statement in one document.
 */
export interface GraphNode {
  /** Canonical entity id: `org:上海市科学技术委员会`, `region:310000`. */
  id: string;
  /** Organization, Region or Program. */
  type: string;
  name: string;
  aliases?: string[];
  /** Regions: GB/T 2260 code and level. */
  code?: string;
  level?: string;
}

export interface GraphEdge {
  /** Stable across exports: built from the relationship key (type, source, target, docId, sentenceId). */
  id: string;
  /** CO_BUILT, SIGNED_AGREEMENT, … */
  type: string;
  source: string;
  target: string;
  /** The sentence as the author wrote it. */
  evidence?: string;
  docId?: string;
  docTitle?: string;
  sentenceId?: string;
  rule?: string;
  confidence?: number;
  /** ISO date (YYYY-MM-DD) when known. */
  date?: string;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** Relation types whose direction carries no meaning (docs/GRAPH.md: stored once per pair). */
export const UNDIRECTED_TYPES: ReadonlySet<string> = new Set(['SIGNED_AGREEMENT', 'COOPERATES_WITH']);

export type AttrType = 'string' | 'double';

/** One column of node or edge data, written as a GraphML key, a GEXF attribute or a CSV column. */
export interface Attr<T> {
  name: string;
  type: AttrType;
  get: (item: T) => string | number | undefined;
}

export const NODE_ATTRS: readonly Attr<GraphNode>[] = [
  { name: 'type', type: 'string', get: (n) => n.type },
  { name: 'name', type: 'string', get: (n) => n.name },
  // A list attribute would not survive every tool: aliases are joined by '|', which no name contains.
  { name: 'aliases', type: 'string', get: (n) => (n.aliases?.length ? n.aliases.join('|') : undefined) },
  { name: 'code', type: 'string', get: (n) => n.code },
  { name: 'level', type: 'string', get: (n) => n.level },
];

export const EDGE_ATTRS: readonly Attr<GraphEdge>[] = [
  { name: 'relation', type: 'string', get: (e) => e.type },
  { name: 'evidence', type: 'string', get: (e) => e.evidence },
  { name: 'docId', type: 'string', get: (e) => e.docId },
  { name: 'docTitle', type: 'string', get: (e) => e.docTitle },
  { name: 'sentenceId', type: 'string', get: (e) => e.sentenceId },
  { name: 'rule', type: 'string', get: (e) => e.rule },
  { name: 'confidence', type: 'double', get: (e) => e.confidence },
  { name: 'date', type: 'string', get: (e) => e.date },
];

/** The id an edge gets when its source did not give one: the relationship's key, joined. */
export function edgeKey(e: Pick<GraphEdge, 'type' | 'source' | 'target' | 'docId' | 'sentenceId'>): string {
  return [e.type, e.source, e.target, e.docId ?? '', e.sentenceId ?? ''].join('|');
}

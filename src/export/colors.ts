/**
 * One palette for the explorer page, its legend and the GEXF export (viz:color), so a Region is the
 * same colour in the browser and in Gephi. Colour-blind-safe hues (Okabe–Ito). No relation shares a
 * colour with a node type: its arrowhead would vanish into the node it points at.
 */
export const NODE_COLORS: Readonly<Record<string, string>> = {
  Organization: '#0072B2',
  Region: '#E69F00',
  Program: '#009E73',
};
export const UNKNOWN_NODE_COLOR = '#999999';

export interface RelationStyle {
  /** Short Chinese label drawn on the edge. */
  label: string;
  color: string;
}

export const RELATION_STYLES: Readonly<Record<string, RelationStyle>> = {
  CO_BUILT: { label: '共建', color: '#D55E00' },
  SIGNED_AGREEMENT: { label: '签约', color: '#CC79A7' },
  COOPERATES_WITH: { label: '合作', color: '#56B4E9' },
  PILOTS: { label: '试点', color: '#882255' },
  LAUNCHED: { label: '启动', color: '#8C6D31' },
  ISSUED: { label: '发布', color: '#6A3D9A' },
  LOCATED_IN: { label: '位于', color: '#B0B0B0' },
  PART_OF: { label: '隶属', color: '#808080' },
};

export function nodeColor(type: string): string {
  return NODE_COLORS[type] ?? UNKNOWN_NODE_COLOR;
}

export function relationStyle(type: string): RelationStyle {
  return RELATION_STYLES[type] ?? { label: type, color: '#666666' };
}

/** `#D55E00` → {r: 213, g: 94, b: 0}. */
export function hexToRgb(hex: string): { r: number; g: number; b: number } {
  const v = Number.parseInt(hex.slice(1), 16);
  return { r: (v >> 16) & 255, g: (v >> 8) & 255, b: v & 255 };
}

/** The Cytoscape drawing: styles, adding what the model reports as new, layout, filters. */
import cytoscape, { type Core, type ElementDefinition, type LayoutOptions } from 'cytoscape';
import { nodeColor, relationStyle } from '../../export/colors.ts';
import {
  type Change,
  type EdgeGroup,
  edgeVisible,
  type Filter,
  type GraphModel,
  visibleNodes,
} from './model.ts';

/** Shapes back the colours up for readers who cannot tell them apart. */
export const NODE_SHAPES: Readonly<Record<string, string>> = {
  Organization: 'ellipse',
  Region: 'hexagon',
  Program: 'round-rectangle',
};

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(color)',
      shape: 'data(shape)' as never,
      label: 'data(name)',
      width: 'mapData(degree, 1, 20, 18, 44)',
      height: 'mapData(degree, 1, 20, 18, 44)',
      'font-size': 11,
      'font-family':
        '"Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei", sans-serif',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      // Labels vanish when zoomed out far enough to be unreadable: 500 nodes stay legible.
      'min-zoomed-font-size': 7,
      'border-width': 1,
      'border-color': '#ffffff',
    },
  },
  { selector: 'node.anchor', style: { 'border-width': 3, 'border-color': '#222222', 'font-weight': 'bold' } },
  {
    selector: 'edge',
    style: {
      width: 'mapData(count, 1, 6, 1.5, 6)',
      'line-color': 'data(color)',
      'target-arrow-color': 'data(color)',
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-size': 9,
      color: '#333333',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': '1px',
      'min-zoomed-font-size': 8,
      opacity: 0.85,
    },
  },
  { selector: 'edge.directed', style: { 'target-arrow-shape': 'triangle', 'arrow-scale': 0.8 } },
  { selector: '.hidden', style: { display: 'none' } },
  { selector: '.faded', style: { opacity: 0.12 } },
  { selector: 'edge.path', style: { width: 6, opacity: 1, 'z-index': 10 } },
  { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#000000' } },
  {
    selector: ':selected',
    style: { 'overlay-color': '#ffd400', 'overlay-opacity': 0.35, 'overlay-padding': 6 },
  },
];

export function createView(container: HTMLElement): Core {
  return cytoscape({
    container,
    style: STYLE,
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
  });
}

function edgeLabel(g: EdgeGroup): string {
  const label = relationStyle(g.type).label;
  return g.items.length > 1 ? `${label} ×${g.items.length}` : label;
}

/** Adds what the model reports as new; new nodes start around `near` so the layout only refines. */
export function applyChange(cy: Core, model: GraphModel, change: Change, near?: string): void {
  const center = near ? cy.getElementById(near) : undefined;
  const origin = center?.nonempty() ? center.position() : { x: 0, y: 0 };
  const elements: ElementDefinition[] = [];
  change.addedNodes.forEach((id, i) => {
    const n = model.nodes.get(id);
    if (!n) return;
    const angle = (2 * Math.PI * i) / Math.max(change.addedNodes.length, 1);
    elements.push({
      group: 'nodes',
      data: {
        id: n.id,
        name: n.name,
        type: n.type,
        color: nodeColor(n.type),
        shape: NODE_SHAPES[n.type] ?? 'ellipse',
      },
      position: { x: origin.x + 120 * Math.cos(angle), y: origin.y + 120 * Math.sin(angle) },
    });
  });
  for (const id of change.addedEdges) {
    const g = model.edges.get(id);
    if (!g) continue;
    elements.push({
      group: 'edges',
      data: {
        id: g.id,
        source: g.source,
        target: g.target,
        type: g.type,
        label: edgeLabel(g),
        color: relationStyle(g.type).color,
        count: g.items.length,
      },
      classes: g.directed ? 'directed' : '',
    });
  }
  cy.add(elements);
  for (const id of change.grownEdges) {
    const g = model.edges.get(id);
    if (g) cy.getElementById(id).data({ label: edgeLabel(g), count: g.items.length });
  }
  cy.nodes().forEach((n) => {
    n.data('degree', n.connectedEdges().length);
  });
}

/** Hides edges the filter rejects and nodes left without a visible edge (anchors always stay). */
export function applyFilter(cy: Core, model: GraphModel, filter: Filter, anchors: ReadonlySet<string>): void {
  const nodes = visibleNodes(model, filter, anchors);
  cy.batch(() => {
    cy.edges().forEach((e) => {
      const g = model.edges.get(e.id());
      e.toggleClass('hidden', !g || !edgeVisible(g, filter));
    });
    cy.nodes().forEach((n) => {
      n.toggleClass('hidden', !nodes.has(n.id()));
      n.toggleClass('anchor', anchors.has(n.id()));
    });
  });
}

/**
 * cose, Cytoscape's built-in force layout, on the visible elements. Parameters scale with size so 500
 * nodes spread out instead of piling up; `randomize: false` keeps the mental map after an expansion.
 */
export function runLayout(cy: Core, randomize = false): Promise<void> {
  const visible = cy.elements().not('.hidden');
  const n = visible.nodes().length;
  const options = {
    name: 'cose',
    animate: false,
    randomize,
    fit: true,
    padding: 30,
    nodeDimensionsIncludeLabels: true,
    idealEdgeLength: () => (n > 200 ? 60 : 90),
    nodeRepulsion: () => (n > 200 ? 12000 : 8000),
    nodeOverlap: 8,
    edgeElasticity: () => 80,
    gravity: n > 200 ? 0.4 : 0.8,
    numIter: n > 300 ? 600 : 1000,
    componentSpacing: 60,
  } as LayoutOptions;
  return new Promise((resolve) => {
    const layout = visible.layout(options);
    layout.one('layoutstop', () => resolve());
    layout.run();
  });
}

/** Emphasizes one path's nodes and edges and fades everything else; `undefined` clears it. */
export function highlight(cy: Core, nodeIds?: string[], edgeIds?: string[]): void {
  cy.batch(() => {
    cy.elements().removeClass('faded path');
    if (!nodeIds) return;
    cy.elements().unselect();
    const keep = cy.collection();
    for (const id of nodeIds) keep.merge(cy.getElementById(id));
    for (const id of edgeIds ?? []) keep.merge(cy.getElementById(id));
    keep.addClass('path');
    cy.elements().not(keep).addClass('faded');
  });
}

/** The explorer page: wires the search, path and filter forms to the model, the drawing and the panels. */
import type { Core } from 'cytoscape';
import { RELATION_STYLES } from '../../export/colors.ts';
import { aliasesOf, cooperationPaths, type GraphData, neighborhood, type PathData, search } from './api.ts';
import { byId, h } from './dom.ts';
import { type Filter, GraphModel, groupId, visibleItems } from './model.ts';
import {
  renderEvidence,
  renderHits,
  renderLegend,
  renderNode,
  renderPaths,
  renderRelationFilter,
} from './panels.ts';
import { applyChange, applyFilter, createView, highlight, runLayout } from './view.ts';

const model = new GraphModel();
/** Entities the researcher searched for or expanded: always shown, outlined. */
const anchors = new Set<string>();
const expanded = new Set<string>();
let paths: PathData[] = [];
let cy: Core;

const status = byId('status');
const details = byId('details');

/** Requests and layouts in flight; the page is idle (data-state=idle) only when none is. */
let pending = 0;
/** Bumped by each new search: results of older requests arriving late are dropped, not drawn. */
let generation = 0;
/** The node limit the server's complexity limit allowed on the last load, when below the one asked. */
let capped: number | undefined;

function showCounts(): void {
  const nodes = cy.nodes().not('.hidden').length;
  const edges = cy.edges().not('.hidden').length;
  const cap = capped ? ` · 服务器限制每次最多 ${capped} 个 (server allows ${capped} per request)` : '';
  status.textContent = `${nodes} 个实体 entities · ${edges} 条关系 relations${cap}`;
}

function fail(err: unknown): void {
  status.textContent = `出错 Error: ${(err as Error).message}`;
  status.classList.add('error');
}

function currentFilter(): Filter {
  const types = new Set(
    Array.from(document.querySelectorAll<HTMLInputElement>('input[name=relation]'))
      .filter((b) => b.checked)
      .map((b) => b.value),
  );
  return {
    types,
    from: byId<HTMLInputElement>('date-from').value || undefined,
    to: byId<HTMLInputElement>('date-to').value || undefined,
    includeUndated: byId<HTMLInputElement>('undated').checked,
  };
}

async function run<T>(message: string, task: () => Promise<T>): Promise<T | undefined> {
  status.classList.remove('error');
  status.textContent = message;
  pending++;
  document.body.dataset.state = 'busy';
  let failed = false;
  try {
    return await task();
  } catch (err) {
    failed = true;
    fail(err);
    return undefined;
  } finally {
    pending--;
    if (pending === 0) {
      document.body.dataset.state = 'idle';
      if (!failed && !status.classList.contains('error')) showCounts();
    }
  }
}

function depth(): number {
  return Number(byId<HTMLSelectElement>('depth').value);
}

function limit(): number {
  return Number(byId<HTMLSelectElement>('limit').value);
}

/** A new search starts a new drawing centred on the chosen entity. */
async function openEntity(id: string): Promise<void> {
  const mine = ++generation;
  await run('载入关系网 Loading network…', async () => {
    const graph = await neighborhood(id, depth(), limit());
    if (mine !== generation) return;
    model.clear();
    cy.elements().remove();
    anchors.clear();
    expanded.clear();
    const centre = graph.nodes[0]?.id ?? id;
    anchors.add(centre);
    expanded.add(centre);
    applyChange(cy, model, model.add(graph));
    await loadAliases([centre]);
    applyFilter(cy, model, currentFilter(), anchors);
    await runLayout(cy, true);
    updateExportLinks(centre);
    capped = graph.cappedAt;
    const node = model.nodes.get(centre);
    if (node) details.replaceChildren(renderNode(node, cy.getElementById(centre).connectedEdges().length));
  });
}

/** A click on a node adds its neighbours around it and refines the layout without reshuffling. */
async function expandNode(id: string): Promise<void> {
  const node = model.nodes.get(id);
  if (!node) return;
  if (expanded.has(id)) {
    await run('载入 Loading…', () => loadAliases([id]));
    details.replaceChildren(renderNode(node, cy.getElementById(id).connectedEdges().not('.hidden').length));
    return;
  }
  await run(`展开 Expanding ${node.name}…`, async () => {
    const gen = generation;
    const graph = await neighborhood(id, 1, limit());
    await loadAliases([id]);
    if (gen !== generation) return;
    capped = graph.cappedAt;
    expanded.add(id);
    anchors.add(id);
    applyChange(cy, model, model.add(graph), id);
    applyFilter(cy, model, currentFilter(), anchors);
    await runLayout(cy, false);
    details.replaceChildren(renderNode(node, cy.getElementById(id).connectedEdges().not('.hidden').length));
  });
}

/** Fills in the aliases of drawn entities that have none yet (neighbourhood nodes come without). */
async function loadAliases(ids: string[]): Promise<void> {
  const wanted = ids.filter((id) => model.nodes.get(id)?.aliases === undefined);
  if (wanted.length === 0) return;
  const found = await aliasesOf(wanted);
  for (const id of wanted) {
    const node = model.nodes.get(id);
    if (node) node.aliases = found.get(id) ?? [];
  }
}

async function showEvidence(edgeId: string): Promise<void> {
  const group = model.edges.get(edgeId);
  if (!group) return;
  await run('载入证据 Loading evidence…', () => loadAliases([group.source, group.target]));
  const source = model.nodes.get(group.source);
  const target = model.nodes.get(group.target);
  if (!source || !target) return;
  details.replaceChildren(renderEvidence(group, visibleItems(group, currentFilter()), source, target));
}

async function findPaths(event: Event): Promise<void> {
  event.preventDefault();
  const from = byId<HTMLInputElement>('path-from').value.trim();
  const to = byId<HTMLInputElement>('path-to').value.trim();
  if (!from || !to) return;
  const maxHops = Number(byId<HTMLSelectElement>('max-hops').value);
  // LOCATED_IN and PART_OF are always walked (regions reach their bodies); the rest follow the filter.
  const types = [...currentFilter().types].filter((t) => t !== 'LOCATED_IN' && t !== 'PART_OF');
  const result = await run('查找路径 Finding paths…', async () => {
    const gen = generation;
    const found = await cooperationPaths(from, to, maxHops, types);
    if (gen !== generation) return undefined;
    for (const p of found) {
      anchors.add(p.nodes[0]?.id ?? '');
      anchors.add(p.nodes.at(-1)?.id ?? '');
      applyChange(cy, model, model.add({ nodes: p.nodes, edges: p.hops }));
    }
    applyFilter(cy, model, currentFilter(), anchors);
    if (found.length) await runLayout(cy, cy.nodes().length === found.flatMap((p) => p.nodes).length);
    return found;
  });
  if (!result) return;
  paths = result;
  byId('paths').replaceChildren(renderPaths(paths, pickPath));
  if (paths.length) pickPath(0);
}

function pickPath(index: number): void {
  const p = paths[index];
  if (!p) return;
  highlight(
    cy,
    p.nodes.map((n) => n.id),
    p.hops.map((e) => groupId(e)),
  );
  document.querySelectorAll('.paths li').forEach((li, i) => {
    li.classList.toggle('active', i === index);
  });
}

function updateExportLinks(centre: string): void {
  const links = byId('exports');
  const params = (format: string) =>
    new URLSearchParams({ format, around: centre, depth: String(Math.max(depth(), 1)) }).toString();
  links.replaceChildren(
    ...['graphml', 'gexf', 'cytoscape', 'csv'].map((f) =>
      h('a', { href: `/export?${params(f)}`, download: '' }, f),
    ),
  );
}

function refilter(): void {
  applyFilter(cy, model, currentFilter(), anchors);
  showCounts();
}

function init(): void {
  cy = createView(byId('graph'));
  byId('relation-filter').replaceChildren(renderRelationFilter(refilter));
  byId('legend').replaceChildren(renderLegend());
  for (const id of ['date-from', 'date-to', 'undated']) byId(id).addEventListener('change', refilter);

  byId('search-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = byId<HTMLInputElement>('search-text').value.trim();
    if (!text) return;
    // One task around both steps, so the page is not idle between the search and the drawing.
    await run('搜索 Searching…', async () => {
      const hits = await search(text);
      byId('hits').replaceChildren(renderHits(hits, (hit) => void openEntity(hit.id)));
      if (hits[0]) await openEntity(hits[0].id);
    });
  });
  byId('path-form').addEventListener('submit', (event) => void findPaths(event));
  byId('relayout').addEventListener('click', () => void runLayout(cy, true));
  byId('fit').addEventListener('click', () => cy.fit(undefined, 30));
  byId('clear-path').addEventListener('click', () => highlight(cy));

  cy.on('tap', 'node', (event) => void expandNode(event.target.id()));
  cy.on('tap', 'edge', (event) => void showEvidence(event.target.id()));
  cy.on('tap', (event) => {
    if (event.target === cy) highlight(cy);
  });

  // For the end-to-end test and for curious researchers in the console.
  (window as unknown as { govkgExplorer: unknown }).govkgExplorer = {
    cy,
    model,
    relations: Object.keys(RELATION_STYLES),
    /** Draws a given graph as a search would (measures the layout at a size the data may not reach). */
    showGraph: async (graph: GraphData) => {
      model.clear();
      cy.elements().remove();
      anchors.clear();
      applyChange(cy, model, model.add(graph));
      applyFilter(cy, model, currentFilter(), anchors);
      await runLayout(cy, true);
      showCounts();
    },
  };
  document.body.dataset.state = 'idle';
  status.textContent = '输入名称开始，如 江苏 或 上海市科委 · Type a name to begin.';
}

init();

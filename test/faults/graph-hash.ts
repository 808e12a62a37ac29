// A content hash of the whole graph, to say "identical to an uninterrupted run" with one comparison:
// every node and relationship with its properties, in a canonical order, minus timestamps.
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';

/** Properties that record when, not what: they differ between two runs that store the same facts. */
const VOLATILE = new Set(['ingestedAt']);

const NODES = `
MATCH (n)
RETURN labels(n) AS labels, properties(n) AS props`;

// Endpoints by label and key (id, or name for Alias nodes); internal element ids differ between runs.
const RELATIONSHIPS = `
MATCH (a)-[r]->(b)
RETURN type(r) AS type, labels(a) AS aLabels, coalesce(a.id, a.name) AS a,
       labels(b) AS bLabels, coalesce(b.id, b.name) AS b, properties(r) AS props`;

/** JSON with sorted keys, so equal values print equally. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([k]) => !VOLATILE.has(k))
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const sha256 = (lines: readonly string[]) => createHash('sha256').update(lines.join('\n')).digest('hex');
const sorted = (lines: string[]) => lines.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));

export interface GraphDump {
  hash: string;
  /** The canonical lines the hash is made of (for a readable diff when two hashes differ). */
  lines: string[];
  /** Nodes by label set and relationships by type, e.g. {"Document": 300, "MENTIONS": 2210}. */
  counts: Record<string, number>;
  /** Per document: the hash of what it owns (sentences, mentions, agreements, relations). */
  docs: Map<string, string>;
  nodes: number;
  relationships: number;
  /** Entity ids held by more than one node: the constraints must keep this empty. */
  duplicateEntities: string[];
  /** Document ids that own sentences, agreements or relationships but have no Document node. */
  orphans: number;
}

export async function dumpGraph(driver: Driver): Promise<GraphDump> {
  const counts: Record<string, number> = {};
  const bump = (key: string) => {
    counts[key] = (counts[key] ?? 0) + 1;
  };
  const docLines = new Map<string, string[]>();
  const own = (docId: unknown, line: string) => {
    if (typeof docId !== 'string') return;
    const list = docLines.get(docId) ?? [];
    list.push(line);
    docLines.set(docId, list);
  };

  const nodeLines: string[] = [];
  const entityIds = new Map<string, number>();
  const documents = new Set<string>();
  /** Sentence and Agreement endpoints → their document. */
  const ownerOf = new Map<string, string>();
  for (const r of (await driver.executeQuery(NODES)).records) {
    const labels = sorted([...(r.get('labels') as string[])]);
    const props = r.get('props') as Record<string, unknown>;
    const line = `${labels.join(':')} ${canonical(props)}`;
    nodeLines.push(line);
    bump(labels.join(':'));
    if (labels.includes('Entity'))
      entityIds.set(String(props.id), (entityIds.get(String(props.id)) ?? 0) + 1);
    if (labels.includes('Document')) documents.add(String(props.id));
    // Entities are shared; what a document owns carries its docId.
    if (labels.includes('Sentence') || labels.includes('Agreement')) {
      own(props.docId, line);
      ownerOf.set(`${labels.join(':')}/${props.id}`, String(props.docId));
    }
    if (labels.includes('Document')) own(props.id, line);
  }

  const relLines: string[] = [];
  for (const r of (await driver.executeQuery(RELATIONSHIPS)).records) {
    const props = r.get('props') as Record<string, unknown>;
    const a = `${sorted([...(r.get('aLabels') as string[])]).join(':')}/${r.get('a')}`;
    const b = `${sorted([...(r.get('bLabels') as string[])]).join(':')}/${r.get('b')}`;
    const type = r.get('type') as string;
    const line = `${a} -[${type} ${canonical(props)}]-> ${b}`;
    relLines.push(line);
    bump(type);
    // Mentions, HAS_SENTENCE, PARTY_TO and STATED_IN belong to the document of their sentence or agreement.
    const owner = typeof props.docId === 'string' ? props.docId : (ownerOf.get(b) ?? ownerOf.get(a));
    own(owner, line);
  }
  const orphans = [...docLines.keys()].filter((d) => !documents.has(d)).length;

  const lines = [...sorted(nodeLines), ...sorted(relLines)];
  return {
    hash: sha256(lines),
    lines,
    counts,
    docs: new Map([...documents].map((d) => [d, sha256(sorted(docLines.get(d) ?? []))])),
    nodes: nodeLines.length,
    relationships: relLines.length,
    duplicateEntities: [...entityIds].filter(([, n]) => n > 1).map(([id]) => id),
    orphans,
  };
}

/** Documents whose owned facts differ from the reference run's: a half-written document shows up here. */
export function differingDocs(run: GraphDump, reference: GraphDump): string[] {
  return [...run.docs].filter(([id, hash]) => reference.docs.get(id) !== hash).map(([id]) => id);
}

/** The first lines only one of two dumps holds: what a failed hash comparison prints. */
export function graphDiff(a: GraphDump, b: GraphDump, max = 12): { onlyIn1: string[]; onlyIn2: string[] } {
  const inA = new Set(a.lines);
  const inB = new Set(b.lines);
  return {
    onlyIn1: a.lines.filter((l) => !inB.has(l)).slice(0, max),
    onlyIn2: b.lines.filter((l) => !inA.has(l)).slice(0, max),
  };
}

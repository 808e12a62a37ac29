import { nameKey } from '../resolve/canonical.ts';
import type { Doc, Entity, EntityType } from '../types.ts';

/** One entity across a corpus, with where it was seen. */
export interface Seen {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  confidence: number;
  rules: string[];
  docs: string[];
  /** Sentences (as written) that mention it, a few per entity. */
  evidence: { doc: string; text: string }[];
}

export interface NearDuplicate {
  a: Seen;
  b: Seen;
  why: string;
}

const MAX_EVIDENCE = 3;

/** Gathers each entity once over many documents: aliases, rules, documents and evidence sentences. */
export function collectEntities(docs: readonly Doc[]): Seen[] {
  const seen = new Map<string, Seen>();
  for (const doc of docs) {
    const byId = new Map((doc.entities ?? []).map((e) => [e.id, e] as [string, Entity]));
    for (const m of doc.mentions ?? []) {
      const e = m.entityId ? byId.get(m.entityId) : undefined;
      if (!e) continue;
      const s = seen.get(e.id) ?? {
        id: e.id,
        type: e.type,
        name: e.name,
        aliases: [],
        confidence: 0,
        rules: [],
        docs: [],
        evidence: [],
      };
      s.confidence = Math.max(s.confidence, m.confidence);
      for (const a of e.aliases) if (!s.aliases.includes(a)) s.aliases.push(a);
      if (!s.rules.includes(m.rule)) s.rules.push(m.rule);
      if (!s.docs.includes(doc.id)) s.docs.push(doc.id);
      const sentence = doc.sentences?.[m.sentence];
      const text = sentence ? doc.raw.slice(sentence.orig.start, sentence.orig.end) : undefined;
      if (
        text &&
        s.evidence.length < MAX_EVIDENCE &&
        !s.evidence.some((x) => x.doc === doc.id && x.text === text)
      ) {
        s.evidence.push({ doc: doc.id, text });
      }
      seen.set(e.id, s);
    }
  }
  return [...seen.values()];
}

/** Edit distance, for names that differ by a character or two (科学技术局 / 科技局 are caught by aliases). */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/**
 * Pairs of entities of one type that may be one thing: a shared surface form, one name inside the other,
 * or names a character or two apart. A person decides (and records it in the overrides file).
 */
export function nearDuplicates(entities: readonly Seen[]): NearDuplicate[] {
  const out: NearDuplicate[] = [];
  for (let i = 0; i < entities.length; i++) {
    for (let j = i + 1; j < entities.length; j++) {
      const a = entities[i]!;
      const b = entities[j]!;
      if (a.type !== b.type) continue;
      const why = similarity(a, b);
      if (why) out.push({ a, b, why });
    }
  }
  return out.sort((x, y) => x.a.name.localeCompare(y.a.name));
}

function similarity(a: Seen, b: Seen): string | undefined {
  const ka = [a.name, ...a.aliases].map(nameKey);
  const kb = [b.name, ...b.aliases].map(nameKey);
  const shared = ka.find((k) => kb.includes(k));
  if (shared) return `both are called ${shared}`;
  const [na, nb] = [nameKey(a.name), nameKey(b.name)];
  const [short, long] = na.length <= nb.length ? [na, nb] : [nb, na];
  if (short.length >= 4 && long.includes(short)) return `${short} lies inside ${long}`;
  if (short.length >= 5 && editDistance(na, nb) <= Math.max(1, Math.floor(short.length / 6))) {
    return `names differ by ${editDistance(na, nb)} character(s)`;
  }
  return undefined;
}

/** Entities found only by weak rules, lowest confidence first. */
export function lowConfidence(entities: readonly Seen[], below = 0.7): Seen[] {
  return entities.filter((e) => e.confidence < below).sort((a, b) => a.confidence - b.confidence);
}

/** The review as text: near-duplicates and low-confidence entities, each with its evidence. */
export function formatReview(dups: readonly NearDuplicate[], low: readonly Seen[]): string {
  const lines: string[] = [];
  const show = (s: Seen) => {
    lines.push(
      `    ${s.name}  [${s.id}] conf ${s.confidence.toFixed(2)} rules ${s.rules.join(',')} docs ${s.docs.length}`,
    );
    if (s.aliases.length) lines.push(`      aliases: ${s.aliases.join(' / ')}`);
    for (const ev of s.evidence) lines.push(`      ${ev.doc}: ${ev.text.replace(/\s+/g, ' ').slice(0, 120)}`);
  };
  lines.push(`# Near-duplicate names (${dups.length}) — merge with "merge" in the overrides file`);
  for (const d of dups) {
    lines.push(`  ${d.a.type}: ${d.why}`);
    show(d.a);
    show(d.b);
  }
  lines.push('', `# Low-confidence entities (${low.length}) — block with "block", retype with "types"`);
  for (const s of low) show(s);
  return `${lines.join('\n')}\n`;
}

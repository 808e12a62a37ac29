import type { Agreement, Evidence, Relation, RelationType, Sentence } from '../types.ts';
import type { RelateLexicon, TriggerEffect } from './lexicon.ts';
import type { Group } from './roles.ts';
import type { Slot } from './slots.ts';
import type { TriggerHit } from './triggers.ts';
import { quiet } from './words.ts';

/** How sure a pattern is, relative to its trigger's confidence. */
export const PATTERN_WEIGHT = {
  direct: 1,
  passive: 1,
  place: 0.95,
  'carry-clause': 0.85,
  'carry-sentence': 0.75,
  'carry-group': 0.7,
  'carry-topic': 0.6,
  'nearest-program': 0.8,
} as const;
export type Pattern = keyof typeof PATTERN_WEIGHT;

export interface SentenceState {
  sentence: Sentence;
  text: string;
  slots: Slot[];
  hits: TriggerHit[];
  evidence: Evidence;
  date?: string;
}

export interface Emitted {
  /** How many relations this reading produced. */
  count: number;
}

interface Found {
  effect: TriggerEffect;
  type: RelationType;
  agents: Group;
  targets?: Group;
  hit: TriggerHit;
  pattern: Pattern;
  st: SentenceState;
  lex: RelateLexicon;
  out: { relations: Relation[]; agreements: Agreement[] };
}

/** A policy document or standard: in 《》, or named with a document word (规划, 办法, 标准 …). */
export function isDocument(slot: Slot, st: SentenceState, lex: RelateLexicon): boolean {
  return slot.surface.includes('《') || st.text[slot.start - 1] === '《' || documentName(slot.surface, lex);
}

const documentNames = new WeakMap<RelateLexicon, Map<string, boolean>>();

/** Whether a name ends with a document word: asked many times per slot, so remembered per name. */
function documentName(surface: string, lex: RelateLexicon): boolean {
  let known = documentNames.get(lex);
  if (!known) {
    known = new Map();
    documentNames.set(lex, known);
  }
  let yes = known.get(surface);
  if (yes === undefined) {
    const name = quiet(surface);
    yes = lex.words['document-suffix'].some((s) => name.endsWith(s));
    // Names repeat across documents; the cap only bounds memory on a huge run.
    if (known.size > 50_000) known.clear();
    known.set(surface, yes);
  }
  return yes;
}

/**
 * “信易贷”工作情况 …: a name followed straight by a noun only modifies a longer phrase, which is the
 * real object. Read from the segmenter's tags; documents are exempt (《…规范》地方标准 is apposition).
 */
function isModifier(slot: Slot, st: SentenceState, lex: RelateLexicon): boolean {
  const base = st.sentence.start;
  let at = slot.end;
  while (at < st.text.length && quiet(st.text[at]!) === '') at++;
  const k = st.sentence.tokens.findIndex((t) => t.start - base >= at);
  const next = st.sentence.tokens[k];
  if (!next || next.start - base !== at || !(next.tag.startsWith('n') || next.tag === 'vn')) return false;
  // “X”服务专区 with only “X” found: the entity's own name goes on with the noun, so it is the object.
  const own = quiet(slot.surface) + next.word;
  if (slot.ids.some((id) => quiet(id.slice(id.indexOf(':') + 1)).includes(own))) return false;
  // 启动X建设 / 开展X工作: a process word that ends the phrase is the act on X itself.
  const after = st.sentence.tokens[k + 1];
  const ends = !after || /^[,，;；。、和及与]$/.test(after.word);
  return !(lex.words['process-noun'].includes(next.word) && ends);
}

/** Turns one trigger reading into relations (and, for a signing, one Agreement kept whole). */
export function emit(f: Found): Emitted {
  const { effect, type, agents, targets, hit, pattern, st, lex, out } = f;
  const confidence = Math.round(hit.trigger.confidence * PATTERN_WEIGHT[pattern] * 100) / 100;
  const rule = `${pattern}(${hit.trigger.word})`;
  const before = out.relations.length;
  const done: string[] = [];
  if (type === 'SIGNED_AGREEMENT') {
    if (agents.ids.length < 2) return { count: 0 };
    const title = agreementTitle(st, hit, lex);
    // A分别与B、C签署: one agreement of A with each; otherwise one agreement of all parties.
    const separate = agents.lead !== undefined && agents.joiner?.startsWith('分别') === true;
    const partiesList = separate
      ? cooperating(agents).map((p) => [...p])
      : (eachWithLast(agents, st, hit) ?? [agents.ids]);
    for (const parties of partiesList) {
      const agreement: Agreement = {
        id: `agreement:${st.evidence.docId}#${st.sentence.index}.${out.agreements.length}`,
        parties,
        evidence: st.evidence,
        rule,
        confidence,
        ...(title ? { title } : {}),
        ...(st.date ? { date: st.date } : {}),
      };
      out.agreements.push(agreement);
      for (const [a, b] of pairs(parties))
        out.relations.push(relation(st, rule, confidence, type, a, b, agreement.id));
    }
    return { count: out.relations.length - before };
  }
  if (type === 'COOPERATES_WITH') {
    // 甲与乙、丙合作: 甲 works with each of the others; they are not said to work with one another.
    const first = agents.slots[0]?.ids[0];
    const withFirst = !agents.lead && agents.slots.length > 2 && ['与', '同'].includes(agents.joiner ?? '');
    const led = withFirst && first ? { ...agents, lead: first } : agents;
    for (const [a, b] of cooperating(led)) out.relations.push(relation(st, rule, confidence, type, a, b));
    return { count: out.relations.length - before };
  }
  for (const slot of targets?.slots ?? []) {
    const document = slot.type === 'Program' && isDocument(slot, st, lex);
    // Only an object after the verb can be a modifier; a topic before it (X试点) is whole.
    if (!document && !hit.tail && slot.start >= hit.end && isModifier(slot, st, lex)) continue;
    let t = type;
    if (effect.kind === 'issued-or-launched') t = document ? 'ISSUED' : 'LAUNCHED';
    else if (t === 'ISSUED' && !document) continue;
    for (const a of agents.ids)
      for (const b of slot.ids) if (a !== b) out.relations.push(relation(st, rule, confidence, t, a, b));
    done.push(...slot.ids);
    // Founded at a place (X在上海揭牌成立), a body sits there.
    if (
      pattern === 'place' &&
      slot.type === 'Organization' &&
      lex.words.establish.includes(hit.trigger.head)
    ) {
      for (const a of agents.ids)
        for (const b of slot.ids) out.relations.push(relation(st, rule, confidence, 'LOCATED_IN', b, a));
    }
  }
  return { count: out.relations.length - before };
}

/**
 * One relation, built key by key (same order as before): conditional spreads take a slow path on
 * Node 20. A module function, not a closure in emit: tsx (esbuild keepNames) names every closure it
 * creates with a defineProperty call, which cost more than the relation itself.
 */
function relation(
  st: SentenceState,
  rule: string,
  confidence: number,
  t: RelationType,
  source: string,
  target: string,
  agreementId?: string,
): Relation {
  const r: Relation = { type: t, source, target, evidence: st.evidence, rule, confidence };
  if (st.date) r.date = st.date;
  if (agreementId !== undefined) r.agreementId = agreementId;
  return r;
}

/**
 * 甲、乙与丙分别签订协议: the members before 与 each sign with those after it (甲–丙, 乙–丙), not
 * with one another.
 */
function eachWithLast(agents: Group, st: SentenceState, hit: TriggerHit): string[][] | undefined {
  if (!quiet(st.text.slice(agents.end, hit.start)).includes('分别')) return undefined;
  const k = agents.slots.findIndex(
    (s, i) => i > 0 && /^(与|同|和|跟)$/.test(quiet(st.text.slice(agents.slots[i - 1]!.end, s.start))),
  );
  if (k <= 0) return undefined;
  const left = agents.slots.slice(0, k).flatMap((s) => s.ids);
  const right = agents.slots.slice(k).flatMap((s) => s.ids);
  return left.flatMap((a) => right.filter((b) => b !== a).map((b) => [a, b]));
}

function pairs(ids: readonly string[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) out.push([ids[i]!, ids[j]!]);
  return out;
}

/** A lead works with each of the others (A会同B、C); a plain list works pairwise (A、B、C联合印发). */
export function cooperating(g: Group): [string, string][] {
  if (!g.lead) return pairs(g.ids);
  return g.ids.filter((id) => id !== g.lead).map((id) => [g.lead!, id]);
}

/** The agreement's title: a Program named after the verb, else the words up to 协议/备忘录 (≤ 24 chars). */
function agreementTitle(st: SentenceState, hit: TriggerHit, lex: RelateLexicon): string | undefined {
  const clause = st.text.slice(hit.end).split(/[,，;；。]/)[0] ?? '';
  const named = st.slots.find(
    (s) => s.start >= hit.end && s.end <= hit.end + clause.length && s.type === 'Program',
  );
  if (named) return named.surface.replace(/[《》]/g, '');
  const quoted = /《([^》]+)》/.exec(clause);
  if (quoted) return quoted[1];
  let best = -1;
  for (const n of lex.words['agreement-noun']) {
    const at = clause.lastIndexOf(n);
    if (at >= 0) best = Math.max(best, at + n.length);
  }
  if (best < 0) return undefined;
  const title = clause
    .slice(0, best)
    .replace(/^[了的\s]+/, '')
    .replace(/\s+/g, '');
  // A bare 协议 / 备忘录 names no agreement.
  return title.length > 3 && title.length <= 24 ? title : undefined;
}

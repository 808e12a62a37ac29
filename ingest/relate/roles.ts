import { withKeys } from '../copy.ts';
import type { EntityType } from '../types.ts';
import type { RelateLexicon } from './lexicon.ts';
import type { Slot } from './slots.ts';
import type { TriggerHit } from './triggers.ts';
import { clauseAt, fillersOnly, firstWordOf, quiet, quietHead } from './words.ts';

/** A coordination list of slots (A、B和C), read as one argument of a trigger. */
export interface Group {
  slots: Slot[];
  ids: string[];
  type: EntityType;
  start: number;
  end: number;
  /** A会同B、C / A联合B: the first member leads the others. */
  lead?: string;
  /** The word between the first two members (分别与 makes one agreement per pair with the lead). */
  joiner?: string;
  /** The word before the list that sets its role: 由/被 (agents after, topic before), 在/对 (a place). */
  marker?: 'agent' | 'locative';
  /** A sentence's opening list that only speaks (甲表示，…): the reported clauses have other subjects. */
  speaker?: boolean;
}

/** A connector between list members; 等21家 (A等21家B) counts, the count says nothing. */
export function isConnector(gap: string, lex: RelateLexicon): boolean {
  const q = quiet(gap);
  // Only a gap opening with 等 can hold a count: the rest skip the regex.
  const bare = q.startsWith('等')
    ? q.replace(/^等(\d+|[一二三四五六七八九十百千万两多]+)[家个所位项]?/, '等')
    : q;
  return lex.words.connector.includes(bare);
}

/** Two slots in one list: a connector between them, or one-character place names run together (沪苏浙皖). */
export function joins(text: string, a: Slot, b: Slot, lex: RelateLexicon): boolean {
  const gap = text.slice(a.end, b.start);
  if (gap === '' && a.type === 'Region' && b.type === 'Region')
    return a.end - a.start === 1 && b.end - b.start === 1;
  return isConnector(gap, lex);
}

/**
 * The words after a list, past a count that restates it (沪渝两地科技部门 → 科技部门): only as many as
 * the checks on it read (a speaker's 相关负责人 and a speech verb, or a generic head), not the whole rest.
 */
function afterList(text: string, end: number, lex: RelateLexicon): string {
  const after = quietHead(text, end, afterListReach(lex));
  const count = firstWordOf(lex.words['group-anaphor'], after);
  return count ? after.slice(count.length) : after;
}

const reach = new WeakMap<RelateLexicon, number>();

/** How many quiet characters after a list any reading of afterList looks at. */
function afterListReach(lex: RelateLexicon): number {
  let n = reach.get(lex);
  if (n === undefined) {
    const longest = (ws: readonly string[]) => Math.max(0, ...ws.map((w) => w.length));
    // 相关负责人 is the longest lead-in sentenceSubject strips before a speech verb.
    n =
      longest(lex.words['group-anaphor']) +
      Math.max(longest(lex.words['generic-head']), '相关负责人'.length + longest(lex.words.speech));
    reach.set(lex, n);
  }
  return n;
}

/** 沪渝科技部门…: places before a generic noun modify it; they are not the actors. */
function modifiesGenericHead(
  group: Group,
  text: string,
  lex: RelateLexicon,
  after = group.type === 'Region' ? afterList(text, group.end, lex) : '',
): boolean {
  return group.type === 'Region' && firstWordOf(lex.words['generic-head'], after) !== undefined;
}

export function toGroup(slots: Slot[], text: string, lex: RelateLexicon): Group {
  const first = slots[0]!;
  const second = slots[1];
  const joiner = second ? quiet(text.slice(first.end, second.start)) : '';
  // Built field by field: conditional spreads and a Set per group made this the stage's busiest function.
  const group: Group = {
    slots,
    ids: uniqueIds(slots),
    type: first.type,
    start: first.start,
    end: slots.at(-1)!.end,
  };
  if (joiner) group.joiner = joiner;
  if (first.ids[0] && lex.words.lead.includes(joiner)) group.lead = first.ids[0];
  return group;
}

/** The ids of the slots, each once, in order of first appearance. */
function uniqueIds(slots: readonly Slot[]): string[] {
  const only = slots.length === 1 ? slots[0]!.ids : undefined;
  if (only?.length === 1) return [only[0]!];
  const ids: string[] = [];
  for (const s of slots) for (const id of s.ids) if (!ids.includes(id)) ids.push(id);
  return ids;
}

function markerBefore(text: string, from: number, at: number, lex: RelateLexicon): Group['marker'] {
  const before = quiet(text.slice(from, at));
  if (lex.words['agent-marker'].some((w) => before.endsWith(w))) return 'agent';
  if (lex.words.locative.some((w) => before.endsWith(w))) return 'locative';
  return undefined;
}

/**
 * The agents of a trigger: the nearest list of allowed slots left of it in its clause. A list after
 * 在/对 is a place; it is the agent only when `placeAgents` (在上海启动, 在苏州、盐城试点) and it holds
 * Regions right before the trigger; otherwise the search goes on to the left.
 */
export function findAgents(
  text: string,
  slots: readonly Slot[],
  hit: TriggerHit,
  hits: readonly TriggerHit[],
  allowed: readonly EntityType[],
  placeAgents: boolean,
  lex: RelateLexicon,
): Group | undefined {
  const [cs] = clauseAt(text, hit.start);
  const left = slots.filter((s) => s.start >= cs && s.end <= hit.start);
  const passive = passiveAgents(text, left, cs, hit, hits, allowed, lex);
  if (passive) return passive;
  let idx = left.length - 1;
  while (idx >= 0) {
    while (idx >= 0 && !allowed.includes(left[idx]!.type)) idx--;
    if (idx < 0) return undefined;
    let j = idx;
    while (j > 0 && allowed.includes(left[j - 1]!.type) && joins(text, left[j - 1]!, left[j]!, lex)) {
      j--;
    }
    const group = toGroup(left.slice(j, idx + 1), text, lex);
    if (modifiesGenericHead(group, text, lex)) {
      idx = j - 1;
      continue;
    }
    const from = j > 0 ? left[j - 1]!.end : cs;
    // 依托A、B共同建设X: what the act rests on is not its agent.
    const lead = quiet(text.slice(from, group.start));
    if (lex.words.means.some((w) => lead.endsWith(w))) {
      idx = j - 1;
      continue;
    }
    const marker = markerBefore(text, from, group.start, lex);
    if (marker !== 'locative') return marker ? withKeys(group, { marker }) : group;
    const place =
      placeAgents &&
      group.slots.every((s) => s.type === 'Region') &&
      fillersOnly(withoutPrograms(text, slots, group.end, hit.start), lex);
    if (place) return withKeys(group, { marker });
    idx = j - 1;
  }
  return undefined;
}

/**
 * 由A联合B等21家单位以及…共同组建: after 由/被, every allowed slot up to the trigger is an agent, whatever
 * stands between them (等21家…以及…).
 */
function passiveAgents(
  text: string,
  left: readonly Slot[],
  cs: number,
  hit: TriggerHit,
  hits: readonly TriggerHit[],
  allowed: readonly EntityType[],
  lex: RelateLexicon,
): Group | undefined {
  let marker = -1;
  for (const w of lex.words['agent-marker']) {
    if (w === '是') continue; // 是 also links a subject to its description: too weak to open a span
    const at = text.lastIndexOf(w, hit.start - 1);
    if (at >= cs && !left.some((s) => s.start <= at && at < s.end)) marker = Math.max(marker, at);
  }
  // 由A共同建设的X在广州揭牌成立: the span belongs to the first verb after 由, not to a later one.
  if (marker < 0 || hits.some((h) => h.start > marker && h.end <= hit.start)) return undefined;
  const agents = left.filter((s) => s.start > marker && allowed.includes(s.type));
  if (agents.length === 0 || quiet(text.slice(marker + 1, agents[0]!.start)) !== '') return undefined;
  return withKeys(toGroup(agents, text, lex), { marker: 'agent' as const });
}

/** The text between two points with program names taken out (在郑州开展X改革试点: 开展 remains). */
function withoutPrograms(text: string, slots: readonly Slot[], from: number, to: number): string {
  let out = '';
  let at = from;
  for (const s of slots) {
    if (s.type !== 'Program' || s.start < from || s.end > to) continue;
    out += text.slice(at, s.start);
    at = s.end;
  }
  return out + text.slice(at, to);
}

/** Extends a list from `slots[i]` to the right while connectors (or, for targets, a colon) join. */
export function listFrom(
  text: string,
  slots: readonly Slot[],
  i: number,
  allowed: readonly EntityType[],
  lex: RelateLexicon,
): Slot[] {
  const list = [slots[i]!];
  for (let k = i + 1; k < slots.length; k++) {
    const gap = text.slice(list.at(-1)!.end, slots[k]!.start);
    const joined = joins(text, list.at(-1)!, slots[k]!, lex) || lex.words.apposition.includes(quiet(gap));
    if (!joined || !allowed.includes(slots[k]!.type)) break;
    list.push(slots[k]!);
  }
  return list;
}

/**
 * The target of a trigger: the first allowed slot after it in its clause (and before the next
 * trigger), with the list that follows; a tail (共同推进“X”建设) must follow the list.
 */
export function findTargetRight(
  text: string,
  slots: readonly Slot[],
  hit: TriggerHit,
  hits: readonly TriggerHit[],
  allowed: readonly EntityType[],
  lex: RelateLexicon,
): Group | undefined {
  const [, ce] = clauseAt(text, hit.end);
  const next = hits.find((h) => h.start >= hit.end)?.start ?? ce;
  const i = slots.findIndex(
    (s) => s.start >= hit.end && s.end <= ce && s.start < next && allowed.includes(s.type),
  );
  const first = slots[i];
  if (!first) return undefined;
  // 建立与X相适应的…: an entity behind a preposition is not the verb's object.
  const gap = quiet(text.slice(hit.end, first.start));
  if (lex.words['object-preposition'].some((w) => gap.includes(w))) return undefined;
  const list = listFrom(text, slots, i, allowed, lex);
  if (hit.tail && !hasTail(text, list.at(-1)!, hit.tail)) return undefined;
  return toGroup(list, text, lex);
}

/**
 * Whether a tail (建设|工程: alternatives) follows the target, or ends its name (共同推进“X”示范工程:
 * the name itself says what is built).
 */
function hasTail(text: string, last: Slot, tail: string): boolean {
  const after = quiet(text.slice(last.end));
  const name = quiet(last.surface);
  return tail.split('|').some((t) => after.startsWith(t) || name.endsWith(t));
}

/** The topic left of the agents (X由A建设, X在上海启动, X将于6月底上线): the nearest allowed slot. */
export function findTargetLeft(
  text: string,
  slots: readonly Slot[],
  before: number,
  allowed: readonly EntityType[],
  lex: RelateLexicon,
): Group | undefined {
  const [cs] = clauseAt(text, before);
  const left = slots.filter((s) => s.start >= cs && s.end <= before);
  for (let i = left.length - 1; i >= 0; i--) {
    if (allowed.includes(left[i]!.type)) {
      let j = i;
      while (j > 0 && allowed.includes(left[j - 1]!.type) && joins(text, left[j - 1]!, left[j]!, lex)) j--;
      return toGroup(left.slice(j, i + 1), text, lex);
    }
  }
  return undefined;
}

/** The group at the start of a sentence's first clause with entities: the sentence's subject. */
export function sentenceSubject(
  text: string,
  slots: readonly Slot[],
  allowed: readonly EntityType[],
  lex: RelateLexicon,
): Group | undefined {
  const i = slots.findIndex((s) => allowed.includes(s.type));
  const first = slots[i];
  if (!first) return undefined;
  const [cs] = clauseAt(text, first.start);
  if (quiet(text.slice(cs, first.start)).length > 0) return undefined;
  const group = toGroup(listFrom(text, slots, i, allowed, lex), text, lex);
  // The words after the list, read once for both checks.
  const next = afterList(text, group.end, lex);
  if (modifiesGenericHead(group, text, lex, next)) return undefined;
  // 湖南省科技厅负责人表示，…: a speaker, not the subject of what is reported.
  const after = next.replace(/^(相关|有关|主要)?负责人/, '');
  if (firstWordOf(lex.words.speech, after) !== undefined) return withKeys(group, { speaker: true });
  return group;
}

/** Lists whose first member leads the rest (A会同B、C; A携手B): each is a stated cooperation. */
export function leadGroups(
  text: string,
  slots: readonly Slot[],
  allowed: readonly EntityType[],
  lex: RelateLexicon,
): Group[] {
  const out: Group[] = [];
  slots.forEach((a, i) => {
    const b = slots[i + 1];
    if (!b || !allowed.includes(a.type) || !allowed.includes(b.type)) return;
    if (!lex.words.lead.includes(quiet(text.slice(a.end, b.start)))) return;
    out.push(toGroup(listFrom(text, slots, i, allowed, lex), text, lex));
  });
  return out;
}

import { isDocument, type SentenceState } from './emit.ts';
import type { RelateLexicon } from './lexicon.ts';
import { type Group, listFrom, toGroup } from './roles.ts';
import type { TriggerHit } from './triggers.ts';
import { clauseAt, firstWordOf, longestFirst, quiet } from './words.ts';

// Pilot readings: the sites and participants of a pilot, and the program it pilots when the pilot
// word stands without one (试点, 试点企业).

const ACTORS = ['Organization', 'Region'] as const;
/** A count that restates a list (4市, 8所高校, 两家单位). */
const COUNT = /^(\d+|[一二三四五六七八九十两]+)[个家所市省区县地座项](高校|单位|企业|城市|机构)?/;

/**
 * 首批试点由甲银行、乙银行等6家机构参与: after 由, the list up to a verb of taking part are the
 * participants of the pilot named before.
 */
export function participantsAfter(st: SentenceState, hit: TriggerHit, lex: RelateLexicon): Group | undefined {
  const [, ce] = clauseAt(st.text, hit.end);
  const rest = st.text.slice(hit.end, ce);
  if (!/^\s*由/.test(rest) || !new RegExp(`(${lex.words.participate.join('|')})`).test(rest))
    return undefined;
  const by = hit.end + rest.indexOf('由') + 1;
  const k = st.slots.findIndex((x) => x.start >= by && x.end <= ce);
  const first = st.slots[k];
  if (!first || quiet(st.text.slice(by, first.start)) !== '' || first.type === 'Program') return undefined;
  const list = listFrom(st.text, st.slots, k, ACTORS, lex);
  const after = st.text.slice(list.at(-1)!.end, ce);
  if (!lex.words.participate.some((w) => after.includes(w))) return undefined;
  return { ...toGroup(list, st.text, lex), marker: 'agent' };
}

/**
 * 甲省以乙、丙为重点，率先开展X试点: the places set as the focus (between 以 and 为重点) in the
 * clause before the pilot, or earlier in its own, are its sites, not the subject that runs it.
 */
export function focusSites(st: SentenceState, hit: TriggerHit, lex: RelateLexicon): Group | undefined {
  const [cs] = clauseAt(st.text, hit.start);
  const from = cs > 0 ? clauseAt(st.text, cs - 1)[0] : cs;
  const k = st.slots.findIndex(
    (x, i) =>
      x.start >= from &&
      x.end <= hit.start &&
      ACTORS.some((t) => t === x.type) &&
      st.text[x.start - 1] === '以' &&
      (i === 0 || st.slots[i - 1]!.end <= x.start - 1),
  );
  const first = st.slots[k];
  if (!first) return undefined;
  const list = listFrom(st.text, st.slots, k, ACTORS, lex);
  const after = quiet(st.text.slice(list.at(-1)!.end, hit.start));
  if (!lex.words.focus.some((w) => after.startsWith(w))) return undefined;
  return { ...toGroup(list, st.text, lex), marker: 'agent' };
}

/** 率先开展X制度试点: a program left of the pilot word in its own clause is what is piloted. */
export function programInClause(st: SentenceState, hit: TriggerHit, lex: RelateLexicon): Group | undefined {
  const [cs] = clauseAt(st.text, hit.start);
  const pick = st.slots
    .filter((s) => s.type === 'Program' && s.start >= cs && s.end <= hit.start && !isDocument(s, st, lex))
    .at(-1);
  return pick
    ? { slots: [pick], ids: pick.ids, type: pick.type, start: pick.start, end: pick.end }
    : undefined;
}

export function nominal(hit: TriggerHit, lex: RelateLexicon): boolean {
  return lex.words['nominal-trigger'].includes(hit.trigger.head);
}

/** A pilot named without its program (对苏州、盐城的试点): the nearest program in the sentence. */
export function nearestProgram(st: SentenceState, hit: TriggerHit, lex: RelateLexicon): Group | undefined {
  // Documents are issued, not piloted.
  const programs = st.slots.filter((s) => s.type === 'Program' && !isDocument(s, st, lex));
  const left = programs.filter((s) => s.end <= hit.start).at(-1);
  const pick = left ?? programs.find((s) => s.start >= hit.end);
  return pick
    ? { slots: [pick], ids: pick.ids, type: pick.type, start: pick.start, end: pick.end }
    : undefined;
}

/** A noun trigger (试点企业) takes as agent only what a copula links to it (X成为首批试点企业). */
export function nominalLinked(
  agents: Group,
  hit: TriggerHit,
  st: SentenceState,
  lex: RelateLexicon,
): boolean {
  if (!lex.words['nominal-trigger'].includes(hit.trigger.head) || agents.end > hit.start) return true;
  // 4市被列为首批“一网通办”改革试点地区: a count, and the program the pilot is of, may stand between.
  let gap = '';
  let at = agents.end;
  for (const s of st.slots) {
    if (s.type !== 'Program' || s.start < agents.end || s.end > hit.start) continue;
    gap += st.text.slice(at, s.start);
    at = s.end;
    // “一网通办”改革试点地区: a process word right after the program belongs to it.
    const tail = lex.words['process-noun'].find(
      (w) => st.text.startsWith(w, at) && at + w.length <= hit.start,
    );
    if (tail) at += tail.length;
  }
  gap = quiet(gap + st.text.slice(at, hit.start));
  const words = longestFirst(lex, 'copula+filler', () => [...lex.words.copula, ...lex.words.filler]);
  for (;;) {
    const w = firstWordOf(words, gap) ?? COUNT.exec(gap)?.[0];
    if (!w) break;
    gap = gap.slice(w.length);
  }
  return gap === '';
}

import type { EntityType, RelationType } from '../types.ts';
import type { Pattern, SentenceState } from './emit.ts';
import type { Discourse } from './extract.ts';
import type { RelateLexicon } from './lexicon.ts';
import { findTargetLeft, type Group, listFrom, sentenceSubject, toGroup } from './roles.ts';
import type { TriggerHit } from './triggers.ts';
import { clauseAt, fillersOnly, leftover, quiet } from './words.ts';

// Carried agents and topics: who acts in a clause that names no actor of its own (the clause before,
// the sentence's opening list, the previous sentence's subject, the document's topic).

const ACTORS = ['Organization', 'Region'] as const;

/**
 * 甲牵头，联合乙、丙共同组建丁: a list opened by 联合/会同 at the head of its clause has the agent of
 * the clause before as its lead.
 */
export function withLeadBefore(
  agents: Group,
  st: SentenceState,
  hit: TriggerHit,
  subject: Group | undefined,
  used: readonly Group[],
  lex: RelateLexicon,
  joint = false,
): [Group, Group | undefined] {
  const [cs] = clauseAt(st.text, hit.start);
  // 联合 is also a filler, so look at the words both as they stand and with adverbs (将) taken off.
  const words = [quiet(st.text.slice(cs, agents.start)), leftover(st.text.slice(cs, agents.start), lex)];
  const before = words.find((w) => lex.words.lead.includes(w) || lex.words['partner-marker'].includes(w));
  if (!before) {
    // 由甲牵头，乙、丙共同发起成立丁: a joint act whose list opens the clause builds with the lead.
    const led = joint && words[0] === '' ? ledBy(st, cs, lex) : undefined;
    if (!led) return [agents, undefined];
    return [{ ...agents, ids: [...new Set([...led.lead.ids, ...agents.ids])] }, led.topic];
  }
  const led = ledBy(st, cs, lex);
  const earlier =
    led?.lead ??
    clauseOpening(st, cs, lex) ??
    used.at(-1) ??
    (subject && !subject.speaker && subject.end <= cs ? subject : undefined);
  if (!earlier) return [agents, undefined];
  const ids = [...new Set([...earlier.ids, ...agents.ids])];
  const lead = earlier.ids.length === 1 ? { lead: earlier.ids[0]!, joiner: before } : {};
  return [{ ...agents, ids, ...lead }, led?.topic];
}

/**
 * 该系统由甲牵头，会同乙、丙共同建设: the clause before says who leads (甲, after 由 and before 牵头)
 * and what is built (the topic before 由).
 */
function ledBy(
  st: SentenceState,
  cs: number,
  lex: RelateLexicon,
): { lead: Group; topic?: Group } | undefined {
  if (cs === 0) return undefined;
  const [ps] = clauseAt(st.text, cs - 1);
  const clause = st.text.slice(ps, cs - 1);
  const by = clause.lastIndexOf('由');
  if (by < 0) return undefined;
  const inside = st.slots.filter(
    (x) => x.start >= ps + by + 1 && x.end <= cs - 1 && ACTORS.some((t) => t === x.type),
  );
  const first = inside[0];
  if (!first || quiet(st.text.slice(ps + by + 1, first.start)) !== '') return undefined;
  const k = st.slots.indexOf(first);
  const list = listFrom(st.text, st.slots, k, ACTORS, lex);
  // 牵头 is also a filler (甲牵头启动…), so the words are read as they stand.
  const rest = quiet(st.text.slice(list.at(-1)!.end, cs - 1));
  if (!lex.words['led-by'].includes(rest)) return undefined;
  const topic = findTargetLeft(st.text, st.slots, ps + by, ['Organization', 'Program'], lex);
  return { lead: toGroup(list, st.text, lex), ...(topic ? { topic } : {}) };
}

/** X同日挂牌运营，由甲与乙共同打造: a clause opened by 由 builds the topic of the clause before. */
export function topicBefore(
  st: SentenceState,
  agents: Group,
  allowed: readonly EntityType[],
  lex: RelateLexicon,
): Group | undefined {
  const [cs] = clauseAt(st.text, agents.start);
  if (cs === 0 || quiet(st.text.slice(cs, agents.start)) !== '由') return undefined;
  const [ps] = clauseAt(st.text, cs - 1);
  const first = st.slots.find((x) => x.start >= ps && x.end < cs && allowed.includes(x.type));
  if (!first || leftover(st.text.slice(ps, first.start), lex) !== '') return undefined;
  return { slots: [first], ids: first.ids, type: first.type, start: first.start, end: first.end };
}

/** The list that opens the clause before `cs` (甲、乙作为首批高校，将与丙合作…: 甲、乙). */
function clauseOpening(st: SentenceState, cs: number, lex: RelateLexicon): Group | undefined {
  if (cs === 0) return undefined;
  const [ps] = clauseAt(st.text, cs - 1);
  const inPrev = st.slots.filter((x) => x.start >= ps && x.end < cs);
  const opening = sentenceSubject(st.text.slice(0, cs), inPrev, ACTORS, lex);
  return opening && opening.start === ps + (st.text.slice(ps).length - st.text.slice(ps).trimStart().length)
    ? opening
    : undefined;
}

export function carried(
  hit: TriggerHit,
  type: RelationType,
  st: SentenceState,
  subject: Group | undefined,
  used: readonly Group[],
  discourse: Discourse,
  lex: RelateLexicon,
): [Group | undefined, Pattern] {
  // 助力政府制定…, 鼓励企业开展试点: the verb has its own (generic) agent; carry nothing in.
  const [cs] = clauseAt(st.text, hit.start);
  if (lex.words.causative.some((w) => st.text.slice(cs, hit.start).includes(w))) return [undefined, 'direct'];
  // 平台将率先在甲、乙开展X试点: the pilot's sites are the places named after 在; carry nothing in.
  if (type === 'PILOTS' && sitesAhead(st, hit)) return [undefined, 'direct'];
  const own = subject?.speaker ? undefined : subject;
  const earlier = used.at(-1) ?? (own && own.end <= hit.start ? own : undefined);
  // 首批12家银行被纳入试点: a clause with a subject of its own carries no agent in.
  if (earlier && opensClause(st, hit, lex)) return [earlier, 'carry-clause'];
  if (earlier) return [undefined, 'direct'];
  // 甲表示，将于年内启动乙: a reported clause with no subject of its own is the speaker's.
  const [cs0] = clauseAt(st.text, hit.start);
  const bare = !st.slots.some((x) => x.start >= cs0 && x.end <= hit.start);
  if (subject?.speaker && subject.end <= cs0 && bare) return [subject, 'carry-clause'];
  const behind = actorBehindTopic(st, hit, lex);
  if (behind) return [behind, 'carry-clause'];
  if (type === 'SIGNED_AGREEMENT' || type === 'COOPERATES_WITH') return [undefined, 'direct'];
  if (!opensClause(st, hit, lex)) return [undefined, 'direct'];
  if (type === 'CO_BUILT') {
    const g = discourse.history.groups.at(-1);
    return [g ? { slots: [], ids: g.ids, type: g.type, start: 0, end: 0 } : undefined, 'carry-group'];
  }
  if (discourse.prevSubject && st.sentence.index > 0) return [discourse.prevSubject, 'carry-sentence'];
  return [discourse.docTopic, 'carry-topic'];
}

/** A place list after 在 later in the trigger's clause (率先在甲、乙开展…). */
function sitesAhead(st: SentenceState, hit: TriggerHit): boolean {
  const [, ce] = clauseAt(st.text, hit.end);
  return st.slots.some(
    (x) => x.type === 'Region' && x.start > hit.end && x.end <= ce && st.text[x.start - 1] === '在',
  );
}

/**
 * 按照A的部署，X将于6月底上线: a clause with its own topic but no agent takes the actor of the
 * clause before it.
 */
function actorBehindTopic(st: SentenceState, hit: TriggerHit, lex: RelateLexicon): Group | undefined {
  const [cs] = clauseAt(st.text, hit.start);
  const topic = st.slots.some((s) => s.start >= cs && s.end <= hit.start && s.type !== 'Region');
  if (!topic || cs === 0) return undefined;
  const [ps] = clauseAt(st.text, cs - 1);
  const actor = st.slots.filter((s) => s.start >= ps && s.end < cs && s.type !== 'Program').at(0);
  if (!actor || !/的(统一)?(部署|安排|要求|指导)/.test(st.text.slice(actor.end, cs))) return undefined;
  void lex;
  return { slots: [actor], ids: actor.ids, type: actor.type, start: actor.start, end: actor.end };
}

/**
 * Whether the trigger's clause starts with the verb (稳步推进数字人民币试点): only then may a subject
 * from another sentence be carried in. A clause with its own subject (综合服务平台有望率先…) may not.
 */
function opensClause(st: SentenceState, hit: TriggerHit, lex: RelateLexicon): boolean {
  const [cs] = clauseAt(st.text, hit.start);
  const inside = st.slots.filter((s) => s.start >= cs && s.end <= hit.start);
  if (inside.some((s) => !fillersOnly(st.text.slice(s.end, hit.start), lex))) return false;
  let prefix = st.text.slice(cs, hit.start);
  for (const s of [...inside].reverse()) prefix = prefix.slice(0, s.start - cs) + prefix.slice(s.end - cs);
  // A verb or two may lead in (稳步推进…试点); a longer run is a subject of the clause's own, and so
  // is an event (会议还发布了X: the meeting, not the signers of the sentence before).
  const rest = leftover(prefix, lex);
  return rest.length <= 4 && !lex.words['event-noun'].some((w) => rest.startsWith(w));
}

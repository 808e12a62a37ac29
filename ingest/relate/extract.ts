import type { Agreement, Doc, EntityType, Evidence, Relation, RelationType, Sentence } from '../types.ts';
import { statedDate } from './dates.ts';
import { type Emitted, emit, isDocument, type Pattern, type SentenceState } from './emit.ts';
import { endpointTypes, isJointAct, placeCanAct } from './endpoints.ts';
import type { RelateLexicon } from './lexicon.ts';
import { leadCooperation, namedPilots, possessiveDocuments } from './passes.ts';
import {
  findAgents,
  findTargetLeft,
  findTargetRight,
  type Group,
  listFrom,
  sentenceSubject,
  toGroup,
} from './roles.ts';
import { anaphorSlots, type History, mentionSlots } from './slots.ts';
import { findTriggers, type TriggerHit } from './triggers.ts';
import { clauseAt, fillersOnly, firstWordOf, leftover, longestFirst, quiet } from './words.ts';

/** What earlier sentences leave for later ones: subjects to carry over and antecedents. */
interface Discourse {
  history: History;
  prevSubject?: Group;
  docTopic?: Group;
  /** The program last said to be piloted: what a bare 试点 refers back to. */
  lastPilot?: Group;
  /** The last program (not a document) of the sentences before: what 4市被确定为试点城市 pilot. */
  lastProgram?: Group;
}

const ACTORS = ['Organization', 'Region'] as const;
/** ISSUED-or-LAUNCHED triggers: an actor and what it issued or launched. */
const ISSUED_OR_LAUNCHED: { source: readonly EntityType[]; target: readonly EntityType[] } = {
  source: ACTORS,
  target: ['Organization', 'Program'],
};
/** A count that restates a list (4市, 8所高校, 两家单位). */
const COUNT = /^(\d+|[一二三四五六七八九十两]+)[个家所市省区县地座项](高校|单位|企业|城市|机构)?/;
/** Patterns whose agents stand in the sentence itself (later clauses may carry them on). */
const IN_SENTENCE: ReadonlySet<Pattern> = new Set(['direct', 'passive', 'place', 'carry-clause']);

export interface Extracted {
  relations: Relation[];
  agreements: Agreement[];
}

export function evidenceOf(doc: Doc, s: Sentence): Evidence {
  // Object.assign, not a spread after own keys: that spread takes a slow path on Node 20.
  return Object.assign(
    { docId: doc.id, sentence: s.index, text: doc.raw.slice(s.orig.start, s.orig.end) },
    s.orig,
  );
}

/** Runs the trigger patterns over every sentence, carrying subjects and antecedents forward. */
export function extractPatterns(doc: Doc, sentences: readonly Sentence[], lex: RelateLexicon): Extracted {
  const out: Extracted = { relations: [], agreements: [] };
  // Filled by a loop: the Map constructor over [key, value] pairs is several times slower.
  const names = new Map<string, string>();
  for (const e of doc.entities ?? []) names.set(e.id, e.name);
  const discourse: Discourse = { history: { seen: [], groups: [], names } };
  const base = mentionSlots(doc, sentences);
  sentences.forEach((sentence, i) => {
    const text = sentence.text;
    const own = base[i] ?? [];
    const anaphors = anaphorSlots(text, own, discourse.history, lex);
    // Mention slots come sorted; only a sentence with anaphors needs a merged copy.
    const slots = anaphors.length === 0 ? own : [...own, ...anaphors].sort((a, b) => a.start - b.start);
    const date = statedDate(text, doc.date);
    const st: SentenceState = {
      sentence,
      text,
      slots,
      hits: findTriggers(text, slots, lex),
      evidence: evidenceOf(doc, sentence),
    };
    if (date) st.date = date;
    const opening = sentenceSubject(text, slots, ACTORS, lex);
    const subject = opening?.speaker ? undefined : opening;
    if (i === 0 && subject) discourse.docTopic = subject;
    // What a speaker reports has its own subjects: nothing is carried in from other sentences.
    const used = readSentence(
      st,
      opening,
      opening?.speaker ? { ...discourse, prevSubject: undefined, docTopic: undefined } : discourse,
      lex,
      out,
    );
    possessiveDocuments(st, lex, out);
    for (const slot of slots) discourse.history.seen.push(slot);
    // 甲与乙举行会谈。会后，双方签署…: a list that opens a sentence is what 双方 refers back to.
    if (subject && subject.ids.length > 1)
      discourse.history.groups.push({ ids: subject.ids, type: subject.type });
    for (const g of used) if (g.ids.length > 1) discourse.history.groups.push({ ids: g.ids, type: g.type });
    discourse.prevSubject = subject ?? used.find((g) => !g.marker) ?? discourse.prevSubject;
    const program = slots.filter((x) => x.type === 'Program' && !isDocument(x, st, lex)).at(-1);
    if (program)
      discourse.lastProgram = { slots: [program], ids: program.ids, type: 'Program', start: 0, end: 0 };
  });
  return out;
}

/** Reads one sentence's triggers; returns the agent groups found in it, in order. */
function readSentence(
  st: SentenceState,
  /** The sentence's opening list; a speaker (甲表示，…) only for clauses without a subject. */
  subject: Group | undefined,
  discourse: Discourse,
  lex: RelateLexicon,
  out: Extracted,
): Group[] {
  const used: Group[] = [];
  const joint = new Set<string>();
  const across: Group[] = [];
  for (const hit of st.hits) {
    for (const effect of hit.trigger.effects) {
      const type: RelationType = effect.kind === 'type' ? effect.type : 'LAUNCHED';
      const ends = effect.kind === 'type' ? endpointTypes(type) : ISSUED_OR_LAUNCHED;
      let pattern: Pattern = 'direct';
      let agents =
        (type === 'PILOTS' ? (participantsAfter(st, hit, lex) ?? focusSites(st, hit, lex)) : undefined) ??
        findAgents(st.text, st.slots, hit, st.hits, ends.source, placeCanAct(type), lex);
      if (agents && !nominalLinked(agents, hit, st, lex)) continue;
      if (agents?.marker === 'agent') pattern = 'passive';
      if (agents?.marker === 'locative') {
        // 陕西省政府在西安启动X: with an object after the verb, the actor before 在 launched it;
        // only X在上海启动 (no object) makes the place the launcher.
        // A pilot's places are its sites, whoever runs it (三方将在R、S先行先试X: R, S pilot X).
        const object =
          type !== 'PILOTS' && findTargetRight(st.text, st.slots, hit, st.hits, ends.target, lex);
        const actor = object && findAgents(st.text, st.slots, hit, st.hits, ends.source, false, lex);
        if (actor) agents = actor;
        else pattern = 'place';
      }
      // Subject omitted: carry the agent of an earlier clause, then of the previous sentence.
      let topic: Group | undefined;
      if (agents && !agents.marker) {
        [agents, topic] = withLeadBefore(agents, st, hit, subject, used, lex, isJointAct(type));
        if (agents.lead && agents.joiner) across.push(agents);
      }
      // 本次试点企业须…: a noun trigger without a linked agent in its sentence names no pilot.
      if (!agents && !nominal(hit, lex))
        [agents, pattern] = carried(hit, type, st, subject, used, discourse, lex);
      if (!agents) continue;
      const here = IN_SENTENCE.has(pattern) && pattern !== 'carry-clause';
      let targets = findTargetRight(st.text, st.slots, hit, st.hits, ends.target, lex);
      if (!targets && pattern === 'passive') {
        // 由X建设的Y平台正式上线: the topic stands between the agents and the verb.
        const first = st.slots.find(
          (x) => x.start >= agents.end && x.end <= hit.start && ends.target.includes(x.type),
        );
        if (first) targets = findTargetLeft(st.text, [first], first.end, ends.target, lex);
      }
      if (!targets && (!here || pattern !== 'direct' || !sameClause(st.text, agents, hit))) {
        const before = here && sameClause(st.text, agents, hit) ? agents.start : hit.start;
        targets = findTargetLeft(st.text, st.slots, before, ends.target, lex);
      }
      // 该实验室由甲牵头，联合乙共同组建 / X同日揭牌，由甲与乙共同打造: the topic of the clause before.
      if (!targets && !topic && pattern === 'passive') topic = topicBefore(st, agents, ends.target, lex);
      if (!targets && topic) targets = topic;
      if (!targets && type === 'PILOTS') {
        targets =
          programInClause(st, hit, lex) ??
          discourse.lastPilot ??
          nearestProgram(st, hit, lex) ??
          (nominal(hit, lex) ? discourse.lastProgram : undefined);
        if (targets) pattern = pattern === 'direct' || pattern === 'place' ? 'nearest-program' : pattern;
      }
      const emitted: Emitted = emit({ effect, type, agents, targets, hit, pattern, st, lex, out });
      if (type === 'PILOTS' && targets && emitted.count) discourse.lastPilot = targets;
      // A later clause carries on the agent of an earlier one only when that one stated something.
      if (emitted.count && IN_SENTENCE.has(pattern)) used.push(agents);
      if (emitted.count && isJointAct(type)) for (const id of agents.ids) joint.add(id);
      // 甲与乙同日上线X: two bodies that launch or issue one thing together work with each other.
      if (emitted.count && (type === 'LAUNCHED' || type === 'ISSUED')) {
        const pair = togetherPair(agents);
        if (pair) across.push(pair);
      }
    }
  }
  discourse.lastPilot = namedPilots(st, lex, out) ?? discourse.lastPilot;
  leadCooperation(st, joint, lex, out, across);
  return used;
}

/**
 * 甲牵头，联合乙、丙共同组建丁: a list opened by 联合/会同 at the head of its clause has the agent of
 * the clause before as its lead.
 */
function withLeadBefore(
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
function topicBefore(
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

function sameClause(text: string, g: Group, hit: TriggerHit): boolean {
  return g.end <= hit.start && !/[,，;；。]/.test(text.slice(g.end, hit.start));
}

function carried(
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

/** 甲与乙 (two organizations, 与/同 between them): 甲 leads, 乙 joins. */
function togetherPair(agents: Group): Group | undefined {
  const [a, b] = agents.slots;
  if (agents.slots.length !== 2 || agents.marker || !a || !b) return undefined;
  if (a.type !== 'Organization' || b.type !== 'Organization') return undefined;
  if (agents.joiner !== '与' && agents.joiner !== '同') return undefined;
  return a.ids[0] ? { ...agents, lead: a.ids[0] } : undefined;
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

/**
 * 首批试点由甲银行、乙银行等6家机构参与: after 由, the list up to a verb of taking part are the
 * participants of the pilot named before.
 */
function participantsAfter(st: SentenceState, hit: TriggerHit, lex: RelateLexicon): Group | undefined {
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
function focusSites(st: SentenceState, hit: TriggerHit, lex: RelateLexicon): Group | undefined {
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
function programInClause(st: SentenceState, hit: TriggerHit, lex: RelateLexicon): Group | undefined {
  const [cs] = clauseAt(st.text, hit.start);
  const pick = st.slots
    .filter((s) => s.type === 'Program' && s.start >= cs && s.end <= hit.start && !isDocument(s, st, lex))
    .at(-1);
  return pick
    ? { slots: [pick], ids: pick.ids, type: pick.type, start: pick.start, end: pick.end }
    : undefined;
}

function nominal(hit: TriggerHit, lex: RelateLexicon): boolean {
  return lex.words['nominal-trigger'].includes(hit.trigger.head);
}

/** A pilot named without its program (对苏州、盐城的试点): the nearest program in the sentence. */
function nearestProgram(st: SentenceState, hit: TriggerHit, lex: RelateLexicon): Group | undefined {
  // Documents are issued, not piloted.
  const programs = st.slots.filter((s) => s.type === 'Program' && !isDocument(s, st, lex));
  const left = programs.filter((s) => s.end <= hit.start).at(-1);
  const pick = left ?? programs.find((s) => s.start >= hit.end);
  return pick
    ? { slots: [pick], ids: pick.ids, type: pick.type, start: pick.start, end: pick.end }
    : undefined;
}

/** A noun trigger (试点企业) takes as agent only what a copula links to it (X成为首批试点企业). */
function nominalLinked(agents: Group, hit: TriggerHit, st: SentenceState, lex: RelateLexicon): boolean {
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

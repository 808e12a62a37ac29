import type { Agreement, Doc, EntityType, Evidence, Relation, RelationType, Sentence } from '../types.ts';
import { carried, topicBefore, withLeadBefore } from './carry.ts';
import { statedDate } from './dates.ts';
import { type Emitted, emit, isDocument, type Pattern, type SentenceState } from './emit.ts';
import { endpointTypes, isJointAct, placeCanAct } from './endpoints.ts';
import type { RelateLexicon } from './lexicon.ts';
import { leadCooperation, namedPilots, possessiveDocuments } from './passes.ts';
import {
  focusSites,
  nearestProgram,
  nominal,
  nominalLinked,
  participantsAfter,
  programInClause,
} from './pilot-roles.ts';
import { findAgents, findTargetLeft, findTargetRight, type Group, sentenceSubject } from './roles.ts';
import { anaphorSlots, type History, mentionSlots } from './slots.ts';
import { findTriggers, type TriggerHit } from './triggers.ts';

/** What earlier sentences leave for later ones: subjects to carry over and antecedents. */
export interface Discourse {
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
/** Patterns whose agents stand in the sentence itself (later clauses may carry them on). */
const IN_SENTENCE: ReadonlySet<Pattern> = new Set(['direct', 'passive', 'place', 'carry-clause']);

export interface Extracted {
  relations: Relation[];
  agreements: Agreement[];
}

export function evidenceOf(doc: Doc, s: Sentence): Evidence {
  // A literal with the span's own two keys (in Span's order): Object.assign or a spread of s.orig
  // takes a slower path on Node 20, and this runs for every sentence.
  const { start, end } = s.orig;
  return { docId: doc.id, sentence: s.index, text: doc.raw.slice(start, end), start, end };
}

/** Runs the trigger patterns over every sentence, carrying subjects and antecedents forward. */
export function extractPatterns(doc: Doc, sentences: readonly Sentence[], lex: RelateLexicon): Extracted {
  const out: Extracted = { relations: [], agreements: [] };
  const discourse: Discourse = {
    history: { seen: [], seenNames: [], entities: doc.entities ?? [], groups: [] },
  };
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

function sameClause(text: string, g: Group, hit: TriggerHit): boolean {
  return g.end <= hit.start && !/[,，;；。]/.test(text.slice(g.end, hit.start));
}

/** 甲与乙 (two organizations, 与/同 between them): 甲 leads, 乙 joins. */
function togetherPair(agents: Group): Group | undefined {
  const [a, b] = agents.slots;
  if (agents.slots.length !== 2 || agents.marker || !a || !b) return undefined;
  if (a.type !== 'Organization' || b.type !== 'Organization') return undefined;
  if (agents.joiner !== '与' && agents.joiner !== '同') return undefined;
  return a.ids[0] ? { ...agents, lead: a.ids[0] } : undefined;
}

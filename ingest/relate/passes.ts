import { emit, isDocument, type Pattern, type SentenceState } from './emit.ts';
import { endpointTypes } from './endpoints.ts';
import type { Extracted } from './extract.ts';
import type { RelateLexicon, Trigger } from './lexicon.ts';
import { findAgents, type Group, leadGroups } from './roles.ts';
import type { Slot } from './slots.ts';
import type { TriggerHit } from './triggers.ts';
import { quiet } from './words.ts';

/** Sentence-level patterns that need no trigger word of their own. */

const ACTORS = ['Organization', 'Region'] as const;

/**
 * 在郑州、洛阳开展县域医共体改革试点: when the program's own name ends with the pilot word, the name
 * is both trigger and target; the places before it are the pilot sites.
 */
export function namedPilots(st: SentenceState, lex: RelateLexicon, out: Extracted): Group | undefined {
  let pilot: Group | undefined;
  const pilots = pilotTriggers(lex);
  for (const slot of st.slots) {
    if (slot.type !== 'Program') continue;
    const trigger = pilots.find((t) => !t.tail && slot.surface.endsWith(t.head));
    if (!trigger) continue;
    const hit: TriggerHit = { start: slot.start, end: slot.start, trigger };
    const agents = findAgents(st.text, st.slots, hit, st.hits, endpointTypes('PILOTS').source, true, lex);
    if (!agents) continue;
    // 甲启动X试点: 甲 launched the pilot; the sites are named elsewhere (在R、S开展X试点).
    const launched = st.hits.some(
      (h) =>
        h.start >= agents.end &&
        h.end <= slot.start &&
        h.trigger.effects.some((e) => e.kind !== 'type' || e.type === 'LAUNCHED' || e.type === 'ISSUED'),
    );
    const targets: Group = {
      slots: [slot],
      ids: slot.ids,
      type: slot.type,
      start: slot.start,
      end: slot.end,
    };
    // Still the pilot a later bare 试点 refers back to.
    if (launched && agents.marker !== 'locative') {
      pilot = targets;
      continue;
    }
    const pattern: Pattern = agents.marker === 'locative' ? 'place' : 'direct';
    const effect = { kind: 'type', type: 'PILOTS' } as const;
    if (emit({ effect, type: 'PILOTS', agents, targets, hit, pattern, st, lex, out }).count) pilot = targets;
  }
  return pilot;
}

const pilotsOf = new WeakMap<RelateLexicon, Trigger[]>();

/** The triggers that make PILOTS, picked once per lexicon (not once per sentence). */
function pilotTriggers(lex: RelateLexicon): Trigger[] {
  let pilots = pilotsOf.get(lex);
  if (!pilots) {
    pilots = lex.triggers.filter((t) => t.effects.some((e) => e.kind === 'type' && e.type === 'PILOTS'));
    pilotsOf.set(lex, pilots);
  }
  return pilots;
}

/**
 * A会同B、C / A携手B: the lead works with each of the others, unless the list co-builds or signs
 * something in this sentence (the guide keeps cooperation for other joint acts).
 */
export function leadCooperation(
  st: SentenceState,
  joint: ReadonlySet<string>,
  lex: RelateLexicon,
  out: Extracted,
  /** Lead lists read across clauses (由甲牵头，会同乙、丙…). */
  across: readonly Group[] = [],
): void {
  for (const g of [...leadGroups(st.text, st.slots, ACTORS, lex), ...across]) {
    // 甲会同乙、丙共同建设: 会同 states the working together itself, whatever they do jointly.
    if (!g.lead || (joint.has(g.lead) && !lex.words['lead-always'].includes(g.joiner ?? ''))) continue;
    for (const id of g.ids) {
      if (id === g.lead) continue;
      out.relations.push({
        type: 'COOPERATES_WITH',
        source: g.lead,
        target: id,
        evidence: st.evidence,
        rule: `lead-list(${g.joiner ?? ''})`,
        confidence: 0.8,
        ...(st.date ? { date: st.date } : {}),
      });
    }
  }
}

/** 国务院《通知》: an organization right before a document it names is the document's issuer. */
export function possessiveDocuments(st: SentenceState, lex: RelateLexicon, out: Extracted): void {
  st.slots.forEach((a: Slot, k) => {
    const b = st.slots[k + 1];
    if (!b || a.type !== 'Organization' || b.type !== 'Program' || quiet(st.text.slice(a.end, b.start)))
      return;
    if (!(st.text[b.start] === '《' || st.text[b.start - 1] === '《') || !isDocument(b, st, lex)) return;
    for (const source of a.ids) {
      for (const target of b.ids) {
        out.relations.push({
          type: 'ISSUED',
          source,
          target,
          evidence: st.evidence,
          rule: 'possessive-document',
          confidence: 0.7,
          ...(st.date ? { date: st.date } : {}),
        });
      }
    }
  });
}

import { loadLexicons } from '../lexicons/index.ts';
import type { Doc, Entity, Mention, Relation, Sentence } from '../types.ts';
import { assertNever } from './endpoints.ts';
import { evidenceOf } from './extract.ts';

/** Parent of a place the document does not name (自贸试验区 → 上海市), from the gazetteer. */
export type ParentLookup = (id: string) => string | undefined;

let gazetteer: ParentLookup | undefined;
function gazetteerParent(): ParentLookup {
  if (!gazetteer) {
    const { regionById } = loadLexicons();
    gazetteer = (id) => regionById.get(id)?.parent;
  }
  return gazetteer;
}

/**
 * LOCATED_IN / PART_OF from Entity.within, followed up the chain (临港新片区 → 自贸试验区 → 上海市);
 * a step the document does not name is looked up in the gazetteer and skipped over. Evidence: the
 * first sentence that mentions the inner entity together with the outer one, else the first that
 * mentions the inner one.
 */
export function withinRelations(
  doc: Doc,
  sentences: readonly Sentence[],
  parentOf: ParentLookup = gazetteerParent(),
): Relation[] {
  const entities = new Map<string, Entity>();
  for (const e of doc.entities ?? []) entities.set(e.id, e);
  // 中国 inside 中国商飞 is part of a name, not a statement about the country.
  const spoken = ownMentions(doc);
  const country = [...entities.values()].find((e) => e.level === 'country' && spoken.has(e.id));
  const next = (id: string): string | undefined => {
    const e = entities.get(id);
    return e?.within ?? parentOf(id) ?? (e?.level === 'province' ? country?.id : undefined);
  };
  // Each entity's chain is walked once per document, not once per mention.
  const chains = new Map<string, string[]>();
  const chain = (id: string): string[] => {
    let out = chains.get(id);
    if (!out) {
      out = [];
      for (let at = next(id); at && at !== id && !out.includes(at); at = next(at)) out.push(at);
      chains.set(id, out);
    }
    return out;
  };
  // A sentence that mentions an entity also speaks of the places it sits in (人民银行长沙中心支行 →
  // 长沙市 → 湖南省), which may have no mention of their own.
  // Sentence lists rather than Sets: a document has few sentences per entity, and arrays are cheaper.
  const mentionedIn = new Map<string, number[]>();
  const namedIn = new Map<string, number[]>();
  const note = (map: Map<string, number[]>, id: string, sentence: number) => {
    const list = map.get(id);
    if (!list) map.set(id, [sentence]);
    else if (!list.includes(sentence)) list.push(sentence);
  };
  for (const m of doc.mentions ?? []) {
    if (!m.entityId) continue;
    note(namedIn, m.entityId, m.sentence);
    note(mentionedIn, m.entityId, m.sentence);
    for (const id of chain(m.entityId)) note(mentionedIn, id, m.sentence);
  }
  const out: Relation[] = [];
  for (const inner of entities.values()) {
    const type = containment(inner);
    const own = type ? mentionedIn.get(inner.id)?.sort((a, b) => a - b) : undefined;
    if (!type || !own) continue;
    for (const id of chain(inner.id)) {
      const outer = entities.get(id);
      if (!outer) continue;
      if (outer.type !== 'Region' || (outer.level === 'country' && !spoken.has(outer.id))) break;
      // A multi-province area is no administrative parent: 上海市 is in 长三角, its bodies are not said to be.
      if (outer.level === 'area' && inner.within !== outer.id) break;
      const both = own.find((i) => namedIn.get(outer.id)?.includes(i));
      const sentence = sentences[both ?? own[0]!];
      if (!sentence) continue;
      out.push({
        type,
        source: inner.id,
        target: outer.id,
        evidence: evidenceOf(doc, sentence),
        rule: both === undefined ? 'within' : 'within(co-mentioned)',
        confidence: Math.min(inner.confidence, outer.confidence),
      });
    }
  }
  return out;
}

/** Entities with a mention of their own, not nested inside a longer mention. */
export function ownMentions(doc: Doc): Set<string> {
  // Nesting stays inside a sentence, so each mention is compared with its sentence's mentions only.
  const bySentence = new Map<number, Mention[]>();
  for (const m of doc.mentions ?? []) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  const own = new Set<string>();
  for (const ms of bySentence.values()) {
    for (const m of ms) {
      if (!m.entityId) continue;
      const nested = ms.some(
        (o) => o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start,
      );
      if (!nested) own.add(m.entityId);
    }
  }
  return own;
}

/** Organizations sit in regions; regions are part of larger ones; programs have no place here. */
function containment(e: Entity): 'LOCATED_IN' | 'PART_OF' | undefined {
  switch (e.type) {
    case 'Organization':
      return 'LOCATED_IN';
    case 'Region':
      return 'PART_OF';
    case 'Program':
      return undefined;
    default:
      return assertNever(e.type);
  }
}

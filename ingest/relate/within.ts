import { loadLexicons } from '../lexicons/index.ts';
import type { Doc, Entity, Evidence, Mention, Relation, Sentence } from '../types.ts';
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
  // One record per id holds all the walk learns about it: one Map lookup where four Maps (entities,
  // sentences, chains, mentioning sentences) each took their own; those lookups were most of the time here.
  const places = new Map<string, Place>();
  let countries = false;
  for (const e of doc.entities ?? []) {
    placeOf(places, e.id).entity = e;
    if (e.level === 'country') countries = true;
  }
  // 中国 inside 中国商飞 is part of a name, not a statement about the country. Only the country
  // needs this, so a document without one skips the scan of its mentions.
  const spoken = countries ? ownMentions(doc) : NONE;
  let country: string | undefined;
  if (countries)
    for (const p of places.values())
      if (p.entity?.level === 'country' && spoken.has(p.entity.id)) {
        country = p.entity.id;
        break;
      }
  // Each entity's chain is walked once per document, not once per mention.
  const walk: ChainWalk = { places, parentOf, country };
  // The sentences naming each entity, then (per entity, so each chain is read once per entity, not per
  // mention) every place it sits in. Lists may repeat a sentence: only their order is read.
  const named: Place[] = [];
  for (const m of doc.mentions ?? []) {
    if (!m.entityId) continue;
    const p = placeOf(places, m.entityId);
    if (p.named) p.named.push(m.sentence);
    else {
      p.named = [m.sentence];
      named.push(p);
    }
  }
  // A sentence that mentions an entity also speaks of the places it sits in (人民银行长沙中心支行 →
  // 长沙市 → 湖南省), which may have no mention of their own. Each entity gets the `named` lists that
  // speak of it (shared, not copied).
  for (const p of named) {
    note(p, p.named!);
    for (const at of chainOf(walk, p)) note(placeOf(places, at), p.named!);
  }
  const out: Relation[] = [];
  // One Evidence per sentence, shared by the relations it supports (extractPatterns shares them too).
  const evidence: Evidence[] = [];
  for (const p of places.values()) {
    const inner = p.entity;
    const type = inner ? containment(inner) : undefined;
    const own = p.mentionedIn;
    if (!inner || !type || !own) continue;
    for (const id of chainOf(walk, p)) {
      const outerPlace = places.get(id);
      const outer = outerPlace?.entity;
      if (!outer) continue;
      if (outer.type !== 'Region' || (outer.level === 'country' && !spoken.has(outer.id))) break;
      // A multi-province area is no administrative parent: 上海市 is in 长三角, its bodies are not said to be.
      if (outer.level === 'area' && inner.within !== outer.id) break;
      const both = earliestIn(own, outerPlace.named ?? []);
      const at = both ?? earliestIn(own)!;
      const sentence = sentences[at];
      if (!sentence) continue;
      const shared = evidence[at] ?? evidenceOf(doc, sentence);
      evidence[at] = shared;
      out.push({
        type,
        source: inner.id,
        target: outer.id,
        evidence: shared,
        rule: both === undefined ? 'within' : 'within(co-mentioned)',
        confidence: Math.min(inner.confidence, outer.confidence),
      });
    }
  }
  return out;
}

/** What one document says about one id (an entity, or a place it sits in that the document does not name). */
interface Place {
  id: string;
  /** The document's entity of that id (the last one, as a Map keyed by id would keep). */
  entity?: Entity;
  /** Sentences that mention it, once per mention. */
  named?: number[];
  /** The places it sits in, innermost first (walked once per document). */
  chain?: string[];
  /** The `named` lists of the entities that sit in it, and its own. */
  mentionedIn?: number[][];
}

function placeOf(places: Map<string, Place>, id: string): Place {
  let p = places.get(id);
  if (!p) {
    p = { id };
    places.set(id, p);
  }
  return p;
}

/**
 * What the chains of one document are read from. The helpers below are module functions, not closures
 * in withinRelations: tsx (esbuild keepNames) names every closure it creates with a defineProperty call.
 */
interface ChainWalk {
  places: ReadonlyMap<string, Place>;
  parentOf: ParentLookup;
  /** The country the document names itself, which holds its provinces. */
  country: string | undefined;
}

function nextOut(w: ChainWalk, id: string): string | undefined {
  const e = w.places.get(id)?.entity;
  return e?.within ?? w.parentOf(id) ?? (e?.level === 'province' ? w.country : undefined);
}

/** The places an entity sits in, innermost first (walked once per entity and document). */
function chainOf(w: ChainWalk, p: Place): string[] {
  if (!p.chain) {
    const id = p.id;
    const out: string[] = [];
    for (let at = nextOut(w, id); at && at !== id && !out.includes(at); at = nextOut(w, at)) out.push(at);
    p.chain = out;
  }
  return p.chain;
}

function note(p: Place, sentences: number[]): void {
  if (p.mentionedIn) p.mentionedIn.push(sentences);
  else p.mentionedIn = [sentences];
}

/**
 * The smallest sentence number in the lists of `own` (that `among` also holds): what the first match
 * in `own` flattened and sorted would be, without building that for every entity.
 */
function earliestIn(own: readonly (readonly number[])[], among?: readonly number[]): number | undefined {
  let best: number | undefined;
  for (const list of own)
    for (const i of list) if ((best === undefined || i < best) && (!among || among.includes(i))) best = i;
  return best;
}

const NONE: ReadonlySet<string> = new Set();

/** Entities with a mention of their own, not nested inside a longer mention. */
export function ownMentions(doc: Doc): Set<string> {
  // Nesting stays inside a sentence, so each mention is compared with its sentence's mentions only
  // (grouped in an array by sentence number: cheaper than a Map here).
  const bySentence: Mention[][] = [];
  for (const m of doc.mentions ?? []) {
    const list = bySentence[m.sentence];
    if (list) list.push(m);
    else bySentence[m.sentence] = [m];
  }
  const own = new Set<string>();
  for (const ms of bySentence) {
    if (!ms) continue;
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

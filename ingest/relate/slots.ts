import { escapeRegex } from '../regex.ts';
import type { Doc, Entity, EntityType, Mention, Sentence } from '../types.ts';
import type { RelateLexicon } from './lexicon.ts';

/**
 * A span of a sentence that stands for one or more entities: a resolved mention, or an anaphor
 * (该联盟, 双方) that points back to earlier entities. Offsets are local to the sentence text.
 */
export interface Slot {
  start: number;
  end: number;
  ids: string[];
  type: EntityType;
  surface: string;
  /** How the slot was found: 'mention', 'demonstrative' or 'group-anaphor'. */
  via: 'mention' | 'demonstrative' | 'group-anaphor';
}

/** Resolved mentions of each sentence as slots, longest first where two overlap (no overlaps kept). */
export function mentionSlots(doc: Doc, sentences: readonly Sentence[]): Slot[][] {
  const bySentence: Mention[][] = sentences.map(() => []);
  for (const m of doc.mentions ?? []) {
    if (m.entityId) bySentence[m.sentence]?.push(m);
  }
  // Built only when two places are written together (most documents never need it).
  let within: Map<string, string | undefined> | undefined;
  return bySentence.map((mentions, i) => {
    const base = sentences[i]!.start;
    const sorted = inOrder(mentions)
      ? mentions
      : [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: Slot[] = [];
    for (const m of sorted) {
      const last = kept.at(-1);
      if (last && m.start - base < last.end) continue;
      // 河北雄安新区 / 广州南沙: a place written right after the place it lies in is one place.
      const adjacentPlaces =
        last?.type === 'Region' &&
        m.type === 'Region' &&
        last.end === m.start - base &&
        last.via === 'mention';
      if (adjacentPlaces) within ??= withinById(doc);
      if (adjacentPlaces && within?.get(m.entityId!) === last.ids[0]) {
        kept[kept.length - 1] = {
          ...last,
          end: m.end - base,
          ids: [m.entityId!],
          surface: last.surface + m.surface,
        };
        continue;
      }
      kept.push({
        start: m.start - base,
        end: m.end - base,
        ids: [m.entityId!],
        type: m.type,
        surface: m.surface,
        via: 'mention',
      });
    }
    return kept;
  });
}

function withinById(doc: Doc): Map<string, string | undefined> {
  const within = new Map<string, string | undefined>();
  for (const e of doc.entities ?? []) within.set(e.id, e.within);
  return within;
}

/** Whether mentions already stand in slot order (recognition emits them so): then no sorted copy is needed. */
function inOrder(mentions: readonly Mention[]): boolean {
  for (let i = 1; i < mentions.length; i++) {
    const a = mentions[i - 1]!;
    const b = mentions[i]!;
    if (a.start > b.start || (a.start === b.start && a.end < b.end)) return false;
  }
  return true;
}

/** Earlier slots of the document, nearest first: where a demonstrative looks for its antecedent. */
export interface History {
  /** Slots of earlier sentences, most recent last. */
  seen: Slot[];
  /** The names of seen[j], filled in when a demonstrative first searches back over it. */
  seenNames: (readonly string[] | undefined)[];
  /** The document's entities, whose canonical names a demonstrative's head may match. */
  entities: readonly Entity[];
  /** Canonical names by id, built from `entities` when first needed (most documents have no demonstrative). */
  names?: Map<string, string>;
  /** The last agent groups of two or more members, most recent last. */
  groups: { ids: string[]; type: EntityType }[];
}

/** The names an anaphor head may match: the slot's surface and its entities' canonical names. */
function namesOf(slot: Slot, history: History): string[] {
  if (!history.names) {
    history.names = new Map();
    for (const e of history.entities) history.names.set(e.id, e.name);
  }
  const names = slot.surface ? [slot.surface] : [];
  for (const id of slot.ids) {
    const name = history.names.get(id);
    if (name) names.push(name);
  }
  return names;
}

// A module constant: tsx (esbuild, target node20) rewrites a \p{Script=…} literal into `new RegExp`,
// which in a loop would build the regex on every call.
const HAN = /^\p{Script=Han}+$/u;

const NUMERALS: Record<string, number> = { 两: 2, 双: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8 };

/** The size a group anaphor names (四部门 → 4), or undefined (各方, 多部门). */
export function anaphorSize(word: string): number | undefined {
  return NUMERALS[word[0] ?? ''];
}

/**
 * Adds anaphor slots to a sentence: 该/此 + head noun → the most recent entity whose name ends with
 * that head (该联盟 → 大飞机先进材料创新联盟); 双方/四部门 → the last group of that many agents.
 * An anaphor right after 等 (A、B等四部门) is an apposition of the list before it, not a reference back.
 */
export function anaphorSlots(
  text: string,
  slots: readonly Slot[],
  history: History,
  lex: RelateLexicon,
): Slot[] {
  const out: Slot[] = [];
  // One scan finds every anaphor word (most sentences hold none), instead of a search of the sentence
  // per word; each word's places come in the order indexOf would give them.
  const found = wordsIn(text, lex);
  if (!found) return out;
  const free = (s: number, e: number) =>
    !slots.some((x) => s < x.end && x.start < e) && !out.some((x) => s < x.end && x.start < e);
  for (const det of lex.words.demonstrative) {
    for (const at of found.get(det) ?? []) {
      const headStart = at + det.length;
      // The heads that may follow (up to five Han characters, not over another slot), longest first.
      const heads: string[] = [];
      for (let len = 5; len >= 1; len--) {
        const head = text.slice(headStart, headStart + len);
        if (head.length === len && HAN.test(head) && free(at, headStart + len)) heads.push(head);
      }
      const ante = antecedent(heads, slots, at, history);
      if (ante) {
        const end = headStart + ante.head.length;
        out.push({
          start: at,
          end,
          ids: ante.slot.ids,
          type: ante.slot.type,
          surface: text.slice(at, end),
          via: 'demonstrative',
        });
      }
    }
  }
  for (const word of lex.words['group-anaphor']) {
    for (const at of found.get(word) ?? []) {
      // 沪苏两地 / A、B等四部门: right after a list, the count restates it; it refers to nothing earlier.
      if (!free(at, at + word.length) || text[at - 1] === '等' || slots.some((x) => x.end === at)) continue;
      const size = anaphorSize(word);
      // 两省/两地 name places; 四部门/双方 name bodies or anyone.
      const places = /[省市地区国]$/.test(word);
      const group = history.groups.findLast(
        (g) => (size === undefined || g.ids.length === size) && (!places || g.type === 'Region'),
      );
      if (group) {
        out.push({
          start: at,
          end: at + word.length,
          ids: group.ids,
          type: group.type,
          surface: word,
          via: 'group-anaphor',
        });
      }
    }
  }
  return out;
}

/**
 * The antecedent of a demonstrative: for the longest head that any earlier slot's name ends with (and
 * is not), the most recent such slot: the sentence's own slots before `at`, then earlier sentences'.
 * One walk back over the slots tries every head (the walk used to be repeated once per head length).
 */
function antecedent(
  heads: readonly string[],
  slots: readonly Slot[],
  at: number,
  history: History,
): { slot: Slot; head: string } | undefined {
  // Only heads longer than the best found so far still matter.
  let best = heads.length;
  let pick: Slot | undefined;
  for (let j = slots.length - 1; j >= 0 && best > 0; j--) {
    const slot = slots[j]!;
    if (slot.end > at) continue;
    const k = longestHead(namesOf(slot, history), heads, best);
    if (k < best) {
      best = k;
      pick = slot;
    }
  }
  // A slot's names never change: each earlier one is named once per document, not once per search.
  const { seen, seenNames } = history;
  while (seenNames.length < seen.length) seenNames.push(undefined);
  for (let j = seen.length - 1; j >= 0 && best > 0; j--) {
    seenNames[j] ??= namesOf(seen[j]!, history);
    const k = longestHead(seenNames[j]!, heads, best);
    if (k < best) {
      best = k;
      pick = seen[j];
    }
  }
  return pick ? { slot: pick, head: heads[best]! } : undefined;
}

/** The index of the longest of heads[0 … limit) that one of `names` ends with (and is not), else limit. */
function longestHead(names: readonly string[], heads: readonly string[], limit: number): number {
  for (let k = 0; k < limit; k++) {
    const head = heads[k]!;
    for (const n of names) if (n !== head && n.endsWith(head)) return k;
  }
  return limit;
}

interface AnaphorWords {
  /** Demonstratives and group anaphors by the code of their first character, each word once. */
  byFirst: Map<number, string[]>;
  /** Matches any of those words (global: wordsIn sets lastIndex). */
  anyWord: RegExp;
}

const anaphorWords = new WeakMap<RelateLexicon, AnaphorWords>();

/**
 * Where each demonstrative and group anaphor occurs in the text (overlapping places too), ascending;
 * undefined when none does (most sentences).
 */
function wordsIn(text: string, lex: RelateLexicon): Map<string, number[]> | undefined {
  let words = anaphorWords.get(lex);
  if (!words) {
    const all = [...new Set([...lex.words.demonstrative, ...lex.words['group-anaphor']])];
    words = { byFirst: new Map(), anyWord: new RegExp(all.map(escapeRegex).join('|'), 'g') };
    for (const w of all) {
      const code = w.charCodeAt(0);
      const list = words.byFirst.get(code) ?? [];
      list.push(w);
      words.byFirst.set(code, list);
    }
    anaphorWords.set(lex, words);
  }
  let found: Map<string, number[]> | undefined;
  // The regex jumps to the next place where some word starts; there every word is tried.
  const { anyWord } = words;
  anyWord.lastIndex = 0;
  for (let at = anyWord.exec(text); at; at = anyWord.exec(text)) {
    const i = at.index;
    for (const w of words.byFirst.get(text.charCodeAt(i))!) {
      if (!text.startsWith(w, i)) continue;
      found ??= new Map();
      const places = found.get(w);
      if (places) places.push(i);
      else found.set(w, [i]);
    }
    anyWord.lastIndex = i + 1;
  }
  return found;
}

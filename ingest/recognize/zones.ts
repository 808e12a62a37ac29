import type { Lexicons } from '../lexicons/index.ts';
import { escapeRegex } from '../regex.ts';
import type { Candidate, View } from './candidate.ts';
import { isGeneric, nameLike, type Unit } from './extend.ts';
import { headUnits, orgHeadsAt, zoneHeadsAt } from './suffixes.ts';

// Zones: development zones, new areas, free trade zones and their areas, city clusters. They are
// Regions, found by a place before a zone head, by the head alone, or by the free trade zone's name.

/** Position words that live inside a zone's name (长江中游城市群, 西部…). */
const ZONE_POSITION = /^(上游|中游|下游|东部|西部|中部|南部|北部|东北|西北|西南|东南)$/;

/** Are the tokens from `start` to `end` all name parts (no adverb, preposition or body's head)? */
function middleWords(view: View, start: number, end: number, lex: Lexicons): boolean {
  return view.tokens.every(
    (t) =>
      t.end <= start ||
      t.start >= end ||
      t.start < start ||
      t.end > end ||
      ((nameLike(t, lex) || ZONE_POSITION.test(t.word) || /^(片区|试验区|自贸区)$/.test(t.word)) &&
        !/^(nt|d)$/.test(t.tag) &&
        !orgHeadsAt(lex, t.word, t.word.length).some((s) => s.strong && t.word.endsWith(s.suffix))),
  );
}

const NAME_CHARS = /^[\u4e00-\u9fff]{0,10}$/;

const zoneTestsMemo = new WeakMap<Lexicons, { anyHead: RegExp; longStops: string[] }>();

/** Built once per lexicon set: any zone head, and the boundary stops of two or more characters. */
function zoneTests(lex: Lexicons): { anyHead: RegExp; longStops: string[] } {
  let tests = zoneTestsMemo.get(lex);
  if (!tests) {
    const quoted = lex.zoneSuffixes.map(escapeRegex);
    tests = {
      anyHead: new RegExp(quoted.join('|')),
      longStops: [...lex.boundaryStops].filter((w) => w.length > 1),
    };
    zoneTestsMemo.set(lex, tests);
  }
  return tests;
}

/**
 * Zones named after a place: 杭州高新技术产业开发区, 长三角生态绿色一体化发展示范区, 成都天府新区. The
 * characters between the place and the head must be name characters, with no action word among them.
 */
function placeZones(view: View, places: readonly Candidate[], lex: Lexicons): Candidate[] {
  const out: Candidate[] = [];
  const { anyHead, longStops } = zoneTests(lex);
  // One scan of the whole sentence first: nine sentences in ten with a place hold no zone head at all.
  if (places.length === 0 || !anyHead.test(view.text)) return out;
  for (const p of places) {
    // 中国 leads a company's site (中国商飞…基地), not a zone.
    if (p.rule === 'province-abbr' || view.text.startsWith('中国', p.start)) continue;
    const rest = view.text.slice(p.end, p.end + 20);
    // One regex scan tells whether any head follows at all; most places have none.
    if (!anyHead.test(rest)) continue;
    for (const suffix of lex.zoneSuffixes) {
      const at = rest.indexOf(suffix);
      if (at < 0) continue;
      const middle = rest.slice(0, at);
      const end = p.end + at + suffix.length;
      if (!NAME_CHARS.test(middle) || !view.isBound(end)) continue;
      if (longStops.some((w) => middle.includes(w))) continue;
      // The words between are name parts (云南省商务厅将在德宏片区 is a clause, not a zone).
      if (!middleWords(view, p.end, p.end + at, lex)) continue;
      // 德宏片区 alone is an area of the province's free trade zone (resolve names it so); other short
      // heads need a name between (宁东能源化工基地, not 上海基地).
      if (suffix.length <= 2 && middle.length === 0 && suffix !== '片区') continue;
      // A base is a zone when its name says what for (宁东能源化工基地), not a site (浦东总装基地).
      if (suffix === '基地' && middle.length < 3) continue;
      // A zone the gazetteer knows (天府新区 in 成都天府新区) is matched by name already.
      if (places.some((q) => q.end === end && q.start > p.start)) break;
      const rule = suffix === '片区' && middle.length === 0 ? FTZ_AREA : 'zone-name';
      out.push({ start: p.start, end, type: 'Region', rule, confidence: 0.8 });
      break;
    }
  }
  return out;
}

/**
 * Free trade zones: 中国(浙江)自由贸易试验区 by name, or 自贸试验区 / 自贸区 standing for the article's own; an
 * area (…昆明片区) right after the zone's name is part of that one name.
 */
const FTZ_FULL = /中国\(([\u4e00-\u9fff]{2,3})\)自由贸易试验区(?:[\u4e00-\u9fff]{2,4}?片区)?/g;
const FTZ_SHORT = /(?:自贸试验区|自由贸易试验区|自贸区)(?:[\u4e00-\u9fff]{2,4}?片区)?/g;

export function findZones(view: View, taken: readonly Candidate[], lex: Lexicons): Candidate[] {
  const out = placeZones(view, taken, lex);
  // Both patterns need one of these words: most sentences skip the regex iterators (a regex clone each).
  if (!view.text.includes('自由贸易试验区') && !view.text.includes('自贸')) return out;
  for (const m of view.text.matchAll(FTZ_FULL)) {
    const end = m.index + m[0].length;
    // The full name wins over the places inside it (中国, 浙江): see recognize/index.ts.
    out.push({ start: m.index, end, type: 'Region', rule: 'ftz-name', confidence: 0.9 });
  }
  for (const m of view.text.matchAll(FTZ_SHORT)) {
    const end = m.index + m[0].length;
    if ([...taken, ...out].every((c) => end <= c.start || m.index >= c.end))
      out.push({ start: m.index, end, type: 'Region', rule: 'ftz-context', confidence: 0.7 });
  }
  return out;
}

/** Rule of a bare area (德宏片区), which resolve names as the province's free trade zone area. */
export const FTZ_AREA = 'ftz-area';

/** Zones whose names start with no gazetteer place are still led by a proper noun (沈抚, 洋浦, 宁东). */
const PROPER = /^(ns|nr|nrt|nz|x|j)$/;

/** The last `len` characters of the words of units k..h joined (all of them when shorter). */
function tailOfWords(list: readonly Unit[], k: number, h: number, len: number): string {
  // Joined from the end only as far as needed: most heads are settled by the last word alone.
  let tail = '';
  for (let j = h; j >= k && tail.length < len; j--) tail = list[j]!.word + tail;
  return tail.slice(-len);
}

const isPlace = (places: readonly Candidate[], u: Unit) =>
  places.some((p) => p.start <= u.start && p.end >= u.end);

/**
 * Zones by their head alone: a zone suffix (示范区, 经济开发区, 城市群 …) after name parts led by a proper
 * noun: 沈抚改革创新示范区, 洋浦经济开发区, 宁东能源化工基地. Heads of two characters (新区, 基地) need two
 * name parts, so that a lone word before them (研发基地) names nothing.
 */
export function headedZones(
  text: string,
  list: readonly Unit[],
  places: readonly Candidate[],
  lex: Lexicons,
): Candidate[] {
  const out: Candidate[] = [];
  // Zones led by a gazetteer place are placeZones' (杭州高新区), and a known zone is a place (雄安新区).
  for (const h of headUnits(lex, text, list)) {
    const u = list[h]!;
    // A suffix ends the unit, so its last character must end the unit's word: most units fail that
    // cheaply, before the place and suffix scans below.
    const heads = u.word === '' ? lex.zoneSuffixes : zoneHeadsAt(lex, u.word, u.word.length);
    if (heads.length === 0) continue;
    if (isPlace(places, u)) continue;
    // The head may span words (经济/开发区) but starts on a word boundary.
    let hs = h;
    const suffix = heads.find((z) => {
      const at = u.end - z.length;
      if (at < 0) return false;
      let k = h;
      while (k > 0 && list[k]!.start > at) k--;
      if (list[k]!.start > at || (list[k]!.start < at && k !== h)) return false;
      if (tailOfWords(list, k, h, z.length) !== z) return false;
      hs = k;
      return true;
    });
    if (!suffix || u.end - list[hs]!.start > suffix.length + 2) continue;
    let first = hs;
    for (let k = hs - 1; k >= 0 && u.end - list[k]!.start <= 14; k--) {
      const w = list[k]!;
      if (w.end !== list[k + 1]!.start || w.tag === 'quote') break;
      // Zone names hold actions (开发开放先导区, 改革创新示范区), but not clause verbs (推进, 建设).
      const action = /^v/.test(w.tag) && !lex.boundaryStops.has(w.word);
      if (!(nameLike(w, lex) || action || ZONE_POSITION.test(w.word))) break;
      first = k;
    }
    // Trim to the first proper noun: 打造沈抚… starts at 沈抚.
    while (first < hs && !PROPER.test(list[first]!.tag)) first++;
    if (first === hs || lex.boundaryStops.has(list[first]!.word) || isPlace(places, list[first]!)) continue;
    const parts = hs - first + (u.end - list[hs]!.start > suffix.length ? 1 : 0);
    if (parts < (suffix.length <= 2 ? 2 : 1)) continue;
    const words = list.slice(first, hs).map((x) => x.word);
    if (words.every((w) => isGeneric(w, lex))) continue;
    out.push({ start: list[first]!.start, end: u.end, type: 'Region', rule: 'zone-name', confidence: 0.75 });
  }
  return out;
}

import type { Lexicons, RegionEntry } from '../lexicons/index.ts';
import { type Candidate, FormIndex, fitsTokens, type View } from './candidate.ts';
import { CodeSet } from './code-set.ts';
import { isGeneric, nameLike, type Unit } from './extend.ts';
import { type FormHits, NO_FORMS } from './form-index.ts';
import { headUnits, orgHeadsAt, zoneHeadsAt } from './suffixes.ts';

/** Division names that are also everyday words (山西 城区, 郊区; 东区 in Hong Kong): never places alone. */
const GENERIC_NAMES = new Set([
  '城区',
  '郊区',
  '矿区',
  '东区',
  '西区',
  '南区',
  '北区',
  '新区',
  '中区',
  '市辖区',
  '新城',
  '新城区',
  '城关',
  '开发区',
  '高新区',
]);

/** Every written form of every region → region ids (a form like 朝阳区 may name several places). */
export function regionForms(lex: Lexicons): FormIndex<string> {
  const index = new FormIndex<string>();
  for (const r of lex.regions) {
    for (const form of [r.name, ...r.aliases]) {
      if (form.length >= 2 && !GENERIC_NAMES.has(form)) index.add(form, r.id);
    }
  }
  return index;
}

/**
 * Places from the gazetteer, longest form first, where the span fits the segmentation; one-character
 * province abbreviations only in runs of two or more (沪苏浙皖, 沪渝), where they cannot be a word.
 */
export function findRegions(
  view: View,
  forms: FormIndex<string>,
  lex: Lexicons,
  hits: FormHits = forms.scan(view.text),
): Candidate[] {
  const out: Candidate[] = [];
  const { text } = view;
  const names = fullNames(lex);
  const abbr = abbreviations(lex);
  for (let i = 0; i < text.length; ) {
    const here = hits[i];
    // Most characters open no form and are no province abbreviation: step on at once.
    if (here === undefined && !abbr.has(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let matched = 0;
    for (const form of here ?? NO_FORMS) {
      const len = form.length;
      if (fitsTokens(view, i, i + len)) {
        const full = names.has(form);
        if (!full && cutFromLeft(view, i, lex)) continue;
        out.push({
          start: i,
          end: i + len,
          type: 'Region',
          rule: full ? 'region-name' : 'region-short',
          confidence: full ? 0.95 : 0.85,
        });
        matched = len;
        break;
      }
    }
    if (matched === 0) matched = abbreviationRun(view, i, abbr, out);
    i += Math.max(matched, 1);
  }
  return out;
}

const fullNamesMemo = new WeakMap<Lexicons, Set<string>>();

/** Official names of every region: a Set, since scanning all regions per matched form was a hot spot. */
function fullNames(lex: Lexicons): Set<string> {
  let names = fullNamesMemo.get(lex);
  if (!names) {
    names = new Set(lex.regions.map((r) => r.name));
    fullNamesMemo.set(lex, names);
  }
  return names;
}

/**
 * A short place form right after a lone number, direction or noun character was cut out of a longer
 * place-like name (三江源 → 三 + 江源, 东江源 → 东 + 江源: not 江源区 of Baishan). Function words (在, 赴, 与)
 * level words (省, 市) and province abbreviations (粤, 沪) before a place are tagged otherwise or listed here.
 */
function cutFromLeft(view: View, i: number, lex: Lexicons): boolean {
  // Tokens tile the sentence in order: the one ending at i is the one covering i - 1, if it ends there.
  const k = i > 0 ? view.tokenAt(i - 1) : -1;
  const prev = k >= 0 && view.tokens[k]!.end === i ? view.tokens[k] : undefined;
  return (
    prev !== undefined &&
    prev.word.length === 1 &&
    /^\p{Script=Han}$/u.test(prev.word) &&
    /^(m|f|ng|n|s|ns)$/.test(prev.tag) &&
    !lex.provinceAbbr.has(prev.word) &&
    !/[省市县区州旗盟镇乡村国]/.test(prev.word)
  );
}

const abbrMemo = new WeakMap<Lexicons, CodeSet>();

/**
 * Which UTF-16 units are province abbreviations: asked at every character with no place, where a Map
 * lookup would first make and hash a one-character string.
 */
function abbreviations(lex: Lexicons): CodeSet {
  let codes = abbrMemo.get(lex);
  if (!codes) {
    codes = new CodeSet();
    for (const a of lex.provinceAbbr.keys()) if (a.length === 1) codes.add(a.charCodeAt(0));
    abbrMemo.set(lex, codes);
  }
  return codes;
}

function abbreviationRun(view: View, i: number, abbr: CodeSet, out: Candidate[]): number {
  let j = i;
  while (j < view.text.length && abbr.has(view.text.charCodeAt(j))) j++;
  if (j - i < 2 || !view.isBound(i) || !view.isBound(j)) return 0;
  for (let k = i; k < j; k++) {
    out.push({ start: k, end: k + 1, type: 'Region', rule: 'province-abbr', confidence: 0.8 });
  }
  return j - i;
}

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
    const quoted = lex.zoneSuffixes.map((z) => z.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
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
/** Rule of a city and one of its districts written together (广州南沙): the district. */
export const CITY_COUNTY = 'city+county';

/** Zones whose names start with no gazetteer place are still led by a proper noun (沈抚, 洋浦, 宁东). */
const PROPER = /^(ns|nr|nrt|nz|x|j)$/;
/** Position words that live inside a zone's name (长江中游城市群, 西部…). */
const ZONE_POSITION = /^(上游|中游|下游|东部|西部|中部|南部|北部|东北|西北|西南|东南)$/;

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

/**
 * A city's short name and an area of it written as one (广州南沙, 深圳前海): the district when the
 * gazetteer has it under that city, else an area named by both words. The area word must close the
 * name (a list mark, a conjunction or a verb follows), so that 上海金融市场 stays a place and words.
 */
export function cityAreas(view: View, places: readonly Candidate[], lex: Lexicons): Candidate[] {
  const out: Candidate[] = [];
  const { text, tokens } = view;
  for (const p of places) {
    if (p.rule !== 'region-short') continue;
    const k = view.tokenAt(p.end);
    if (k === undefined || k < 0 || tokens[k]!.start !== p.end) continue;
    const area = tokens[k]!;
    const next = tokens[k + 1];
    if (area.word.length > 5 || !/^(ns|n|f|nz)$/.test(area.tag) || isGeneric(area.word, lex)) continue;
    const known = cityArea(lex, text.slice(p.start, p.end), area.word);
    // An area the gazetteer does not know must be one jieba knows as a place, after a city's name.
    const unknownOk =
      area.word.length === 2 &&
      area.tag === 'ns' &&
      (!next || /^(x|c|v|d|p|i|l)$/.test(next.tag)) &&
      lex.regions.some((r) => r.aliases.includes(text.slice(p.start, p.end)) && cityLike(r));
    if (!known && !unknownOk) continue;
    // A place word that is no part of this city (上海浦东 yes, 上海杭州 no) makes no compound.
    if (!known && places.some((q) => q.start === area.start)) continue;
    out.push({
      start: p.start,
      end: area.end,
      type: 'Region',
      rule: known ? CITY_COUNTY : 'zone-name',
      confidence: known ? 0.85 : 0.75,
    });
  }
  return out;
}

/** Cities and municipalities whose districts and zones a short name can lead (广州, 天津; not 广东). */
const cityLike = (r: RegionEntry) =>
  r.level === 'city' || (r.level === 'province' && /^(北京|天津|上海|重庆)市$/.test(r.name));

/**
 * The district (南沙 → 南沙区) or named zone (前海 → 前海深港现代服务业合作区) of a city that an area word
 * stands for, when the gazetteer puts it under that city.
 */
export function cityArea(lex: Lexicons, cityForm: string, word: string): RegionEntry | undefined {
  // Two scans of every region per call: remembered per lexicon set (built once, never changed after).
  let memo = cityAreaMemo.get(lex);
  if (!memo) {
    memo = new Map();
    cityAreaMemo.set(lex, memo);
  }
  const key = `${cityForm}\u0000${word}`;
  if (memo.has(key)) return memo.get(key);
  const area = findCityArea(lex, cityForm, word);
  memo.set(key, area);
  return area;
}

const cityAreaMemo = new WeakMap<Lexicons, Map<string, RegionEntry | undefined>>();

function findCityArea(lex: Lexicons, cityForm: string, word: string): RegionEntry | undefined {
  const ix = areaIndex(lex);
  const cities = new Set([...(ix.cityByForm.get(cityForm) ?? [])]);
  if (cities.size === 0) return undefined;
  // The first match in gazetteer order, as a scan of every region would find it.
  let best: { r: RegionEntry; order: number } | undefined;
  for (const city of cities)
    for (const a of ix.areasOf.get(city) ?? [])
      if ((a.r.aliases.includes(word) || a.r.name.startsWith(word)) && (!best || a.order < best.order))
        best = a;
  return best?.r;
}

interface AreaIndex {
  /** City-like regions by name and by alias. */
  cityByForm: Map<string, string[]>;
  /** Counties and zones by parent id, with their position in the gazetteer. */
  areasOf: Map<string, { r: RegionEntry; order: number }[]>;
}

const areaIndexMemo = new WeakMap<Lexicons, AreaIndex>();

function areaIndex(lex: Lexicons): AreaIndex {
  let ix = areaIndexMemo.get(lex);
  if (ix) return ix;
  ix = { cityByForm: new Map(), areasOf: new Map() };
  for (const [order, r] of lex.regions.entries()) {
    if (cityLike(r))
      for (const form of [r.name, ...r.aliases]) {
        const ids = ix.cityByForm.get(form) ?? [];
        ids.push(r.id);
        ix.cityByForm.set(form, ids);
      }
    if (r.parent !== undefined && (r.level === 'county' || r.level === 'zone')) {
      const list = ix.areasOf.get(r.parent) ?? [];
      list.push({ r, order });
      ix.areasOf.set(r.parent, list);
    }
  }
  areaIndexMemo.set(lex, ix);
  return ix;
}

import type { Lexicons, RegionEntry } from '../lexicons/index.ts';
import { type Candidate, FormIndex, fitsTokens, type View } from './candidate.ts';
import { CodeSet } from './code-set.ts';
import { isGeneric } from './extend.ts';
import { type FormHits, NO_FORMS } from './form-index.ts';

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
// A module constant: tsx compiles a \p{Script} literal to a new RegExp on every call.
const ONE_HAN = /^\p{Script=Han}$/u;

function cutFromLeft(view: View, i: number, lex: Lexicons): boolean {
  // Tokens tile the sentence in order: the one ending at i is the one covering i - 1, if it ends there.
  const k = i > 0 ? view.tokenAt(i - 1) : -1;
  const prev = k >= 0 && view.tokens[k]!.end === i ? view.tokens[k] : undefined;
  return (
    prev !== undefined &&
    prev.word.length === 1 &&
    ONE_HAN.test(prev.word) &&
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

/** Rule of a city and one of its districts written together (广州南沙): the district. */
export const CITY_COUNTY = 'city+county';

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

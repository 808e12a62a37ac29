import type { RegionEntry } from '../lexicons/index.ts';
import type { RecognizerTables } from '../recognize/tables.ts';
import { type DocPlaces, pickRegion } from './context.ts';

export interface Canonical {
  name: string;
  /** The region the body sits in, when its name says so. */
  within?: string;
}

/** 省/市/区/县 written alone stands for the article's own province or city. */
function levelRegion(ch: string | undefined, places: DocPlaces): RegionEntry | undefined {
  if (ch === '省') return places.province;
  if (ch === '市') return places.city;
  if (ch === '区' || ch === '县') return places.county;
  return undefined;
}

/** The places at the start of a name (江苏省苏州市…), resolved, and where the rest begins. */
function leadingPlaces(
  text: string,
  t: RecognizerTables,
  places: DocPlaces,
): { regions: RegionEntry[]; rest: number } {
  const regions: RegionEntry[] = [];
  let at = 0;
  for (;;) {
    const hit = t.regions.at(text, at).next();
    if (hit.done) break;
    const r = pickRegion(hit.value.values, t, places);
    if (!r) break;
    regions.push(r);
    at += hit.value.form.length;
  }
  // 自治区 alone is the article's autonomous region (自治区总工会 in a Guangxi article).
  if (regions.length === 0 && text.startsWith('自治区') && places.province?.name.endsWith('自治区'))
    return { regions: [places.province], rest: 3 };
  if (regions.length === 0 && !/^(市场|省级|市级|区域|县域|区块)/.test(text)) {
    const r = levelRegion(text[0], places);
    if (r && text.length > 2) return { regions: [r], rest: 1 };
  }
  return { regions, rest: at };
}

/** Expands a body's short form (工信厅 → 工业和信息化厅), also at the start of a longer name (教委科技发展中心). */
export function expandAbbreviation(body: string, t: RecognizerTables): string {
  const whole = t.lex.agencyForms.get(body);
  if (whole) return whole;
  for (const { form, values } of t.agencies.at(body, 0)) {
    if (form.length < body.length) return values[0]! + body.slice(form.length);
  }
  return body;
}

/** Bodies whose official names take a city's short name: 杭州海关, 宁波海事局. */
const CITY_NAMED = /^(海关|海事局|边检站|出入境边防检查站)$/;

/**
 * The official name of a body: known names as listed (人社部 → 中华人民共和国人力资源和社会保障部); a place
 * and a government body in full (江苏省工信厅 → 江苏省工业和信息化厅, 省工信厅 in a Jiangsu article too);
 * other names as written, with a leading 省/市 completed.
 */
export function canonicalOrg(surface: string, t: RecognizerTables, places: DocPlaces): Canonical {
  return canonicalOrgAsWritten(surface, t, places);
}

/**
 * The key of a zone's body: 管委会 is 管理委员会, and the zone's short head is written out
 * (X高新区管委会 → X高新技术产业开发区管理委员会), so that both forms are one body; the name stays as written.
 */
export function officialZoneBody(name: string): string {
  // Most names end otherwise: endsWith spares them the regex, which tries every start.
  if (!(name.endsWith('管委会') || name.endsWith('管理委员会'))) return name;
  if (!/(区|片区)(管委会|管理委员会)$/.test(name)) return name;
  return name
    .replace(/管委会$/, '管理委员会')
    .replace(/高新区(?=管理委员会$)/, '高新技术产业开发区')
    .replace(/经开区(?=管理委员会$)/, '经济技术开发区');
}

function canonicalOrgAsWritten(surface: string, t: RecognizerTables, places: DocPlaces): Canonical {
  const known = t.lex.knownOrgs.get(surface);
  if (known) return { name: known, within: firstRegionInside(surface, t, places) };
  const { regions, rest } = leadingPlaces(surface, t, places);
  const body = surface.slice(rest);
  // 中国 opening a national body's name (中国人民银行南宁分行) is its title: the branch sits in the place
  // written inside the name, and in the country only when none is.
  const lead = regions.at(-1);
  const national = lead !== undefined && regions.length === 1 && /^(中国|中华人民共和国)/.test(surface);
  const within = national
    ? (firstRegionInside(surface, t, places) ?? lead.id)
    : (lead?.id ?? firstRegionInside(surface, t, places));
  if (regions.length > 0) {
    const agency = expandAbbreviation(body, t);
    const isAgency = agency !== body || t.lex.agencyForms.has(body);
    // A government body takes the full place names; 上海联合产权交易所 keeps the name it registered.
    // Customs and port bodies are named by the city without 市 (杭州海关, not 杭州市海关).
    if (isAgency && CITY_NAMED.test(agency) && regions.length === 1 && regions[0]!.level === 'city')
      return { name: (regions[0]!.aliases[0] ?? regions[0]!.name) + agency, within };
    if (isAgency) return { name: regions.map((r) => r.name).join('') + agency, within };
    if (rest === 1) return { name: regions[0]!.name + body, within };
    return { name: surface, within };
  }
  for (const { form, values } of t.known.at(surface, 0)) {
    if (form.length < surface.length) return { name: values[0]! + surface.slice(form.length), within };
  }
  return { name: surface, within };
}

/** A program's name as written, with a leading 省/市 completed (省“信易贷”平台 → 江苏省“信易贷”平台). */
export function canonicalProgram(surface: string, t: RecognizerTables, places: DocPlaces): Canonical {
  const known = t.lex.knownPrograms.get(surface);
  if (known) return { name: known, within: firstRegionInside(known, t, places) };
  // A quoted name alone is the name itself (“一网通办” → 一网通办); the quoted form stays an alias.
  const bare = /^“([^“”]+)”$/.exec(surface)?.[1];
  if (bare) return { name: bare, within: firstRegionInside(bare, t, places) };
  const r = levelRegion(surface[0], places);
  const name = r && !t.regions.at(surface, 0).next().value ? r.name + surface.slice(1) : surface;
  return { name, within: firstRegionInside(name, t, places) };
}

/**
 * The first place inside a name that resolves to a region (中国人民银行南宁分行 → 南宁市,
 * 中国铁路哈尔滨局集团 → 哈尔滨市): 中国 opening a national title names no place the body sits in.
 */
function firstRegionInside(text: string, t: RecognizerTables, places: DocPlaces): string | undefined {
  const ids = firstRegionIds(text, t);
  return ids ? pickRegion(ids, t, places)?.id : undefined;
}

/** The region ids of the first place form inside each name (null: none), per recognizer tables. */
const firstForms = new WeakMap<RecognizerTables, Map<string, readonly string[] | null>>();

/**
 * The ids the first place form inside a name may stand for: it depends on the name only, and names
 * repeat across documents, so it is remembered instead of scanned (a generator per character) each time.
 */
function firstRegionIds(text: string, t: RecognizerTables): readonly string[] | undefined {
  let known = firstForms.get(t);
  if (!known) {
    known = new Map();
    firstForms.set(t, known);
  }
  let ids = known.get(text);
  if (ids === undefined) {
    ids = null;
    for (let i = 0; i < text.length; i++) {
      const hit = t.regions.at(text, i).next();
      if (hit.done) continue;
      if (i === 0 && /^(中国|中华人民共和国)$/.test(hit.value.form)) {
        i += hit.value.form.length - 1;
        continue;
      }
      ids = hit.value.values;
      break;
    }
    // The cap only bounds memory on a huge run.
    if (known.size > 50_000) known.clear();
    known.set(text, ids);
  }
  return ids ?? undefined;
}

/** The key two names of one thing share: no quotes, brackets, spaces, or trailing (试行)/(暂行). */
export function nameKey(name: string): string {
  if (plainName(name)) return name;
  return name
    .normalize('NFKC')
    .replace(/[\s“”‘’"'《》〈〉「」『』]/g, '')
    .replace(/\((?:试行|暂行|征求意见稿|修订)\)$/, '');
}

/**
 * Whether nameKey leaves a name as it is: only CJK unified ideographs (U+4E00–U+9FFF, which NFKC keeps)
 * and visible ASCII other than quotes, not ending in ")". Most names are such, and skip NFKC and the regexes.
 */
function plainName(name: string): boolean {
  if (name.endsWith(')')) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const ascii = c >= 0x21 && c <= 0x7e && c !== 0x22 && c !== 0x27;
    if (!ascii && (c < 0x4e00 || c > 0x9fff)) return false;
  }
  return true;
}

/** name.normalize('NFKC'), skipped for names of CJK unified ideographs and ASCII only (which it keeps). */
export function foldNFKC(name: string): string {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c > 0x7e && (c < 0x4e00 || c > 0x9fff)) return name.normalize('NFKC');
  }
  return name;
}

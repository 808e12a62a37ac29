import type { RegionEntry } from '../lexicons/index.ts';
import { memoize } from '../memoize.ts';
import type { RecognizerTables } from '../recognize/tables.ts';
import type { Mention } from '../types.ts';

/** What an article is about, for completing short forms: its province and its city. */
export interface DocPlaces {
  province?: RegionEntry;
  city?: RegionEntry;
  /** The most mentioned district or county, for 区/县 standing alone (区发改委). */
  county?: RegionEntry;
  /** Does the article name a free trade zone (so that 德宏片区 is one of its areas)? */
  ftz?: boolean;
}

const MUNICIPALITIES = new Set(['region:110000', 'region:120000', 'region:310000', 'region:500000']);

/** Chooses among the places a form may name (朝阳区 in Beijing or Changchun): the one in the article's province. */
export function pickRegion(
  ids: readonly string[],
  t: RecognizerTables,
  places: DocPlaces,
): RegionEntry | undefined {
  const c = regionChoice(ids, t);
  const prov = places.province?.id;
  if (prov) for (let k = 0; k < c.entries.length; k++) if (c.lines[k]!.includes(prov)) return c.entries[k];
  return c.plain;
}

/** What choosing among one form's places needs: its regions, each one's line of parents, the pick with no province. */
interface RegionChoice {
  entries: RegionEntry[];
  lines: string[][];
  plain: RegionEntry | undefined;
}

// Choices by ids list (the tables' own arrays, so identity is the key), for the last tables asked about.
let choicesOf: RecognizerTables | undefined;
let choices = new WeakMap<readonly string[], RegionChoice>();

/**
 * A form's RegionChoice, made once per ids list: the gazetteer is large and cache-cold, and walking it
 * (entries, parents, a sort) for every mention cost more than the rest of pickRegion.
 */
function regionChoice(ids: readonly string[], t: RecognizerTables): RegionChoice {
  if (choicesOf !== t) {
    choicesOf = t;
    choices = new WeakMap();
  }
  let c = choices.get(ids);
  if (!c) {
    const entries = ids
      .map((id) => t.lex.regionById.get(id))
      .filter((r): r is RegionEntry => r !== undefined);
    // Higher levels first: 吉林 is the province before it is the city.
    const order = ['country', 'area', 'province', 'zone', 'city', 'county'];
    const plain = [...entries].sort((a, b) => order.indexOf(a.level) - order.indexOf(b.level))[0];
    c = { entries, lines: entries.map((r) => ancestors(r, t)), plain };
    choices.set(ids, c);
  }
  return c;
}

/** The region and its parents, nearest first. */
export function ancestors(r: RegionEntry, t: RecognizerTables): string[] {
  const out: string[] = [];
  let cur: RegionEntry | undefined = r;
  while (cur && out.length < 6) {
    out.push(cur.id);
    cur = cur.parent ? t.lex.regionById.get(cur.parent) : undefined;
  }
  return out;
}

/**
 * What one mention of a region tells about the article's places: the region it names in an article
 * without places yet (pickRegion(ids, t, {})), and the provinces and cities that counts for (itself and
 * its parents).
 */
interface PlainPlace {
  entry: RegionEntry;
  provinces: string[];
  cities: string[];
}

/** PlainPlace by a region mention's surface (null: it names no region), per tables; filled as met. */
const plainPlacesOf = memoize((_t: RecognizerTables) => new Map<string, PlainPlace | null>());

/**
 * A region mention's PlainPlace: it depends only on the surface (and the province-abbr rule), so it is
 * remembered instead of picked, sorted and walked up the gazetteer for every mention.
 */
function plainPlace(
  m: Mention,
  t: RecognizerTables,
  known: Map<string, PlainPlace | null>,
): PlainPlace | undefined {
  const abbr = m.rule === 'province-abbr';
  const key = abbr ? `abbr:${m.surface}` : m.surface;
  const seen = known.get(key);
  if (seen !== undefined) return seen ?? undefined;
  const ids = abbr ? [t.lex.provinceAbbr.get(m.surface)!] : t.regions.map.get(m.surface);
  const entry = ids ? pickRegion(ids, t, {}) : undefined;
  const place = entry ? { entry, provinces: [] as string[], cities: [] as string[] } : null;
  if (place) {
    for (const id of ancestors(place.entry, t)) {
      const e = t.lex.regionById.get(id)!;
      if (e.level === 'province') place.provinces.push(id);
      if (e.level === 'city' || MUNICIPALITIES.has(id)) place.cities.push(id);
    }
  }
  // Surfaces the gazetteer lacks (zones) are remembered too; the cap only bounds memory on a huge run.
  if (known.size >= 50_000) known.clear();
  known.set(key, place);
  return place ?? undefined;
}

/** The key counted most often; ties go to the first counted (what a stable sort by count gives). */
function top(counts: Map<string, number>): string | undefined {
  let best: string | undefined;
  let most = 0;
  for (const [id, n] of counts) {
    if (n > most) {
      best = id;
      most = n;
    }
  }
  return best;
}

/** The most mentioned province (counting its cities and counties) and city of the article. */
export function docPlaces(mentions: readonly Mention[], t: RecognizerTables): DocPlaces {
  const provinces = new Map<string, number>();
  const cities = new Map<string, number>();
  const counties = new Map<string, number>();
  const known = plainPlacesOf(t);
  // The free-trade-zone test rides along this pass instead of making one of its own.
  let ftz = false;
  for (const m of mentions) {
    if (!ftz) ftz = namesFreeTradeZone(m);
    if (m.type !== 'Region') continue;
    const c = plainPlace(m, t, known);
    if (!c) continue;
    for (const id of c.provinces) provinces.set(id, (provinces.get(id) ?? 0) + 1);
    for (const id of c.cities) cities.set(id, (cities.get(id) ?? 0) + 1);
    if (c.entry.level === 'county') counties.set(c.entry.id, (counties.get(c.entry.id) ?? 0) + 1);
  }
  const province = top(provinces);
  const city = top(cities);
  const county = top(counties);
  return {
    province: province ? t.lex.regionById.get(province) : undefined,
    city: city ? t.lex.regionById.get(city) : undefined,
    county: county ? t.lex.regionById.get(county) : undefined,
    ftz,
  };
}

/** Does a mention name a free trade zone? */
function namesFreeTradeZone(m: Mention): boolean {
  if (m.rule.startsWith('ftz-name') || m.rule === 'ftz-context') return true;
  // Both words start with 自: one search for it spares most surfaces the two longer ones.
  return m.surface.includes('自') && (m.surface.includes('自贸') || m.surface.includes('自由贸易'));
}

import type { RegionEntry } from '../lexicons/index.ts';
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
  const entries = ids.map((id) => t.lex.regionById.get(id)).filter((r): r is RegionEntry => r !== undefined);
  const prov = places.province?.id;
  const inProvince = prov ? entries.find((r) => ancestors(r, t).includes(prov)) : undefined;
  // Higher levels first: 吉林 is the province before it is the city.
  const order = ['country', 'area', 'province', 'zone', 'city', 'county'];
  return inProvince ?? [...entries].sort((a, b) => order.indexOf(a.level) - order.indexOf(b.level))[0];
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

/** Region entries by the surface a mention wrote, for a doc without places yet (null: none); filled as met. */
const plainPicks = new WeakMap<RecognizerTables, Map<string, RegionEntry | null>>();

/**
 * pickRegion(ids, t, {}) of a region mention: it depends only on the surface (and the province-abbr
 * rule), so it is remembered per surface the gazetteer knows instead of re-sorted for every mention.
 */
function plainPick(m: Mention, t: RecognizerTables): RegionEntry | undefined {
  const abbr = m.rule === 'province-abbr';
  let picks = plainPicks.get(t);
  if (!picks) {
    picks = new Map();
    plainPicks.set(t, picks);
  }
  const key = abbr ? `abbr:${m.surface}` : m.surface;
  const known = picks.get(key);
  if (known !== undefined) return known ?? undefined;
  if (!abbr && !t.regions.map.has(m.surface)) return undefined;
  const ids = abbr ? [t.lex.provinceAbbr.get(m.surface)!] : t.regions.map.get(m.surface)!;
  const r = pickRegion(ids, t, {});
  picks.set(key, r ?? null);
  return r;
}

/** What one mention of a region adds to the counts: its provinces and cities (itself and its parents). */
interface PlaceCounts {
  provinces: string[];
  cities: string[];
}

const placeCounts = new WeakMap<RegionEntry, PlaceCounts>();

/** The provinces and cities a region counts for, walked up the gazetteer once per region. */
function countsFor(r: RegionEntry, t: RecognizerTables): PlaceCounts {
  let c = placeCounts.get(r);
  if (!c) {
    c = { provinces: [], cities: [] };
    for (const id of ancestors(r, t)) {
      const e = t.lex.regionById.get(id)!;
      if (e.level === 'province') c.provinces.push(id);
      if (e.level === 'city' || MUNICIPALITIES.has(id)) c.cities.push(id);
    }
    placeCounts.set(r, c);
  }
  return c;
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
  for (const m of mentions) {
    if (m.type !== 'Region') continue;
    const r = plainPick(m, t);
    if (!r) continue;
    const c = countsFor(r, t);
    for (const id of c.provinces) provinces.set(id, (provinces.get(id) ?? 0) + 1);
    for (const id of c.cities) cities.set(id, (cities.get(id) ?? 0) + 1);
    if (r.level === 'county') counties.set(r.id, (counties.get(r.id) ?? 0) + 1);
  }
  const province = top(provinces);
  const city = top(cities);
  const county = top(counties);
  return {
    province: province ? t.lex.regionById.get(province) : undefined,
    city: city ? t.lex.regionById.get(city) : undefined,
    county: county ? t.lex.regionById.get(county) : undefined,
    ftz: mentions.some(
      (m) =>
        m.rule.startsWith('ftz-name') ||
        m.rule === 'ftz-context' ||
        m.surface.includes('自贸') ||
        m.surface.includes('自由贸易'),
    ),
  };
}

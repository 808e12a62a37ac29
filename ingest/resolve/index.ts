import { withKeys } from '../copy.ts';
import { applyOverrides, loadOverrides, type Overrides } from '../curation/overrides.ts';
import type { RegionEntry } from '../lexicons/index.ts';
import { need, type Stage } from '../pipeline.ts';
import { GENERIC_RULE } from '../recognize/organizations.ts';
import { CITY_COUNTY, cityArea } from '../recognize/regions.ts';
import type { RecognizerTables } from '../recognize/tables.ts';
import { FTZ_AREA } from '../recognize/zones.ts';
import type { Entity, Mention } from '../types.ts';
import { canonicalOrg, canonicalProgram, nameKey, officialZoneBody } from './canonical.ts';
import { type DocPlaces, docPlaces, pickRegion } from './context.ts';
import { shortFormMerges } from './coref.ts';
import { brandPlaces, listedWithProvinces } from './place-words.ts';

/** Resolves one mention to the entity it names (id, official name, where it sits). */
export function resolveMention(
  m: Mention,
  t: RecognizerTables,
  places: DocPlaces,
): Omit<Entity, 'aliases'> | undefined {
  switch (m.type) {
    case 'Region': {
      if (m.rule === 'ftz-name' || m.rule === 'ftz-context' || FTZ_IN_NAME.test(m.surface))
        return freeTradeZone(m, t, places);
      if (m.rule === FTZ_AREA) return ftzArea(m, t, places);
      if (m.rule === CITY_COUNTY) return cityCounty(m, t, places);
      if (m.rule === 'zone-name') return placeZone(m, t, places);
      const ids =
        m.rule === 'province-abbr'
          ? [t.lex.provinceAbbr.get(m.surface)!]
          : (t.regions.map.get(m.surface) ?? []);
      const r = pickRegion(ids, t, places);
      if (!r) return undefined;
      return gazetteerRegion(r, m.confidence);
    }
    case 'Organization': {
      const c = canonicalOrg(m.surface, t, places);
      // 省工信厅 in an article that names no province: no one body can be meant.
      if (m.rule === 'level+agency' && c.within === undefined) return undefined;
      return {
        id: `org:${nameKey(officialZoneBody(c.name))}`,
        type: 'Organization',
        name: c.name,
        confidence: m.confidence,
        within: c.within,
      };
    }
    case 'Program': {
      const c = canonicalProgram(m.surface, t, places);
      return {
        id: `program:${nameKey(c.name)}`,
        type: 'Program',
        name: c.name,
        confidence: m.confidence,
        within: c.within,
      };
    }
    default:
      return assertNever(m.type);
  }
}

/** Region rules of zones, whose bodies sit in them. */
const ZONE_RULES = new Set(['zone-name', 'ftz-name', 'ftz-context', FTZ_AREA, CITY_COUNTY]);

/** Short heads of zones and their official forms: 杭州高新区 is 杭州高新技术产业开发区. */
const ZONE_HEADS: [RegExp, string][] = [
  [/高新区$/, '高新技术产业开发区'],
  [/经开区$/, '经济技术开发区'],
];

/** A zone's official name: its short head written out, so that both forms are one entity. */
export function zoneFullName(surface: string): string {
  for (const [short, full] of ZONE_HEADS) if (short.test(surface)) return surface.replace(short, full);
  return surface;
}

/** A division of the gazetteer as an entity: its code, level and parent come with it. */
function gazetteerRegion(r: RegionEntry, confidence: number): Omit<Entity, 'aliases'> {
  return {
    id: r.id,
    type: 'Region',
    name: r.name,
    confidence,
    code: r.code,
    level: r.level,
    within: r.parent,
  };
}

/** A zone named after a place (杭州高新区): its own name, inside that place. */
function placeZone(m: Mention, t: RecognizerTables, places: DocPlaces): Omit<Entity, 'aliases'> {
  const lead = t.regions.at(m.surface, 0).next();
  const within = lead.done ? undefined : pickRegion(lead.value.values, t, places)?.id;
  const name = zoneFullName(m.surface);
  return {
    id: `region:${name}`,
    type: 'Region',
    name,
    confidence: m.confidence,
    level: 'zone',
    within,
  };
}

const FTZ_IN_NAME = /自贸试验区|自由贸易试验区|自贸区/;

/**
 * 中国(上海)自由贸易试验区: named by its province, given in the name (中国(云南)…, 云南自贸试验区…) or (自贸试验区
 * alone) by the article; an area (…昆明片区) keeps its own name after the zone's.
 */
function freeTradeZone(
  m: Mention,
  t: RecognizerTables,
  places: DocPlaces,
): Omit<Entity, 'aliases'> | undefined {
  const short = /^中国\((.+?)\)/.exec(m.surface)?.[1] ?? /^(.+?)(?:自贸|自由贸易)/.exec(m.surface)?.[1];
  const province = short ? pickRegion(t.regions.map.get(short) ?? [], t, places) : places.province;
  if (province?.level !== 'province') return undefined;
  const area =
    /(?:试验区|自贸区)([\u4e00-\u9fff]{2,4}片区)$/.exec(m.surface)?.[1] ??
    (m.rule === FTZ_AREA ? m.surface : '');
  const name = `中国(${province.aliases[0] ?? province.name})自由贸易试验区${area}`;
  const id = `region:${name}`;
  const known = t.lex.regionById.get(id);
  return {
    id,
    type: 'Region',
    name,
    confidence: m.confidence,
    level: 'zone',
    within: known?.parent ?? province.id,
  };
}

/** 德宏片区 in an article about a free trade zone: that zone's area in the article's province. */
function ftzArea(m: Mention, t: RecognizerTables, places: DocPlaces): Omit<Entity, 'aliases'> | undefined {
  if (places.ftz && places.province) return freeTradeZone(m, t, places);
  return placeZone(m, t, places);
}

/** 广州南沙: the district or zone of that city (南沙区); the compound stays an alias. */
function cityCounty(m: Mention, t: RecognizerTables, places: DocPlaces): Omit<Entity, 'aliases'> | undefined {
  for (const { form } of t.regions.at(m.surface, 0)) {
    const r = cityArea(t.lex, form, m.surface.slice(form.length));
    if (r) return gazetteerRegion(r, m.confidence);
  }
  return placeZone(m, t, places);
}

function assertNever(x: never): never {
  throw new Error(`unexpected entity type ${String(x)}`);
}

/** Resolved entities by surface, then by what else decides them, so a name told again is resolved once. */
type Memo = Map<string, { type: string; rule: string; listed: boolean; e?: Omit<Entity, 'aliases'> }[]>;

/**
 * resolveMention, memoized per document: the result depends only on type, rule, surface and places
 * (the doc's, or none for a listed province). The result is shared: callers must not change it.
 */
function resolveOnce(
  memo: Memo,
  m: Mention,
  t: RecognizerTables,
  places: DocPlaces,
  listed: boolean,
): Omit<Entity, 'aliases'> | undefined {
  const known = memo.get(m.surface);
  const hit = known?.find((r) => r.listed === listed && r.type === m.type && r.rule === m.rule);
  if (hit) return hit.e;
  const e = resolveMention(m, t, listed ? {} : places);
  // Written out rather than spread: a spread builds two objects per new surface.
  const entry = e ? { type: m.type, rule: m.rule, listed, e } : { type: m.type, rule: m.rule, listed };
  if (known) known.push(entry);
  else memo.set(m.surface, [entry]);
  return e;
}

/**
 * Region mentions of zones by where they start (an offset in Doc.text, so no sentence is needed): a body
 * named after a zone starts with it.
 */
function zonesByStart(mentions: readonly Mention[]): Map<number, Mention[]> {
  const out = new Map<number, Mention[]>();
  for (const z of mentions) {
    if (z.type !== 'Region' || !ZONE_RULES.has(z.rule)) continue;
    const list = out.get(z.start);
    if (list) list.push(z);
    else out.set(z.start, [z]);
  }
  return out;
}

/** Whether the curated overrides change anything (the shipped file is empty). */
function hasOverrides(o: Overrides): boolean {
  return o.merge.length > 0 || o.block.length > 0 || o.types.length > 0 || o.official.length > 0;
}

/** Groups mentions into entities: one per canonical id, every other surface kept as an alias. */
export function resolveMentions(mentions: readonly Mention[], t: RecognizerTables, overrides?: Overrides) {
  const places = docPlaces(mentions, t);
  const byId = new Map<string, Entity>();
  const resolved: Mention[] = [];
  const memo: Memo = new Map();
  // Brand words (阿里 in 阿里云…) neither become places nor place the body that holds them.
  const brandMentions = brandPlaces(mentions, t, places);
  const brands = new Set(
    [...brandMentions].map((m) => pickRegion(t.regions.map.get(m.surface) ?? [], t, places)?.id),
  );
  // 北京、河北等: a province short name listed with provinces is the province, not a same-named
  // district of the article's city (河北区 in Tianjin).
  const listed = listedWithProvinces(mentions, t);
  const zones = zonesByStart(mentions);
  for (const m of mentions) {
    if (brandMentions.has(m)) continue;
    const e = resolveOnce(memo, m, t, places, listed.has(m));
    if (!e) continue;
    let entity = byId.get(e.id);
    // The first mention of an entity makes it (and places it); later ones only add confidence and aliases.
    if (!entity) {
      let within = e.within;
      let moved = false;
      if (e.type !== 'Region' && within !== undefined && brands.has(within)) {
        within = undefined;
        moved = true;
      }
      // A body named after a zone (…片区管委会, X高新区管委会) sits in that zone.
      if (e.type === 'Organization') {
        const zone = zones.get(m.start)?.find((z) => z.end < m.end);
        const ze = zone ? resolveOnce(memo, zone, t, places, false) : undefined;
        if (ze) {
          within = ze.id;
          moved = true;
        }
      }
      // `within` is rewritten in place (its key is there whenever it moves), `aliases` comes last.
      entity = withKeys(
        e,
        moved
          ? { confidence: m.confidence, within, aliases: [] as string[] }
          : { confidence: m.confidence, aliases: [] as string[] },
      ) as Entity;
      byId.set(e.id, entity);
    }
    entity.confidence = Math.max(entity.confidence, m.confidence);
    addAlias(entity, m.surface);
    resolved.push(withKeys(m, { entityId: e.id }));
  }
  const merges = shortFormMerges([...byId.values()]);
  for (const [from, to] of merges) {
    const a = byId.get(from)!;
    const b = byId.get(to)!;
    for (const s of [a.name, ...a.aliases]) addAlias(b, s);
    byId.delete(from);
  }
  // `resolved` holds copies of our own: only a merged mention needs a new one.
  let out: Mention[] =
    merges.size === 0
      ? resolved
      : resolved.map((m) => {
          const to = merges.get(m.entityId!);
          return to === undefined ? m : withKeys(m, { entityId: to });
        });
  let entities = [...byId.values()];
  // A generic name (创新联盟) that is no short form of a full name in the document names nothing. Every
  // entity left has a mention of its own, so only a document with a generic mention has any to drop.
  if (out.some((m) => m.rule === GENERIC_RULE)) {
    const named = new Set<string | undefined>();
    for (const m of out) if (m.rule !== GENERIC_RULE) named.add(m.entityId);
    entities = entities.filter((e) => named.has(e.id));
    out = out.filter((m) => named.has(m.entityId));
  }
  // With no overrides to apply, applyOverrides would only copy every entity and mention.
  if (overrides && hasOverrides(overrides))
    ({ entities, mentions: out } = applyOverrides(entities, out, overrides));
  return { entities, mentions: out };
}

function addAlias(e: Entity, surface: string): void {
  if (surface !== e.name && !e.aliases.includes(surface)) e.aliases.push(surface);
}

/** Resolves mentions to canonical entities, then applies the curated overrides. */
export const resolve: Stage = {
  name: 'resolve',
  requires: ['mentions'],
  assigns: ['mentions', 'entities'],
  run(doc, ctx) {
    const tables = ctx.recognizer as RecognizerTables | undefined;
    if (!tables)
      throw new Error('E_CONTEXT: recognizer tables missing; build the context with createContext()');
    const overrides = (ctx.overrides as Overrides | undefined) ?? loadOverrides(undefined);
    const { entities, mentions } = resolveMentions(need(doc, 'mentions'), tables, overrides);
    return withKeys(doc, { mentions, entities });
  },
};

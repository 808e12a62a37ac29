import { memoize } from '../memoize.ts';
import type { RecognizerTables } from '../recognize/tables.ts';
import type { Mention } from '../types.ts';
import { ancestors, type DocPlaces, pickRegion } from './context.ts';

/** A document's mentions by sentence: the checks below look at one sentence, not the whole document. */
function bySentence(mentions: readonly Mention[], keep: (m: Mention) => boolean): Map<number, Mention[]> {
  const out = new Map<number, Mention[]>();
  for (const m of mentions) {
    if (!keep(m)) continue;
    const list = out.get(m.sentence);
    if (list) list.push(m);
    else out.set(m.sentence, [m]);
  }
  return out;
}

/**
 * A place's short form met only inside names, far from the article's province, is part of a brand (阿里 in
 * 阿里云计算有限公司 in a Zhejiang article), not a place the text talks about; 长沙 in 人民银行长沙中心支行 in
 * a Hunan article still is. Returns the brand mentions, decided once per document.
 */
export function brandPlaces(
  mentions: readonly Mention[],
  t: RecognizerTables,
  places: DocPlaces,
): Set<Mention> {
  const brands = new Set<Mention>();
  const province = places.province;
  if (!province) return brands;
  // Built once: each candidate used to rescan every mention of the document, twice.
  const names = bySentence(mentions, (n) => n.type !== 'Region');
  const inName = (x: Mention) =>
    names.get(x.sentence)?.some((n) => n.start <= x.start && n.end >= x.end) === true;
  let alone: Set<string> | undefined;
  for (const m of mentions) {
    if (m.type !== 'Region' || m.rule !== 'region-short' || !inName(m)) continue;
    // Told also on its own somewhere: a place after all.
    alone ??= new Set(mentions.filter((x) => x.type === 'Region' && !inName(x)).map((x) => x.surface));
    if (alone.has(m.surface)) continue;
    const r = pickRegion(t.regions.map.get(m.surface) ?? [], t, places);
    // Only a city's or county's short form can be a brand's word; 长三角 in a name is still the area.
    if (
      r !== undefined &&
      (r.level === 'city' || r.level === 'county') &&
      !ancestors(r, t).includes(province.id)
    )
      brands.add(m);
  }
  return brands;
}

/**
 * Short place names written in a list (one mark apart) next to a province-level place: 北京、河北等 names the
 * province, not a same-named district of the article's city (河北区 in Tianjin).
 */
export function listedWithProvinces(mentions: readonly Mention[], t: RecognizerTables): Set<Mention> {
  const listed = new Set<Mention>();
  const forms = provinceForms(t);
  const isProvince = (surface: string) => forms.has(surface);
  let regions: Map<number, Mention[]> | undefined;
  for (const m of mentions) {
    if (m.type !== 'Region' || m.rule !== 'region-short' || !isProvince(m.surface)) continue;
    regions ??= bySentence(mentions, (n) => n.type === 'Region');
    const beside = regions
      .get(m.sentence)
      ?.some((n) => n !== m && (n.end + 1 === m.start || m.end + 1 === n.start) && isProvince(n.surface));
    if (beside) listed.add(m);
  }
  return listed;
}

/**
 * The forms that may name a province (北京, 河北省), found once per tables: a lookup in this small set
 * stays in cache, where one in the whole gazetteer's forms did not.
 */
const provinceForms = memoize((t: RecognizerTables): Set<string> => {
  const forms = new Set<string>();
  for (const [form, ids] of t.regions.map)
    if (ids.some((id) => t.lex.regionById.get(id)?.level === 'province')) forms.add(form);
  return forms;
});

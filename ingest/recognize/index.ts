import { withKeys } from '../copy.ts';
import { need, type Stage } from '../pipeline.ts';
import type { Mention } from '../types.ts';
import { bureauBranches, dropLeadingBy } from './branches.ts';
import { type Candidate, makeView } from './candidate.ts';
import { units } from './extend.ts';
import { findOrganizations, GENERIC_RULE } from './organizations.ts';
import { byStart, selectLongest, sortStable } from './overlap.ts';
import { findPrograms } from './programs.ts';
import { cityAreas, findRegions } from './regions.ts';
import { type RecognizerTables, scanForms } from './tables.ts';
import { findZones, headedZones } from './zones.ts';

/**
 * Finds Organization, Region and Program mentions. Bodies and programs compete (longest wins, no
 * overlaps); places are kept also inside a longer name, since a name's place (长沙 in
 * 人民银行长沙中心支行) is an entity of its own and tells where the body sits.
 */
/** 中国 opening a longer name (中国人民银行, 中国科学院) is part of the title, not a place the text talks about. */
function stateTitle(text: string, r: Candidate, named: readonly Candidate[]): boolean {
  // Compared in place, not sliced out: asked of every place of every sentence.
  const state =
    (r.end - r.start === 2 && text.startsWith('中国', r.start)) ||
    (r.end - r.start === 7 && text.startsWith('中华人民共和国', r.start));
  return state && named.some((n) => n.start === r.start && n.end > r.end);
}

/**
 * A county or district short form opening a university's name (南开 in 南开大学) names the school, not the
 * district: no place mention. Provinces and cities (浙江大学, 兰州大学) still tell where the school is.
 */
function schoolName(text: string, r: Candidate, named: readonly Candidate[], t: RecognizerTables): boolean {
  if (r.rule !== 'region-short') return false;
  if (!named.some((n) => n.start === r.start && /^(大学|学院)/.test(text.slice(r.end, n.end)))) return false;
  const ids = t.regions.map.get(text.slice(r.start, r.end)) ?? [];
  return ids.length > 0 && ids.every((id) => t.lex.regionById.get(id)?.level === 'county');
}

/**
 * Places inside a free trade zone's full name (中国, 浙江 in 中国(浙江)自由贸易试验区) are part of that
 * name; a zone named after a place (杭州 in 杭州高新区) keeps the place as a mention too. A short place
 * name right before 新区/综合实验区 names the zone, not a same-named county (平潭 in 平潭综合实验区 is no
 * 平潭县).
 */
function inZone(text: string, zones: readonly Candidate[], p: Candidate): boolean {
  return zones.some(
    (z) =>
      (z.rule === 'ftz-name' && p.start >= z.start && p.end <= z.end) ||
      (p.rule === 'region-short' &&
        z.start === p.start &&
        /^(综合)?(实验区|新区)$/.test(text.slice(p.end, z.end))),
  );
}

export const recognize: Stage = {
  name: 'recognize',
  requires: ['sentences'],
  assigns: ['mentions'],
  run(doc, ctx) {
    const tables = ctx.recognizer as RecognizerTables | undefined;
    if (!tables)
      throw new Error('E_CONTEXT: recognizer tables missing; build the context with createContext()');
    const mentions: Mention[] = [];
    for (const s of need(doc, 'sentences')) {
      const view = makeView(s.text, s.tokens, s.start);
      const list = units(view);
      const forms = scanForms(tables, s.text);
      const places = findRegions(view, tables.regions, tables.lex, forms.regions);
      // The empty-case shortcuts below: this glue runs per sentence, and most sentences have no zone and
      // no generic name, so the filters were mostly copies of copies. (Spreads, not concat: concat goes
      // through the runtime, three times slower on these short lists.)
      const zones = selectLongest([
        ...findZones(view, places, tables.lex),
        ...headedZones(s.text, list, places, tables.lex),
        ...cityAreas(view, places, tables.lex),
      ]);
      const regions =
        zones.length === 0 ? places : [...places.filter((p) => !inZone(s.text, zones, p)), ...zones];
      // A zone's name wins over a program or body word inside it (沈抚改革 in 沈抚改革创新示范区); a name
      // that holds the whole zone (…示范区管委会) stays.
      const raw = [
        ...findOrganizations(view, list, regions, tables, forms),
        ...findPrograms(view, list, regions, tables, forms),
      ];
      for (let k = 0; k < raw.length; k++) raw[k] = dropLeadingBy(s.text, raw[k]!);
      const all = [...raw, ...bureauBranches(s.text, raw, regions)];
      const found =
        zones.length === 0
          ? all
          : all.filter((c) =>
              zones.every(
                (z) => c.end <= z.start || c.start >= z.end || (c.start <= z.start && c.end >= z.end),
              ),
            );
      // Generic names (创新联盟) fill only the gaps the specific names leave.
      const specificFound: Candidate[] = [];
      const genericFound: Candidate[] = [];
      for (const c of found) (c.rule === GENERIC_RULE ? genericFound : specificFound).push(c);
      const specific = selectLongest(specificFound);
      const named =
        genericFound.length === 0
          ? specific
          : [
              ...specific,
              ...selectLongest(genericFound).filter((g) =>
                specific.every((n) => g.end <= n.start || g.start >= n.end),
              ),
            ];
      // A place that straddles the edge of a chosen name was a mis-cut (上海市场): drop it.
      const kept = regions.filter(
        (r) =>
          named.every(
            (n) => r.end <= n.start || r.start >= n.end || (r.start >= n.start && r.end <= n.end),
          ) &&
          !stateTitle(s.text, r, named) &&
          !schoolName(s.text, r, named, tables),
      );
      for (const c of sortStable([...kept, ...named], byStart)) {
        mentions.push({
          sentence: s.index,
          start: s.start + c.start,
          end: s.start + c.end,
          surface: s.text.slice(c.start, c.end),
          type: c.type,
          rule: c.rule,
          confidence: c.confidence,
        });
      }
    }
    return withKeys(doc, { mentions });
  },
};

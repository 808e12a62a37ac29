import type { Lexicons } from '../lexicons/index.ts';
import { type Candidate, FormIndex, fitsTokens, type View } from './candidate.ts';

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
export function findRegions(view: View, forms: FormIndex<string>, lex: Lexicons): Candidate[] {
  const out: Candidate[] = [];
  const { text } = view;
  for (let i = 0; i < text.length; ) {
    let matched = 0;
    for (const { form } of forms.at(text, i)) {
      if (fitsTokens(view, i, i + form.length)) {
        const full = lex.regions.some((r) => r.name === form);
        out.push({
          start: i,
          end: i + form.length,
          type: 'Region',
          rule: full ? 'region-name' : 'region-short',
          confidence: full ? 0.95 : 0.85,
        });
        matched = form.length;
        break;
      }
    }
    if (matched === 0) matched = abbreviationRun(view, i, lex, out);
    i += Math.max(matched, 1);
  }
  return out;
}

function abbreviationRun(view: View, i: number, lex: Lexicons, out: Candidate[]): number {
  let j = i;
  while (j < view.text.length && lex.provinceAbbr.has(view.text[j]!)) j++;
  if (j - i < 2 || !view.bounds.has(i) || !view.bounds.has(j)) return 0;
  for (let k = i; k < j; k++) {
    out.push({ start: k, end: k + 1, type: 'Region', rule: 'province-abbr', confidence: 0.8 });
  }
  return j - i;
}

const NAME_CHARS = /^[\u4e00-\u9fff]{0,10}$/;

/**
 * Zones named after a place: 杭州高新技术产业开发区, 长三角生态绿色一体化发展示范区, 成都天府新区. The
 * characters between the place and the head must be name characters, with no action word among them.
 */
function placeZones(view: View, places: readonly Candidate[], lex: Lexicons): Candidate[] {
  const out: Candidate[] = [];
  for (const p of places) {
    if (p.rule === 'province-abbr') continue;
    const rest = view.text.slice(p.end, p.end + 20);
    for (const suffix of lex.zoneSuffixes) {
      const at = rest.indexOf(suffix);
      if (at < 0) continue;
      const middle = rest.slice(0, at);
      const end = p.end + at + suffix.length;
      if (!NAME_CHARS.test(middle) || !view.bounds.has(end)) continue;
      if ([...lex.boundaryStops].some((w) => w.length > 1 && middle.includes(w))) continue;
      if (suffix.length <= 2 && middle.length === 0) continue;
      // A zone the gazetteer knows (天府新区 in 成都天府新区) is matched by name already.
      if (places.some((q) => q.end === end && q.start > p.start)) break;
      out.push({ start: p.start, end, type: 'Region', rule: 'zone-name', confidence: 0.8 });
      break;
    }
  }
  return out;
}

/** Free trade zones: 中国(浙江)自由贸易试验区 by name, or 自贸试验区 / 自贸区 standing for the article's own. */
const FTZ_FULL = /中国\(([\u4e00-\u9fff]{2,3})\)自由贸易试验区/g;
const FTZ_SHORT = /自贸试验区|自由贸易试验区|自贸区/g;

export function findZones(view: View, taken: readonly Candidate[], lex: Lexicons): Candidate[] {
  const out: Candidate[] = [...placeZones(view, taken, lex)];
  const free = (s: number, e: number) => [...taken, ...out].every((c) => e <= c.start || s >= c.end);
  for (const m of view.text.matchAll(FTZ_FULL)) {
    const end = m.index + m[0].length;
    // The full name wins over the places inside it (中国, 浙江): see recognize/index.ts.
    out.push({ start: m.index, end, type: 'Region', rule: 'ftz-name', confidence: 0.9 });
  }
  for (const m of view.text.matchAll(FTZ_SHORT)) {
    const end = m.index + m[0].length;
    if (free(m.index, end))
      out.push({ start: m.index, end, type: 'Region', rule: 'ftz-context', confidence: 0.7 });
  }
  return out;
}

import type { Candidate, View } from './candidate.ts';
import { extendLeft, type Unit } from './extend.ts';
import type { RecognizerTables } from './tables.ts';

/** Titles in 《》: policy documents, laws, plans, standards. */
const TITLE = /《[^《》\n]{2,80}》/g;
/** A version right after a program word: 减负行动2.0. */
const VERSION = /^\d+(?:\.\d+)+|^\d+\.0/;
/** Quoted words that name a role or a person's duty, not a program (“首席数据官”). */
const ROLE_END = /[官员者人师家]$/;

export function findPrograms(
  view: View,
  list: readonly Unit[],
  regions: Candidate[],
  t: RecognizerTables,
): Candidate[] {
  return [...titles(view), ...headedPrograms(view, list, regions, t), ...quoted(list, t)];
}

function titles(view: View): Candidate[] {
  return [...view.text.matchAll(TITLE)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    type: 'Program' as const,
    rule: 'title',
    confidence: 0.9,
  }));
}

const regionAt = (regions: readonly Candidate[], u: Unit) =>
  regions.some((r) => r.start <= u.start && r.end >= u.end);

function headedPrograms(
  view: View,
  list: readonly Unit[],
  regions: Candidate[],
  t: RecognizerTables,
): Candidate[] {
  const { lex } = t;
  const out: Candidate[] = [];
  const endsName = (word: string) =>
    lex.orgSuffixes.some((s) => s.suffix.length > 1 && word.endsWith(s.suffix)) ||
    lex.programSuffixes.some((s) => word.endsWith(s.suffix));
  list.forEach((u, h) => {
    if (u.tag === 'quote') return;
    const suffix = lex.programSuffixes.find(
      (s) => view.text.slice(u.end - s.suffix.length, u.end) === s.suffix,
    );
    if (!suffix) return;
    const sufStart = u.end - suffix.suffix.length;
    const hs = list.findIndex((x) => x.start <= sufStart && x.end > sufStart);
    if (hs < 0 || (hs !== h && list[hs]!.start !== sufStart)) return;
    let end = u.end;
    const version = VERSION.exec(view.text.slice(end));
    if (version) end += version[0].length;
    if (suffix.kind === 'quoted') {
      const q = list[hs - 1];
      if (q?.tag === 'quote' && q.end === sufStart) {
        out.push({ start: q.start, end, type: 'Program', rule: 'quoted+scheme', confidence: 0.85 });
      }
      return;
    }
    const first = extendLeft(list, hs, lex, { endsName, isRegion: (x) => regionAt(regions, x) });
    const start = list[first]!.start;
    if (sufStart - start < 2) return;
    const modifier = list.slice(first, hs + 1).filter((x) => x.start < sufStart);
    const specific = modifier.some(
      (x) => x.tag === 'quote' || (!lex.genericModifiers.has(x.word) && !regionAt(regions, x)),
    );
    if (!specific && suffix.kind !== 'agreement') return;
    out.push({
      start,
      end,
      type: 'Program',
      rule: `program-${suffix.kind}`,
      confidence: specific ? 0.75 : 0.6,
    });
  });
  return out;
}

/** A short quoted name standing alone (“一网通办”, “双控”) is most often a program in government text. */
function quoted(list: readonly Unit[], t: RecognizerTables): Candidate[] {
  const out: Candidate[] = [];
  for (const u of list) {
    if (u.tag !== 'quote') continue;
    const inner = u.word.slice(1, -1);
    if (inner.length < 2 || inner.length > 12 || !/[\u4e00-\u9fff]/.test(inner)) continue;
    if (/[、,,:;。]/.test(inner) || /^\d/.test(inner) || ROLE_END.test(inner)) continue;
    if (t.regions.map.has(inner) || t.known.map.has(inner)) continue;
    out.push({ start: u.start, end: u.end, type: 'Program', rule: 'quoted', confidence: 0.6 });
  }
  return out;
}

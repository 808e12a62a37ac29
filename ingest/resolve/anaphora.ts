import type { RecognizerTables } from '../recognize/tables.ts';
import type { Doc } from '../types.ts';
import { docPlaces } from './context.ts';

/** A phrase that points back to entities named elsewhere (该省, 两市, 双方); not an alias of them. */
export interface Anaphor {
  sentence: number;
  /** Offsets in Doc.text. */
  start: number;
  end: number;
  surface: string;
  /** Entity ids referred to, nearest first. */
  refers: string[];
}

const OWN_PLACE = /(该|本|全)(省|市)/g;
const PAIR = /(两|双)(省|市|地|方)/g;

/**
 * Resolves the anaphors that resolution can settle from the document alone: 该省/本市 to the article's
 * province or city, 两省/两市/两地 to the two places of that level named last before them, 双方 to the two
 * entities named last before it. Relation extraction has its own slots for anaphors inside patterns.
 */
export function resolveAnaphora(doc: Doc, t: RecognizerTables): Anaphor[] {
  const mentions = (doc.mentions ?? []).filter((m) => m.entityId);
  const entities = new Map((doc.entities ?? []).map((e) => [e.id, e]));
  const places = docPlaces(mentions, t);
  const out: Anaphor[] = [];
  for (const s of doc.sentences ?? []) {
    for (const m of s.text.matchAll(OWN_PLACE)) {
      const place = m[2] === '省' ? places.province : places.city;
      if (place && entities.has(place.id)) out.push(anaphor(s.index, s.start + m.index, m[0], [place.id]));
    }
    for (const m of s.text.matchAll(PAIR)) {
      const at = s.start + m.index;
      const wanted = (id: string) => {
        const e = entities.get(id);
        if (!e) return false;
        if (m[2] === '省') return e.type === 'Region' && e.level === 'province';
        if (m[2] === '市')
          return e.type === 'Region' && (e.level === 'city' || e.code?.endsWith('0000') === true);
        if (m[2] === '地') return e.type === 'Region';
        return e.type !== 'Program';
      };
      const before: string[] = [];
      // A place inside a body's name (安徽 in 安徽省科技厅) is not a party of its own.
      const nested = (x: (typeof mentions)[number]) =>
        mentions.some(
          (y) => y !== x && y.start <= x.start && y.end >= x.end && y.end - y.start > x.end - x.start,
        );
      for (const x of [...mentions].reverse()) {
        if (x.end > at || !wanted(x.entityId!) || before.includes(x.entityId!) || nested(x)) continue;
        before.push(x.entityId!);
        if (before.length === 2) break;
      }
      if (before.length === 2) out.push(anaphor(s.index, at, m[0], before));
    }
  }
  return out;
}

function anaphor(sentence: number, start: number, surface: string, refers: string[]): Anaphor {
  return { sentence, start, end: start + surface.length, surface, refers };
}

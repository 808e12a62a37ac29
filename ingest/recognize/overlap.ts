import type { Candidate } from './candidate.ts';

/**
 * Longest match wins, no overlaps (as spaCy's span filter): 国务院办公厅 beats 国务院. Ties go to the higher
 * confidence, then to the earlier span. Returns the kept candidates in text order.
 */
export function selectLongest<T extends Candidate>(candidates: readonly T[]): T[] {
  // Most sentences give none or one: no copy to sort.
  if (candidates.length <= 1) return [...candidates];
  const ranked = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.confidence - a.confidence || a.start - b.start,
  );
  const taken: T[] = [];
  for (const c of ranked) {
    if (taken.every((t) => c.end <= t.start || c.start >= t.end)) taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start);
}

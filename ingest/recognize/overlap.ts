import type { Candidate } from './candidate.ts';

/**
 * Longest match wins, no overlaps (as spaCy's span filter): 国务院办公厅 beats 国务院. Ties go to the higher
 * confidence, then to the earlier span. Returns the kept candidates in text order.
 */
export function selectLongest<T extends Candidate>(candidates: readonly T[]): T[] {
  // Most sentences give none or one: no copy to sort.
  if (candidates.length <= 1) return [...candidates];
  const ranked = sortStable([...candidates], longestFirst);
  const taken: T[] = [];
  for (const c of ranked) {
    if (taken.every((t) => c.end <= t.start || c.start >= t.end)) taken.push(c);
  }
  return sortStable(taken, byStart);
}

const longestFirst = (a: Candidate, b: Candidate) =>
  b.end - b.start - (a.end - a.start) || b.confidence - a.confidence || a.start - b.start;

/** Text order. */
export const byStart = (a: Candidate, b: Candidate) => a.start - b.start;

/**
 * Sorts in place and stably, as `Array.prototype.sort` does, so the order is the same. The recognizer
 * sorts a handful of spans per sentence, mostly in order already: an insertion sort does that in a few
 * steps, where the built-in sort's set-up cost more than the sorting.
 */
export function sortStable<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > 32) return items.sort(compare);
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    let j = i - 1;
    for (; j >= 0 && compare(items[j]!, item) > 0; j--) items[j + 1] = items[j]!;
    items[j + 1] = item;
  }
  return items;
}

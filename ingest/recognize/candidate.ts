import type { EntityType, Span, Token } from '../types.ts';

/** A span a rule proposes, in sentence-relative offsets, before overlaps are settled. */
export interface Candidate {
  start: number;
  end: number;
  type: EntityType;
  rule: string;
  confidence: number;
}

/** A sentence as the rules see it: normalized text and tokens with sentence-relative offsets. */
export interface View {
  text: string;
  tokens: Token[];
  /** Token boundaries (starts and ends). */
  bounds: Set<number>;
  /** tokenAt[i] is the index of the token covering character i. */
  tokenAt: number[];
}

export function makeView(text: string, tokens: readonly Token[], base: number): View {
  const local = tokens.map((t) => ({ ...t, start: t.start - base, end: t.end - base }));
  const bounds = new Set<number>([0, text.length]);
  const tokenAt = new Array<number>(text.length).fill(-1);
  local.forEach((t, k) => {
    bounds.add(t.start);
    bounds.add(t.end);
    for (let i = t.start; i < t.end; i++) tokenAt[i] = k;
  });
  return { text, tokens: local, bounds, tokenAt };
}

/**
 * A dictionary span fits the segmentation when it starts at a token boundary and either ends at one or
 * lies inside a single token that starts with it (上海市 in the token 上海市科委, not in 上海/市场).
 */
export function fitsTokens(view: View, start: number, end: number): boolean {
  if (!view.bounds.has(start)) return false;
  if (view.bounds.has(end)) return true;
  const k = view.tokenAt[end - 1];
  return k !== undefined && k >= 0 && view.tokens[k]!.start === start;
}

/**
 * A Map from written form to values. Scanning asks for the forms at every character of every sentence,
 * and most positions open no name at all, so forms are also indexed by their first two characters with
 * the longest length behind each opening: a position is rejected with one lookup, and an accepted one
 * only tries lengths some form with that opening has. Shorter forms (1 character: 沪, 苏) keep the plain
 * lookup, so `at` yields exactly what a scan of every length would.
 */
export class FormIndex<T> {
  readonly map = new Map<string, T[]>();
  maxLen = 0;
  private readonly longest = new Map<string, number>();

  add(form: string, value: T): void {
    const list = this.map.get(form);
    if (list) {
      if (!list.includes(value)) list.push(value);
    } else this.map.set(form, [value]);
    this.maxLen = Math.max(this.maxLen, form.length);
    if (form.length >= 2) {
      const opening = form.slice(0, 2);
      this.longest.set(opening, Math.max(this.longest.get(opening) ?? 0, form.length));
    }
  }

  /** Forms starting at `at`, longest first. */
  *at(text: string, at: number, minLen = 2): Generator<{ form: string; values: T[] }> {
    const rest = text.length - at;
    if (rest >= 2) {
      const top = Math.min(this.longest.get(text.slice(at, at + 2)) ?? 0, rest);
      for (let len = top; len >= Math.max(minLen, 2); len--) {
        const form = text.slice(at, at + len);
        const values = this.map.get(form);
        if (values) yield { form, values };
      }
    }
    for (let len = Math.min(this.maxLen, rest, 1); len >= minLen; len--) {
      const form = text.slice(at, at + len);
      const values = this.map.get(form);
      if (values) yield { form, values };
    }
  }
}

const coverCache = new WeakMap<readonly Candidate[], number[]>();

/**
 * Does one of the candidates cover [start, end)? Built once per candidate list as a prefix maximum of
 * ends, so that a long sentence does not cost candidates × tokens.
 */
export function covered(cands: readonly Candidate[], start: number, end: number): boolean {
  let cover = coverCache.get(cands);
  if (!cover) {
    const size = cands.reduce((n, c) => Math.max(n, c.end), 0) + 1;
    cover = new Array<number>(size).fill(-1);
    for (const c of cands) cover[c.start] = Math.max(cover[c.start]!, c.end);
    for (let i = 1; i < size; i++) cover[i] = Math.max(cover[i]!, cover[i - 1]!);
    coverCache.set(cands, cover);
  }
  return start < cover.length && cover[start]! >= end;
}

const indexCache = new WeakMap<readonly Span[], number[]>();

/** Index of the span (token or unit, in order, not overlapping) covering character `at`, or -1. */
export function spanAt(spans: readonly Span[], at: number): number {
  let index = indexCache.get(spans);
  if (!index) {
    const size = spans.reduce((n, s) => Math.max(n, s.end), 0);
    index = new Array<number>(size).fill(-1);
    spans.forEach((s, k) => {
      for (let i = s.start; i < s.end; i++) index![i] = k;
    });
    indexCache.set(spans, index);
  }
  return index[at] ?? -1;
}

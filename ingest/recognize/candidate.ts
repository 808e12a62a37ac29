import type { EntityType, Span, Token } from '../types.ts';

export { FormIndex } from './form-index.ts';

/** A span a rule proposes, in sentence-relative offsets, before overlaps are settled. */
export interface Candidate {
  start: number;
  end: number;
  type: EntityType;
  rule: string;
  confidence: number;
}

/** Character positions where a token starts or ends. */
export class Bounds {
  // A byte per position: asked at nearly every character, and a Set of numbers cost more to fill than to ask.
  private readonly at: Uint8Array;
  constructor(size: number) {
    this.at = new Uint8Array(size + 1);
  }
  add(i: number): void {
    this.at[i] = 1;
  }
  has(i: number): boolean {
    return this.at[i] === 1;
  }
}

/** A sentence as the rules see it: normalized text and tokens with sentence-relative offsets. */
export interface View {
  text: string;
  tokens: Token[];
  /** Token boundaries (starts and ends). */
  bounds: Bounds;
  /** tokenAt[i] is the index of the token covering character i, -1 where none does. */
  tokenAt: Int32Array;
}

export function makeView(text: string, tokens: readonly Token[], base: number): View {
  const local: Token[] = [];
  let size = text.length;
  for (const t of tokens) {
    const end = t.end - base;
    local.push({ word: t.word, tag: t.tag, start: t.start - base, end });
    if (end > size) size = end;
  }
  const bounds = new Bounds(size);
  bounds.add(0);
  bounds.add(text.length);
  const tokenAt = new Int32Array(size).fill(-1);
  for (let k = 0; k < local.length; k++) {
    const t = local[k]!;
    bounds.add(t.start);
    bounds.add(t.end);
    for (let i = t.start; i < t.end; i++) tokenAt[i] = k;
  }
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

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

/**
 * A sentence as the rules see it: normalized text and tokens with sentence-relative offsets.
 *
 * Boundaries and the token at a character are found by binary search over the tokens rather than read
 * from per-character tables: the rules ask only where a lexicon form or a head matched, and filling two
 * tables for every sentence cost more than all the asking. The search needs the tokens in order and not
 * overlapping, as segment makes them; for any other token list the answers come from a plain scan.
 */
export class View {
  readonly tokens: Token[];
  /** Token starts and ends in order, as small arrays of numbers: the search reads no token objects. */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly ordered: boolean;

  constructor(
    readonly text: string,
    tokens: readonly Token[],
    base: number,
  ) {
    this.tokens = new Array<Token>(tokens.length);
    let ordered = true;
    let prevEnd = 0;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      const start = t.start - base;
      const end = t.end - base;
      if (start < prevEnd || end <= start) ordered = false;
      prevEnd = end;
      this.tokens[k] = { word: t.word, tag: t.tag, start, end };
      this.starts.push(start);
      this.ends.push(end);
    }
    this.ordered = ordered;
  }

  /** Does a token start or end at character i (or is i an end of the text)? */
  isBound(i: number): boolean {
    if (i === 0 || i === this.text.length) return true;
    if (!this.ordered) return this.tokens.some((t) => t.start === i || t.end === i);
    // The first token ending at or after i: it ends at i, or it is the only one that can start there.
    const k = this.firstEndingFrom(i);
    return k < this.ends.length && (this.ends[k] === i || this.starts[k] === i);
  }

  /** Index of the token covering character i, or -1. */
  tokenAt(i: number): number {
    if (!this.ordered) {
      for (let k = this.tokens.length - 1; k >= 0; k--)
        if (this.tokens[k]!.start <= i && i < this.tokens[k]!.end) return k;
      return -1;
    }
    const k = this.firstEndingFrom(i + 1);
    return k < this.ends.length && this.starts[k]! <= i ? k : -1;
  }

  private firstEndingFrom(i: number): number {
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.ends[mid]! < i) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

export function makeView(text: string, tokens: readonly Token[], base: number): View {
  return new View(text, tokens, base);
}

/**
 * A dictionary span fits the segmentation when it starts at a token boundary and either ends at one or
 * lies inside a single token that starts with it (上海市 in the token 上海市科委, not in 上海/市场).
 */
export function fitsTokens(view: View, start: number, end: number): boolean {
  if (!view.isBound(start)) return false;
  if (view.isBound(end)) return true;
  const k = view.tokenAt(end - 1);
  return k >= 0 && view.tokens[k]!.start === start;
}

// The last list asked about and its table: the rules ask about one sentence's list many times in a row,
// and an identity check is far cheaper than a WeakMap (whose entries also cost the collector).
let coverOf: readonly Candidate[] | undefined;
let coverTable: number[] = [];

/**
 * Does one of the candidates cover [start, end)? Built once per candidate list as a prefix maximum of
 * ends, so that a long sentence does not cost candidates × tokens.
 */
export function covered(cands: readonly Candidate[], start: number, end: number): boolean {
  let cover = coverTable;
  if (cands !== coverOf) {
    let size = 1;
    for (const c of cands) size = Math.max(size, c.end + 1);
    cover = new Array<number>(size).fill(-1);
    for (const c of cands) cover[c.start] = Math.max(cover[c.start]!, c.end);
    for (let i = 1; i < size; i++) cover[i] = Math.max(cover[i]!, cover[i - 1]!);
    coverOf = cands;
    coverTable = cover;
  }
  return start < cover.length && cover[start]! >= end;
}

// The last list asked about and whether it is in order, as for `covered`.
let orderOf: readonly Span[] | undefined;
let inOrder = true;

/**
 * Index of the span (token or unit) covering character `at`, or -1; the last such span if several do.
 * Spans in order and not overlapping (as segment makes them) are searched, not tabled per character:
 * a sentence asks only a few times, and a table cost a write per character.
 */
export function spanAt(spans: readonly Span[], at: number): number {
  if (spans !== orderOf) {
    inOrder = true;
    let prevEnd = 0;
    for (const s of spans) {
      if (s.start < prevEnd || s.end < s.start) inOrder = false;
      prevEnd = s.end;
    }
    orderOf = spans;
  }
  if (!inOrder) {
    for (let k = spans.length - 1; k >= 0; k--) if (spans[k]!.start <= at && at < spans[k]!.end) return k;
    return -1;
  }
  // The first span ending after `at`: it covers `at`, or none does.
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo]!.start <= at ? lo : -1;
}

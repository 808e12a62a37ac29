import type { RelateLexicon } from './lexicon.ts';

// Word-level reading of the text between slots: quiet characters, clauses, fillers. These run for every
// gap the patterns look at, so each avoids per-call regexes, copies and scans of whole word lists.

/** Quotes, brackets and spaces between words say nothing about their relation. */
const QUIET = /[\s“”‘’"'《》〈〉「」『』]/g;
export const quiet = (s: string) => (mayHoldQuiet(s) ? s.replace(QUIET, '') : s);

/**
 * Whether `s` may hold a character QUIET removes (a superset: ASCII controls, space and quotes, the
 * U+1680–U+205F spaces and quotes, U+3000–U+300F, U+FEFF). Most gaps are plain Chinese or empty, and a
 * look at the codes is much cheaper than a global replace.
 */
function mayHoldQuiet(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (
      c <= 0x27 ||
      c === 0xa0 ||
      (c >= 0x1680 && c <= 0x205f) ||
      (c >= 0x3000 && c <= 0x300f) ||
      c === 0xfeff
    )
      return true;
  }
  return false;
}

/** , ，; ；。! ? ！？ by character code: a regex test per character was the clause scan's whole cost. */
function endsClause(code: number): boolean {
  switch (code) {
    case 0x2c: // ,
    case 0xff0c: // ，
    case 0x3b: // ;
    case 0xff1b: // ；
    case 0x3002: // 。
    case 0x21: // !
    case 0x3f: // ?
    case 0xff01: // ！
    case 0xff1f: // ？
      return true;
    default:
      return false;
  }
}

/** [start, end) of the clause around `at`: commas and semicolons end clauses, colons do not. */
export function clauseAt(text: string, at: number): [number, number] {
  // The patterns ask about one sentence many times over: its clause marks are found once.
  const marks = clauseMarks(text);
  let start = 0;
  let end = text.length;
  for (const k of marks) {
    if (k < at) start = k + 1;
    else {
      end = k;
      break;
    }
  }
  // Out of range, `at` itself is the bound (what a walk from it would stop at).
  return [at <= 0 ? at : start, Math.max(end, at)];
}

let marksText: string | undefined;
let marksOf: number[] = [];

/** Where the clause marks of `text` stand, ascending; the last text asked about is remembered. */
function clauseMarks(text: string): number[] {
  if (text !== marksText) {
    marksOf = [];
    for (let i = 0; i < text.length; i++) if (endsClause(text.charCodeAt(i))) marksOf.push(i);
    marksText = text;
  }
  return marksOf;
}

const sorted = new WeakMap<RelateLexicon, Map<string, string[]>>();

/** A word list sorted longest first, built once per lexicon (matching tries the longest word first). */
export function longestFirst(lex: RelateLexicon, key: string, words: () => string[]): string[] {
  const byKey = sorted.get(lex) ?? new Map<string, string[]>();
  sorted.set(lex, byKey);
  const list = byKey.get(key) ?? words().sort((a, b) => b.length - a.length);
  byKey.set(key, list);
  return list;
}

// A count with its classifier (4市, 两省, 8所, 6家) restates the list before it.
const NUMBER = /^(\d+(\.\d+)?|[一二三四五六七八九十百千万两]+)[个家项批条类大市省区县地所座城名]?/;

/** What is left of `gap` once leading adverbs, enumerators (二是) and numbers are taken off. */
export function leftover(gap: string, lex: RelateLexicon): string {
  const fillers = longestFirst(lex, 'filler+locative', () => [...lex.words.filler, ...lex.words.locative]);
  let rest = quiet(gap);
  for (;;) {
    const word = firstWordOf(fillers, rest) ?? NUMBER.exec(rest)?.[0];
    if (!word) return rest;
    rest = rest.slice(word.length);
  }
}

/** True when the words between an argument and its trigger are only adverbs, numbers and the like. */
export function fillersOnly(gap: string, lex: RelateLexicon): boolean {
  return leftover(gap, lex) === '';
}

const byFirstChar = new WeakMap<readonly string[], Map<number, string[]>>();

/**
 * The first word of `words` that `text` starts with (what words.find(w => text.startsWith(w)) gives):
 * only the words sharing text's first character are tried, in their order in the list.
 */
export function firstWordOf(words: readonly string[], text: string): string | undefined {
  let index = byFirstChar.get(words);
  if (!index) {
    index = new Map();
    for (const w of words) {
      const list = index.get(w.charCodeAt(0)) ?? [];
      list.push(w);
      index.set(w.charCodeAt(0), list);
    }
    byFirstChar.set(words, index);
  }
  return index.get(text.charCodeAt(0))?.find((w) => text.startsWith(w));
}

/**
 * The first `n` characters of quiet(text.slice(from)) (fewer at the end of the text). quiet drops
 * characters one by one, so quieting a prefix gives a prefix of the quieted rest.
 */
export function quietHead(text: string, from: number, n: number): string {
  for (let len = Math.max(n, 1); ; len *= 2) {
    const q = quiet(text.slice(from, from + len));
    if (q.length >= n || from + len >= text.length) return q.slice(0, n);
  }
}

import { createRequire } from 'node:module';

// Per-code-point tables for normalize: character classes and the fold (NFKC, then traditional →
// simplified), so that the normalizer tests and maps a character with one array read instead of
// running regexes and the opencc converter character by character.

interface OpenCC {
  Converter(opts: { from: string; to: string }): (s: string) => string;
}
const opencc = createRequire(import.meta.url)('opencc-js') as OpenCC;
// Character conversion only: `twp` → `cn` also rewrites vocabulary, and on simplified text it turns
// 影像 into 图像, changing what the author wrote; names of bodies and places need characters, not idiom.
const charT2S = opencc.Converter({ from: 'hk', to: 'cn' });

/** Chinese ideographs (unified, extension A, compatibility): the characters the converter sees. */
export const CJK = 1;
/** Chinese punctuation, full-width brackets and dashes. */
export const CJK_PUNCT = 2;
/** Ends a sentence (or a clause a hard wrap cannot split). */
export const TERMINAL = 4;
/** ASCII letters, digits and %. */
export const ALNUM = 8;
/** ASCII letters. */
export const LETTER = 16;

/** Class bits of every BMP code point; code points above the BMP belong to no class. */
const CLASS = new Uint8Array(0x10000);
const mark = (from: number, to: number, bit: number) => {
  for (let c = from; c <= to; c++) CLASS[c]! |= bit;
};
const markAll = (chars: string, bit: number) => {
  for (const c of chars) CLASS[c.charCodeAt(0)]! |= bit;
};
mark(0x3400, 0x9fff, CJK);
mark(0xf900, 0xfaff, CJK);
mark(0x3000, 0x303f, CJK_PUNCT);
markAll('“”‘’《》〈〉「」『』【】（）—…·、', CJK_PUNCT);
markAll('。!?;:！？；：…”」』)）', TERMINAL);
mark(0x30, 0x39, ALNUM);
mark(0x41, 0x5a, ALNUM | LETTER);
mark(0x61, 0x7a, ALNUM | LETTER);
markAll('%', ALNUM);

/** The class bits of a code point (-1, "no character", has none). */
export const classOf = (cp: number): number => (cp >= 0 && cp < 0x10000 ? CLASS[cp]! : 0);

/**
 * What a non-ASCII BMP code point folds to, filled on first sight: 0 not yet known, -1 more than one
 * code point (see MANY), else the one code point. Lazy because converting all 28k ideographs up front
 * takes longer than a whole corpus needs.
 */
const FOLD_BMP = new Int32Array(0x10000);
const MANY = new Map<number, readonly number[]>();

/**
 * NFKC of one code point, then each resulting ideograph traditional → simplified. Every ideograph
 * converts to exactly one code point (sometimes outside the BMP), so each keeps its own raw index.
 */
export function foldCodePoint(cp: number): readonly number[] {
  const out: number[] = [];
  for (const c of String.fromCodePoint(cp).normalize('NFKC')) {
    const code = c.codePointAt(0)!;
    if (!(classOf(code) & CJK)) {
      out.push(code);
      continue;
    }
    const simple = charT2S(c);
    const first = simple.codePointAt(0)!;
    if (simple.length !== String.fromCodePoint(first).length) {
      throw new Error(`E_FOLD: opencc turns ${c} into ${simple}, more than one character`);
    }
    out.push(first);
  }
  return out;
}

/** foldCodePoint through the cache: returns the one code point, or -1 to read foldMany(cp). */
export function foldOne(cp: number): number {
  if (cp < 0x10000) {
    const known = FOLD_BMP[cp]!;
    if (known !== 0) return known;
  } else if (MANY.has(cp)) {
    return -1;
  }
  const folded = foldCodePoint(cp);
  if (folded.length === 1 && cp < 0x10000) {
    FOLD_BMP[cp] = folded[0]!;
    return folded[0]!;
  }
  MANY.set(cp, folded);
  if (cp < 0x10000) FOLD_BMP[cp] = -1;
  return -1;
}

/** The code points of a code point whose fold is not one code point (after foldOne returned -1). */
export const foldMany = (cp: number): readonly number[] => MANY.get(cp)!;

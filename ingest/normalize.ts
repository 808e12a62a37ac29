import { ALNUM, CJK, CJK_PUNCT, classOf, foldMany, foldOne, LETTER, TERMINAL } from './chars.ts';
import { withKeys } from './copy.ts';
import type { Stage } from './pipeline.ts';

/**
 * The text being normalized: one code point per slot and the raw index it came from. Parallel typed
 * arrays instead of an object per character, because normalize touches every character of the corpus.
 */
interface Chars {
  cp: Int32Array;
  at: Int32Array;
  n: number;
}

const NL = 0x0a;
const SPACE = 0x20;
const TAB = 0x09;
const NONE = -1;

/** A page marker line as PDF converters leave it: "— 4 —", "- 12 -", "第 3 页". */
const PAGE_MARKER =
  /^[ \t]*(?:[—–-]{1,2}[ \t]*\d{1,4}[ \t]*[—–-]{1,2}|第[ \t]*\d{1,4}[ \t]*页(?:[ \t]*共[ \t]*\d+[ \t]*页)?)[ \t]*$/;

/**
 * Normalizes raw text for matching and keeps an exact map back to it: NFKC (full-width folding),
 * traditional → simplified, PDF page markers removed, hard line breaks inside sentences joined, stray
 * spaces between Chinese characters dropped. offsets[i] is the raw index of text[i], per UTF-16 unit
 * like string indices; offsets[text.length] is raw.length.
 */
export function normalizeText(raw: string): { text: string; offsets: number[] } {
  let chars = fold(raw);
  chars = dropPageMarkers(chars);
  chars = joinHardBreaks(chars);
  chars = dropStraySpaces(chars);
  return toText(chars, raw);
}

const empty = (size: number): Chars => ({ cp: new Int32Array(size), at: new Int32Array(size), n: 0 });

// The passes write into two buffers in turn, kept across documents: fresh typed arrays per pass and
// document cost more in allocation and GC than the passes themselves.
const scratch: [Chars, Chars] = [empty(1 << 14), empty(1 << 14)];
let units = new Uint16Array(1 << 14);

/** The scratch buffer that is not `input`, emptied, with room for `size` slots. */
function target(input: Chars | undefined, size: number): Chars {
  const out = scratch[0] === input ? scratch[1] : scratch[0];
  if (out.cp.length < size) {
    out.cp = new Int32Array(size);
    out.at = new Int32Array(size);
  }
  out.n = 0;
  return out;
}

function push(out: Chars, cp: number, at: number): void {
  if (out.n === out.cp.length) {
    const cps = new Int32Array(out.cp.length * 2 + 16);
    const ats = new Int32Array(cps.length);
    cps.set(out.cp);
    ats.set(out.at);
    out.cp = cps;
    out.at = ats;
  }
  out.cp[out.n] = cp;
  out.at[out.n++] = at;
}

/** NFKC and traditional → simplified per code point, so a folded character keeps its own raw index; CRLF becomes LF. */
function fold(raw: string): Chars {
  const out = target(undefined, raw.length + 16);
  for (let i = 0; i < raw.length; ) {
    const cp = raw.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (cp === 0x0d) {
      if (raw.charCodeAt(i + 1) === NL) {
        i++;
        continue;
      }
      push(out, NL, i);
    } else if (cp < 0x80) {
      push(out, cp, i);
    } else {
      const one = foldOne(cp);
      if (one >= 0) push(out, one, i);
      else for (const c of foldMany(cp)) push(out, c, i);
    }
    i += width;
  }
  return out;
}

/** The text of slots [from, to) as a string. */
function slice(chars: Chars, from: number, to: number): string {
  let s = '';
  for (let k = from; k < to; k++) s += String.fromCodePoint(chars.cp[k]!);
  return s;
}

// ignoreBOM keeps a leading U+FEFF in the text instead of swallowing it.
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/**
 * The text as UTF-16 units and the raw index of each unit. A character outside the BMP takes two
 * units: copied from a raw pair, they map to its two units; made from a BMP character (opencc turns
 * some traditional ideographs into extension B ones), both map to that character.
 */
function toText(chars: Chars, raw: string): { text: string; offsets: number[] } {
  const { cp, at, n } = chars;
  if (units.length < 2 * n) units = new Uint16Array(2 * n);
  // A plain array of plain pushes: Array.from walks a typed array through its iterator, several times slower.
  const offsets: number[] = [];
  let size = 0;
  let lone = false;
  for (let k = 0; k < n; k++) {
    const c = cp[k]!;
    const a = at[k]!;
    if (c > 0xffff) {
      units[size++] = 0xd800 + ((c - 0x10000) >> 10);
      units[size++] = 0xdc00 + ((c - 0x10000) & 0x3ff);
      offsets.push(a, raw.codePointAt(a)! > 0xffff ? a + 1 : a);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) lone = true;
    units[size++] = c;
    offsets.push(a);
  }
  offsets.push(raw.length);
  // The decoder would turn a lone surrogate into U+FFFD: build those rare texts unit by unit.
  const text = lone ? fromUnits(units.subarray(0, size)) : utf16.decode(units.subarray(0, size));
  return { text, offsets };
}

function fromUnits(u: Uint16Array): string {
  let s = '';
  for (let k = 0; k < u.length; k += 4096) s += String.fromCharCode(...u.subarray(k, k + 4096));
  return s;
}

const isHSpace = (c: number) => c === SPACE || c === TAB;
const isBlank = (c: number) => c === SPACE || c === TAB || c === NL;

/** Drops page marker lines with their newline; only lines opening with a dash or 第 can be one. */
function dropPageMarkers(chars: Chars): Chars {
  const { cp, at, n } = chars;
  let out: Chars | undefined;
  let kept = 0;
  for (let start = 0; start < n; ) {
    let end = start;
    while (end < n && cp[end] !== NL) end++;
    const next = end < n ? end + 1 : end;
    let k = start;
    while (k < end && isHSpace(cp[k]!)) k++;
    const c = cp[k];
    const candidate = k < end && (c === 0x2014 || c === 0x2013 || c === 0x2d || c === 0x7b2c);
    if (candidate && PAGE_MARKER.test(slice(chars, start, end))) {
      out ??= target(chars, n);
      out.cp.set(cp.subarray(kept, start), out.n);
      out.at.set(at.subarray(kept, start), out.n);
      out.n += start - kept;
      kept = next;
    }
    start = next;
  }
  if (!out) return chars;
  out.cp.set(cp.subarray(kept, n), out.n);
  out.at.set(at.subarray(kept, n), out.n);
  out.n += n - kept;
  return out;
}

/**
 * A run of whitespace holding newlines is a hard wrap when the text before it does not end a sentence
 * and carries no trailing space (PDF converters mark paragraph ends that way) and the line before it is
 * not much shorter than the document's typical line (a short line is a title or a paragraph end).
 */
function joinHardBreaks(chars: Chars): Chars {
  const { cp, at, n } = chars;
  const typical = typicalLineLength(chars);
  const out = target(chars, n);
  let lineStart = 0;
  for (let i = 0; i < n; ) {
    if (!isBlank(cp[i]!)) {
      push(out, cp[i]!, at[i]!);
      i++;
      continue;
    }
    let j = i;
    let newline = NONE;
    for (; j < n && isBlank(cp[j]!); j++) if (newline === NONE && cp[j] === NL) newline = j;
    if (newline === NONE) {
      for (let k = i; k < j; k++) push(out, cp[k]!, at[k]!);
      i = j;
      continue;
    }
    const prev = i > 0 ? cp[i - 1]! : NONE;
    const next = j < n ? cp[j]! : NONE;
    const p = classOf(prev);
    const q = classOf(next);
    const trailingSpace = newline > i;
    const soft =
      prev !== NONE &&
      next !== NONE &&
      !(p & TERMINAL) &&
      !trailingSpace &&
      (typical === 0 || out.n - lineStart >= typical * 0.6) &&
      // A wrapped line is as full as the one after it; a shorter line is a title before its body.
      physicalLength(chars, i, -1) >= physicalLength(chars, j, 1) * 0.9 - 2 &&
      (p & (CJK | CJK_PUNCT | ALNUM) || prev === 0x2c || prev === 0x28) &&
      (q & (CJK | CJK_PUNCT | ALNUM) || next === 0x28);
    if (soft) {
      // Latin words broken across lines keep one space between them.
      if (p & q & ALNUM && (p | q) & LETTER) push(out, SPACE, at[i]!);
    } else {
      push(out, NL, at[newline]!);
      lineStart = out.n;
    }
    i = j;
  }
  return out;
}

/** Length of the physical line ending before `from` (dir -1) or starting at `from` (dir 1), spaces excluded. */
function physicalLength(chars: Chars, from: number, dir: 1 | -1): number {
  let n = 0;
  for (let k = dir === 1 ? from : from - 1; k >= 0 && k < chars.n && chars.cp[k] !== NL; k += dir) {
    if (!isHSpace(chars.cp[k]!)) n++;
  }
  return n;
}

/** The most common length of non-empty lines, when the text looks wrapped (≥ 6 lines); else 0. */
function typicalLineLength(chars: Chars): number {
  const lengths: number[] = [];
  let length = 0;
  for (let k = 0; k < chars.n; k++) {
    if (chars.cp[k] !== NL) length++;
    else {
      if (length > 0) lengths.push(length);
      length = 0;
    }
  }
  if (length > 0) lengths.push(length);
  if (lengths.length < 6) return 0;
  lengths.sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.75)]!;
}

const tight = (cls: number) => (cls & (CJK | CJK_PUNCT)) !== 0;
const word = (c: number, cls: number) => tight(cls) || (cls & ALNUM) !== 0 || c === 0x2e || c === 0x2c;

/** Drops spaces next to a Chinese character ("6 月 10 日" → "6月10日"); Latin words keep theirs. */
function dropStraySpaces(chars: Chars): Chars {
  const { cp, at, n } = chars;
  const out = target(chars, n);
  for (let i = 0; i < n; ) {
    if (!isHSpace(cp[i]!)) {
      out.cp[out.n] = cp[i]!;
      out.at[out.n++] = at[i]!;
      i++;
      continue;
    }
    let j = i;
    while (j < n && isHSpace(cp[j]!)) j++;
    const prev = out.n > 0 ? out.cp[out.n - 1]! : NONE;
    const next = j < n ? cp[j]! : NONE;
    const p = classOf(prev);
    const q = classOf(next);
    const drop =
      prev === NONE ||
      next === NONE ||
      prev === NL ||
      next === NL ||
      (tight(p) && word(next, q)) ||
      (word(prev, p) && tight(q));
    if (!drop) {
      out.cp[out.n] = cp[i]!;
      out.at[out.n++] = at[i]!;
    }
    i = j;
  }
  return out;
}

export const normalize: Stage = {
  name: 'normalize',
  requires: [],
  assigns: ['text', 'offsets'],
  run(doc) {
    const { text, offsets } = normalizeText(doc.raw);
    return withKeys(doc, { text, offsets });
  },
};

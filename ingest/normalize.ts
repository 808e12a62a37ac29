import { createRequire } from 'node:module';
import type { Stage } from './pipeline.ts';

/** One normalized character and the index in the raw text it came from. */
interface Char {
  c: string;
  at: number;
}

interface OpenCC {
  Converter(opts: { from: string; to: string }): (s: string) => string;
}
const opencc = createRequire(import.meta.url)('opencc-js') as OpenCC;
// Character conversion only: `twp` → `cn` also rewrites vocabulary, and on simplified text it turns
// 影像 into 图像, changing what the author wrote; names of bodies and places need characters, not idiom.
const charT2S = opencc.Converter({ from: 'hk', to: 'cn' });

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const CJK_PUNCT = /[\u3000-\u303f“”‘’《》〈〉「」『』【】（）—…·、]/;
const TERMINAL = /[。!?;:！？；：…”」』)）]/;
const ALNUM = /[0-9A-Za-z%]/;
/** A page marker line as PDF converters leave it: "— 4 —", "- 12 -", "第 3 页". */
const PAGE_MARKER =
  /^[ \t]*(?:[—–-]{1,2}[ \t]*\d{1,4}[ \t]*[—–-]{1,2}|第[ \t]*\d{1,4}[ \t]*页(?:[ \t]*共[ \t]*\d+[ \t]*页)?)[ \t]*$/;

/**
 * Normalizes raw text for matching and keeps an exact map back to it: NFKC (full-width folding),
 * traditional → simplified, PDF page markers removed, hard line breaks inside sentences joined, stray
 * spaces between Chinese characters dropped. offsets[i] is the raw index of text[i].
 */
export function normalizeText(raw: string): { text: string; offsets: number[] } {
  let chars = fold(raw);
  chars = toSimplified(chars);
  chars = dropPageMarkers(chars);
  chars = joinHardBreaks(chars);
  chars = dropStraySpaces(chars);
  return { text: chars.map((x) => x.c).join(''), offsets: [...chars.map((x) => x.at), raw.length] };
}

/** NFKC per code point, so a folded character keeps its own raw index; CRLF becomes LF. */
function fold(raw: string): Char[] {
  const out: Char[] = [];
  for (let i = 0; i < raw.length; ) {
    const ch = String.fromCodePoint(raw.codePointAt(i)!);
    if (ch === '\r' && raw[i + 1] === '\n') {
      i++;
      continue;
    }
    const folded = ch === '\r' ? '\n' : ch.normalize('NFKC');
    for (const c of folded) out.push({ c, at: i });
    i += ch.length;
  }
  return out;
}

/** Traditional → simplified, one character at a time so that each keeps its raw position. */
function toSimplified(chars: Char[]): Char[] {
  return chars.map((x) => (CJK.test(x.c) ? { c: charT2S(x.c), at: x.at } : x));
}

/** Splits into lines, keeping each line's characters including its newline. */
function lines(chars: Char[]): Char[][] {
  const out: Char[][] = [[]];
  for (const x of chars) {
    out[out.length - 1]!.push(x);
    if (x.c === '\n') out.push([]);
  }
  return out;
}

function dropPageMarkers(chars: Char[]): Char[] {
  return lines(chars)
    .filter(
      (line) =>
        !PAGE_MARKER.test(
          line
            .map((x) => x.c)
            .join('')
            .replace(/\n$/, ''),
        ),
    )
    .flat();
}

const isBlank = (c: string) => c === ' ' || c === '\t' || c === '\n';
const isHSpace = (c: string) => c === ' ' || c === '\t';

/**
 * A run of whitespace holding newlines is a hard wrap when the text before it does not end a sentence
 * and carries no trailing space (PDF converters mark paragraph ends that way) and the line before it is
 * not much shorter than the document's typical line (a short line is a title or a paragraph end).
 */
function joinHardBreaks(chars: Char[]): Char[] {
  const typical = typicalLineLength(chars);
  const out: Char[] = [];
  let lineStart = 0;
  for (let i = 0; i < chars.length; ) {
    if (!isBlank(chars[i]!.c)) {
      out.push(chars[i]!);
      i++;
      continue;
    }
    let j = i;
    while (j < chars.length && isBlank(chars[j]!.c)) j++;
    const run = chars.slice(i, j);
    const newline = run.findIndex((x) => x.c === '\n');
    if (newline < 0) {
      out.push(...run);
      i = j;
      continue;
    }
    const prev = chars[i - 1]?.c;
    const next = chars[j]?.c;
    const trailingSpace = newline > 0;
    const lineLength = out.length - lineStart;
    const soft =
      prev !== undefined &&
      next !== undefined &&
      !TERMINAL.test(prev) &&
      !trailingSpace &&
      (typical === 0 || lineLength >= typical * 0.6) &&
      // A wrapped line is as full as the one after it; a shorter line is a title before its body.
      physicalLength(chars, i, -1) >= physicalLength(chars, j, 1) * 0.9 - 2 &&
      (CJK.test(prev) || CJK_PUNCT.test(prev) || ALNUM.test(prev) || /[,(]/.test(prev)) &&
      (CJK.test(next) || CJK_PUNCT.test(next) || ALNUM.test(next) || /[(]/.test(next));
    if (soft) {
      // Latin words broken across lines keep one space between them.
      if (ALNUM.test(prev) && ALNUM.test(next) && /[A-Za-z]/.test(prev + next))
        out.push({ c: ' ', at: run[0]!.at });
    } else {
      out.push(run[newline]!);
      lineStart = out.length;
    }
    i = j;
  }
  return out;
}

/** Length of the physical line ending before `at` (dir -1) or starting at `at` (dir 1), spaces excluded. */
function physicalLength(chars: Char[], at: number, dir: 1 | -1): number {
  let n = 0;
  for (let k = dir === 1 ? at : at - 1; k >= 0 && k < chars.length && chars[k]!.c !== '\n'; k += dir) {
    if (!isHSpace(chars[k]!.c)) n++;
  }
  return n;
}

/** The most common length of non-empty lines, when the text looks wrapped (≥ 6 lines); else 0. */
function typicalLineLength(chars: Char[]): number {
  const lengths = lines(chars)
    .map((l) => l.filter((x) => x.c !== '\n').length)
    .filter((n) => n > 0);
  if (lengths.length < 6) return 0;
  const sorted = [...lengths].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length * 0.75)]!;
}

const tight = (c: string | undefined) => c !== undefined && (CJK.test(c) || CJK_PUNCT.test(c));
const word = (c: string | undefined) =>
  c !== undefined && (tight(c) || ALNUM.test(c) || c === '.' || c === ',');

/** Drops spaces next to a Chinese character ("6 月 10 日" → "6月10日"); Latin words keep theirs. */
function dropStraySpaces(chars: Char[]): Char[] {
  const out: Char[] = [];
  for (let i = 0; i < chars.length; ) {
    if (!isHSpace(chars[i]!.c)) {
      out.push(chars[i]!);
      i++;
      continue;
    }
    let j = i;
    while (j < chars.length && isHSpace(chars[j]!.c)) j++;
    const prev = out[out.length - 1]?.c;
    const next = chars[j]?.c;
    const drop =
      prev === undefined ||
      next === undefined ||
      prev === '\n' ||
      next === '\n' ||
      (tight(prev) && word(next)) ||
      (word(prev) && tight(next));
    if (!drop) out.push(chars[i]!);
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
    return { ...doc, text, offsets };
  },
};

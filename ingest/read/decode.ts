import { InputError } from './errors.ts';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface Decoded {
  text: string;
  encoding: Encoding;
}

/**
 * Decodes bytes as UTF-8 (with or without BOM), UTF-16 (BOM, or the zero-byte pattern of
 * Chinese-free UTF-16) or GB18030, a superset of GBK. Strict decoders only: a wrong guess must fail,
 * never silently replace characters.
 */
export function decodeBytes(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strict('utf-8', bytes.subarray(3), file), encoding: 'utf-8' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: strict('utf-16le', bytes.subarray(2), file), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: strict('utf-16be', bytes.subarray(2), file), encoding: 'utf-16be' };
  }
  const utf16 = guessUtf16(bytes);
  if (utf16) return { text: strict(utf16, bytes, file), encoding: utf16 };
  if (hasNul(bytes)) {
    throw new InputError(
      'E_BINARY',
      file,
      `looks like a binary file (NUL byte at ${bytes.indexOf(0)}), not text`,
    );
  }
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8.ok) return { text: utf8.text, encoding: 'utf-8' };
  const bad = firstBadUtf8Byte(bytes);
  if (mostlyUtf8(bytes)) {
    // Valid UTF-8 almost throughout: a damaged or truncated UTF-8 file, not GBK that happens to decode.
    const what =
      bad >= bytes.length - 3 ? 'ends in the middle of a character (truncated UTF-8)' : 'has invalid UTF-8';
    throw new InputError('E_DECODE', file, `${what} at byte ${bad}; re-export it as UTF-8`);
  }
  const gb = tryDecode('gb18030', bytes);
  if (gb.ok && !looksLikeMojibake(gb.text)) return { text: gb.text, encoding: 'gb18030' };
  throw new InputError(
    'E_DECODE',
    file,
    `is neither UTF-8 nor GB18030/GBK nor UTF-16 (first bad UTF-8 byte at ${bad}); ` +
      'convert it to UTF-8 and try again',
  );
}

function strict(encoding: Encoding, bytes: Uint8Array, file: string): string {
  const result = tryDecode(encoding, bytes);
  if (!result.ok)
    throw new InputError('E_DECODE', file, `has a ${encoding} byte-order mark but invalid ${encoding} data`);
  return result.text;
}

function tryDecode(encoding: Encoding, bytes: Uint8Array): { ok: true; text: string } | { ok: false } {
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { ok: false };
  }
}

/** UTF-16 without a BOM: most ASCII-range code units have a zero high byte on one side. */
function guessUtf16(bytes: Uint8Array): Encoding | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  const n = Math.min(bytes.length, 4096);
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.3 && evenZeros === 0) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros === 0) return 'utf-16be';
  return undefined;
}

function hasNul(bytes: Uint8Array): boolean {
  return bytes.indexOf(0) !== -1;
}

/** GB18030 decodes almost any byte string; reject results full of rare private-use or control characters. */
function looksLikeMojibake(text: string): boolean {
  let odd = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if ((cp >= 0xe000 && cp <= 0xf8ff) || (cp < 0x20 && ch !== '\n' && ch !== '\r' && ch !== '\t')) odd++;
  }
  return odd > Math.max(2, text.length * 0.01);
}

/** True when at least 90% of the non-ASCII bytes form well-formed UTF-8 sequences. */
function mostlyUtf8(bytes: Uint8Array): boolean {
  let high = 0;
  let inSequences = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = sequenceLength(b);
    let ok = len > 1 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    const step = ok ? len : 1;
    high += step;
    if (ok) inSequences += len;
    i += step;
  }
  return high > 0 && inSequences / high >= 0.9;
}

function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if ((lead & 0xe0) === 0xc0) return 2;
  if ((lead & 0xf0) === 0xe0) return 3;
  if ((lead & 0xf8) === 0xf0) return 4;
  return 0;
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
function firstBadUtf8Byte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const len = sequenceLength(b);
    if (len === 0 || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += len;
  }
  return bytes.length;
}

import { describe, expect, it } from 'vitest';
import {
  ALNUM,
  CJK,
  CJK_PUNCT,
  classOf,
  foldCodePoint,
  foldMany,
  foldOne,
  LETTER,
  TERMINAL,
} from '../../ingest/chars.ts';

// The class table is built from ranges for speed; these regexes are the definitions it must match.
const DEFINITIONS: [number, RegExp][] = [
  [CJK, /[\u3400-\u9fff\uf900-\ufaff]/],
  [CJK_PUNCT, /[\u3000-\u303f“”‘’《》〈〉「」『』【】（）—…·、]/],
  [TERMINAL, /[。!?;:！？；：…”」』)）]/],
  [ALNUM, /[0-9A-Za-z%]/],
  [LETTER, /[A-Za-z]/],
];

describe('character classes', () => {
  it.each(DEFINITIONS)('class bit %i holds exactly the code points its regex matches', (bit, re) => {
    const wrong: string[] = [];
    for (let cp = 0; cp < 0x10000; cp++) {
      if (Boolean(classOf(cp) & bit) !== re.test(String.fromCharCode(cp))) wrong.push(cp.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('gives no class to characters outside the BMP or to "no character"', () => {
    expect(classOf(0x20000)).toBe(0);
    expect(classOf(-1)).toBe(0);
  });
});

describe('folding one code point', () => {
  it.each([
    ['Ａ', 'A'],
    ['１', '1'],
    ['，', ','],
    ['臺', '台'],
    ['灣', '湾'],
    ['影', '影'],
    ['㈱', '(株)'],
    ['豈', '岂'],
  ])('%s folds to %s', (from, to) => {
    const cp = from.codePointAt(0)!;
    expect(String.fromCodePoint(...foldCodePoint(cp))).toBe(to);
    const one = foldOne(cp);
    expect(String.fromCodePoint(...(one >= 0 ? [one] : foldMany(cp)))).toBe(to);
  });

  it('turns every ideograph into exactly one code point, so each keeps its raw index', () => {
    const many: string[] = [];
    for (const [from, to] of [
      [0x3400, 0x9fff],
      [0xf900, 0xfaff],
    ] as const) {
      for (let cp = from; cp <= to; cp++) {
        const nfkc = String.fromCharCode(cp).normalize('NFKC');
        if ([...nfkc].length === 1 && foldCodePoint(cp).length !== 1) many.push(cp.toString(16));
      }
    }
    expect(many).toEqual([]);
  });
});

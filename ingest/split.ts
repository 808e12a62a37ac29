import { withKeys } from './copy.ts';
import { need, type Stage } from './pipeline.ts';
import type { Sentence } from './types.ts';

/**
 * Sentence ends: Chinese and folded ASCII terminators (NFKC turns ！？； into !?;), plus paragraph
 * breaks. A closing quote right after a terminator stays with its sentence.
 */
const SENTENCE_END = /[。!?;]+[”’」』)]*|\n+/g;

/** Splits normalized text into sentences; offsets index Doc.text, `orig` indexes SourceDoc.raw. */
export function splitSentences(text: string, offsets: readonly number[], raw: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) {
      sentences.push({
        index: sentences.length,
        start: s,
        end: e,
        text: text.slice(s, e),
        // The raw span ends after the raw character of the last kept unit: two units if that is a
        // pair folded to one BMP character (NFKC maps U+2F800 丽 to U+4E3D 丽).
        orig: { start: offsets[s]!, end: after(raw, offsets[e - 1]!) },
        tokens: [],
      });
    }
  };
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    push(end);
    start = end;
  }
  push(text.length);
  return sentences;
}

const after = (raw: string, at: number) => at + (raw.codePointAt(at)! > 0xffff ? 2 : 1);

export const split: Stage = {
  name: 'split',
  requires: ['text', 'offsets'],
  assigns: ['sentences'],
  run(doc) {
    return withKeys(doc, { sentences: splitSentences(need(doc, 'text'), need(doc, 'offsets'), doc.raw) });
  },
};

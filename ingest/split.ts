import { need, type Stage } from './pipeline.ts';
import type { Sentence } from './types.ts';

const SENTENCE_END = /[。！？!?；;]+|\n{2,}/g;

/** Splits normalized text into sentences at Chinese sentence ends and blank lines. */
export function splitSentences(text: string, offsets: readonly number[]): Sentence[] {
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
        orig: { start: offsets[s]!, end: offsets[e]! },
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

export const split: Stage = {
  name: 'split',
  requires: ['text', 'offsets'],
  assigns: ['sentences'],
  run(doc) {
    return { ...doc, sentences: splitSentences(need(doc, 'text'), need(doc, 'offsets')) };
  },
};

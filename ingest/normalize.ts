import type { Stage } from './pipeline.ts';

/**
 * Folds full-width forms (NFKC) and keeps an offset map back into the raw text.
 * Each raw character is normalized on its own so that offsets stay exact.
 */
export function normalizeText(raw: string): { text: string; offsets: number[] } {
  let text = '';
  const offsets: number[] = [];
  for (let i = 0; i < raw.length; ) {
    const cp = raw.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const folded = ch.normalize('NFKC');
    for (let k = 0; k < folded.length; k++) offsets.push(i);
    text += folded;
    i += ch.length;
  }
  offsets.push(raw.length);
  return { text, offsets };
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


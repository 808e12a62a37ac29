import { createRequire } from 'node:module';
import { need, type Stage } from './pipeline.ts';
import type { Token } from './types.ts';

interface Jieba {
  load(opts?: { userDict?: string }): void;
  tag(text: string): { word: string; tag: string }[];
  cut(text: string, hmm?: boolean): string[];
}

let jieba: Jieba | undefined;

/** nodejieba holds one global dictionary: load it once per process. */
export function loadJieba(userDicts: readonly string[] = []): Jieba {
  if (!jieba) {
    const lib = createRequire(import.meta.url)('nodejieba') as Jieba;
    lib.load(userDicts.length ? { userDict: userDicts.join('|') } : {});
    jieba = lib;
  }
  return jieba;
}

/** Tags a sentence and gives each token its offsets (relative to `base`). */
export function tagText(text: string, base = 0): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  for (const { word, tag } of loadJieba().tag(text)) {
    const found = text.indexOf(word, at);
    const start = found >= 0 ? found : at;
    tokens.push({ word, tag, start: base + start, end: base + start + word.length });
    at = start + word.length;
  }
  return tokens;
}

export const segment: Stage = {
  name: 'segment',
  requires: ['sentences'],
  assigns: ['sentences'],
  run(doc) {
    const sentences = need(doc, 'sentences').map((s) => ({ ...s, tokens: tagText(s.text, s.start) }));
    return { ...doc, sentences };
  },
};

import { loadJieba } from '../segment.ts';

interface JiebaSmall {
  cut(text: string, hmm?: boolean): string[];
  cutSmall(text: string, maxWordLength: number): string[];
}

/**
 * Index tokens of one name: jieba's words, each also split into its best sub-words, recursively
 * (上海市科委 → 上海市科委 上海市 上海 科委). Unlike cutForSearch this never yields a word that straddles a
 * boundary (海市 from 上海市), so the whitespace analyzer finds whole words only. Single characters
 * (市, 会) would match nearly everything, so they are left out. ASCII is lower-cased.
 */
export function searchTokens(form: string): string[] {
  const jieba = loadJieba() as unknown as JiebaSmall;
  const out = new Set<string>();
  const add = (word: string) => {
    const w = word.trim().toLowerCase();
    if ([...w].length < 2 || !/[\p{L}\p{N}]/u.test(w) || out.has(w)) return;
    out.add(w);
    const len = [...w].length;
    if (len > 2) for (const part of jieba.cutSmall(w, len - 1)) add(part);
  };
  add(form.replace(/\s+/g, ''));
  for (const word of jieba.cut(form, true)) add(word);
  return [...out];
}

/** searchText of an entity: the distinct tokens of its name and aliases, space-joined. */
export function searchText(name: string, aliases: readonly string[]): string {
  const tokens = new Set<string>();
  for (const form of [name, ...aliases]) for (const t of searchTokens(form)) tokens.add(t);
  return [...tokens].join(' ');
}

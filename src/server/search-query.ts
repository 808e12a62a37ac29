import { loadJieba } from '../../ingest/segment.ts';

interface JiebaSmall {
  cut(text: string, hmm?: boolean): string[];
  cutSmall(text: string, maxWordLength: number): string[];
}

const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The words of a search text, each with its sub-words: jieba's words (科学技术委员会) and their best split
 * (科学技术 委员会), the same way the writer's `searchTokens` fills `searchText`. Single characters are
 * dropped from sub-words, as the index drops them (市, 会).
 */
export function searchWords(text: string): { word: string; parts: string[] }[] {
  const jieba = loadJieba() as unknown as JiebaSmall;
  const seen = new Set<string>();
  const out: { word: string; parts: string[] }[] = [];
  for (const raw of jieba.cut(text.trim().toLowerCase(), true)) {
    const word = raw.trim();
    if (!word || !HAS_WORD_CHAR.test(word) || seen.has(word)) continue;
    seen.add(word);
    const len = [...word].length;
    const parts = len > 2 ? jieba.cutSmall(word, len - 1).filter((p) => [...p].length >= 2) : [];
    out.push({ word, parts });
  }
  return out;
}

const quote = (w: string) => `"${w.replace(/["\\]/g, '\\$&')}"`;

/**
 * A Lucene query for the whitespace-analyzed `entity_search` index. Each word matches whole, or
 * through all of its sub-words (so a dictionary difference between writer and server costs nothing);
 * words are OR-ed, so entities matching more of them score higher. Quoting keeps Lucene's operators
 * in user text literal. '' when there is nothing to look for.
 */
export function luceneQuery(words: readonly { word: string; parts: string[] }[]): string {
  return words
    .map(({ word, parts }) =>
      parts.length > 1 ? `(${quote(word)} OR (${parts.map(quote).join(' AND ')}))` : quote(word),
    )
    .join(' OR ');
}

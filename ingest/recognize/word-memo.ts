import type { Lexicons } from '../lexicons/index.ts';

/** Words remembered per lexicon set before the memo starts over, so that a long run stays bounded. */
const MAX_WORDS = 200_000;

/**
 * Remembers a pure test of a word against the lexicons. The name walks ask the same words (科技, 创新,
 * 服务 …) thousands of times per corpus, and each answer costs several regexes or a dynamic program over
 * substrings; a Map lookup on the word (whose hash the string keeps) costs far less.
 */
export function wordMemo(
  test: (word: string, lex: Lexicons) => boolean,
): (word: string, lex: Lexicons) => boolean {
  let memoOf: Lexicons | undefined;
  const answers = new Map<string, boolean>();
  return (word, lex) => {
    if (lex !== memoOf || answers.size >= MAX_WORDS) {
      answers.clear();
      memoOf = lex;
    }
    let answer = answers.get(word);
    if (answer === undefined) {
      answer = test(word, lex);
      answers.set(word, answer);
    }
    return answer;
  };
}

import { createHash, randomUUID } from 'node:crypto';
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { withKeys } from './copy.ts';
import { readTagTable, Tagger } from './jieba-tags.ts';
import type { Lexicons } from './lexicons/index.ts';
import { need, type Stage } from './pipeline.ts';
import type { Sentence, Token } from './types.ts';

interface Jieba {
  DEFAULT_DICT: string;
  DEFAULT_USER_DICT: string;
  load(opts?: { userDict?: string; idfDict?: string; stopWordDict?: string }): void;
  tag(text: string): { word: string; tag: string }[];
  cut(text: string, hmm?: boolean): string[];
}

let jieba: Jieba | undefined;
/** The user dictionary paths jieba loaded, as given to it. */
let loadedUserDicts = '';
let tagger: Tagger | undefined;

/** nodejieba holds one global dictionary and can load only once: the first caller's dictionaries win. */
export function loadJieba(userDicts: readonly string[] = []): Jieba {
  if (!jieba) {
    const lib = createRequire(import.meta.url)('nodejieba') as Jieba;
    loadedUserDicts = userDicts.length ? userDicts.join('|') : lib.DEFAULT_USER_DICT;
    // load also reads a 260k-line IDF table and a stop-word list for jieba's keyword extractors, which
    // nothing here calls (cut, cutSmall and tag never read them): one-line stand-ins (cppjieba asserts
    // both are non-empty) make loading ~10% faster and the process ~20 MB smaller.
    const unused = { idfDict: writeTemp('的 1\n', 'idf'), stopWordDict: writeTemp('的\n', 'stop') };
    lib.load(userDicts.length ? { userDict: userDicts.join('|'), ...unused } : unused);
    jieba = lib;
  }
  return jieba;
}

/** Parts of speech from the dictionaries jieba loaded, read on first use. */
function tags(): Tagger {
  const lib = loadJieba();
  tagger ??= new Tagger(readTagTable(lib.DEFAULT_DICT, loadedUserDicts));
  return tagger;
}

/**
 * The project's user dictionary ("word freq tag" per line): places (ns) and bodies (nt) from the
 * lexicons, so that jieba keeps 工信厅 or 浦东新区 whole instead of cutting 省工/信厅.
 */
export function userDictionary(lex: Lexicons): string {
  const lines = new Set<string>();
  const add = (word: string, freq: number, tag: string) => {
    if (word.length >= 2 && !/\s/.test(word)) lines.add(`${word} ${freq} ${tag}`);
  };
  // Modest frequencies: a county name (海城市) must not outweigh the words around it (上海/城市).
  for (const r of lex.regions) {
    const freq = r.level === 'county' ? 50 : 2000;
    add(r.name, freq, 'ns');
    for (const a of r.aliases) add(a, freq, 'ns');
  }
  for (const form of lex.agencyForms.keys()) add(form, 2000, 'nt');
  for (const form of lex.knownOrgs.keys()) add(form, 2000, 'nt');
  return `${[...lines].join('\n')}\n`;
}

/** Writes the user dictionary to a content-addressed temp file (jieba reads dictionaries from paths). */
export function writeUserDictionary(lex: Lexicons): string {
  return writeTemp(userDictionary(lex));
}

/** A content-addressed temp file holding `text`, for jieba, which reads its tables from paths. */
function writeTemp(text: string, kind = ''): string {
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 12);
  const file = path.join(tmpdir(), `govkg-jieba-${kind ? `${kind}-` : ''}${hash}.dict`);
  if (existsSync(file)) return file;
  // Written aside and renamed: a process (or worker) starting at the same moment must never read it half-written.
  const part = `${file}.${randomUUID()}`;
  writeFileSync(part, text);
  renameSync(part, file);
  return file;
}

/** Tags a sentence and gives each token its offsets (relative to `base`). */
export function tagText(text: string, base = 0): Token[] {
  const words = loadJieba().cut(text, true);
  return tokensOf(text, base, words, 0, words.length);
}

/**
 * Tags every sentence of a document with one jieba call: the sentences joined by newlines, which jieba
 * always cuts on (a separator in its pre-filter), so each sentence is cut exactly as on its own.
 */
export function tagSentences(sentences: readonly Sentence[]): Token[][] {
  if (sentences.length === 0) return [];
  const words = loadJieba().cut(sentences.map((s) => s.text).join('\n'), true);
  const ends: number[] = [];
  for (let k = 0; k < words.length; k++) if (words[k] === '\n') ends.push(k);
  ends.push(words.length);
  // Sentences hold no newline, so this cannot happen; if it did, cut them one by one.
  if (ends.length !== sentences.length) return sentences.map((s) => tagText(s.text, s.start));
  return sentences.map((s, i) => tokensOf(s.text, s.start, words, i === 0 ? 0 : ends[i - 1]! + 1, ends[i]!));
}

/** Tokens of `text` from jieba's words [from, to), as `tag` would give them, with offsets from `base`. */
function tokensOf(text: string, base: number, words: readonly string[], from: number, to: number): Token[] {
  const tagger = tags();
  const tokens: Token[] = [];
  let at = 0;
  for (let k = from; k < to; k++) {
    const word = words[k]!;
    const tag = tagger.tag(word);
    const found = text.indexOf(word, at);
    const start = found >= 0 ? found : at;
    // Only untagged words can come unglued: skip the parts arrays for all others.
    if (tag !== 'x') tokens.push({ word, tag, start: base + start, end: base + start + word.length });
    else {
      for (const part of unglue(word, tag)) {
        const s = start + part.offset;
        tokens.push({ word: part.word, tag: part.tag, start: base + s, end: base + s + part.word.length });
      }
    }
    at = start + word.length;
  }
  return splitState(tokens);
}

/**
 * jieba cuts 中国 apart when the next name glues onto 国 (中/国宝/武钢铁集团 for 中国宝武钢铁集团): 中 + a word
 * opening with 国 becomes 中国 + the rest, so that the name keeps its state title.
 */
export function splitState(tokens: Token[]): Token[] {
  // Most sentences hold no lone 中: keep their array instead of copying it.
  if (!tokens.some((t) => t.word === '中')) return tokens;
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1];
    if (t.word === '中' && next && next.start === t.end && next.word.length >= 2 && next.word[0] === '国') {
      out.push({ word: '中国', tag: 'ns', start: t.start, end: t.end + 1 });
      out.push({ word: next.word.slice(1), tag: next.tag, start: next.start + 1, end: next.end });
      k++;
      continue;
    }
    out.push(t);
  }
  return out;
}

/**
 * jieba's unknown-word guesser glues a conjunction to the next name (与富 in …管委会与富滇银行): a word it
 * could not tag (x) that opens with 与/和/同/及 is the conjunction and a name part, so that no name runs
 * across the join.
 */
export function unglue(word: string, tag: string): { word: string; tag: string; offset: number }[] {
  if (tag === 'x' && word.length >= 2 && /^[与和同及][\u4e00-\u9fff]/.test(word)) {
    return [
      { word: word[0]!, tag: 'c', offset: 0 },
      { word: word.slice(1), tag: 'x', offset: 1 },
    ];
  }
  return [{ word, tag, offset: 0 }];
}

export const segment: Stage = {
  name: 'segment',
  requires: ['sentences'],
  assigns: ['sentences'],
  run(doc) {
    const sentences = need(doc, 'sentences');
    const tokens = tagSentences(sentences);
    return withKeys(doc, { sentences: sentences.map((s, k) => withKeys(s, { tokens: tokens[k]! })) });
  },
};

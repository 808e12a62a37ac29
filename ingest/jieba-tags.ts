import { readFileSync } from 'node:fs';

// jieba's `tag` is its `cut` (with HMM) plus a dictionary lookup per word, but it returns one N-API
// object per word, which costs as much again as the cut. Doing the lookup here, from the same
// dictionary files read with cppjieba's own rules (PosTagger::LookupTag, DictTrie), gives the same tags
// for half the time.

/** Splits like limonp::Split: on `on`, empty fields kept, but no field after a trailing delimiter. */
function limonpSplit(s: string, on: string | RegExp): string[] {
  const out = s.split(on);
  if (out.at(-1) === '') out.pop();
  return out;
}

/** getline over a file: split on \n, no line after a final \n. */
function fileLines(file: string): string[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** A word's tag from the dictionaries ('' for an entry without one), or undefined if they lack it. */
export interface TagTable {
  get(word: string): string | undefined;
}

/**
 * Word → tag as cppjieba's trie holds it: the main dictionary ("word freq tag"), then each user
 * dictionary ("word", "word tag" or "word freq tag"; other lines add nothing), a later entry replacing
 * an earlier one. `userDicts` is the path list exactly as given to nodejieba's load ("a|b").
 */
export function readTagTable(dict: string, userDicts: string): TagTable {
  const main = new DictionaryIndex(readFileSync(dict, 'utf8'));
  const user = new Map<string, string>();
  if (userDicts !== '') {
    for (const file of limonpSplit(userDicts, /[|;]/)) {
      for (const line of fileLines(file)) {
        if (line === '') continue;
        const cols = limonpSplit(line, ' ');
        if (cols.length === 1) user.set(cols[0]!, '');
        else if (cols.length === 2) user.set(cols[0]!, cols[1]!);
        else if (cols.length === 3) user.set(cols[0]!, cols[2]!);
      }
    }
    user.delete('');
  }
  return { get: (word) => user.get(word) ?? main.get(word) };
}

/**
 * The main dictionary's tags without a Map of its 350k words: the file's text and an open-addressing
 * table of line starts. A Map took ~5× as long to build (on the first document) and 32 MB of heap against
 * 6 MB, for the few thousand distinct words a corpus looks up (Tagger remembers each answer).
 */
class DictionaryIndex {
  private readonly lines: Int32Array;
  private readonly mask: number;

  constructor(private readonly text: string) {
    let count = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
    const size = 2 ** Math.ceil(Math.log2(2 * count));
    this.lines = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    // Lines are "word freq tag" (cppjieba refuses any other shape), walked with indexOf; a later line for
    // the same word takes over its slot, as it replaces the entry in cppjieba's trie.
    for (let start = 0; start < text.length; ) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      const a = text.indexOf(' ', start);
      const b = a < 0 || a > end ? -1 : text.indexOf(' ', a + 1);
      if (a > start && b >= 0 && b < end) this.lines[this.slot(text, start, a)] = start;
      start = end + 1;
    }
  }

  get(word: string): string | undefined {
    // A word ends at its line's first space, so none holds one.
    if (word === '' || word.includes(' ')) return undefined;
    const at = this.lines[this.slot(word, 0, word.length)]!;
    if (at < 0) return undefined;
    const tag = this.text.indexOf(' ', at + word.length + 1) + 1;
    const end = this.text.indexOf('\n', tag);
    return this.text.slice(tag, end < 0 ? this.text.length : end);
  }

  /** The slot of the line for the word s[from, to), or the empty slot where it would go. */
  private slot(s: string, from: number, to: number): number {
    let hash = 0x811c9dc5;
    for (let i = from; i < to; i++) hash = Math.imul(hash ^ s.charCodeAt(i), 0x01000193);
    for (let i = hash & this.mask; ; i = (i + 1) & this.mask) {
      const at = this.lines[i]!;
      if (at < 0 || this.isWordAt(at, s, from, to)) return i;
    }
  }

  /** Whether the line starting at `at` is the entry for s[from, to) (which holds no space). */
  private isWordAt(at: number, s: string, from: number, to: number): boolean {
    if (this.text.charCodeAt(at + to - from) !== 0x20) return false;
    for (let k = from; k < to; k++) if (this.text.charCodeAt(at + k - from) !== s.charCodeAt(k)) return false;
    return true;
  }
}

/**
 * cppjieba's SpecialRule for a word without a tag: x without ASCII, m when the ASCII is digits, else
 * eng; it stops counting once it has seen half the word's length in ASCII (so 12ab is m, and a
 * one-character word is always x).
 */
export function specialTag(word: string): string {
  let runes = 0;
  for (let i = 0; i < word.length; i++) {
    const u = word.charCodeAt(i);
    // A surrogate pair is one rune.
    if (u >= 0xd800 && u <= 0xdbff && i + 1 < word.length) {
      const low = word.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) i++;
    }
    runes++;
  }
  const half = Math.floor(runes / 2);
  let m = 0;
  let eng = 0;
  for (let i = 0, r = 0; r < runes && eng < half; i++, r++) {
    const u = word.charCodeAt(i);
    if (u < 0x80) {
      eng++;
      if (u >= 0x30 && u <= 0x39) m++;
    } else if (u >= 0xd800 && u <= 0xdbff && i + 1 < word.length) {
      const low = word.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) i++;
    }
  }
  if (eng === 0) return 'x';
  if (m === eng) return 'm';
  return 'eng';
}

/** Looks tags up in a dictionary's table, remembering each word's answer. */
export class Tagger {
  // The corpus uses a few thousand distinct words: a small map of them is much faster to probe than
  // the dictionary's 350k entries.
  private readonly seen = new Map<string, string>();

  constructor(private readonly table: TagTable) {}

  /** The tag jieba's `tag` gives a word its `cut` produced. */
  tag(word: string): string {
    let tag = this.seen.get(word);
    if (tag === undefined) {
      const found = this.table.get(word);
      tag = found === undefined || found === '' ? specialTag(word) : found;
      // New words (numbers, names) keep coming: start over rather than grow without bound.
      if (this.seen.size >= 50_000) this.seen.clear();
      this.seen.set(word, tag);
    }
    return tag;
  }
}

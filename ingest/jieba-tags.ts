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

/**
 * Word → tag as cppjieba's trie holds it: the main dictionary ("word freq tag"), then each user
 * dictionary ("word", "word tag" or "word freq tag"; other lines add nothing), a later entry replacing
 * an earlier one. `userDicts` is the path list exactly as given to nodejieba's load ("a|b").
 */
export function readTagTable(dict: string, userDicts: string): Map<string, string> {
  const tags = new Map<string, string>();
  // Its 350k lines are "word freq tag" (cppjieba refuses any other shape): walked with indexOf
  // rather than split into arrays, which takes several times as long.
  const text = readFileSync(dict, 'utf8');
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const a = text.indexOf(' ', start);
    const b = a < 0 || a > end ? -1 : text.indexOf(' ', a + 1);
    if (b >= 0 && b < end) tags.set(text.slice(start, a), text.slice(b + 1, end));
    start = end + 1;
  }
  if (userDicts === '') return tags;
  for (const file of limonpSplit(userDicts, /[|;]/)) {
    for (const line of fileLines(file)) {
      if (line === '') continue;
      const cols = limonpSplit(line, ' ');
      if (cols.length === 1) tags.set(cols[0]!, '');
      else if (cols.length === 2) tags.set(cols[0]!, cols[1]!);
      else if (cols.length === 3) tags.set(cols[0]!, cols[2]!);
    }
  }
  tags.delete('');
  return tags;
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

  constructor(private readonly table: ReadonlyMap<string, string>) {}

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

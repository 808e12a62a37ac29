/** A node of the forms' character trie: `end` marks that the path from the root spells a whole form. */
interface TrieNode {
  next: Map<number, TrieNode>;
  end: boolean;
}

const NO_LENGTHS: readonly number[] = [];

/**
 * A Map from written form to values. Scanning asks for the forms at every character of every sentence,
 * and most positions open no name at all, so the forms also sit in a character trie: one walk from a
 * position finds every form starting there, with no substring made and nothing allocated where none
 * does (the earlier per-length `slice` + Map lookups and a generator per position were most of the
 * recognizer's time).
 */
export class FormIndex<T> {
  readonly map = new Map<string, T[]>();
  maxLen = 0;
  private readonly root: TrieNode = { next: new Map(), end: false };
  // Does some form open with this UTF-16 unit? A byte per unit rejects most positions without a Map lookup.
  private readonly opens = new Uint8Array(0x10000);

  add(form: string, value: T): void {
    const list = this.map.get(form);
    if (list) {
      if (!list.includes(value)) list.push(value);
    } else this.map.set(form, [value]);
    this.maxLen = Math.max(this.maxLen, form.length);
    if (form.length === 0) return;
    this.opens[form.charCodeAt(0)] = 1;
    let node = this.root;
    for (let i = 0; i < form.length; i++) {
      const c = form.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) {
        child = { next: new Map(), end: false };
        node.next.set(c, child);
      }
      node = child;
    }
    node.end = true;
  }

  /** Lengths (≥ minLen) of the forms starting at `at`, longest first; a shared empty list when none. */
  lengthsAt(text: string, at: number, minLen = 2): readonly number[] {
    if (at >= text.length || this.opens[text.charCodeAt(at)] === 0) return NO_LENGTHS;
    let out: number[] | undefined;
    let node: TrieNode | undefined = this.root;
    for (let i = at; i < text.length; i++) {
      node = node.next.get(text.charCodeAt(i));
      if (!node) break;
      const len = i - at + 1;
      if (node.end && len >= minLen) {
        if (out) out.unshift(len);
        else out = [len];
      }
    }
    return out ?? NO_LENGTHS;
  }

  /** Forms starting at `at`, longest first. */
  *at(text: string, at: number, minLen = 2): Generator<{ form: string; values: T[] }> {
    for (const len of this.lengthsAt(text, at, minLen)) {
      const form = text.slice(at, at + len);
      yield { form, values: this.map.get(form)! };
    }
  }
}

import { CodeSet } from './code-set.ts';

/** A node of the forms' character trie: `form` is set where the path from the root spells a whole form. */
interface TrieNode {
  next: Map<number, TrieNode>;
  form: string | undefined;
}

/** What a position with no form holds. */
export const NO_FORMS: readonly string[] = [];

/**
 * The opening pair hashed to 16 bits, twice (a Bloom filter of two tables): the 3,000 openings of the
 * place names fill 5% of one table, so one hash alone let a twentieth of all positions through to a
 * walk that finds nothing; both together let through about one in four hundred.
 */
const pairSlot = (a: number, b: number) => Math.imul(Math.imul(a, 0x9e3779b1) ^ b, 0x85ebca6b) >>> 16;
const pairSlot2 = (a: number, b: number) => Math.imul(Math.imul(b, 0x27d4eb2f) ^ a, 0x165667b1) >>> 16;

/**
 * A Map from written form to values. Scanning asks for the forms at every character of every sentence,
 * and most positions open no name at all. So the forms also sit in a character trie, and the first two
 * characters of every form are hashed into a bit table: a position whose pair opens no form is turned
 * away with one bit read, and the others are walked in the trie once, with no substring made (the
 * earlier per-length `slice` + Map lookups, and a generator per position, were most of the recognizer's
 * time). Hash collisions only cost a walk that finds nothing.
 */
export class FormIndex<T> {
  readonly map = new Map<string, T[]>();
  maxLen = 0;
  private readonly root: TrieNode = { next: new Map(), form: undefined };
  private readonly pairs = new CodeSet();
  private readonly pairs2 = new CodeSet();

  add(form: string, value: T): void {
    const list = this.map.get(form);
    if (list) {
      if (!list.includes(value)) list.push(value);
    } else this.map.set(form, [value]);
    this.maxLen = Math.max(this.maxLen, form.length);
    if (form.length === 0) return;
    if (form.length >= 2) {
      this.pairs.add(pairSlot(form.charCodeAt(0), form.charCodeAt(1)));
      this.pairs2.add(pairSlot2(form.charCodeAt(0), form.charCodeAt(1)));
    }
    let node = this.root;
    for (let i = 0; i < form.length; i++) {
      const c = form.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) {
        child = { next: new Map(), form: undefined };
        node.next.set(c, child);
      }
      node = child;
    }
    node.form = form;
  }

  /**
   * The forms (at least `minLen` long) starting at `at`, longest first; a shared empty list when none.
   * The strings are the index's own, so looking them up again hashes nothing new.
   */
  formsAt(text: string, at: number, minLen = 2): readonly string[] {
    const rest = text.length - at;
    if (rest <= 0) return NO_FORMS;
    if (minLen >= 2 && (rest < 2 || !this.opens(text.charCodeAt(at), text.charCodeAt(at + 1))))
      return NO_FORMS;
    let out: string[] | undefined;
    let node: TrieNode | undefined = this.root;
    for (let i = at; i < text.length; i++) {
      node = node.next.get(text.charCodeAt(i));
      if (!node) break;
      if (node.form !== undefined && node.form.length >= minLen) {
        if (out) out.unshift(node.form);
        else out = [node.form];
      }
    }
    return out ?? NO_FORMS;
  }

  /**
   * The forms of two or more characters at every position of `text`: `[i]` holds those starting at i,
   * longest first, or nothing. One call per sentence and table, so that the loop over the characters
   * runs inside one function instead of calling `formsAt` at each of them.
   */
  scan(text: string): (readonly string[] | undefined)[] {
    const hits: (readonly string[] | undefined)[] = [];
    let next = text.length > 0 ? text.charCodeAt(0) : 0;
    for (let at = 0; at + 1 < text.length; at++) {
      const first = next;
      next = text.charCodeAt(at + 1);
      if (!this.opens(first, next)) continue;
      const forms = this.formsAt(text, at);
      if (forms.length > 0) hits[at] = forms;
    }
    return hits;
  }

  /** May some form open with these two characters? (No means no; yes may be a collision.) */
  private opens(a: number, b: number): boolean {
    return this.pairs.has(pairSlot(a, b)) && this.pairs2.has(pairSlot2(a, b));
  }

  /** Forms starting at `at`, longest first. */
  *at(text: string, at: number, minLen = 2): Generator<{ form: string; values: T[] }> {
    for (const form of this.formsAt(text, at, minLen)) yield { form, values: this.map.get(form)! };
  }
}

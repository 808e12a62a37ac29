import { CodeSet } from './code-set.ts';

/** Edge key of the flat trie: (node, UTF-16 unit) as one exact number. */
const edgeKey = (node: number, unit: number) => node * 0x10000 + unit;
const edgeSlot = (key: number, mask: number) => (Math.imul(key | 0, 0x9e3779b1) >>> 8) & mask;

/** What a position with no form holds. */
export const NO_FORMS: readonly string[] = [];

const pairSlot = (a: number, b: number) => Math.imul(Math.imul(a, 0x9e3779b1) ^ b, 0x85ebca6b) >>> 16;
const pairSlot2 = (a: number, b: number) => Math.imul(Math.imul(b, 0x27d4eb2f) ^ a, 0x165667b1) >>> 16;

/**
 * The pairs of characters that open some form, hashed to 16 bits twice (a Bloom filter of two tables):
 * the 3,000 openings of the place names fill 5% of one table, so one hash alone let a twentieth of all
 * positions through to a walk that finds nothing; both together let through about one in four hundred.
 */
export class PairFilter {
  private readonly one = new CodeSet();
  private readonly two = new CodeSet();

  add(a: number, b: number): void {
    this.one.add(pairSlot(a, b));
    this.two.add(pairSlot2(a, b));
  }

  /** May some form open with these two characters? (No means no; yes may be a collision.) */
  has(a: number, b: number): boolean {
    return this.one.has(pairSlot(a, b)) && this.two.has(pairSlot2(a, b));
  }

  /** Lets through every pair `other` lets through. */
  addAll(other: PairFilter): void {
    this.one.addAll(other.one);
    this.two.addAll(other.two);
  }
}

/** The forms found at each position of a text: `[i]` holds those starting at i, longest first, or nothing. */
export type FormHits = (readonly string[] | undefined)[];

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
  // The trie as flat arrays (node 0 is the root; edges in one open-addressed table): a walk reads a
  // few neighbouring numbers instead of chasing Map tables, which the other stages evict from the cache.
  private readonly formOf: (string | undefined)[] = [undefined];
  private keys = new Float64Array(1024).fill(-1);
  private targets = new Int32Array(1024);
  private edges = 0;
  /** The first two characters of every form. */
  readonly openings = new PairFilter();

  add(form: string, value: T): void {
    const list = this.map.get(form);
    if (list) {
      if (!list.includes(value)) list.push(value);
    } else this.map.set(form, [value]);
    this.maxLen = Math.max(this.maxLen, form.length);
    if (form.length === 0) return;
    if (form.length >= 2) this.openings.add(form.charCodeAt(0), form.charCodeAt(1));
    let node = 0;
    for (let i = 0; i < form.length; i++) {
      const c = form.charCodeAt(i);
      let child = this.child(node, c);
      if (child < 0) {
        child = this.formOf.length;
        this.formOf.push(undefined);
        this.link(node, c, child);
      }
      node = child;
    }
    this.formOf[node] = form;
  }

  /** The node reached from `node` by `unit`, or -1. */
  private child(node: number, unit: number): number {
    const key = edgeKey(node, unit);
    const mask = this.keys.length - 1;
    for (let slot = edgeSlot(key, mask); ; slot = (slot + 1) & mask) {
      const k = this.keys[slot]!;
      if (k === key) return this.targets[slot]!;
      if (k === -1) return -1;
    }
  }

  private link(node: number, unit: number, target: number): void {
    if ((this.edges + 1) * 2 > this.keys.length) this.grow();
    const key = edgeKey(node, unit);
    const mask = this.keys.length - 1;
    let slot = edgeSlot(key, mask);
    while (this.keys[slot] !== -1) slot = (slot + 1) & mask;
    this.keys[slot] = key;
    this.targets[slot] = target;
    this.edges++;
  }

  /** Doubles the edge table (kept at most half full, so that probes stay short). */
  private grow(): void {
    const keys = this.keys;
    const targets = this.targets;
    this.keys = new Float64Array(keys.length * 2).fill(-1);
    this.targets = new Int32Array(keys.length * 2);
    const mask = this.keys.length - 1;
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === -1) continue;
      let slot = edgeSlot(keys[i]!, mask);
      while (this.keys[slot] !== -1) slot = (slot + 1) & mask;
      this.keys[slot] = keys[i]!;
      this.targets[slot] = targets[i]!;
    }
  }

  /**
   * The forms (at least `minLen` long) starting at `at`, longest first; a shared empty list when none.
   * The strings are the index's own, so looking them up again hashes nothing new.
   */
  formsAt(text: string, at: number, minLen = 2): readonly string[] {
    const rest = text.length - at;
    if (rest <= 0) return NO_FORMS;
    if (minLen >= 2 && (rest < 2 || !this.openings.has(text.charCodeAt(at), text.charCodeAt(at + 1))))
      return NO_FORMS;
    let out: string[] | undefined;
    let node = 0;
    for (let i = at; i < text.length; i++) {
      node = this.child(node, text.charCodeAt(i));
      if (node < 0) break;
      const form = this.formOf[node];
      if (form !== undefined && form.length >= minLen) {
        if (out) out.unshift(form);
        else out = [form];
      }
    }
    return out ?? NO_FORMS;
  }

  /**
   * The forms of two or more characters at every position of `text`: `[i]` holds those starting at i,
   * longest first, or nothing. One call per sentence and table, so that the loop over the characters
   * runs inside one function instead of calling `formsAt` at each of them.
   */
  scan(text: string): FormHits {
    const hits: FormHits = [];
    let next = text.length > 0 ? text.charCodeAt(0) : 0;
    for (let at = 0; at + 1 < text.length; at++) {
      const first = next;
      next = text.charCodeAt(at + 1);
      if (!this.openings.has(first, next)) continue;
      const forms = this.formsAt(text, at);
      if (forms.length > 0) hits[at] = forms;
    }
    return hits;
  }

  /** Forms starting at `at`, longest first. */
  *at(text: string, at: number, minLen = 2): Generator<{ form: string; values: T[] }> {
    for (const form of this.formsAt(text, at, minLen)) yield { form, values: this.map.get(form)! };
  }
}

/**
 * Scans a text for the forms of several indexes in one pass, as `scan` of each would. Every sentence is
 * scanned for places, known bodies, agencies and programs, and seven positions in eight open no form of
 * any: one check of the indexes' joint filter passes them over, instead of one check per index. Build it
 * after the indexes are filled: forms added later are missed.
 */
export class FormScanner {
  private readonly any = new PairFilter();

  constructor(private readonly indexes: readonly FormIndex<unknown>[]) {
    for (const index of indexes) this.any.addAll(index.openings);
  }

  /** `[k]` holds what `indexes[k].scan(text)` would. */
  scan(text: string): FormHits[] {
    const all: FormHits[] = this.indexes.map(() => []);
    let next = text.length > 0 ? text.charCodeAt(0) : 0;
    for (let at = 0; at + 1 < text.length; at++) {
      const first = next;
      next = text.charCodeAt(at + 1);
      if (!this.any.has(first, next)) continue;
      for (let k = 0; k < this.indexes.length; k++) {
        const forms = this.indexes[k]!.formsAt(text, at);
        if (forms.length > 0) all[k]![at] = forms;
      }
    }
    return all;
  }
}

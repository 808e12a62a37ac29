import { describe, expect, it } from 'vitest';
import { FormIndex, makeView } from '../../ingest/recognize/candidate.ts';
import { FormScanner } from '../../ingest/recognize/form-index.ts';
import type { Token } from '../../ingest/types.ts';

// The one-pass scan must hold at each position exactly the forms `at` finds there (two characters or more).
describe('FormIndex.scan', () => {
  const ix = new FormIndex<string>();
  for (const f of ['东湖', '东湖区', '东湖区科技局', '湖区', '西岭', '岭', '科技局']) ix.add(f, f);

  it.each([['东湖区科技局和西岭湖区'], ['岭东湖'], ['东'], ['']])('%s', (text) => {
    const hits = ix.scan(text);
    for (let i = 0; i < text.length; i++)
      expect(hits[i] ?? []).toEqual([...ix.at(text, i)].map((r) => r.form));
  });
});

// Scanning several indexes together must find at each position what scanning each alone finds.
describe('FormScanner.scan', () => {
  const places = new FormIndex<string>();
  for (const f of ['东湖', '东湖区', '湖区', '西岭']) places.add(f, f);
  const bodies = new FormIndex<string>();
  for (const f of ['科技局', '湖区科技局', '岭南']) bodies.add(f, f);
  const empty = new FormIndex<string>();
  const scanner = new FormScanner([places, bodies, empty]);

  it.each([['东湖区科技局和西岭南'], ['岭南东湖'], ['东'], ['']])('%s', (text) => {
    const all = scanner.scan(text);
    expect(all).toHaveLength(3);
    [places, bodies, empty].forEach((ix, k) => {
      for (let i = 0; i < text.length; i++) expect(all[k]![i] ?? []).toEqual(ix.scan(text)[i] ?? []);
    });
  });

  it('finds forms of the second index where the first has none', () => {
    expect(scanner.scan('在岭南')[1]![1]).toEqual(['岭南']);
  });
});

// Boundaries and the covering token, found by search, must match a table built from every token.
function table(text: string, tokens: Token[]) {
  const bounds = new Set([0, text.length, ...tokens.flatMap((t) => [t.start, t.end])]);
  const at = (i: number) => {
    let k = -1;
    tokens.forEach((t, j) => {
      if (t.start <= i && i < t.end) k = j;
    });
    return k;
  };
  return { bounds, at };
}

const tok = (word: string, start: number, end = start + word.length): Token => ({
  word,
  tag: 'n',
  start,
  end,
});

describe('View bounds and tokenAt', () => {
  it.each([
    ['tiled', '江北区发布通知', [tok('江北区', 10), tok('发布', 13), tok('通知', 15)]],
    ['with a gap', '江北区 发布', [tok('江北区', 10), tok('发布', 14)]],
    ['overlapping', '江北区发布', [tok('江北区', 10), tok('北区发', 11), tok('发布', 13)]],
    ['empty token', '江北区发布', [tok('江北区', 10), tok('', 13), tok('发布', 13)]],
  ])('%s', (_name, text, tokens) => {
    const view = makeView(text, tokens, 10);
    const ref = table(
      text,
      tokens.map((t) => ({ ...t, start: t.start - 10, end: t.end - 10 })),
    );
    for (let i = -1; i <= text.length + 1; i++) {
      expect(view.isBound(i)).toBe(ref.bounds.has(i));
      expect(view.tokenAt(i)).toBe(ref.at(i));
    }
  });
});

// Thousands of forms make the trie's edge table grow several times; every form must still be found.
describe('FormIndex with many forms', () => {
  it('finds each of 3,000 forms at the start of a text holding it', () => {
    const ix = new FormIndex<number>();
    const forms = Array.from({ length: 3000 }, (_, i) => `${String.fromCharCode(0x4e00 + (i % 97))}${i}区`);
    for (const [i, f] of forms.entries()) ix.add(f, i);
    for (const [i, f] of forms.entries()) {
      const found = [...ix.at(`${f}的`, 0)];
      expect(found.map((r) => r.form)).toEqual([f]);
      expect(found[0]?.values).toEqual([i]);
    }
    expect([...ix.at('无此名', 0)]).toEqual([]);
  });
});

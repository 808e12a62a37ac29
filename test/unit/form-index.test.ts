import { describe, expect, it } from 'vitest';
import { FormIndex } from '../../ingest/recognize/candidate.ts';

// The indexed scan must yield exactly what trying every length at a position would (the plain reference
// below), including one-character forms and positions at the end of the text.
const FORMS = ['江南', '江南省', '江南省水利厅', '江北', '浙', '湘', '北湖市', '北湖', '水利厅'];

function index(): FormIndex<string> {
  const ix = new FormIndex<string>();
  for (const f of FORMS) ix.add(f, `id:${f}`);
  return ix;
}

function reference(text: string, at: number, minLen: number): string[] {
  const out: string[] = [];
  const maxLen = Math.max(...FORMS.map((f) => f.length));
  for (let len = Math.min(maxLen, text.length - at); len >= minLen; len--) {
    const form = text.slice(at, at + len);
    if (FORMS.includes(form)) out.push(form);
  }
  return out;
}

describe('FormIndex.at', () => {
  it.each([
    ['江南省水利厅发布通知', 0, 2, ['江南省水利厅', '江南省', '江南']],
    ['江南省水利厅发布通知', 3, 2, ['水利厅']],
    ['浙湘两地签约', 0, 1, ['浙']],
    ['浙湘两地签约', 1, 1, ['湘']],
    ['浙湘两地签约', 0, 2, []],
    ['位于北湖', 2, 2, ['北湖']],
    ['到湘', 1, 1, ['湘']],
    ['发布通知', 0, 1, []],
  ])('%s at %i (min %i) → %j', (text, at, minLen, expected) => {
    const got = [...index().at(text, at, minLen)].map((r) => r.form);
    expect(got).toEqual(expected);
    expect(got).toEqual(reference(text, at, minLen));
  });

  it.each([['江南省水利厅与北湖市、浙湘两地的江北区'], ['北湖北湖市江南江北水利厅']])(
    'matches the every-length scan at every position of %s',
    (text) => {
      const ix = index();
      for (let at = 0; at < text.length; at++)
        for (const minLen of [1, 2])
          expect([...ix.at(text, at, minLen)].map((r) => r.form)).toEqual(reference(text, at, minLen));
    },
  );
});

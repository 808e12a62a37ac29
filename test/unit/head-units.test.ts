import { describe, expect, it } from 'vitest';
import type { Lexicons } from '../../ingest/lexicons/index.ts';
import type { Unit } from '../../ingest/recognize/extend.ts';
import { headUnits, orgHeadsAt, programHeadsAt, zoneHeadsAt } from '../../ingest/recognize/suffixes.ts';

const lex = {
  orgSuffixes: [{ suffix: '科技局', strong: true }],
  programSuffixes: [{ suffix: '行动', kind: 'scheme' }],
  zoneSuffixes: ['示范区'],
} as unknown as Lexicons;

/** Units of a text cut at the given lengths. */
function cut(text: string, lengths: number[]): Unit[] {
  let at = 0;
  return lengths.map((n) => {
    const u = { word: text.slice(at, at + n), tag: 'n', start: at, end: at + n };
    at += n;
    return u;
  });
}

// The head rules look only at the units headUnits gives: it must keep every unit some head may end.
describe('headUnits', () => {
  it.each([
    ['市科技局开展专项行动', [1, 3, 2, 2, 2]],
    ['建设先行示范区和园区', [2, 2, 3, 1, 2]],
    ['没有任何名称', [2, 2, 2]],
  ])('%s', (text, lengths) => {
    const list = cut(text, lengths);
    const expected = list.flatMap((u, h) =>
      orgHeadsAt(lex, text, u.end).length > 0 ||
      programHeadsAt(lex, text, u.end).length > 0 ||
      zoneHeadsAt(lex, u.word, u.word.length).length > 0
        ? [h]
        : [],
    );
    expect(headUnits(lex, text, list)).toEqual(expected);
  });

  it('keeps an empty word, which every zone head may end', () => {
    const list = [{ word: '', tag: 'x', start: 0, end: 0 }];
    expect(headUnits(lex, '', list)).toEqual([0]);
  });
});

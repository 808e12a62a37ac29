import { describe, expect, it } from 'vitest';
import { spanAt } from '../../ingest/recognize/candidate.ts';
import type { Span } from '../../ingest/types.ts';

/** The answer by looking at every span: the last one covering the character. */
function byScan(spans: readonly Span[], at: number): number {
  let found = -1;
  spans.forEach((s, k) => {
    if (s.start <= at && at < s.end) found = k;
  });
  return found;
}

const span = (start: number, end: number): Span => ({ start, end });

describe('spanAt', () => {
  it.each([
    ['tiled', [span(0, 3), span(3, 5), span(5, 7)]],
    ['with gaps', [span(1, 3), span(4, 5), span(8, 9)]],
    ['with an empty span', [span(0, 3), span(3, 3), span(3, 6)]],
    ['overlapping', [span(0, 4), span(2, 6), span(5, 7)]],
    ['out of order', [span(4, 6), span(0, 2), span(2, 4)]],
    ['none', []],
  ])('%s', (_name, spans) => {
    for (let at = -1; at <= 10; at++) expect(spanAt(spans, at)).toBe(byScan(spans, at));
  });
});

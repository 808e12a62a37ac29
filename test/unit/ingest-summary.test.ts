import { describe, expect, it } from 'vitest';
import { emptySummary } from '../../ingest/run.ts';
import { formatSummary, summarize } from '../../src/cli/ingest.ts';

const graph = { nodes: 590, relationships: 860, entities: 132, relations: 117 };

describe('the ingest summary', () => {
  it('counts documents per status and docs/s over everything processed', () => {
    const s = {
      ...emptySummary(),
      new: 20,
      changed: 2,
      skipped: 2,
      failed: 1,
      entities: 150,
      relations: 110,
      ms: 6000,
    };
    const out = summarize(s, graph);
    expect(out.documents).toEqual({ new: 20, changed: 2, rewritten: 0, skipped: 2, failed: 1 });
    expect(out.docsPerSecond).toBe(4); // 24 processed (failed excluded) in 6 s
    expect(formatSummary(out).split('\n')[0]).toBe('documents: 20 new, 2 changed, 2 skipped, 1 failed');
  });

  it.each([
    [0, ''],
    [3, ', 3 rewritten (--force)'],
  ])('mentions forced rewrites only when there are some (%i)', (rewritten, tail) => {
    const text = formatSummary(summarize({ ...emptySummary(), rewritten, ms: 1000 }, graph));
    expect(text.split('\n')[0]).toBe(`documents: 0 new, 0 changed, 0 skipped, 0 failed${tail}`);
  });
});

import { describe, expect, it } from 'vitest';
import { chart } from '../../bench/plot.ts';
import { percentile } from '../../bench/stats.ts';

describe('benchmark helpers', () => {
  it.each([
    [50, 3],
    [95, 5],
    [99, 5],
    [0, 1],
    [20, 1],
    [21, 2],
  ])('nearest-rank percentile p%i of 1..5 is %i', (p, expected) => {
    expect(percentile([5, 3, 1, 4, 2], p)).toBe(expected);
  });

  it('gives NaN for an empty sample rather than a made-up number', () => {
    expect(percentile([], 50)).toBeNaN();
  });

  it('draws one line per series and skips points a log scale cannot show', () => {
    const svg = chart({
      title: 'Time vs corpus size',
      xLabel: 'documents',
      yLabel: 'seconds',
      series: [
        {
          label: 'extract',
          color: '#111',
          points: [
            [1000, 2],
            [10000, 20],
            [100000, 200],
          ],
        },
        {
          label: 'load',
          color: '#222',
          points: [
            [1000, 5],
            [10000, null],
            [100000, 0],
          ],
        },
      ],
    });
    expect(svg.match(/<path /g)).toHaveLength(1);
    expect(svg.match(/<circle /g)).toHaveLength(4);
    expect(svg).toContain('>100k<');
  });
});

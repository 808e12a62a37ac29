import { describe, expect, it } from 'vitest';
import type { RegionEntry } from '../../ingest/lexicons/index.ts';
import type { RecognizerTables } from '../../ingest/recognize/tables.ts';
import type { DocPlaces } from '../../ingest/resolve/context.ts';
import { type ResolveFn, ResolveMemo } from '../../ingest/resolve/memo.ts';
import type { Mention } from '../../ingest/types.ts';

const place = (id: string, name: string) => ({ id, name }) as RegionEntry;
const hubei = place('region:420000', '湖北省');
const hunan = place('region:430000', '湖南省');
const wuhan = place('region:420100', '武汉市');
const yichang = place('region:420500', '宜昌市');

const mention = (surface: string, rule = 'level+agency'): Mention => ({
  sentence: 0,
  start: 0,
  end: surface.length,
  surface,
  type: 'Organization',
  rule,
  confidence: 0.8,
});

/** A stand-in for resolveMention: 省… reads the province only, 市… the city only; counts its calls. */
function counting() {
  let calls = 0;
  const resolve: ResolveFn = (m, _t, places) => {
    calls++;
    const r = m.surface.startsWith('省') ? places.province : places.city;
    if (!r) return undefined;
    const name = r.name + m.surface.slice(1);
    return { id: `org:${name}`, type: 'Organization', name, confidence: m.confidence, within: r.id };
  };
  return { memo: new ResolveMemo(resolve, {} as RecognizerTables), calls: () => calls };
}

describe('ResolveMemo', () => {
  it('resolves again only when a place the resolution read differs', () => {
    const { memo, calls } = counting();
    const inWuhan: DocPlaces = { province: hubei, city: wuhan };
    const inYichang: DocPlaces = { province: hubei, city: yichang };
    expect(memo.get(mention('省发改委'), inWuhan)?.name).toBe('湖北省发改委');
    // Same province, another city: 省… read only the province.
    expect(memo.get(mention('省发改委'), inYichang)?.name).toBe('湖北省发改委');
    expect(calls()).toBe(1);
    expect(memo.get(mention('省发改委'), { province: hunan, city: wuhan })?.name).toBe('湖南省发改委');
    expect(calls()).toBe(2);
    expect(memo.get(mention('市发改委'), inWuhan)?.name).toBe('武汉市发改委');
    expect(memo.get(mention('市发改委'), inYichang)?.name).toBe('宜昌市发改委');
    expect(calls()).toBe(4);
  });

  it('keeps apart rules of one surface, and remembers that nothing was resolved', () => {
    const { memo, calls } = counting();
    expect(memo.get(mention('省发改委'), {})).toBeUndefined();
    expect(memo.get(mention('省发改委'), {})).toBeUndefined();
    expect(calls()).toBe(1);
    memo.get(mention('省发改委', 'region+agency'), {});
    expect(calls()).toBe(2);
  });
});

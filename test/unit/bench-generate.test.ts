import { describe, expect, it } from 'vitest';
import { loadGazetteer, shortName } from '../../bench/corpus/gazetteer.ts';
import { generateCorpus, generateDoc } from '../../bench/corpus/generate.ts';
import { createRandom } from '../../bench/corpus/random.ts';

const gaz = loadGazetteer();

describe('benchmark corpus generator', () => {
  it('gives the same corpus for the same seed', () => {
    const a = [...generateCorpus(gaz, { seed: 7, count: 50 })];
    const b = [...generateCorpus(gaz, { seed: 7, count: 50 })];
    expect(b).toEqual(a);
  });

  it('gives a different corpus for another seed', () => {
    const a = [...generateCorpus(gaz, { seed: 7, count: 20 })].map((d) => d.text);
    const b = [...generateCorpus(gaz, { seed: 8, count: 20 })].map((d) => d.text);
    expect(b).not.toEqual(a);
  });

  it('makes document n the same whatever the corpus size, so 1k is a prefix of 10k', () => {
    const small = [...generateCorpus(gaz, { seed: 3, count: 10 })];
    const tail = [...generateCorpus(gaz, { seed: 3, count: 5, from: 5 })];
    expect(tail).toEqual(small.slice(5));
    expect(generateDoc(gaz, 3, 9)).toEqual(small[9]);
  });

  it.each(['dense', 'bulletin'] as const)('fills every slot and dates every document (%s)', (profile) => {
    for (const doc of generateCorpus(gaz, { seed: 11, count: 200, profile })) {
      expect(doc.text).not.toMatch(/[{}]/);
      expect(doc.title).not.toMatch(/[{}]/);
      expect(doc.date).toMatch(/^20\d\d-\d\d-\d\d$/);
    }
  });

  it('writes bulletin documents longer and sparser in relation words than dense ones', () => {
    const relationWords = /签署|签订|共建|共同建设|试点|上线|印发|发布了|联合|会同/g;
    const measure = (profile: 'dense' | 'bulletin') => {
      const docs = [...generateCorpus(gaz, { seed: 5, count: 300, profile })];
      const chars = docs.reduce((n, d) => n + d.text.length, 0);
      const hits = docs.reduce((n, d) => n + (d.text.match(relationWords)?.length ?? 0), 0);
      return { charsPerDoc: chars / docs.length, hitsPer1k: (hits * 1000) / chars };
    };
    const dense = measure('dense');
    const bulletin = measure('bulletin');
    expect(bulletin.charsPerDoc).toBeGreaterThan(dense.charsPerDoc * 1.3);
    expect(bulletin.hitsPer1k).toBeLessThan(dense.hitsPer1k / 2);
  });

  it('keeps the dense profile the default, and ids apart between profiles', () => {
    expect(generateDoc(gaz, 3, 4)).toEqual(generateDoc(gaz, 3, 4, 'dense'));
    expect(generateDoc(gaz, 3, 4, 'bulletin').doc).not.toBe(generateDoc(gaz, 3, 4).doc);
  });

  it.each([
    ['上海市', '上海'],
    ['内蒙古自治区', '内蒙古'],
    ['广西壮族自治区', '广西'],
    ['新疆维吾尔自治区', '新疆'],
    ['苏州市', '苏州'],
    ['沙市', '沙市'],
    ['兴安盟', '兴安盟'],
  ])('shortens %s to %s', (name, short) => {
    expect(shortName(name)).toBe(short);
  });

  it('samples without repeats', () => {
    const picked = createRandom(1).sample(['甲', '乙', '丙', '丁'], 4);
    expect(new Set(picked).size).toBe(4);
  });
});

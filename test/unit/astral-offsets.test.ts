import { describe, expect, it } from 'vitest';
import { createContext, createPipeline } from '../../ingest/index.ts';
import { normalizeText } from '../../ingest/normalize.ts';
import { splitSentences } from '../../ingest/split.ts';
import { buildBatch } from '../../ingest/write/batch.ts';

// Characters outside the BMP take two UTF-16 units; offsets index text like a string, unit by unit.
describe('normalizeText offsets around characters outside the BMP', () => {
  it.each([
    ['an emoji is copied, its two units map to the raw pair', '📢江苏省', '📢江苏省', [0, 1, 2, 3, 4, 5]],
    ['an extension B ideograph is copied', '𠮷田厅长', '𠮷田厅长', [0, 1, 2, 3, 4, 5]],
    ['two pairs in a row', '𬌗𠮷市', '𬌗𠮷市', [0, 1, 2, 3, 4, 5]],
    ['a pair after a dropped CR', '𠮷。\r\n江', '𠮷。\n江', [0, 1, 2, 4, 5, 6]],
    ['traditional → extension B: both units map to the BMP character', '澫江市', '𬇕江市', [0, 0, 1, 2, 3]],
    ['traditional → extension B, then a raw pair', '晛𠮷', '𬀪𠮷', [0, 0, 1, 2, 3]],
    ['a pair folded to a BMP character (NFKC) takes one unit', '\u{2F800}水市', '丽水市', [0, 2, 3, 4]],
  ])('%s', (_name, raw, text, offsets) => {
    const out = normalizeText(raw);
    expect(out.text).toBe(text);
    expect(out.offsets).toEqual(offsets);
  });

  it('maps every unit of a mixed text onto the raw character it came from', () => {
    const raw = '😀 6 月 1 日，𠮷野縣與澫江市簽署協議。\r\n第二段🇨🇳結束。';
    const { text, offsets } = normalizeText(raw);
    expect(offsets).toHaveLength(text.length + 1);
    expect(offsets[text.length]).toBe(raw.length);
    for (let i = 0; i < text.length; ) {
      const cp = text.codePointAt(i)!;
      const width = cp > 0xffff ? 2 : 1;
      const from = offsets[i]!;
      const rawChar = String.fromCodePoint(raw.codePointAt(from)!);
      // Whitespace maps onto whitespace it replaced (a joined line break); checked by the tables above.
      if (/\s/.test(text[i]!)) {
        i++;
        continue;
      }
      expect(normalizeText(rawChar).text).toBe(String.fromCodePoint(cp));
      if (width === 2 && rawChar.length === 2) expect(offsets[i + 1]).toBe(from + 1);
      i += width;
    }
  });
});

describe('splitSentences around characters outside the BMP', () => {
  it.each([
    ['a sentence after an emoji', '📢通知。江苏省发布。', ['📢通知。', '江苏省发布。']],
    ['a sentence ending in a raw pair', '来自𠮷。下一句𬌗', ['来自𠮷。', '下一句𬌗']],
    ['a sentence ending in a converted character', '第一句。地名澫', ['第一句。', '地名澫']],
    ['a sentence ending in a pair folded to BMP', '第一句。地名\u{2F800}', ['第一句。', '地名\u{2F800}']],
  ])('%s', (_name, raw, expected) => {
    const { text, offsets } = normalizeText(raw);
    const sentences = splitSentences(text, offsets, raw);
    expect(sentences.map((s) => raw.slice(s.orig.start, s.orig.end))).toEqual(expected);
  });
});

describe('mentions and evidence cut from the raw text', () => {
  const ctx = createContext({ overridesPath: '/nonexistent.json' });
  const pipeline = createPipeline({}, ctx);
  const meta = { pipelineVersion: '9.9.9', ingestedAt: '2026-06-01T08:00:00.000Z' };

  it.each([
    [
      'an emoji',
      '🎉江苏省科学技术厅与安徽省科学技术厅签署合作协议。',
      ['江苏省科学技术厅', '安徽省科学技术厅'],
    ],
    [
      'a rare ideograph',
      '𠮷田先生到访后，江苏省科学技术厅与安徽省科学技术厅签署合作协议。',
      ['江苏省科学技术厅', '安徽省科学技术厅'],
    ],
    [
      'traditional text that simplifies outside the BMP',
      '暐晛到訪後，江蘇省科學技術廳與安徽省科學技術廳簽署合作協議。',
      ['江蘇省科學技術廳', '安徽省科學技術廳'],
    ],
  ])('%s before the names', (_name, raw, names) => {
    const doc = pipeline({ id: 'astral', source: 'astral', raw });
    const batch = buildBatch(doc, meta);
    const cut = batch.mentions.map((m) => raw.slice(m.start, m.end));
    for (const name of names) expect(cut).toContain(name);
    // The whole document is one sentence: its evidence is the raw text as written.
    expect(batch.sentences.map((s) => s.text)).toEqual([raw]);
  });
});

import { describe, expect, it } from 'vitest';
import { createContext } from '../../ingest/index.ts';
import { loadLexicons } from '../../ingest/lexicons/index.ts';
import { loadJieba, tagSentences, tagText, userDictionary } from '../../ingest/segment.ts';

createContext({ overridesPath: '/nonexistent.json' });

describe('segmentation with the project dictionaries', () => {
  it.each([
    ['省工信厅印发通知', '工信厅'],
    ['临港新片区发布政策', '临港新片区'],
    ['人社部召开会议', '人社部'],
  ])('keeps %s whole', (text, word) => {
    expect(tagText(text).map((t) => t.word)).toContain(word);
  });

  it('does not let a county name split a common word (上海/城市, not 上/海城市)', () => {
    expect(tagText('上海城市运行').map((t) => t.word)).not.toContain('海城市');
  });

  it('gives tokens offsets relative to the base', () => {
    const tokens = tagText('江苏省工信厅', 10);
    expect(tokens[0]).toMatchObject({ start: 10 });
    expect(tokens.at(-1)!.end).toBe(16);
  });

  it('loads jieba once: a second load returns the same instance', () => {
    expect(loadJieba(['/nonexistent.dict'])).toBe(loadJieba());
  });

  it('writes "word freq tag" lines for places and bodies', () => {
    const lines = userDictionary(loadLexicons()).split('\n');
    expect(lines).toContain('江苏省 2000 ns');
    expect(lines).toContain('工信厅 2000 nt');
    expect(lines.every((l) => l === '' || /^\S+ \d+ (ns|nt)$/.test(l))).toBe(true);
  });
});

describe('tagging through cut and the dictionary tables', () => {
  const texts = [
    '上海市科学技术委员会与江苏省工信厅签署合作协议',
    '2025年6月,中国宝武钢铁集团在浦东新区启动AI+制造试点,投资12.5亿元',
    '“长三角一体化”示范区管委会与富滇银行联合发布《实施方案》',
    'Open Data平台上线, 用户 CDO 制度 100% 覆盖……',
    '他说:“会议很成功。”随后离开',
  ];

  it.each(texts)('gives the words and tags jieba tag gives: %s', (text) => {
    const expected = loadJieba().tag(text);
    const tokens = tagText(text);
    // unglue and splitState reshape a few tokens; compare where they leave jieba's words alone.
    const plain = tokens.filter((t) => expected.some((e) => e.word === t.word));
    for (const t of plain) {
      const e = expected.find((x) => x.word === t.word)!;
      expect([t.word, t.tag]).toEqual([e.word, e.tag]);
    }
    expect(tokens.map((t) => t.word).join('')).toBe(text);
  });

  it('tags a document in one call exactly as sentence by sentence', () => {
    let start = 0;
    const sentences = texts.map((text, index) => {
      const s = {
        index,
        start,
        end: start + text.length,
        text,
        orig: { start, end: start + text.length },
        tokens: [],
      };
      start += text.length + 1;
      return s;
    });
    expect(tagSentences(sentences)).toEqual(sentences.map((s) => tagText(s.text, s.start)));
  });
});

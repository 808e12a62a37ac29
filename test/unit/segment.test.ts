import { describe, expect, it } from 'vitest';
import { createContext } from '../../ingest/index.ts';
import { loadLexicons } from '../../ingest/lexicons/index.ts';
import { loadJieba, tagText, userDictionary } from '../../ingest/segment.ts';

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

import { describe, expect, it } from 'vitest';
import { splitArticles } from '../../ingest/articles.ts';
import { normalizeText } from '../../ingest/normalize.ts';
import { splitSentences } from '../../ingest/split.ts';

describe('splitSentences', () => {
  it.each([
    ['甲地召开会议。乙地发布通知！丙地呢?', ['甲地召开会议。', '乙地发布通知!', '丙地呢?']],
    ['他说:“要推进。”随后离开。', ['他说:“要推进。”', '随后离开。']],
    ['标题:\n第二段;还有', ['标题:', '第二段;', '还有']],
    ['  前后空白  。', ['前后空白。']],
  ])('%s', (raw, expected) => {
    const { text, offsets } = normalizeText(raw);
    expect(splitSentences(text, offsets, raw).map((s) => s.text)).toEqual(expected);
  });

  it('points each sentence back at the text as written', () => {
    const raw = '６ 月 ２ 日，臺灣省舉行會議。\n\n— 2 —\n\n福建省發布通知。';
    const { text, offsets } = normalizeText(raw);
    const sentences = splitSentences(text, offsets, raw);
    expect(sentences.map((s) => raw.slice(s.orig.start, s.orig.end))).toEqual([
      '６ 月 ２ 日，臺灣省舉行會議。',
      '福建省發布通知。',
    ]);
  });
});

/** A bulletin as PDF converters leave it: section headings, titles ending in a space, wrapped lines. */
const BULLETIN = [
  ' 政策动态 ',
  '',
  '云南省发布数字经济发展行动计划 ',
  '',
  '6 月 3 日，云南省人民政府办公厅印发行动计划，提出',
  '',
  '到二〇二五年数字经济核心产业增加值显著提升的目标。 ',
  '',
  '计划明确了五个方面的重点任务，并要求各州市抓紧',
  '',
  '制定配套措施，确保各项任务按期完成并取得实效。 ',
  '',
  '— 2 — ',
  '',
  '昆明市启动政务服务改革试点 ',
  '',
  '近日，昆明市政务服务管理局启动改革试点工作，首批',
  '',
  '选取五个区县先行先试，探索可复制可推广的经验。 ',
  '',
  ' 区域合作 ',
  '',
  '滇黔两省签署交通合作协议 ',
  '',
  '云南省交通运输厅与贵州省交通运输厅日前签署合作',
  '',
  '协议，双方将共同推进省际通道建设，加快互联互通。 ',
  '',
].join('\n');

describe('splitArticles', () => {
  it('finds each item with its title and section', () => {
    const items = splitArticles(BULLETIN);
    expect(items.map((a) => [a.section, a.title])).toEqual([
      ['政策动态', '云南省发布数字经济发展行动计划'],
      ['政策动态', '昆明市启动政务服务改革试点'],
      ['区域合作', '滇黔两省签署交通合作协议'],
    ]);
  });

  it('gives spans of the raw text that start at the title and hold the whole body', () => {
    const items = splitArticles(BULLETIN);
    const bodies = items.map((a) => BULLETIN.slice(a.start, a.end));
    expect(bodies[0]).toMatch(/^云南省发布数字经济发展行动计划 [\s\S]*取得实效。 /);
    expect(bodies[1]).toMatch(/^昆明市启动[\s\S]*经验。 $/);
    expect(bodies[1]).not.toContain('区域合作');
    expect(bodies[2]).toMatch(/互联互通。 $/);
  });

  it('keeps a file without bulletin structure whole', () => {
    const text = '这是一篇普通的文章，没有标题行。\n第二段也很普通。';
    expect(splitArticles(text)).toEqual([
      { title: '这是一篇普通的文章，没有标题行。', start: 0, end: text.length },
    ]);
  });
});

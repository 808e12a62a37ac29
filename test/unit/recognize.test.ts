import { describe, expect, it } from 'vitest';
import { createContext, STAGES } from '../../ingest/index.ts';
import { createRunner } from '../../ingest/pipeline.ts';
import type { Candidate } from '../../ingest/recognize/candidate.ts';
import { selectLongest } from '../../ingest/recognize/overlap.ts';

const c = (start: number, end: number, rule = 'r', confidence = 0.5): Candidate => ({
  start,
  end,
  type: 'Organization',
  rule,
  confidence,
});

describe('selectLongest (longest match wins, no overlaps)', () => {
  it.each([
    ['国务院办公厅 beats 国务院', [c(0, 3), c(0, 6)], [[0, 6]]],
    [
      'disjoint spans all stay, in text order',
      [c(5, 8), c(0, 3)],
      [
        [0, 3],
        [5, 8],
      ],
    ],
    ['a longer span in the middle removes both overlapping ones', [c(0, 4), c(3, 9), c(8, 12)], [[3, 9]]],
    ['equal length: higher confidence wins', [c(0, 4, 'a', 0.5), c(2, 6, 'b', 0.9)], [[2, 6]]],
    ['equal length and confidence: the earlier wins', [c(2, 6), c(0, 4)], [[0, 4]]],
    [
      'touching spans do not overlap',
      [c(0, 3), c(3, 6)],
      [
        [0, 3],
        [3, 6],
      ],
    ],
    ['nothing in, nothing out', [], []],
  ])('%s', (_name, input, expected) => {
    expect(selectLongest(input).map((x) => [x.start, x.end])).toEqual(expected);
  });
});

const run = createRunner(
  STAGES.filter(
    (s) => s.name === 'normalize' || s.name === 'split' || s.name === 'segment' || s.name === 'recognize',
  ),
  createContext({ overridesPath: '/nonexistent.json' }),
);
// Generic names (rule "generic") wait for resolution to decide whether they are short forms.
const mentions = (text: string) =>
  (run({ id: 't', source: 't', raw: text }).mentions ?? [])
    .filter((m) => m.rule !== 'generic')
    .map((m) => `${m.type[0]}:${m.surface}`);

describe('recognition rule families', () => {
  it.each([
    ['gazetteer full and short names', '江苏省南京市和无锡联合发布', ['R:江苏省', 'R:南京市', 'R:无锡']],
    ['province abbreviations only in runs', '沪苏浙皖四地合作', ['R:沪', 'R:苏', 'R:浙', 'R:皖']],
    ['a lone abbreviation is no place', '苏醒的城市', []],
    ['a place name must fit the words (上海/市场)', '上海市场活跃', ['R:上海']],
    ['named multi-province regions', '京津冀与长江经济带协同', ['R:京津冀', 'R:长江经济带']],
    ['region + agency', '重庆市科技局召开会议', ['R:重庆市', 'O:重庆市科技局']],
    ['level prefix + agency', '省工信厅发布通知', ['O:省工信厅']],
    ['bank + place + branch', '人民银行长沙中心支行推出新政', ['O:人民银行长沙中心支行', 'R:长沙']],
    [
      'conjunction inside a lab name',
      '材料成形与模具技术国家重点实验室成立',
      ['O:材料成形与模具技术国家重点实验室'],
    ],
    [
      'conjunction between two bodies splits them',
      '上海市科委与重庆市科技局签约',
      ['R:上海市', 'O:上海市科委', 'R:重庆市', 'O:重庆市科技局'],
    ],
    ['a generic name alone names nothing', '国家重点实验室和研究平台', []],
    ['generic words glued by jieba are still generic', '建设一批公共服务平台', []],
    ['an exhortation is no market', '充分发挥市场作用', []],
    ['科技部门 is not 科技部', '沪渝科技部门签署协议', ['R:沪', 'R:渝']],
    ['title in 《》', '印发《数字政府建设方案》', ['P:《数字政府建设方案》']],
    ['quoted + scheme word', '深化“证照分离”改革', ['P:“证照分离”改革']],
    ['quoted after a policy verb', '继续实施“双控”', ['P:“双控”']],
    ['a quoted figure of speech is no program', '打造改革“试验田”', []],
    ['a quoted everyday noun after a policy verb is no program', '持续开展人才“帽子”清理', []],
    ['pattern word with a specific modifier', '上线企业登记信息服务平台', ['P:企业登记信息服务平台']],
    [
      'an action before a program name is cut off',
      '全面实施重型柴油车国六排放标准',
      ['P:重型柴油车国六排放标准'],
    ],
    ['a development goal is a program', '建设上海国际金融中心', ['P:上海国际金融中心', 'R:上海']],
    ['a nationally known initiative', '全面推进乡村振兴', ['P:乡村振兴']],
    ['a law by its name', '依据中华人民共和国公证法和数据安全法', ['P:中华人民共和国公证法', 'P:数据安全法']],
    ['方法 and 执法 are no laws', '改进工作方法，严格执法', []],
    ['a zone named after a place', '杭州高新技术产业开发区发布政策', ['R:杭州', 'R:杭州高新技术产业开发区']],
    ['a known zone inside a longer place name', '成都天府新区召开会议', ['R:成都', 'R:天府新区']],
    ['no zone across an action', '江苏省推进开发区建设', ['R:江苏省']],
    ['free trade zone by name', '中国(湖南)自由贸易试验区揭牌', ['R:中国(湖南)自由贸易试验区']],
  ])('%s: %s', (_name, text, expected) => {
    expect(mentions(text).sort()).toEqual([...expected].sort());
  });
});

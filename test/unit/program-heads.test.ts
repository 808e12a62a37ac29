import { describe, expect, it } from 'vitest';
import { createContext, STAGES } from '../../ingest/index.ts';
import { createRunner } from '../../ingest/pipeline.ts';

// Program names made of a quoted slogan and its head word, and unquoted joint-action heads.
const run = createRunner(
  STAGES.filter((s) => s.name !== 'relate'),
  createContext({ overridesPath: '/nonexistent.json' }),
);
const names = (text: string, type: string) =>
  (run({ id: 't', source: 't', raw: text }).entities ?? []).filter((e) => e.type === type).map((e) => e.name);

describe('a quoted slogan and its head are one program', () => {
  it.each([
    ['a mode after a few words of its kind', '青海省推行“一窗通办”线上审批模式。', '“一窗通办”线上审批模式'],
    ['a service right after the quote', '该行打造“税务+信贷”服务。', '“税务+信贷”服务'],
    ['a mechanism right after the quote', '两县建立“河长+检察长”机制。', '“河长+检察长”机制'],
    ['a service named by its kind', '长沙市试点“一码通行”便民服务。', '“一码通行”便民服务'],
    ['a paired joint action needs no quote', '两省建立流域联防联控机制。', '流域联防联控机制'],
    ['a joint training agreement', '两所学院签订博士生联合培养协议。', '博士生联合培养协议'],
    ['a joint research plan', '两省启动盐湖资源联合攻关计划。', '盐湖资源联合攻关计划'],
    ['a comprehensive reform pilot keeps 试点', '江西开展农村产权综合改革试点。', '农村产权综合改革试点'],
    ['a named area opens a short program name', '珠三角协同创新平台启用。', '珠三角协同创新平台'],
    ['mutual recognition of titles', '两地推进专业技术职称互认。', '专业技术职称互认'],
  ])('%s', (_name, text, program) => {
    expect(names(text, 'Program')).toContain(program);
  });

  it.each([
    ['an everyday mechanism is no program', '完善考核评价机制。', '考核评价机制'],
    ['a market of a named area is no program', '做大珠三角碳汇市场。', '珠三角碳汇市场'],
    [
      'a platform between quote and head is its own program',
      '上线“赣税贷”平台服务企业。',
      '“赣税贷”平台服务',
    ],
  ])('%s', (_name, text, wrong) => {
    expect(names(text, 'Program')).not.toContain(wrong);
  });

  it.each([
    [
      'a public-service body keeps its joined name',
      '自治区政务服务和大数据中心发布通知。',
      '自治区政务服务和大数据中心',
    ],
  ])('%s', (_name, text, org) => {
    expect(names(text, 'Organization')).toContain(org);
  });
});

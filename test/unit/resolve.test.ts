import { describe, expect, it } from 'vitest';
import { createContext, STAGES } from '../../ingest/index.ts';
import { createRunner } from '../../ingest/pipeline.ts';
import type { RecognizerTables } from '../../ingest/recognize/tables.ts';
import { canonicalOrg, expandAbbreviation, nameKey } from '../../ingest/resolve/canonical.ts';
import type { DocPlaces } from '../../ingest/resolve/context.ts';
import { abbreviates } from '../../ingest/resolve/coref.ts';

const ctx = createContext({ overridesPath: '/nonexistent.json' });
const tables = ctx.recognizer as RecognizerTables;
const run = createRunner(
  STAGES.filter((s) => s.name !== 'relate'),
  ctx,
);
const entities = (text: string, id = 'doc') => run({ id, source: id, raw: text }).entities ?? [];
const region = (id: string) => tables.lex.regionById.get(id);

describe('expandAbbreviation (a data table, not code)', () => {
  it.each([
    ['科委', '科学技术委员会'],
    ['工信厅', '工业和信息化厅'],
    ['发改委', '发展和改革委员会'],
    ['人社厅', '人力资源和社会保障厅'],
    ['卫健委', '卫生健康委员会'],
    ['市场监管局', '市场监督管理局'],
    ['教委科技发展中心', '教育委员会科技发展中心'],
    ['财政厅', '财政厅'],
    ['联合产权交易所', '联合产权交易所'],
  ])('%s → %s', (short, full) => {
    expect(expandAbbreviation(short, tables)).toBe(full);
  });
});

describe('canonicalOrg', () => {
  const jiangsu: DocPlaces = { province: region('region:320000'), city: region('region:320100') };
  const shanghai: DocPlaces = { province: region('region:310000'), city: region('region:310000') };
  it.each([
    ['江苏省工信厅', {}, '江苏省工业和信息化厅', 'region:320000'],
    ['省工信厅', jiangsu, '江苏省工业和信息化厅', 'region:320000'],
    ['市经济信息中心', shanghai, '上海市经济信息中心', 'region:310000'],
    ['上海市经济信息委', {}, '上海市经济和信息化委员会', 'region:310000'],
    ['重庆科技局', {}, '重庆市科学技术局', 'region:500000'],
    ['人社部', {}, '中华人民共和国人力资源和社会保障部', undefined],
    ['上海交大', {}, '上海交通大学', 'region:310000'],
    ['人民银行长沙中心支行', {}, '中国人民银行长沙中心支行', 'region:430100'],
    ['上海联合产权交易所', {}, '上海联合产权交易所', 'region:310000'],
  ])('%s', (surface, places, name, within) => {
    expect(canonicalOrg(surface, tables, places as DocPlaces)).toEqual({ name, within });
  });
});

describe('resolution in documents', () => {
  it('completes 省工信厅 with the article province and keeps the short form as an alias', () => {
    const got = entities('江苏省推进数字化转型。省工信厅印发通知，江苏省工信厅负责落实。');
    const org = got.find((e) => e.type === 'Organization')!;
    expect(org).toMatchObject({
      id: 'org:江苏省工业和信息化厅',
      name: '江苏省工业和信息化厅',
      within: 'region:320000',
    });
    expect(org.aliases.sort()).toEqual(['江苏省工信厅', '省工信厅']);
  });

  it.each([
    ['区 → the article district', '杭州市西湖区召开会议，区发改委参加。', ['西湖区发展和改革委员会']],
    ['no province named: 省工信厅 names no one', '省工信厅发布通知。', []],
  ])('completes a level prefix: %s', (_name, text, orgs) => {
    expect(
      entities(text)
        .filter((e) => e.type === 'Organization')
        .map((e) => e.name),
    ).toEqual(orgs);
  });

  it('gives the same agency the same id in different documents', () => {
    const a = entities('浙江省科技厅召开会议。', 'a').find((e) => e.type === 'Organization');
    const b = entities('会议由浙江省科学技术厅主办。', 'b').find((e) => e.type === 'Organization');
    expect(a?.id).toBe('org:浙江省科学技术厅');
    expect(b?.id).toBe(a?.id);
  });

  it('gives regions their GB/T 2260 code ids, levels and parents', () => {
    const got = entities('苏州与浦东新区开展合作。');
    expect(got.find((e) => e.name === '苏州市')).toMatchObject({
      id: 'region:320500',
      level: 'city',
      within: 'region:320000',
    });
    expect(got.find((e) => e.name === '浦东新区')).toMatchObject({
      id: 'region:310115',
      level: 'county',
      within: 'region:310000',
    });
  });

  it('picks the place in the article province for an ambiguous name (朝阳区)', () => {
    const got = entities('吉林省长春市朝阳区召开会议。');
    expect(got.find((e) => e.name === '朝阳区')?.within).toBe('region:220100');
    const beijing = entities('北京市朝阳区召开会议。');
    expect(beijing.find((e) => e.name === '朝阳区')?.within).toBe('region:110000');
  });

  it.each([
    [
      'a short form of a full body name',
      '宁波市数字经济创新联盟成立。创新联盟将开展活动。',
      '宁波市数字经济创新联盟',
      '创新联盟',
    ],
    [
      'a quoted scheme and its bare name',
      '深化“多证合一”改革，继续推进“多证合一”。',
      '“多证合一”改革',
      '多证合一',
    ],
    [
      'a short title and the full title',
      '印发《关于加快数据要素市场建设的通知》。《通知》要求各地落实。',
      '《关于加快数据要素市场建设的通知》',
      '《通知》',
    ],
  ])('merges %s', (_name, text, name, alias) => {
    const got = entities(text).filter((e) => e.type !== 'Region');
    const e = got.find((x) => x.name === name);
    expect(e?.aliases).toContain(alias);
    expect(got.filter((x) => x.name === alias)).toEqual([]);
  });

  it('names a known initiative by its official name, whatever form the text uses', () => {
    const got = entities('推进乡村振兴。实施乡村振兴战略。').filter((e) => e.type === 'Program');
    expect(got).toMatchObject([{ id: 'program:乡村振兴战略', name: '乡村振兴战略', aliases: ['乡村振兴'] }]);
  });

  it('drops a generic name that is no short form of anything', () => {
    expect(entities('各地建设研究平台和创新联盟。')).toEqual([]);
  });
});

describe('nameKey', () => {
  it.each([
    ['“信易贷”', '信易贷'],
    ['《山东省公证服务指引(试行)》', '山东省公证服务指引'],
    ['企业 CDO 制度', '企业CDO制度'],
  ])('%s → %s', (name, key) => {
    expect(nameKey(name)).toBe(key);
  });
});

describe('abbreviates (first characters of the parts, same head)', () => {
  it.each([
    ['全国碳市场', '全国碳排放权交易市场', true],
    ['长三角联盟', '长江三角洲产业创新联盟', true],
    ['两证合一', '两评一证合一', false],
    ['碳市场', '全国碳排放权交易市场', false],
    ['全国碳平台', '全国碳排放权交易市场', false],
  ])('%s ⊂ %s: %s', (short, long, expected) => {
    expect(abbreviates(short, long)).toBe(expected);
  });
});

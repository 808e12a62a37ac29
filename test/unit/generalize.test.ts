import { describe, expect, it } from 'vitest';
import { createContext, STAGES } from '../../ingest/index.ts';
import { createRunner } from '../../ingest/pipeline.ts';
import { unglue } from '../../ingest/segment.ts';

// Naming patterns that carry over to provinces the dev set never shows: zones, areas, list joins.
const run = createRunner(
  STAGES.filter((s) => s.name !== 'relate'),
  createContext({ overridesPath: '/nonexistent.json' }),
);
const names = (text: string, type: string) =>
  (run({ id: 't', source: 't', raw: text }).entities ?? []).filter((e) => e.type === type);

describe('unglue (a conjunction jieba glued to an unknown name)', () => {
  it.each([
    ['与汉', 'x', ['与', '汉']],
    ['和泰', 'x', ['和', '泰']],
    ['和平', 'n', ['和平']],
    ['与', 'p', ['与']],
  ])('%s/%s', (word, tag, parts) => {
    expect(unglue(word, tag).map((p) => p.word)).toEqual(parts);
  });
});

describe('zones and areas as Regions', () => {
  it.each([
    [
      'a zone led by a proper noun, not a place',
      '横沙生态改革创新示范区管委会成立。',
      '横沙生态改革创新示范区',
    ],
    ['a base named for what it makes', '依托榆林能源化工基地发展。', '榆林能源化工基地'],
    ['a city cluster', '推动关中平原城市群建设。', '关中平原城市群'],
    ['a central business district', '建设贵阳中央商务区。', '贵阳中央商务区'],
    ['an economic development zone', '入驻铜仁经济开发区的企业。', '铜仁经济开发区'],
    [
      'a free trade zone area stays in one name',
      '中国（湖北）自由贸易试验区宜昌片区挂牌。',
      '中国(湖北)自由贸易试验区宜昌片区',
    ],
    [
      'a bare area in a free trade zone article',
      '湖北自贸试验区武汉片区、襄阳片区同步推进。',
      '中国(湖北)自由贸易试验区襄阳片区',
    ],
    ['a city and its district written together', '宁波北仑和广州黄埔开展试点。', '北仑区'],
    ['a zone name holding actions', '推进长吉图开发开放先导区建设。', '长吉图开发开放先导区'],
  ])('%s', (_name, text, region) => {
    expect(names(text, 'Region').map((e) => e.name)).toContain(region);
  });

  it.each([
    ['a zone wins over a program word inside it', '横沙生态改革创新示范区管委会成立。', '横沙生态改革'],
    ['a bare area is no prefecture', '湖北自贸试验区武汉片区、襄阳片区同步推进。', '襄阳片区'],
    ['a site of a company is no zone', '中国商飞上海总装基地投产。', '中国商飞上海总装基地'],
  ])('%s', (_name, text, wrong) => {
    const all = [...names(text, 'Region'), ...names(text, 'Program')].map((e) => e.name);
    expect(all).not.toContain(wrong);
  });

  it('keeps the compound as an alias of the district', () => {
    const e = names('宁波北仑和广州黄埔开展试点。', 'Region').find((x) => x.name === '北仑区');
    expect(e?.aliases).toContain('宁波北仑');
    expect(e?.within).toBe('region:330200');
  });
});

describe('organization names do not run across a join', () => {
  it.each([
    [
      'a zone body and a bank glued by jieba',
      '中国（湖北）自由贸易试验区宜昌片区管委会与汉口银行股份有限公司签署协议。',
      ['中国(湖北)自由贸易试验区宜昌片区管委会', '汉口银行股份有限公司'],
    ],
  ])('%s', (_name, text, orgs) => {
    expect(names(text, 'Organization').map((e) => e.name)).toEqual(orgs);
  });
});

describe('organization names: heads, lists and prefixes', () => {
  it.each([
    ['兵团 heads a body', '黑龙江生产建设兵团组建于当年。', '黑龙江生产建设兵团'],
    [
      'the last list item after 和 (集团股份/有限公司)',
      '联合江苏省产业技术研究院和苏州纳米集团股份有限公司组建。',
      '苏州纳米集团股份有限公司',
    ],
    [
      'the name reaches back to its place',
      '湖南省数字政府建设领导小组办公室印发通知。',
      '湖南省数字政府建设领导小组办公室',
    ],
    ['over an adjective too', '杭州市新能源发展委员会发布。', '杭州市新能源发展委员会'],
    ['a short office in 办', '江苏省政府港口物流办、浙江省商务厅共同签署。', '江苏省人民政府港口物流办'],
    [
      '自治区 + agency is the article autonomous region',
      '宁夏回族自治区人民政府印发通知，自治区乡村振兴局、自治区总工会负责落实。',
      '宁夏回族自治区乡村振兴局',
    ],
    [
      '自治区 + a body of the agency table',
      '宁夏回族自治区人民政府印发通知，自治区乡村振兴局、自治区总工会负责落实。',
      '宁夏回族自治区总工会',
    ],
    ['a brand with an adjective', '平台由海陆新干线运营有限公司承建。', '海陆新干线运营有限公司'],
  ])('%s', (_name, text, org) => {
    expect(names(text, 'Organization').map((e) => e.name)).toContain(org);
  });

  it.each([
    ['a joining verb tagged as a noun', '广西壮族自治区商务厅会同自治区乡村振兴局召开会议。', '会同'],
    ['办 as a verb', '为群众办实事，为企业解难题。', '办'],
  ])('does not cross %s', (_name, text, part) => {
    expect(names(text, 'Organization').filter((e) => e.name.includes(part))).toEqual([]);
  });
});

describe('a body name never runs over a list mark', () => {
  it.each([
    [
      '、 between a customs office and a bureau branch',
      '会同杭州海关、国家外汇管理局浙江省分局共同建设。',
      ['杭州海关', '国家外汇管理局浙江省分局'],
    ],
  ])('%s', (_name, text, orgs) => {
    expect(names(text, 'Organization').map((e) => e.name)).toEqual(orgs);
  });
});

describe('program names between an opening verb and the head', () => {
  it.each([
    ['先行先试 … 制度', '在三个园区先行先试企业研发费用加计扣除预缴制度。', '企业研发费用加计扣除预缴制度'],
    ['开发的 … 系统', '两家单位联合研发的农产品溯源监管系统上线。', '农产品溯源监管系统'],
    ['a quote with + inside a campaign', '同日启动“教授+工匠”人才培养行动。', '“教授+工匠”人才培养行动'],
    ['专区 as a head', '同日上线“苏皖通办”服务专区。', '“苏皖通办”服务专区'],
    ['any 协议 signed', '双方签订托管协议。', '托管协议'],
    ['a pilot whose name holds 建设', '两市将开展数据要素流通体系建设试点。', '数据要素流通体系建设试点'],
    ['a direction word leading a corridor', '三省共建西北陆港物流信息平台。', '西北陆港物流信息平台'],
    ['a reform pilot is the reform', '在全市开展“证照分离”改革试点。', '“证照分离”改革'],
  ])('%s', (_name, text, program) => {
    expect(names(text, 'Program').map((e) => e.name)).toContain(program);
  });

  it.each([
    ['a count of platforms names none', '到2026年建成20个数字化转型平台。', '数字化转型平台'],
    ['an opening verb is not inside', '深化落实“首问负责”改革举措。', '落实“首问负责”改革'],
    ['the pilot of a reform is no second program', '在全市开展“证照分离”改革试点。', '“证照分离”改革试点'],
  ])('%s', (_name, text, wrong) => {
    expect(names(text, 'Program').map((e) => e.name)).not.toContain(wrong);
  });
});

describe('one program told in two forms in one document', () => {
  it.each([
    [
      'a headline retells an agreement title shorter',
      '皖赣签署生态保护合作协议。6月3日，两省签署《共建皖赣边界生态保护协作区合作协议》。',
      '《共建皖赣边界生态保护协作区合作协议》',
      '生态保护合作协议',
    ],
    [
      'a platform with and without a modifier',
      '吉林上线“吉易贷”融资服务平台。“吉易贷”企业融资服务平台已接入20家银行。',
      '“吉易贷”企业融资服务平台',
      '“吉易贷”融资服务平台',
    ],
    [
      'the pilot and the scheme',
      '江西启动科研经费包干使用试点。首批高校先行先试科研经费包干使用制度。',
      '科研经费包干使用制度',
      '科研经费包干使用试点',
    ],
  ])('%s', (_name, text, name, alias) => {
    const got = names(text, 'Program');
    expect(got.find((e) => e.name === name)?.aliases).toContain(alias);
    expect(got.filter((e) => e.name === alias)).toEqual([]);
  });
});

describe('a place word inside a brand', () => {
  it.each([
    [
      'a brand word far from the article province is no place',
      '浙江省杭州市举行仪式，阿里云计算有限公司参加。',
      '阿里地区',
      false,
    ],
    [
      'a place inside a body of the article province is',
      '湖南省推进改革，人民银行长沙中心支行参加。',
      '长沙市',
      true,
    ],
    ['a named area inside a name is', '江苏省推进长三角科技创新共同体建设。', '长江三角洲地区', true],
  ])('%s', (_name, text, region, present) => {
    expect(names(text, 'Region').some((e) => e.name === region)).toBe(present);
  });

  it('does not place the brand body in the brand word', () => {
    const org = names('浙江省杭州市举行仪式，阿里云计算有限公司参加。', 'Organization')[0];
    expect(org?.name).toBe('阿里云计算有限公司');
    expect(org?.within).toBeUndefined();
  });
});

describe('short and official forms of a zone are one entity', () => {
  it.each([
    [
      '高新区 and 高新技术产业开发区',
      '兰州高新区发布通知。兰州高新技术产业开发区表示。',
      'Region',
      '兰州高新技术产业开发区',
      '兰州高新区',
    ],
    [
      '经开区 and 经济技术开发区',
      '宁波经开区和宁波经济技术开发区。',
      'Region',
      '宁波经济技术开发区',
      '宁波经开区',
    ],
    [
      'the zone body by either form',
      '兰州高新区管委会发布通知。兰州高新技术产业开发区管理委员会表示。',
      'Organization',
      '兰州高新区管委会',
      '兰州高新技术产业开发区管理委员会',
    ],
  ])('%s', (_name, text, type, name, alias) => {
    // The city the zone is named after is an entity of its own.
    const got = names(text, type).filter((e) => e.name.includes('区'));
    expect(got.map((e) => e.name)).toEqual([name]);
    expect(got[0]?.aliases).toContain(alias);
  });
});

describe('a body named after a zone sits in it', () => {
  it.each([
    [
      'a free trade zone area body',
      '中国（湖北）自由贸易试验区宜昌片区管委会发布通知。',
      'region:中国(湖北)自由贸易试验区宜昌片区',
    ],
    ['a high-tech zone body', '兰州高新区管委会发布通知。', 'region:兰州高新技术产业开发区'],
  ])('%s', (_name, text, within) => {
    expect(names(text, 'Organization')[0]?.within).toBe(within);
  });
});

describe('a body founded by name, and 市场 opening a compound', () => {
  it('takes the words between 组建 and a strong head as the name', () => {
    const orgs = names('三地共同组建闽东北协同发展科技成果转化联盟。', 'Organization').map((e) => e.name);
    expect(orgs).toContain('闽东北协同发展科技成果转化联盟');
  });

  it('names no program in 市场监管', () => {
    expect(names('苏浙两地市场监管部门建立协同机制。', 'Program')).toEqual([]);
  });
});

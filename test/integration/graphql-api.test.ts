import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../src/server/examples.ts';
import { DOC_PREFIX, fixtureSources, useFixtureServer } from './graphql-server.ts';

// The graph comes from test/fixtures/graph through the real pipeline and writer; every query goes
// over HTTP to the real app. Other files' data may share the database, so lists are checked for
// what they must contain, not for equality.

const fixture = useFixtureServer();

type Named = { name: string };
type Hop = { type: string; evidence: string | null; docTitle: string | null };
type Path = { length: number; nodes: Named[]; hops: Hop[] };

async function ok<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const { status, body } = await fixture.server.gql<T>(query, variables);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  expect(status).toBe(200);
  return body.data!;
}

describe('the analysts’ example questions (the IDE’s preloaded tabs)', () => {
  it('finds Shanghai bodies that signed with Chongqing bodies, with the sentence as evidence', async () => {
    type Row = Named & {
      signedAgreementWithConnection: {
        edges: { node: Named; properties: { evidence: string; docTitle: string | null } }[];
      };
    };
    const data = await ok<{ organizations: Row[] }>(EXAMPLES.shanghaiChongqingAgreements);
    const kw = data.organizations.find((o) => o.name === '上海市科学技术委员会');
    expect(kw).toBeDefined();
    const edge = kw!.signedAgreementWithConnection.edges.find((e) => e.node.name === '重庆市科学技术局');
    expect(edge?.properties.evidence).toContain('签署科技创新合作协议');
    expect(edge?.properties.docTitle).toBe('沪渝科技部门携手推进成果转化');
  });

  it('finds cooperation paths between 上海 and 重庆 within 4 hops, each hop with evidence', async () => {
    const { cooperationPaths } = await ok<{ cooperationPaths: Path[] }>(EXAMPLES.shanghaiChongqingPaths);
    expect(cooperationPaths.length).toBeGreaterThan(0);
    for (const p of cooperationPaths) {
      expect(p.length).toBeLessThanOrEqual(4);
      expect(p.hops).toHaveLength(p.length);
      expect(p.nodes[0]!.name).toBe('上海市');
      expect(p.nodes.at(-1)!.name).toBe('重庆市');
      // Cooperation hops always carry their sentence; gazetteer links (PART_OF) may have none.
      const cooperation = p.hops.filter((h) => h.type !== 'LOCATED_IN' && h.type !== 'PART_OF');
      expect(cooperation.length).toBeGreaterThan(0);
      expect(
        cooperation.every((h) => h.evidence),
        JSON.stringify(p),
      ).toBe(true);
    }
    const direct = cooperationPaths[0]!;
    expect(direct.nodes.map((n) => n.name)).toEqual([
      '上海市',
      '上海市科学技术委员会',
      '重庆市科学技术局',
      '重庆市',
    ]);
    expect(direct.hops.map((h) => h.type)).toEqual(['LOCATED_IN', 'SIGNED_AGREEMENT', 'LOCATED_IN']);
  });

  it('finds who co-built 长三角国家技术创新中心, on the sentence that says so', async () => {
    type Edge = { node: Named & { type: string }; properties: { evidence: string } };
    const data = await ok<{ entity: (Named & { coBuiltByConnection: { edges: Edge[] } })[] }>(
      EXAMPLES.coBuilders,
    );
    const centre = data.entity.find((e) => e.name === '长三角国家技术创新中心');
    const builders = centre!.coBuiltByConnection.edges;
    expect(builders.map((e) => e.node.name)).toEqual(
      expect.arrayContaining(['上海市', '江苏省', '浙江省', '安徽省']),
    );
    expect(builders.every((e) => e.properties.evidence.includes('共同建设'))).toBe(true);
  });

  it('finds the programs 江苏 pilots and where', async () => {
    type Region = Named & { parts: (Named & { pilots: Named[] })[] };
    const data = await ok<{ regions: Region[] }>(EXAMPLES.jiangsuPilots);
    const where = new Map(data.regions[0]!.parts.map((p) => [p.name, p.pilots.map((x) => x.name)]));
    // Matched by the quoted core: whether 试点 belongs to the program's name is the recognizer's call.
    const pilots = (city: string, core: string) =>
      (where.get(city) ?? []).some((name) => name.includes(core));
    expect(pilots('常州市', '数据知识产权登记')).toBe(true);
    expect(pilots('南通市', '数据知识产权登记')).toBe(true);
    expect(pilots('扬州市', '企业开办一网通办')).toBe(true);
    expect(pilots('扬州市', '数据知识产权登记')).toBe(false);
  });
});

describe('entity(name) resolves any alias', () => {
  it.each([
    ['上海市科委', 'org:上海市科学技术委员会'],
    ['上海市科学技术委员会', 'org:上海市科学技术委员会'],
    ['沪', 'region:310000'],
    ['渝', 'region:500000'],
    ['江苏', 'region:320000'],
    // Never written in the fixtures: found as 四川 + 省.
    ['四川', 'region:510000'],
    ['region:500000', 'region:500000'],
  ])('%s → %s', async (name, id) => {
    const data = await ok<{ entity: { id: string }[] }>('query($n: String!) { entity(name: $n) { id } }', {
      n: name,
    });
    expect(data.entity.map((e) => e.id)).toContain(id);
  });

  it('returns nothing for a name nobody uses', async () => {
    const data = await ok<{ entity: unknown[] }>('{ entity(name: "火星市科委") { id } }');
    expect(data.entity).toEqual([]);
  });

  it('follows relationships from a custom Cypher field (nested selection)', async () => {
    type E = { name: string; signedAgreementWith: Named[]; locatedIn: Named[] };
    const data = await ok<{ entity: E[] }>(
      '{ entity(name: "上海市科委") { name signedAgreementWith { name } locatedIn { name } } }',
    );
    expect(data.entity[0]!.signedAgreementWith.map((e) => e.name)).toContain('重庆市科学技术局');
    expect(data.entity[0]!.locatedIn.map((e) => e.name)).toEqual(['上海市']);
  });
});

describe('search(text) finds Chinese words, whole', () => {
  const SEARCH = 'query($t: String!) { search(text: $t) { id } }';
  it.each([
    ['科委', true],
    ['科学技术', true],
    ['上海市科学技术委员会', true],
    ['海市', false],
    ['市科', false],
    ['学技', false],
  ])('%s finds 上海市科学技术委员会: %s', async (text, found) => {
    const data = await ok<{ search: { id: string }[] }>(SEARCH, { t: text });
    expect(data.search.some((e) => e.id === 'org:上海市科学技术委员会')).toBe(found);
  });

  it('does not match across word boundaries: 海市 finds no 上海 entity', async () => {
    const data = await ok<{ search: { id: string }[] }>(SEARCH, { t: '海市' });
    expect(data.search.filter((e) => e.id === 'region:310000' || e.id.includes('上海'))).toEqual([]);
  });

  it.each([
    ['上海市科委', 'org:上海市科学技术委员会'],
    ['上海市', 'region:310000'],
    ['沪', 'region:310000'],
  ])('ranks the exact name or alias hit first: %s → %s', async (text, id) => {
    const data = await ok<{ search: { id: string }[] }>(SEARCH, { t: text });
    expect(data.search[0]?.id).toBe(id);
  });
});

describe('custom Cypher queries', () => {
  it('cooperationPaths keeps within maxHops and the asked types', async () => {
    const q = `query($h: Int!, $t: [String!]) { cooperationPaths(from: "上海", to: "重庆", maxHops: $h, types: $t) {
      length hops { type } } }`;
    const short = await ok<{ cooperationPaths: Path[] }>(q, { h: 2 });
    expect(short.cooperationPaths).toEqual([]);
    const coBuilt = await ok<{ cooperationPaths: Path[] }>(q, { h: 4, t: ['CO_BUILT'] });
    expect(coBuilt.cooperationPaths.length).toBeGreaterThan(0);
    for (const p of coBuilt.cooperationPaths) {
      const middle = p.hops.filter((h) => h.type !== 'LOCATED_IN' && h.type !== 'PART_OF');
      expect(middle.every((h) => h.type === 'CO_BUILT')).toBe(true);
    }
  });

  it('regionCooperation lists 重庆市 as a partner of 上海 with counts by type and dates', async () => {
    type Partner = {
      region: Named;
      total: number;
      byType: { type: string; count: number }[];
      firstDate: string;
    };
    const data = await ok<{ regionCooperation: Partner[] }>(
      '{ regionCooperation(region: "上海") { region { name } total byType { type count } firstDate lastDate } }',
    );
    const cq = data.regionCooperation.find((p) => p.region.name === '重庆市');
    const types = Object.fromEntries(cq!.byType.map((b) => [b.type, b.count]));
    expect(types.SIGNED_AGREEMENT).toBeGreaterThanOrEqual(1);
    expect(types.CO_BUILT).toBeGreaterThanOrEqual(1);
    expect(cq!.total).toBe(cq!.byType.reduce((s, b) => s + b.count, 0));
    expect(cq!.firstDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('neighborhood returns drawable nodes and edges that only link drawn nodes', async () => {
    type N = {
      nodes: { id: string; type: string; name: string; aliases: string[] }[];
      edges: { source: string; target: string; type: string }[];
    };
    const data = await ok<{ neighborhood: N }>(
      '{ neighborhood(id: "上海市科委", depth: 2, limit: 12) { nodes { id type name aliases } edges { id type source target evidence docId docTitle date sentenceId rule confidence } } }',
    );
    const { nodes, edges } = data.neighborhood;
    expect(nodes[0]!.id).toBe('org:上海市科学技术委员会');
    expect(nodes[0]!.aliases).toContain('上海市科委');
    expect(nodes.length).toBeLessThanOrEqual(12);
    expect(nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['org:重庆市科学技术局', 'region:310000']));
    const ids = new Set(nodes.map((n) => n.id));
    expect(edges.length).toBeGreaterThan(0);
    expect(edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
  });

  it('timeline lists the facts about 上海市科委 in date order', async () => {
    type Ev = { date: string | null; type: string; other: Named };
    const data = await ok<{ timeline: Ev[] }>(
      '{ timeline(entity: "上海市科委") { date type other { name } outgoing } }',
    );
    expect(data.timeline.map((e) => `${e.type} ${e.other.name}`)).toContain(
      'SIGNED_AGREEMENT 重庆市科学技术局',
    );
    const dates = data.timeline.map((e) => e.date).filter((d): d is string => d !== null);
    expect(dates).toEqual([...dates].sort());
  });
});

describe('generated queries: plain, nested, connections, aggregation', () => {
  it('reads Documents and their Sentences in order', async () => {
    type D = { id: string; title: string; sentences: { index: number; text: string }[] };
    const data = await ok<{ documents: D[] }>(
      `query($p: ID!) { documents(where: { id: { startsWith: $p } }, sort: [{ id: ASC }]) {
        id title sentences(sort: [{ index: ASC }]) { index text } } }`,
      { p: DOC_PREFIX },
    );
    expect(data.documents.map((d) => d.id)).toEqual(fixtureSources().map((s) => s.id));
    const first = data.documents[0]!;
    expect(first.title).toBe('沪渝科技部门携手推进成果转化');
    // However the splitter cuts the text, sentences come back whole and in order.
    expect(first.sentences.map((s) => s.index)).toEqual(first.sentences.map((_, i) => i));
    expect(first.sentences.some((s) => s.text.includes('上海市科学技术委员会与重庆市科学技术局'))).toBe(true);
  });

  it('reads Sentences with the entities they mention (nested, with mention properties)', async () => {
    type S = {
      text: string;
      mentionsConnection: { edges: { node: Named; properties: { surface: string } }[] };
    };
    const data = await ok<{ sentences: S[] }>(
      `query($doc: String!) { sentences(where: { docId: { eq: $doc }, text: { contains: "上海市科委表示" } }) { text
        mentionsConnection { edges { node { name } properties { ... on Mention { surface } } } } } }`,
      { doc: `${DOC_PREFIX}01-hu-yu-science.txt` },
    );
    const surfaces = data.sentences[0]!.mentionsConnection.edges.map(
      (e) => `${e.properties.surface}→${e.node.name}`,
    );
    expect(surfaces).toContain('上海市科委→上海市科学技术委员会');
  });

  it('pages through a connection with a cursor and counts with an aggregate', async () => {
    type C = {
      regionsConnection: {
        edges: { cursor: string; node: Named }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
        aggregate: { count: { nodes: number } };
      };
    };
    const q = `query($after: String) { regionsConnection(first: 2, after: $after, sort: [{ name: ASC }]) {
      edges { cursor node { name } } pageInfo { hasNextPage endCursor } aggregate { count { nodes } } } }`;
    const page1 = await ok<C>(q);
    expect(page1.regionsConnection.edges).toHaveLength(2);
    expect(page1.regionsConnection.pageInfo.hasNextPage).toBe(true);
    expect(page1.regionsConnection.aggregate.count.nodes).toBeGreaterThanOrEqual(8);
    const page2 = await ok<C>(q, { after: page1.regionsConnection.pageInfo.endCursor });
    const names1 = page1.regionsConnection.edges.map((e) => e.node.name);
    const names2 = page2.regionsConnection.edges.map((e) => e.node.name);
    expect(names2.some((n) => names1.includes(n))).toBe(false);
    expect(names1.at(-1)! < names2[0]!).toBe(true);
  });

  it('filters on an alias list and follows relationships both ways', async () => {
    type O = Named & { coBuilt: Named[] };
    type P = Named & { coBuiltBy: Named[] };
    const data = await ok<{ organizations: O[]; programs: P[] }>(`{
      organizations(where: { aliases: { includes: "上海市科委" } }) { name coBuilt { name } }
      programs(where: { name: { eq: "沪渝科技成果转化平台" } }) { name coBuiltBy { name } } }`);
    expect(data.organizations.map((o) => o.name)).toEqual(['上海市科学技术委员会']);
    expect(data.organizations[0]!.coBuilt.map((e) => e.name)).toContain('沪渝科技成果转化平台');
    expect(data.programs[0]!.coBuiltBy.map((e) => e.name)).toEqual(
      expect.arrayContaining(['上海市科学技术委员会', '重庆市科学技术局']),
    );
  });
});

import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestSources } from '../../ingest/run.ts';
import { removeDocument } from '../../ingest/write/writer.ts';
import {
  cleanup,
  connection,
  type EntitySpec,
  handCorpus,
  handDoc,
  openDriver,
  query,
  scopedCounts,
} from './helpers.ts';

// This file's data: documents whose id starts with PREFIX, entities whose id holds TAG.
const PREFIX = 't-incr/';
const TAG = 't-incr-';

const catalog: EntitySpec[] = [
  { id: `org:${TAG}长江办`, type: 'Organization', name: '长江流域协调办公室' },
  { id: `org:${TAG}湖北水利厅`, type: 'Organization', name: '湖北省水利厅' },
  { id: `org:${TAG}湖南水利厅`, type: 'Organization', name: '湖南省水利厅' },
  { id: `org:${TAG}江西水利厅`, type: 'Organization', name: '江西省水利厅' },
];
const [shared, hubei, hunan, jiangxi] = catalog.map((e) => e.id) as [string, string, string, string];

// Document a, first version: states a signing with Hubei (and an agreement), mentions the office as 长江办.
const aV1 = handDoc(
  {
    id: `${PREFIX}a`,
    title: '长江办与湖北签约',
    sentences: ['长江办与湖北省水利厅签署水资源调度协议。', '长江流域协调办公室与江西省水利厅开展合作。'],
    mentions: [
      [0, '长江办', shared],
      [0, '湖北省水利厅', hubei],
      [1, '长江流域协调办公室', shared],
      [1, '江西省水利厅', jiangxi],
    ],
    relations: [
      ['SIGNED_AGREEMENT', shared, hubei, 0, 'deal'],
      ['COOPERATES_WITH', shared, jiangxi, 1],
    ],
    agreements: [{ id: 'deal', title: '水资源调度协议', parties: [shared, hubei], sentence: 0 }],
  },
  catalog,
);
// Version 2 of a: Hubei and 长江办 are gone, Hunan arrives under a new surface of the office.
const aV2 = handDoc(
  {
    id: `${PREFIX}a`,
    title: '长江协调办与湖南合作',
    sentences: ['长江协调办与湖南省水利厅开展合作。'],
    mentions: [
      [0, '长江协调办', shared],
      [0, '湖南省水利厅', hunan],
    ],
    relations: [['COOPERATES_WITH', hunan, shared, 0]],
  },
  catalog,
);
// Document b states the same cooperation with Jiangxi: its own relationship, its own evidence.
const b = handDoc(
  {
    id: `${PREFIX}b`,
    sentences: ['江西省水利厅与长江流域协调办公室开展合作。'],
    mentions: [
      [0, '江西省水利厅', jiangxi],
      [0, '长江流域协调办公室', shared],
    ],
    relations: [['COOPERATES_WITH', jiangxi, shared, 0]],
  },
  catalog,
);

describe('a changed document replaces its own facts and keeps everyone else’s', () => {
  let driver: Driver;
  const opts = () => ({ database: connection().database });
  const entityIds = async () =>
    (
      await query<{ id: string }>(
        driver,
        'MATCH (e:Entity) WHERE e.id CONTAINS $t RETURN e.id AS id ORDER BY id',
        { t: TAG },
      )
    ).map((r) => r.id);
  const docOf = (docId: string) =>
    query<{ type: string; docId: string }>(
      driver,
      'MATCH (:Entity)-[r]->(:Entity) WHERE r.docId = $docId RETURN type(r) AS type, r.docId AS docId ORDER BY type',
      { docId },
    );

  beforeAll(async () => {
    driver = openDriver();
    await cleanup(driver, PREFIX, TAG);
    const { sources, pipeline } = handCorpus([aV1, b]);
    const first = await ingestSources(driver, sources, { ...opts(), pipeline });
    expect([first.new, first.failed]).toEqual([2, 0]);
  });
  afterAll(async () => {
    await cleanup(driver, PREFIX, TAG);
    await driver.close();
  });

  it('starts from both documents', async () => {
    expect(await entityIds()).toEqual([shared, hubei, jiangxi].sort());
    expect(await scopedCounts(driver, PREFIX, TAG)).toMatchObject({
      documents: 2,
      sentences: 3,
      agreements: 1,
      relations: 3,
    });
  });

  it('re-ingests only the changed document', async () => {
    const { sources, pipeline } = handCorpus([aV2, b]);
    const second = await ingestSources(driver, sources, { ...opts(), pipeline });
    expect([second.new, second.changed, second.skipped, second.failed]).toEqual([0, 1, 1, 0]);
  });

  it('drops the old version’s sentences, agreement, relationships and orphaned entity', async () => {
    const sentences = await query<{ text: string }>(
      driver,
      'MATCH (:Document {id: $id})-[:HAS_SENTENCE]->(s) RETURN s.text AS text ORDER BY s.index',
      { id: aV2.id },
    );
    expect(sentences.map((s) => s.text)).toEqual(['长江协调办与湖南省水利厅开展合作。']);
    expect(await docOf(aV2.id)).toEqual([{ type: 'COOPERATES_WITH', docId: aV2.id }]);
    expect(await query(driver, 'MATCH (a:Agreement {docId: $id}) RETURN a', { id: aV2.id })).toEqual([]);
    // Hubei was only in version 1 of a: no mention left anywhere, so it is gone, with its Alias node.
    expect(await entityIds()).toEqual([shared, hunan, jiangxi].sort());
    expect(await query(driver, 'MATCH (a:Alias {name: $n}) RETURN a', { n: '湖北省水利厅' })).toEqual([]);
  });

  it('keeps the other document’s facts, even the same fact stated again', async () => {
    expect(await docOf(b.id)).toEqual([{ type: 'COOPERATES_WITH', docId: b.id }]);
    const [stored] = await query<{ sentences: number; mentions: number }>(
      driver,
      `MATCH (:Document {id: $id})-[:HAS_SENTENCE]->(s)
       RETURN count(DISTINCT s) AS sentences, COUNT { (s)-[:MENTIONS]->() } AS mentions`,
      { id: b.id },
    );
    expect(stored).toEqual({ sentences: 1, mentions: 2 });
  });

  it('recomputes the shared entity’s aliases from the mentions that remain', async () => {
    const [entity] = await query<{ aliases: string[]; searchText: string }>(
      driver,
      'MATCH (e:Entity {id: $id}) RETURN e.aliases AS aliases, e.searchText AS searchText',
      { id: shared },
    );
    // 长江办 was only in version 1; 长江协调办 arrived with version 2.
    expect(entity?.aliases).toEqual(['长江协调办']);
    expect(entity?.searchText.split(' ')).toContain('长江协调办');
    expect(entity?.searchText.split(' ')).not.toContain('长江办');
    const forms = await query<{ name: string }>(
      driver,
      'MATCH (a:Alias)-[:ALIAS_OF]->(:Entity {id: $id}) RETURN a.name AS name ORDER BY name',
      { id: shared },
    );
    expect(forms.map((f) => f.name)).toEqual(['长江协调办', '长江流域协调办公室']);
  });

  it('a shared entity survives removal of one document and goes with the last', async () => {
    await removeDocument(driver, b.id, connection().database);
    expect(await entityIds()).toEqual([shared, hunan].sort());
    expect(await docOf(b.id)).toEqual([]);
    await removeDocument(driver, aV2.id, connection().database);
    expect(await entityIds()).toEqual([]);
    expect(await scopedCounts(driver, PREFIX, TAG)).toEqual({
      documents: 0,
      sentences: 0,
      mentions: 0,
      agreements: 0,
      relations: 0,
      entities: 0,
      aliases: 0,
    });
  });
});

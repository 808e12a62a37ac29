import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connection, openDriver, query } from './helpers.ts';

// This file's data: Document nodes whose id starts with PREFIX.
const PREFIX = 't-driver/';
const db = () => ({ database: connection().database });

describe('Neo4j over Bolt', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = openDriver();
    await driver.executeQuery(
      'MATCH (d:Document) WHERE d.id STARTS WITH $p DETACH DELETE d',
      { p: PREFIX },
      db(),
    );
  });
  afterAll(async () => {
    await driver.executeQuery(
      'MATCH (d:Document) WHERE d.id STARTS WITH $p DETACH DELETE d',
      { p: PREFIX },
      db(),
    );
    await driver.close();
  });

  it('answers on the provided connection', async () => {
    const info = await driver.getServerInfo();
    expect(info.agent).toMatch(/^Neo4j\/5\./);
    expect(connection().uri).toMatch(/^(bolt|neo4j)/);
  });

  it('creates, reads and deletes a node', async () => {
    const id = `${PREFIX}一号文件`;
    const { database } = connection();
    await driver.executeQuery(
      'CREATE (:Document {id: $id, title: $title})',
      { id, title: '长江口联合治理方案' },
      { database },
    );
    const read = await query<{ title: string }>(
      driver,
      'MATCH (d:Document {id: $id}) RETURN d.title AS title',
      { id },
    );
    expect(read).toEqual([{ title: '长江口联合治理方案' }]);

    const { summary } = await driver.executeQuery(
      'MATCH (d:Document {id: $id}) DELETE d',
      { id },
      { database },
    );
    expect(summary.counters.updates().nodesDeleted).toBe(1);
    expect(await query(driver, 'MATCH (d:Document {id: $id}) RETURN d', { id })).toEqual([]);
  });

  it('enforces the uniqueness constraint the writer MERGEs under', async () => {
    const id = `${PREFIX}重复`;
    const { database } = connection();
    await driver.executeQuery('CREATE (:Document {id: $id})', { id }, { database });
    await expect(driver.executeQuery('CREATE (:Document {id: $id})', { id }, { database })).rejects.toThrow(
      /already exists/,
    );
  });
});

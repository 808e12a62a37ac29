import type { Driver } from 'neo4j-driver';
import { cypher, listCypher, statements } from './cypher.ts';

/**
 * Applies every statement in cypher/migrations in file order. Each statement is written with
 * IF NOT EXISTS, so running this again changes nothing.
 */
export async function migrate(driver: Driver, database: string): Promise<number> {
  let applied = 0;
  for (const name of listCypher('migrations')) {
    for (const statement of statements(cypher(name))) {
      await driver.executeQuery(statement, {}, { database });
      applied++;
    }
  }
  await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database });
  return applied;
}

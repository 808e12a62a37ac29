import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config.ts';

export function createDriver(config: Config): Driver {
  return neo4j.driver(config.NEO4J_URI, neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD), {
    // Integers come back as JS numbers: counts and offsets here stay far below 2^53.
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: 30_000,
  });
}

/** Opens a driver, checks connectivity, runs `fn`, and always closes the driver. */
export async function withDriver<T>(config: Config, fn: (driver: Driver) => Promise<T>): Promise<T> {
  const driver = createDriver(config);
  try {
    await driver.verifyConnectivity();
    return await fn(driver);
  } finally {
    await driver.close();
  }
}

import type { Config } from '../config.ts';
import { createDriver } from '../db/driver.ts';
import type { Logger } from '../log.ts';
import { type App, createApp } from './app.ts';

export interface RunningServer {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  app: App;
  stop(): Promise<void>;
}

/**
 * `govkg serve`: opens the driver, builds the app, listens on HOST:PORT, and shuts down gracefully on
 * SIGINT/SIGTERM (stop accepting, finish requests in flight, close the driver).
 */
export async function startServer(config: Config, logger: Logger): Promise<RunningServer> {
  const driver = createDriver(config);
  try {
    await driver.verifyConnectivity({ database: config.NEO4J_DATABASE });
  } catch (err) {
    // Serve anyway: /healthz reports the database, and queries work once it is up.
    logger.warn({ err, uri: config.NEO4J_URI }, 'Neo4j is not reachable yet');
  }
  const app = await createApp(config, logger, driver);
  const base = await app.listen(config.PORT, config.HOST);
  const url = `${base}/graphql`;
  logger.info(
    { url, ide: config.GRAPHQL_IDE, introspection: config.GRAPHQL_INTROSPECTION },
    'GraphQL API ready',
  );

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      await app.close();
      await driver.close();
      // Only now: a loader that exits on a signal nobody else handles (tsx) must still see ours.
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      logger.info('GraphQL API stopped');
    })();
    return stopping;
  };
  const onSignal = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'shutting down');
    stop().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return { url, app, stop };
}

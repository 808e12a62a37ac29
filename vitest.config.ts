import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// Vite would load graphql's ESM build for our files while @neo4j/graphql (CJS) requires the CJS one:
// two graphql modules, and schemas built by one fail in the other. Point ours at the CJS build too.
const graphqlAlias = [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }];

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias: graphqlAlias },
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/golden/**/*.test.ts'],
          testTimeout: 20_000,
        },
      },
      {
        resolve: { alias: graphqlAlias },
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['test/integration/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // One Neo4j serves every file; files isolate their data, but share a 2-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
});

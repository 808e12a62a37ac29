import { defineConfig } from 'vitest/config';

// The fault tests (`npm run test:faults`) start, stop and kill a Neo4j of their own, so they stay out
// of `npm test`: they take minutes, and the plain config's projects never include test/faults.
export default defineConfig({
  test: {
    name: 'faults',
    include: ['test/faults/**/*.test.ts'],
    testTimeout: 240_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    sequence: { concurrent: false },
  },
});

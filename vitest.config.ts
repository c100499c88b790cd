import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'contracts',
          include: ['packages/contracts/src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'api',
          include: ['apps/api/src/**/*.test.ts', 'apps/api/test/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['apps/api/test/global-setup.ts'],
          setupFiles: ['apps/api/test/setup-each.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
          // One embedded PostgreSQL for the run; two workers on a 2-core machine.
          maxWorkers: 2,
          minWorkers: 1,
        },
      },
    ],
  },
});

// Test runner configuration, two projects run by one `vitest run`:
// - node: every layer on Node, golden YAML cases loaded by test/golden; a real PostgreSQL server
//   started once for the run (test/support/pg-global.ts) for the PostgreSQL tests;
// - workers: inside workerd through @cloudflare/vitest-pool-workers, with the bindings of
//   wrangler.toml, D1 migrations read from adapters/db/migrations, and test-only secrets.
//   Nothing there reaches the network: outbound calls go to stubs (see test/workers/).
import { join } from 'node:path';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';
import { WORKER_TEST_BINDINGS } from './test/workers/bindings.ts';

export default defineConfig(async () => {
  const migrations = await readD1Migrations(join(import.meta.dirname, 'adapters', 'db', 'migrations'));
  return {
    test: {
      projects: [
        {
          test: {
            name: 'node',
            include: ['test/**/*.test.ts'],
            exclude: ['test/bench/**', 'test/workers/**', 'node_modules/**'],
            environment: 'node',
            globalSetup: ['test/support/pg-global.ts'],
            testTimeout: 20_000,
          },
        },
        {
          plugins: [
            cloudflareTest({
              wrangler: { configPath: './wrangler.toml' },
              miniflare: { bindings: { ...WORKER_TEST_BINDINGS, TEST_MIGRATIONS: migrations } },
            }),
          ],
          test: {
            name: 'workers',
            include: ['test/workers/**/*.test.ts'],
            testTimeout: 20_000,
          },
        },
      ],
    },
  };
});

// The repository contract (test/db/repository-contract.ts) on D1 inside workerd, with the
// migrations drizzle-kit wrote to adapters/db/migrations, exactly as `wrangler d1 migrations
// apply` runs them.
import { drizzle } from 'drizzle-orm/d1';
import { env } from 'cloudflare:workers';
import { repositoryContract } from '../db/repository-contract.ts';
import { d1Rows, freshD1 } from './d1.ts';
import { d1Atomic } from '../../adapters/runtime/worker.ts';

repositoryContract('D1', async () => {
  await freshD1();
  const db = drizzle(env.DB);
  return {
    db,
    atomic: d1Atomic(db),
    rows: d1Rows,
    integrity: async () =>
      JSON.stringify(await d1Rows('pragma quick_check')) === JSON.stringify([{ quick_check: 'ok' }]),
  };
});

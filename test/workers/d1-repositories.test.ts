// The repository contract (test/db/repository-contract.ts) on D1 inside workerd, with the
// migrations drizzle-kit wrote to adapters/db/migrations, exactly as `wrangler d1 migrations
// apply` runs them.
import { drizzle } from 'drizzle-orm/d1';
import { env } from 'cloudflare:workers';
import { repositoryContract } from '../db/repository-contract.ts';
import { d1Rows, freshD1 } from './d1.ts';

repositoryContract('D1', async () => {
  await freshD1();
  return { db: drizzle(env.DB), rows: d1Rows };
});

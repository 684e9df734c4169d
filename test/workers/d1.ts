// D1 helpers for the workerd tests: a fresh database with the real migrations, and raw SQL.
import { applyD1Migrations, reset } from 'cloudflare:test';
import { env } from 'cloudflare:workers';

interface RawD1 {
  prepare(sql: string): { all(): Promise<{ results: Record<string, unknown>[] }> };
}

/** Deletes every row and table of the test bindings, then applies adapters/db/migrations. */
export async function freshD1(): Promise<void> {
  await reset();
  await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
}

export async function d1Rows(sql: string): Promise<Record<string, unknown>[]> {
  return (await (env.DB as unknown as RawD1).prepare(sql).all()).results;
}

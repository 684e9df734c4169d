/**
 * vitest globalSetup of the Node project: one real PostgreSQL server for the whole run, its URL
 * handed to the tests as `inject('pgAdminUrl')`; each test file makes its own database on it
 * (./postgres.ts createDatabase). Tests that restart the server start one of their own.
 */
import type { TestProject } from 'vitest/node';
import { startPostgres } from './postgres.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const cluster = await startPostgres();
  project.provide('pgAdminUrl', cluster.url());
  return () => cluster.destroy();
}

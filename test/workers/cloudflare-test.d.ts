// The parts of the workerd test modules these tests use, typed here rather than through
// @cloudflare/workers-types (whose globals clash with the DOM and Node types of the Node tests).
declare module 'cloudflare:test' {
  import type { D1Migration } from '@cloudflare/vitest-pool-workers';
  import type { WorkerContext } from '../../adapters/runtime/worker.ts';
  export function applyD1Migrations(
    db: unknown,
    migrations: D1Migration[],
    migrationsTableName?: string,
  ): Promise<void>;
  export function createExecutionContext(): WorkerContext & { passThroughOnException(): void };
  export function waitOnExecutionContext(ctx: WorkerContext): Promise<void>;
  export function reset(): Promise<void>;
}

declare module 'cloudflare:workers' {
  import type { D1Migration } from '@cloudflare/vitest-pool-workers';
  import type { WorkerEnv } from '../../adapters/runtime/worker.ts';
  export const env: WorkerEnv & { TEST_MIGRATIONS: D1Migration[] };
  export const exports: { default: { fetch(input: string | Request, init?: RequestInit): Promise<Response> } };
}

// Vite's raw imports (a file's text, bundled into the test: workerd has no file system).
declare module '*?raw' {
  const text: string;
  export default text;
}

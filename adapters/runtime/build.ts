/**
 * The production build: `npm ci` runs it (the `prepare` script), and `npm start` runs what it
 * writes, `dist/node.js`. Compiling TypeScript at every start (tsx) took 1.3–1.7 s and ~50 MiB
 * more memory; one bundle, compiled once, starts in a fraction of that (README, "Performance").
 *
 * Everything is bundled, dependencies too (one file to read and compile instead of hundreds to
 * resolve), except better-sqlite3 (a native addon, loaded from node_modules) and node-postgres,
 * which only a server with DATABASE_URL loads (./database.ts imports it when needed, so it
 * becomes a chunk of its own). grammY comes in its web build, the one Workers already run
 * (global fetch rather than the node-fetch polyfill and its URL tables, ~5 MiB less memory).
 * Only the Node server is built; the CLI and `telegram:poll` still run from source through tsx.
 *
 * `npm test` type-checks the sources (tsc); this only strips types, so a build never hides a
 * type error. Run by hand with `npm run build`, or with an output folder for tests.
 */
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from './package-root.ts';

export async function buildServer(outdir = join(PACKAGE_ROOT, 'dist')): Promise<string> {
  rmSync(outdir, { recursive: true, force: true });
  await build({
    absWorkingDir: PACKAGE_ROOT,
    entryPoints: { node: 'adapters/runtime/node.ts', 'checkpoint-worker': 'adapters/runtime/checkpoint-worker.ts' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    outdir,
    // Not minified: stack traces and profiles stay readable, and a smaller file started no faster.
    external: ['better-sqlite3', 'pg-native'],
    alias: { grammy: 'grammy/web' },
    // Bundled CommonJS packages call require(); an ESM bundle has none of its own.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    jsx: 'automatic',
    jsxDev: false,
    jsxImportSource: 'hono/jsx',
    logLevel: 'warning',
  });
  return join(outdir, 'node.js');
}

if (process.argv[1] === import.meta.filename) {
  const started = performance.now();
  const entry = await buildServer(process.argv[2]);
  console.log(`built ${entry} in ${Math.round(performance.now() - started)} ms`);
}

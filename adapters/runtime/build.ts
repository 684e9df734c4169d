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
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from './package-root.ts';

/**
 * `entry` other than the server's is for the benchmarks, which compile what they measure the way
 * production is compiled (test/bench/servers/api-app.ts); the output is `<outdir>/<name>.js`.
 */
export async function buildServer(
  outdir = join(PACKAGE_ROOT, 'dist'),
  entry: { name: string; path: string } = { name: 'node', path: 'adapters/runtime/node.ts' },
): Promise<string> {
  rmSync(outdir, { recursive: true, force: true });
  await build({
    absWorkingDir: PACKAGE_ROOT,
    entryPoints: { [entry.name]: entry.path },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    outdir,
    // Whitespace and comments out, names kept (stack traces stay readable). Pure ASCII, non-ASCII
    // text escaped: V8 keeps a script's source in memory, and one character outside Latin-1 (a
    // Chinese comment) makes it two bytes a character — 5.5 MiB of heap instead of 2.
    minifyWhitespace: true,
    minifySyntax: true,
    charset: 'ascii',
    legalComments: 'none',
    external: ['better-sqlite3', 'pg-native'],
    alias: { grammy: 'grammy/web' },
    // Bundled CommonJS packages call require(); an ESM bundle has none of its own.
    banner: {
      js:
        "import { createRequire as __createRequire } from 'node:modul" +
        "e'; const require = __createRequire(import.meta.url);",
    },
    jsx: 'automatic',
    jsxDev: false,
    jsxImportSource: 'hono/jsx',
    logLevel: 'warning',
  });
  // esbuild leaves regular expression literals as written; escape what is left, so every file is
  // ASCII (\uXXXX per UTF-16 unit means the same inside a regex, with or without the u flag).
  for (const file of readdirSync(outdir).filter((f) => f.endsWith('.js'))) {
    const path = join(outdir, file);
    const text = readFileSync(path, 'utf8');
    // The whole ASCII range, control characters included, stays as it is.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the range starts at U+0000 on purpose
    const ascii = text.replace(/[^\x00-\x7f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
    if (ascii !== text) writeFileSync(path, ascii);
  }
  return join(outdir, `${entry.name}.js`);
}

if (process.argv[1] === import.meta.filename) {
  const started = performance.now();
  const entry = await buildServer(process.argv[2]);
  console.log(`built ${entry} in ${Math.round(performance.now() - started)} ms`);
}

// The module boundaries of shared/ARCHITECTURE.md, checked on every import: screening/ is pure
// and imports nothing else; content/ may use screening; bot/ uses screening, content and itself;
// only adapters/runtime/ touches process.env, better-sqlite3, D1, ExecutionContext or other
// Workers host specifics.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
/** What only the Workers host may name. */
const WORKERS_ONLY = [
  /drizzle-orm\/d1|D1Database|ExecutionContext|executionCtx/,
  /\.waitUntil\(|from 'cloudflare:|node:async_hooks/,
];

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return name === 'migrations' ? [] : files(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function imports(file: string): string[] {
  const src = readFileSync(join(ROOT, file), 'utf8');
  return [...src.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+'([^']+)'/gm)].map((m) => m[1]!);
}

function topOf(file: string, spec: string): string {
  if (!spec.startsWith('.')) return `pkg:${spec.split('/')[0]}`;
  return relative(ROOT, resolve(ROOT, file, '..', spec)).split('/')[0]!;
}

const ALLOWED: Record<string, (target: string) => boolean> = {
  screening: (t) => t === 'screening' || t === 'pkg:zod',
  content: (t) => t === 'content' || t === 'screening',
  bot: (t) => ['bot', 'screening', 'content', 'pkg:zod'].includes(t),
};

describe('module boundaries', () => {
  for (const [dir, ok] of Object.entries(ALLOWED)) {
    it(`${dir}/ imports only what it may`, () => {
      const checked = files(dir).flatMap((f) => imports(f).map((spec) => ({ f, spec })));
      expect(checked.length).toBeGreaterThan(10);
      for (const { f, spec } of checked) expect(ok(topOf(f, spec)), `${f} imports ${spec}`).toBe(true);
    });
  }

  it(
    'only adapters/runtime reads process.env, opens SQLite or D1,' +
      ' or sees ExecutionContext; screening has no clock',
    () => {
      for (const f of [...files('screening'), ...files('content'), ...files('bot'), ...files('adapters')]) {
        const src = readFileSync(join(ROOT, f), 'utf8');
        const runtime = f.startsWith('adapters/runtime/') || f.startsWith('adapters/cli/');
        if (!runtime) {
          expect(/process\.env/.test(src), `${f} reads process.env`).toBe(false);
          expect(/from 'better-sqlite3'|drizzle-orm\/better-sqlite3/.test(src), `${f} opens SQLite`).toBe(false);
          expect(
            WORKERS_ONLY.some((re) => re.test(src)),
            `${f} touches Workers host specifics`,
          ).toBe(false);
        }
        if (f.startsWith('screening/')) expect(/new Date\(|Date\.now\(/.test(src), `${f} reads the clock`).toBe(false);
      }
    },
  );
});

describe('a fresh clone tests alone', () => {
  it('no code or test reads a path outside the repository', () => {
    const self = 'test/architecture/boundaries.test.ts';
    for (const f of [
      ...files('screening'),
      ...files('content'),
      ...files('bot'),
      ...files('adapters'),
      ...files('test'),
    ].filter((x) => x !== self)) {
      const src = readFileSync(join(ROOT, f), 'utf8');
      expect(
        /['"`]\.\.\/shared|'shared', 'policy'|'\.\.', '\.\.', '\.\.'/.test(src),
        `${f} reaches outside the repository`,
      ).toBe(false);
    }
  });
});

// Shared code runs on SQLite, D1 and PostgreSQL through one drizzle code path
// (adapters/db/repositories.ts): outside adapters/runtime/ (and the CLI, which opens the database
// like a host) nothing may open PostgreSQL, execute a query the SQLite-only way, open a
// transaction or batch, or write SQL that only one dialect understands. The repository contract
// running on every driver is the real proof; this catches the slip before it runs.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory())
      return name === 'migrations' || name === 'migrations-pg' ? [] : files(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const shared = files('adapters').filter((f) => !f.startsWith('adapters/runtime/') && !f.startsWith('adapters/cli/'));

describe('shared code is dialect-neutral', () => {
  it('only the Node host opens PostgreSQL', () => {
    expect(shared.length).toBeGreaterThan(40);
    for (const f of shared)
      expect(
        /from 'pg'|drizzle-orm\/node-postgres|drizzle-orm\/pg-core\/session/.test(readFileSync(join(ROOT, f), 'utf8')),
        `${f} opens PostgreSQL`,
      ).toBe(false);
  });

  it('no SQLite-only execution, transactions or batches on a query', () => {
    for (const f of shared) {
      const src = readFileSync(join(ROOT, f), 'utf8');
      // `.all()`, `.get()`, `.run()` chained on a built query exist only in drizzle's SQLite API.
      expect(/\)\s*\.(all|get|run)\(/.test(src), `${f} executes a query with all/get/run`).toBe(false);
      expect(
        /\b(db|this\.db|d\.db)\.(transaction|batch)\(/.test(src),
        `${f} opens a transaction or batch (use atomic())`,
      ).toBe(false);
    }
  });

  it('no SQL fragment only one dialect understands', () => {
    const oneDialect = new RegExp(
      String.raw`\b(julianday|strftime|datetime|ifnull|group_concat|instr|json_extract|randomblob|pragma|now|ilike` +
        String.raw`|jsonb?_\w+|date_trunc)\s*\(|::\w|\bRETURNING\b|\bAUTOINCREMENT\b`,
      'i',
    );
    for (const f of shared) {
      const src = readFileSync(join(ROOT, f), 'utf8');
      for (const m of src.matchAll(/sql(?:<[^>]*>)?`([^`]*)`/g))
        expect(oneDialect.test(m[1]!), `${f}: sql\`${m[1]}\``).toBe(false);
    }
  });
});

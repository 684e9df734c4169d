// The SQLite database holds requests (sealed) and their routing columns: the file and its -wal
// and -shm companions are readable by the service's own user only, like the key file beside it.
import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openNodeDb } from '../../adapters/runtime/node-db.ts';

const mode = (path: string) => statSync(path).mode & 0o777;
const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'doudi-mode-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('database file modes', () => {
  it('a new database, its -wal and its -shm are created 0600, and a new data directory 0700', () => {
    const dir = join(tempDir(), 'data');
    const path = join(dir, 'doudi.db');
    const { sqlite, close } = openNodeDb(path);
    sqlite.prepare("insert into audit_log (at, actor, action) values ('t', 'system', 'x')").run();
    for (const p of [path, `${path}-wal`, `${path}-shm`]) expect(mode(p), p).toBe(0o600);
    expect(mode(dir)).toBe(0o700);
    close();
  });

  it('an existing database left readable by others (and its -wal, -shm) is narrowed to 0600 when opened', () => {
    const path = join(tempDir(), 'doudi.db');
    openNodeDb(path).close();
    for (const suffix of ['', '-wal', '-shm']) {
      writeFileSync(`${path}${suffix}`, '', { flag: 'a' });
      chmodSync(`${path}${suffix}`, 0o644);
    }
    const { sqlite, close } = openNodeDb(path);
    sqlite.prepare("insert into audit_log (at, actor, action) values ('t', 'system', 'x')").run();
    for (const p of [path, `${path}-wal`, `${path}-shm`]) expect(mode(p), p).toBe(0o600);
    close();
  });
});

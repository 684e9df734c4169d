// `npx doudi requests list|export` as a child process: the console's list and export through
// the same use cases, for the server's operator (every village, contacts masked, the export
// audited as `system`), and refused filters with exit 2.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newDataKey, Sealer } from '../../adapters/crypto/sealer.ts';
import { auditLog, referrals } from '../../adapters/db/schema.ts';
import { openNodeDb } from '../../adapters/runtime/node-db.ts';
import { referralRow } from '../staff/support.ts';

const bin = join(import.meta.dirname, '..', '..', 'adapters', 'cli', 'bin.mjs');

describe('doudi requests', () => {
  it('lists and exports with the console use cases, masked, the export audited', async () => {
    const dbPath = join(mkdtempSync(join(tmpdir(), 'doudi-requests-')), 'd.db');
    const key = newDataKey();
    const sealer = await Sealer.fromKey(key);
    const { db, sqlite } = openNodeDb(dbPath);
    await db
      .insert(referrals)
      .values(await referralRow(sealer, 1, { village: 'demo-yc-1', name: '张建华', phone: '13812345678' }));
    await db.insert(referrals).values(
      await referralRow(sealer, 2, {
        village: 'demo-yj-1',
        name: '陈大明',
        phone: '13900001111',
        status: 'contacted',
      }),
    );
    sqlite.close();
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [bin, 'requests', ...args], {
        encoding: 'utf8',
        env: { ...process.env, DATABASE_PATH: dbPath, DOUDI_DATA_KEY: key, DOUDI_CONFIG: '' },
      });

    const list = run('list');
    expect(list.stderr).toBe('');
    expect(list.status).toBe(0);
    expect(list.stdout).toContain('DD-000001');
    expect(list.stdout).toContain('张*华\t138****5678');
    expect(list.stdout).toContain('共 2 条');
    expect(list.stdout).not.toContain('张建华');
    expect(run('list', '--status', 'contacted').stdout).not.toContain('DD-000001');

    const csv = run('export', '--village', 'demo-yj-1');
    expect(csv.status).toBe(0);
    expect(csv.stdout.startsWith('\uFEFF编号,')).toBe(true);
    expect(csv.stdout).toContain('陈*明');
    expect(csv.stdout).not.toContain('DD-000001');
    const after = openNodeDb(dbPath);
    const audited = await after.db.select().from(auditLog);
    after.sqlite.close();
    expect(audited.map((r) => [r.actor, r.action, JSON.parse(r.detail ?? '{}')])).toEqual([
      ['system', 'export', { rows: 1, filters: { village: 'demo-yj-1' } }],
    ]);

    const bad = run('list', '--from', '2026-02-30');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('日期不对');
    expect(run('list', '--who', 'x').status).toBe(2);
    expect(run('delete').status).toBe(2);
  }, 60_000);
});

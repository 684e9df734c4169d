// `npx doudi staff add` as a child process (password on stdin, temp DATABASE_PATH, villages from
// DOUDI_CONFIG), and the Node host: a data key file generated beside the database with mode 0600
// when DOUDI_DATA_KEY is unset, and the console mounted at /staff.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { newDataKey, Sealer } from '../../adapters/crypto/sealer.ts';
import { loginKey } from '../../adapters/web/staff/auth.ts';
import { describe, expect, it } from 'vitest';
import { verifyPassword } from '../../adapters/web/staff/password.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const bin = join(ROOT, 'adapters', 'cli', 'bin.mjs');

function staffAdd(dbPath: string, args: string[], password: string, config = '') {
  return spawnSync(process.execPath, [bin, 'staff', 'add', ...args], {
    input: password,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_PATH: dbPath, DOUDI_CONFIG: config },
  });
}

describe('doudi staff add', () => {
  it('creates accounts with a PBKDF2 hash, validating role and scope against the villages', () => {
    const dir = mkdtempSync(join(tmpdir(), 'doudi-staff-'));
    const dbPath = join(dir, 'd.db');
    const ok = staffAdd(
      dbPath,
      ['--username', 'wang', '--role', 'village', '--scope', 'demo-yc-1', '--name', '王协理员', '--password-stdin'],
      'a long password 1\n',
    );
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('已创建账号 wang');
    expect(ok.stdout).not.toContain('a long password');
    const db = new Database(dbPath, { readonly: true });
    const row = db.prepare('select * from staff_users where username = ?').get('wang') as {
      password_hash: string;
      role: string;
      scope: string;
      display_name: string;
    };
    db.close();
    expect(row).toMatchObject({ role: 'village', scope: 'demo-yc-1', display_name: '王协理员' });
    expect(row.password_hash).toMatch(/^pbkdf2-sha256\$100000\$/);
    return verifyPassword('a long password 1', row.password_hash).then((good) => expect(good).toBe(true));
  });

  it('refuses a bad scope, a scoped admin, a short password, a bad role and a taken name (exit 2)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'doudi-staff-'));
    const dbPath = join(dir, 'd.db');
    const badScope = staffAdd(
      dbPath,
      ['--username', 'user1', '--role', 'village', '--scope', 'nowhere'],
      'a long password 1',
    );
    expect(badScope.status).toBe(2);
    expect(badScope.stderr).toContain('没有代码为 nowhere 的村');
    expect(badScope.stderr).toContain('demo-yc-1');
    const townAsVillage = staffAdd(
      dbPath,
      ['--username', 'user1', '--role', 'township', '--scope', 'demo-yc-1'],
      'a long password 1',
    );
    expect(townAsVillage.status).toBe(2);
    expect(townAsVillage.stderr).toContain('demo-yc-t1');
    expect(staffAdd(dbPath, ['--username', 'user1', '--role', 'village'], 'a long password 1').status).toBe(2);
    expect(
      staffAdd(dbPath, ['--username', 'user1', '--role', 'admin', '--scope', 'demo-yc-1'], 'a long password 1').status,
    ).toBe(2);
    expect(staffAdd(dbPath, ['--username', 'user1', '--role', 'admin'], 'short').status).toBe(2);
    expect(staffAdd(dbPath, ['--username', 'user1', '--role', 'boss'], 'a long password 1').status).toBe(2);
    expect(
      staffAdd(dbPath, ['--username', 'user1', '--role', 'admin', '--password', 'x'], 'a long password 1').status,
    ).toBe(2);
    expect(staffAdd(dbPath, ['--username', 'user1', '--role', 'admin'], 'a long password 1').status).toBe(0);
    const again = staffAdd(dbPath, ['--username', 'user1', '--role', 'admin'], 'a long password 1');
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('已经有人用了');
  }, 90_000);

  it('explains the username rules when a name breaks them, and in ' +
    'its usage; makes county and 12345 agent accounts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'doudi-staff-'));
    const dbPath = join(dir, 'd.db');
    for (const name of ['王协理员', 'ab', 'wang xl']) {
      const bad = staffAdd(dbPath, ['--username', name, '--role', 'admin'], 'a long password 1');
      expect(bad.status).toBe(2);
      expect(bad.stderr).toContain('用户名 3 到 32 个字符，只能用英文字母、数字和 _ . -（不能用汉字或空格）');
    }
    const missing = staffAdd(dbPath, ['--role', 'admin'], 'a long password 1');
    expect(missing.stderr).toContain('请用 --username 指定用户名');
    const usage = spawnSync(process.execPath, [bin, 'staff'], { encoding: 'utf8' });
    expect(usage.stderr).toContain('用户名 3 到 32 个字符');
    expect(usage.stderr).toContain('agent 12345 坐席');
    expect(usage.stderr).toContain('demo-yc-1');
    expect(
      staffAdd(dbPath, ['--username', 'county1', '--role', 'county', '--scope', '140802'], 'a long password 1').status,
    ).toBe(0);
    expect(
      staffAdd(dbPath, ['--username', 'county2', '--role', 'county', '--scope', '999999'], 'a long password 1').stderr,
    ).toContain('没有代码为 999999 的县');
    expect(staffAdd(dbPath, ['--username', 'hotline1', '--role', 'agent'], 'a long password 1').status).toBe(0);
    expect(
      staffAdd(dbPath, ['--username', 'hotline2', '--role', 'agent', '--scope', 'demo-yc-1'], 'a long password 1')
        .stderr,
    ).toContain('12345 坐席的 --scope');
  }, 90_000);

  it('passwd sets a new password, lifts a lock and ends sessions; list shows the accounts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'doudi-staff-'));
    const dbPath = join(dir, 'd.db');
    expect(
      staffAdd(dbPath, ['--username', 'wang', '--role', 'township', '--scope', 'demo-yj-t1'], 'a long password 1')
        .status,
    ).toBe(0);
    const db = new Database(dbPath);
    const dataKey = newDataKey();
    const key = await loginKey(await Sealer.fromKey(dataKey), 'wang');
    db.prepare('insert into login_throttle values (?, 5, ?)').run(key, Date.now() + 600_000);
    db.prepare('insert into staff_sessions values (?, (select id from staff_users), ?, ?, ?)').run(
      'h',
      'c',
      Date.now(),
      Date.now() + 3_600_000,
    );
    const env = { ...process.env, DATABASE_PATH: dbPath, DOUDI_CONFIG: '', DOUDI_DATA_KEY: dataKey };
    const listed = spawnSync(process.execPath, [bin, 'staff', 'list'], { encoding: 'utf8', env });
    expect(listed.stdout).toContain('wang\t乡镇（街道）工作人员\tdemo-yj-t1\twang\t锁定中');
    const reset = spawnSync(process.execPath, [bin, 'staff', 'passwd', '--username', 'wang'], {
      input: 'another password 2\n',
      encoding: 'utf8',
      env,
    });
    expect(reset.status).toBe(0);
    const row = db.prepare('select password_hash from staff_users').get() as { password_hash: string };
    expect(db.prepare('select count(*) as n from login_throttle').get()).toEqual({ n: 0 });
    expect(await verifyPassword('another password 2', row.password_hash)).toBe(true);
    expect(db.prepare('select count(*) as n from staff_sessions').get()).toEqual({ n: 0 });
    db.close();
    expect(
      spawnSync(process.execPath, [bin, 'staff', 'passwd', '--username', 'nobody'], {
        input: 'another password 2',
        encoding: 'utf8',
        env,
      }).status,
    ).toBe(2);
  }, 60_000);

  it('reads the villages from DOUDI_CONFIG', () => {
    const dir = mkdtempSync(join(tmpdir(), 'doudi-staff-'));
    const config = join(dir, 'c.yaml');
    writeFileSync(
      config,
      'villages:\n  - { code: "140802101001", name: 东村, township: { ' +
        'code: "140802101", name: 北城街道 }, region: "140802" }\n',
    );
    const dbPath = join(dir, 'd.db');
    expect(
      staffAdd(
        dbPath,
        ['--username', 'dong', '--role', 'township', '--scope', '140802101'],
        'a long password 1',
        config,
      ).status,
    ).toBe(0);
    expect(
      staffAdd(dbPath, ['--username', 'demo', '--role', 'village', '--scope', 'demo-yc-1'], 'a long password 1', config)
        .status,
    ).toBe(2);
  }, 30_000);
});

describe('Node host with the staff console', () => {
  it(
    'generates a 0600 key file beside the database when DOUDI_DAT' + 'A_KEY is unset, and serves /staff/login',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'doudi-staff-'));
      const port = 20_000 + Math.floor(Math.random() * 20_000);
      const child = spawn(process.execPath, ['--import', 'tsx', 'adapters/runtime/node.ts'], {
        cwd: ROOT,
        env: {
          ...process.env,
          PORT: String(port),
          DATABASE_PATH: join(dir, 'db', 'd.db'),
          DOUDI_LOG: 'off',
          DOUDI_DATA_KEY: '',
          DOUDI_CONFIG: '',
        },
      });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      try {
        let res: Response | undefined;
        for (let i = 0; i < 100 && !res; i++) {
          await new Promise((r) => setTimeout(r, 100));
          res = await fetch(`http://127.0.0.1:${port}/staff/login`).catch(() => undefined);
        }
        expect(res?.status).toBe(200);
        expect(await res!.text()).toContain('工作人员登录');
        const keyFile = join(dir, 'db', 'doudi.key');
        expect(existsSync(keyFile)).toBe(true);
        expect(statSync(keyFile).mode & 0o777).toBe(0o600);
        expect(readFileSync(keyFile, 'utf8').trim()).toHaveLength(44);
        expect(out).toContain('generated a new key');
        expect(out).toContain('Staff console (/staff): on');
      } finally {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
    },
  );
});

/**
 * The least a safe-mode WeChat delivery can cost on this machine, whatever the code around it:
 * what the issue requires (two SHA-1 signatures checked, AES-CBC decrypt, a durable dedup claim
 * under a keyed hash, the session read, opened, sealed and written back, AES-CBC encrypt and
 * sign the reply), done with Node's native crypto and raw better-sqlite3 statements on the real
 * schema, committed 32 deliveries at a time. No dialogue step, no HTTP, no XML library.
 *
 * Added to a bare POST route's cost, it bounds the webhook's throughput ratio from above: no
 * implementation on this stack can beat it. Bench-only code (node:crypto is not on Workers).
 */
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openNodeDb } from '../../adapters/runtime/node-db.ts';

const TURN = 32;

export function measureWechatFloor(deliveries = 40_000, residents = 10_000): number {
  const { sqlite, close } = openNodeDb(join(mkdtempSync(join(tmpdir(), 'doudi-floor-')), 'floor.db'));
  const claim = sqlite.prepare(
    'insert into dedup (key, expires_at) values (?, ?) on ' +
      'conflict (key) do update set expires_at = excluded.expires_at where' +
      ' dedup.expires_at < ? returning key',
  );
  const read = sqlite.prepare('select version, state from sessions where key = ?');
  const insert = sqlite.prepare(
    'insert into sessions (key, version, state, updated_at) values (?, 1, ?, ?) on conflict do nothing returning key',
  );
  const update = sqlite.prepare(
    'update sessions set version = ?, state = ?, updated_at = ? where key = ? and version = ? returning key',
  );
  const cbcKey = randomBytes(32);
  const cbcIv = cbcKey.subarray(0, 16);
  const gcmKey = randomBytes(32);
  const macKey = randomBytes(32);
  const sha1 = (s: string) => createHash('sha1').update(s).digest('hex');
  const mac = (s: string) => createHmac('sha256', macKey).update(s).digest('hex').slice(0, 32);
  const cbc = (encrypt: boolean, data: Buffer) => {
    const c = encrypt ? createCipheriv('aes-256-cbc', cbcKey, cbcIv) : createDecipheriv('aes-256-cbc', cbcKey, cbcIv);
    c.setAutoPadding(false);
    return Buffer.concat([c.update(data), c.final()]);
  };
  // A delivery's ciphertext (384 bytes, as the bench's) and a reply (~400 bytes), a session of ~300 bytes.
  const encrypt = cbc(true, randomBytes(384)).toString('base64');
  const reply = randomBytes(416);
  const state = JSON.stringify({
    mode: 'screening',
    pending: 'members',
    region: '140802',
    history: [{ question: 'region', label: '住在哪里', answer: '运城市盐湖区' }],
    household: { members: [] },
    misunderstood: 0,
  });

  function one(i: number): string {
    sha1(`tok1700000000${i}`);
    sha1(`tok1700000000${i}${encrypt}`);
    cbc(false, Buffer.from(encrypt, 'base64'));
    claim.all(mac(`dedup:${i}`), Date.now() + 600_000, Date.now());
    const key = mac(`session:${i % residents}`);
    const row = read.get(key) as { version: number; state: string } | undefined;
    if (row) {
      const sealed = Buffer.from(row.state, 'base64');
      const d = createDecipheriv('aes-256-gcm', gcmKey, sealed.subarray(0, 12));
      d.setAuthTag(sealed.subarray(sealed.length - 16));
      JSON.parse(Buffer.concat([d.update(sealed.subarray(12, sealed.length - 16)), d.final()]).toString());
    }
    const iv = randomBytes(12);
    const c = createCipheriv('aes-256-gcm', gcmKey, iv);
    const sealed = Buffer.concat([iv, c.update(state), c.final(), c.getAuthTag()]).toString('base64');
    if (row) update.all(row.version + 1, sealed, 'now', key, row.version);
    else insert.all(key, sealed, 'now');
    return sha1(`tok1700000000${i}${cbc(true, reply).toString('base64')}`);
  }

  const run = (from: number, n: number) => {
    for (let i = from; i < from + n; i += TURN) {
      sqlite.exec('BEGIN');
      for (let j = i; j < i + TURN; j++) one(j);
      sqlite.exec('COMMIT');
    }
  };
  run(1_000_000, 8_000);
  const start = process.cpuUsage();
  run(0, deliveries);
  const used = process.cpuUsage(start);
  close();
  return (used.user + used.system) / deliveries;
}

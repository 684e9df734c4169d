// Faults: the real Node server is killed with SIGKILL while residents are sending requests over
// WeChat, then restarted on the same database. Every request a resident was told was sent
// ("申请编号 …") is there exactly once, nobody has two, and SQLite's integrity check passes.
// Then a WeChat retry storm (one delivery twenty times at once) and duplicate Telegram updates
// each advance the dialogue exactly once.
import { createServer, type Server } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newDataKey, Sealer } from '../../adapters/crypto/sealer.ts';
import { SimulatedWechat } from '../wechat/simulated-server.ts';
import { freePort, type RunningServer, startServer } from '../support/node-server.ts';

const wx = new SimulatedWechat('tok', 'wxfault', 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG');
const DATA_KEY = newDataKey();
const TG_SECRET = 'tg-secret';
const SCREEN = ['你好', '1', '七十八岁', '没有', '1', '2', '一年一千二', '每月150', '5', '没有', '1', '1', '6'];
/** Each resident a household of its own, with its own phone (one household is one case). */
const referFor = (u: number) => ['申请', '1', '王秀英', `1381234${String(u).padStart(4, '0')}`, '1', '1', '1', '1'];
const USERS = 24;

let dir = '';
let stub: Server;
let stubUrl = '';
let server: RunningServer | undefined;
const port = freePort();
const base = `http://127.0.0.1:${port}`;
const tgSends: { chat_id: number; text: string }[] = [];

async function start(): Promise<void> {
  server = await startServer(
    {
      DATABASE_PATH: join(dir, 'd.db'),
      DOUDI_CONFIG: join(dir, 'doudi.yaml'),
      DOUDI_DATA_KEY: DATA_KEY,
      DOUDI_LOG: 'off',
      WECHAT_TOKEN: wx.token,
      WECHAT_APPID: wx.appId,
      WECHAT_APPSECRET: 's',
      WECHAT_API_BASE: stubUrl,
      TELEGRAM_BOT_TOKEN: '42:abc',
      TELEGRAM_WEBHOOK_SECRET: TG_SECRET,
      TELEGRAM_API_ROOT: stubUrl,
    },
    { port },
  );
}

const stop = (signal: NodeJS.Signals) => server?.stop(signal) ?? Promise.resolve();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'doudi-fault-'));
  writeFileSync(
    join(dir, 'doudi.yaml'),
    'villages:\n  - code: dongguo\n    name: 东郭村\n    township: { code: bc, name: 北城街道 }\n    region: "140802"\n',
  );
  stub = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      if (req.url?.includes('/sendMessage')) {
        tgSends.push(JSON.parse(body));
        return res.end(
          JSON.stringify({ ok: true, result: { message_id: 1, date: 0, chat: { id: 1, type: 'private' } } }),
        );
      }
      if (req.url?.startsWith('/cgi-bin/stable_token'))
        return res.end(JSON.stringify({ access_token: 'T', expires_in: 7200 }));
      res.end(JSON.stringify({ ok: true, errcode: 0, errmsg: 'ok', result: true }));
    });
  });
  await new Promise<void>((r) => stub.listen(0, '127.0.0.1', r));
  stubUrl = `http://127.0.0.1:${(stub.address() as AddressInfo).port}`;
  await start();
}, 60_000);

afterAll(async () => {
  await stop('SIGTERM');
  stub?.close();
});

let msgId = 9_100_000_000_000_000_000n;
async function wechat(openId: string, text: string, id = String(msgId++)): Promise<string> {
  const d = wx.delivery(wx.textXml(openId, text, id), 'plain');
  const res = await fetch(base + d.url, { method: 'POST', body: d.body, headers: { 'content-type': 'text/xml' } });
  return res.text();
}

describe('kill -9 under load, and duplicate deliveries', () => {
  it('keeps every acknowledged request exactly once across a SIGKILL and restart', async () => {
    const acknowledged = new Map<string, string>();
    const confirmed = new Set<string>();
    let killAt = Number.POSITIVE_INFINITY;
    const resident = async (u: number) => {
      const openId = `oFAULT${String(u).padStart(4, '0')}`;
      try {
        for (const t of SCREEN) await wechat(openId, t);
        const refer = referFor(u);
        for (const [i, t] of refer.entries()) {
          if (i === refer.length - 1) confirmed.add(openId);
          const reply = await wechat(openId, t);
          const ref = reply.match(/申请编号：(DD-[2-9A-Z]{6})/)?.[1];
          if (ref) acknowledged.set(openId, ref);
        }
      } catch {
        // The server died under this resident: what they were told is what counts.
      }
    };
    // Residents arrive one after another; the server is killed once a third have been told.
    const running: Promise<void>[] = [];
    for (let u = 0; u < USERS; u++) {
      running.push(resident(u));
      await new Promise((r) => setTimeout(r, 15));
    }
    const killer = (async () => {
      while (acknowledged.size < USERS / 3) await new Promise((r) => setTimeout(r, 5));
      killAt = acknowledged.size;
      void server!.stop('SIGKILL');
    })();
    await Promise.all(running);
    await killer;
    expect(killAt).toBeGreaterThan(0);
    expect(acknowledged.size).toBeLessThan(USERS);

    await start();
    // The residents who were told "sent" confirm again (a habit, or a WeChat retry with a new id): nothing new.
    for (const openId of acknowledged.keys()) expect(await wechat(openId, '1')).not.toContain('申请编号');
    await stop('SIGTERM');

    const db = new Database(join(dir, 'd.db'), { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const rows = db.prepare('SELECT reference, resident FROM referrals').all() as {
      reference: string;
      resident: string;
    }[];
    db.close();
    const sealer = await Sealer.fromKey(DATA_KEY);
    const byResident = new Map<string, number>();
    for (const r of rows) byResident.set(r.resident, (byResident.get(r.resident) ?? 0) + 1);
    expect([...byResident.values()].every((n) => n === 1)).toBe(true);
    for (const [openId, ref] of acknowledged) {
      expect(
        rows.filter((r) => r.reference === ref),
        `${ref} stored once`,
      ).toHaveLength(1);
      expect(rows.find((r) => r.reference === ref)!.resident).toBe(await sealer.hash(`resident:wechat:${openId}`));
    }
    // Nothing appears that no resident confirmed.
    expect(rows.length).toBeLessThanOrEqual(confirmed.size);
    expect(rows.length).toBeGreaterThanOrEqual(acknowledged.size);
    await start();
  }, 120_000);

  it('a WeChat retry storm advances the dialogue once', async () => {
    const openId = 'oSTORM0001';
    await wechat(openId, '你好');
    const id = String(msgId++);
    const replies = await Promise.all(Array.from({ length: 20 }, () => wechat(openId, '1', id)));
    expect(replies.filter((r) => r.includes('都是谁、多大年纪'))).toHaveLength(1);
    expect(replies.filter((r) => r === 'success')).toHaveLength(19);
    const answers = await wechat(openId, '我的回答');
    expect(answers.match(/\d+\. /g)).toHaveLength(1);
  });

  it('duplicate Telegram updates advance the dialogue once', async () => {
    const update = (id: number, text: string) => ({
      update_id: id,
      message: {
        message_id: id,
        date: 1_700_000_000,
        chat: { id: 777, type: 'private' },
        from: { id: 777, is_bot: false, first_name: 'x' },
        text,
      },
    });
    const post = (u: unknown) =>
      fetch(`${base}/telegram`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': TG_SECRET },
        body: JSON.stringify(u),
      });
    await post(update(1, '/start'));
    const before = tgSends.length;
    const results = await Promise.all(Array.from({ length: 10 }, () => post(update(2, '1'))));
    expect(results.every((r) => r.status === 200)).toBe(true);
    const after = tgSends.slice(before);
    expect(after.filter((m) => m.text.includes('都是谁、多大年纪'))).toHaveLength(1);
    await post(update(3, '我的回答'));
    const answers = tgSends.filter((m) => m.text.includes('你已经回答的内容')).at(-1)!;
    expect(answers.text.match(/\d+\. /g)).toHaveLength(1);
  });
});

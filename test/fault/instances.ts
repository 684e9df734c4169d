/**
 * Two real Node instances on one PostgreSQL database, for the fault tests: the stubs they talk to
 * (WeChat's customer-service API and the Telegram Bot API, which receives village notifications
 * and counts them by request number, the notification's idempotency key), residents who talk to
 * them over WeChat the way WeChat and people do, and the checks of what the database holds
 * afterwards. Loopback only; every loop is bounded in tries and time.
 */
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { newDataKey, Sealer } from '../../adapters/crypto/sealer.ts';
import { SimulatedWechat } from '../wechat/simulated-server.ts';
import { freePort, type RunningServer, startServer } from '../support/node-server.ts';

export const SCREEN = ['你好', '1', '七十八岁', '没有', '1', '2', '一年一千二', '每月150', '5', '没有', '1', '6'];
/** The request, with a phone of the resident's own: each is a household of its own (one household is one case). */
export const referFor = (u: number) => [
  '申请',
  '1',
  '王秀英',
  `1381234${String(u).padStart(4, '0')}`,
  '1',
  '1',
  '1',
  '1',
];
const REFERENCE = /DD-[2-9A-Z]{6}/;

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** What the stubs received: customer-service texts by OpenID, and village notifications. */
export class Stubs {
  readonly customerService = new Map<string, string[]>();
  /** Every notification as delivered (a redelivery appears twice). */
  readonly notifications: string[] = [];
  private server?: Server;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        res.setHeader('content-type', 'application/json');
        if (req.url?.startsWith('/cgi-bin/stable_token'))
          return res.end(JSON.stringify({ access_token: 'T', expires_in: 7200 }));
        if (req.url?.startsWith('/cgi-bin/message/custom/send')) {
          const m = JSON.parse(body) as { touser: string; text: { content: string } };
          this.customerService.set(m.touser, [...(this.customerService.get(m.touser) ?? []), m.text.content]);
          return res.end(JSON.stringify({ errcode: 0, errmsg: 'ok' }));
        }
        if (req.url?.includes('/sendMessage')) {
          this.notifications.push((JSON.parse(body) as { text: string }).text);
          return res.end(
            JSON.stringify({ ok: true, result: { message_id: 1, date: 0, chat: { id: -1001, type: 'group' } } }),
          );
        }
        res.end(JSON.stringify({ ok: true, errcode: 0 }));
      });
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  /** Notifications by request number: the receiver's idempotency key. */
  byReference(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const text of this.notifications) {
      const ref = text.match(REFERENCE)?.[0];
      if (ref) counts.set(ref, (counts.get(ref) ?? 0) + 1);
    }
    return counts;
  }

  stop(): Promise<void> {
    return new Promise((r) => (this.server ? this.server.close(() => r()) : r()));
  }
}

export interface Instance {
  name: string;
  server?: RunningServer;
  up: boolean;
}

/** Two instances, their shared configuration and key. */
export class Fleet {
  readonly wx = new SimulatedWechat('tok', 'wxfleet', 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG');
  readonly dataKey = newDataKey();
  readonly instances: Instance[] = [
    { name: 'a', up: false },
    { name: 'b', up: false },
  ];
  private readonly dir = mkdtempSync(join(tmpdir(), 'doudi-fleet-'));
  private msgId = 9_200_000_000_000_000_000n;

  constructor(
    readonly databaseUrl: string,
    readonly stubs: Stubs,
  ) {
    writeFileSync(
      join(this.dir, 'doudi.yaml'),
      'limits: { apiPerMinute: 0 }\nvillages:\n  - code: dongguo\n    ' +
        'name: 东郭村\n    township: { code: bc, name: 北城街道 }\n    region:' +
        ' "140802"\n    notify: { telegramChatId: "-1001" }\n',
    );
  }

  async start(i: number): Promise<void> {
    const inst = this.instances[i]!;
    inst.server = await startServer(
      {
        DATABASE_URL: this.databaseUrl,
        DOUDI_CONFIG: join(this.dir, 'doudi.yaml'),
        DOUDI_DATA_KEY: this.dataKey,
        DOUDI_LOG: 'off',
        DOUDI_METRICS_TOKEN: 'metrics',
        // Short leases and frequent drains, so a row a killed instance had claimed is sent again within the test.
        DOUDI_OUTBOX_LEASE_SECONDS: '3',
        DOUDI_OUTBOX_INTERVAL_SECONDS: '1',
        DATABASE_CONNECT_TIMEOUT_MS: '2000',
        WECHAT_TOKEN: this.wx.token,
        WECHAT_APPID: this.wx.appId,
        WECHAT_APPSECRET: 's',
        WECHAT_API_BASE: this.stubs.url,
        TELEGRAM_BOT_TOKEN: '42:abc',
        TELEGRAM_WEBHOOK_SECRET: 'tg-secret',
        TELEGRAM_API_ROOT: this.stubs.url,
      },
      { port: freePort(), capture: true },
    );
    inst.up = true;
  }

  async kill(i: number): Promise<void> {
    const inst = this.instances[i]!;
    inst.up = false;
    await inst.server?.stop('SIGKILL');
  }

  async stopAll(): Promise<void> {
    for (const inst of this.instances) {
      inst.up = false;
      await inst.server?.stop('SIGTERM');
    }
    rmSync(this.dir, { recursive: true, force: true });
  }

  nextMsgId(): string {
    return String(this.msgId++);
  }

  /** One POST of a delivery to one instance: the reply text, or undefined when the instance failed it. */
  async post(i: number, openId: string, text: string, msgId: string): Promise<string | undefined> {
    const inst = this.instances[i]!;
    if (!inst.up || !inst.server) return undefined;
    const d = this.wx.delivery(this.wx.textXml(openId, text, msgId), 'plain');
    try {
      const res = await fetch(inst.server.base + d.url, {
        method: 'POST',
        body: d.body,
        headers: { 'content-type': 'text/xml' },
        signal: AbortSignal.timeout(10_000),
      });
      const body = await res.text();
      return res.status < 500 ? body : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * A delivery as WeChat makes it: the same message again, to whichever instance is up, while it
   * gets no answer (at most `tries` times). Resolves to the reply, or undefined when none came.
   */
  async deliver(
    prefer: number,
    openId: string,
    text: string,
    msgId = this.nextMsgId(),
    tries = 12,
  ): Promise<string | undefined> {
    for (let t = 0; t < tries; t++) {
      const reply = await this.post((prefer + t) % 2, openId, text, msgId);
      if (reply !== undefined) return reply;
      await sleep(250);
    }
    return undefined;
  }

  async readyz(i: number): Promise<{ status: number; code?: string } | undefined> {
    const inst = this.instances[i]!;
    if (!inst.up || !inst.server) return undefined;
    try {
      const res = await fetch(`${inst.server.base}/readyz`, { signal: AbortSignal.timeout(5_000) });
      const body = (await res.json()) as { error?: { code: string } };
      return { status: res.status, ...(body.error ? { code: body.error.code } : {}) };
    } catch {
      return undefined;
    }
  }

  async metrics(i: number): Promise<string> {
    const inst = this.instances[i]!;
    const res = await fetch(`${inst.server!.base}/metrics`, { headers: { authorization: 'Bearer metrics' } });
    return res.text();
  }
}

/** Texts newer than `seen` sent to `openId` through customer service (a reply that missed the passive window). */
function lateReplies(stubs: Stubs, openId: string, seen: number): string[] {
  return (stubs.customerService.get(openId) ?? []).slice(seen);
}

export interface ResidentLog {
  /** OpenID → the request number the resident was told. */
  acknowledged: Map<string, string>;
  /** Residents who confirmed a request (whether or not they were told its number). */
  confirmed: Set<string>;
  /** Duplicate deliveries sent to both instances at once, and how many of those got two answers. */
  duplicatePairs: number;
  doubleAnswers: number;
  /** Messages a resident sent again, with a new id, after getting no answer. */
  resent: number;
}

export function newResidentLog(): ResidentLog {
  return { acknowledged: new Map(), confirmed: new Set(), duplicatePairs: 0, doubleAnswers: 0, resent: 0 };
}

/**
 * A resident screening and sending a request over WeChat. Deliveries alternate between the
 * instances; every fourth is also delivered to both at once (WeChat's retry storm reaching two
 * instances). A delivery that gets only "success" may be answered later through customer service;
 * if nothing comes, the resident sends the text again (a new message), at most twice, then stops.
 */
export async function resident(fleet: Fleet, u: number, log: ResidentLog): Promise<void> {
  const openId = `oFLEET${String(u).padStart(4, '0')}`;
  const script = [...SCREEN, ...referFor(u)];
  for (const [step, text] of script.entries()) {
    if (step === script.length - 1) log.confirmed.add(openId);
    let answer: string | undefined;
    for (let attempt = 0; attempt < 3 && answer === undefined; attempt++) {
      if (attempt > 0) log.resent++;
      const seen = fleet.stubs.customerService.get(openId)?.length ?? 0;
      const msgId = fleet.nextMsgId();
      const prefer = (u + step) % 2;
      let reply: string | undefined;
      if (step % 4 === 3 && fleet.instances.every((i) => i.up)) {
        const both = await Promise.all([fleet.post(0, openId, text, msgId), fleet.post(1, openId, text, msgId)]);
        log.duplicatePairs++;
        const answered = both.filter((r) => r !== undefined && r !== 'success');
        if (answered.length > 1) log.doubleAnswers++;
        reply =
          answered[0] ??
          (both.some((r) => r !== undefined) ? 'success' : await fleet.deliver(prefer, openId, text, msgId));
      } else reply = await fleet.deliver(prefer, openId, text, msgId);
      if (reply !== undefined && reply !== 'success') answer = reply;
      else {
        // Answered "success": the reply may come through customer service within a few seconds.
        for (let w = 0; w < 30 && answer === undefined; w++) {
          const late = lateReplies(fleet.stubs, openId, seen);
          if (late.length > 0) answer = late.join('\n');
          else await sleep(200);
        }
      }
    }
    if (answer === undefined) return;
    const ref = answer.match(/申请编号：(DD-[2-9A-Z]{6})/)?.[1];
    if (ref) log.acknowledged.set(openId, ref);
  }
}

export interface Stored {
  referrals: { id: string; reference: string; resident: string }[];
  incomplete: string[];
  outboxNotSent: number;
  sessions: number;
  sessionsUnreadable: number;
  invalidIndexes: number;
}

/** What the database holds, checked from outside the instances. */
export async function inspect(databaseUrl: string, dataKey: string): Promise<Stored> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const referrals = (
      await client.query<{ id: string; reference: string; resident: string }>(
        'SELECT id, reference, resident FROM referrals',
      )
    ).rows;
    // Written in one atomic step with each request: its first event, its audit row, its notification.
    const incomplete = (
      await client.query<{ reference: string }>(
        `SELECT r.reference FROM referrals r
         WHERE NOT EXISTS (SELECT 1 FROM referral_events e WHERE e.referral_id = r.id AND e.to_status = 'new')
            OR NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.referral_id = r.id AND a.action = 'referral.create')
            OR NOT EXISTS (SELECT 1 FROM outbox o WHERE o.dedupe_key = 'new:' || r.id)`,
      )
    ).rows.map((r) => r.reference);
    const outboxNotSent = (
      await client.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM outbox WHERE dedupe_key LIKE 'new:%' AND status <> 'sent'",
      )
    ).rows[0]!.n;
    const sealer = await Sealer.fromKey(dataKey);
    const states = (await client.query<{ state: string }>('SELECT state FROM sessions')).rows;
    let sessionsUnreadable = 0;
    for (const s of states) {
      try {
        await sealer.open((JSON.parse(s.state) as { sealed: string }).sealed);
      } catch {
        sessionsUnreadable++;
      }
    }
    const invalidIndexes = (
      await client.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM pg_index WHERE NOT indisvalid OR NOT indisready',
      )
    ).rows[0]!.n;
    return { referrals, incomplete, outboxNotSent, sessions: states.length, sessionsUnreadable, invalidIndexes };
  } finally {
    await client.end();
  }
}

/** Waits (bounded) until every village notification is marked sent. */
export async function outboxDrained(databaseUrl: string, ms = 30_000): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (const end = Date.now() + ms; Date.now() < end; ) {
      const n = (
        await client.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM outbox WHERE status IN ('pending', 'sending')",
        )
      ).rows[0]!.n;
      if (n === 0) return true;
      await sleep(250);
    }
    return false;
  } finally {
    await client.end();
  }
}

/** Screenings through the public API, spread over the instances and retried on the other one, until `stop()`. */
export function apiLoad(fleet: Fleet): { stop: () => Promise<{ ok: number; failedForGood: number }> } {
  let running = true;
  let ok = 0;
  let failedForGood = 0;
  const body = JSON.stringify({ region: '140802', household: { members: [{ relation: 'self', age: 70 }] } });
  const loop = (async () => {
    for (let n = 0; running && n < 5_000; n++) {
      let done = false;
      for (let t = 0; t < 12 && !done; t++) {
        const inst = fleet.instances[(n + t) % 2]!;
        if (!inst.up || !inst.server) continue;
        try {
          const res = await fetch(`${inst.server.base}/api/v1/screen`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body,
            signal: AbortSignal.timeout(10_000),
          });
          await res.arrayBuffer();
          done = res.status === 200;
        } catch {
          // The instance died under it: tried again on the other.
        }
        if (!done) await sleep(250);
      }
      if (done) ok++;
      else failedForGood++;
      await sleep(20);
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return { ok, failedForGood };
    },
  };
}

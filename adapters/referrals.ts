/**
 * Wires requests to village committees, runtime-neutral like channels.ts: the desk the dialogue
 * hands confirmed requests to, the outbox runner with its senders, and the retention sweep.
 * The host supplies the database, the atomic() port, the sealer, the villages and a way to run
 * background work (in-process on Node, waitUntil on Workers).
 */
import type { HandleDeps } from '../bot/engine.ts';
import type { Clock } from '../bot/ports.ts';
import type { VillageDirectory } from './config/villages.ts';
import type { Sealer } from './crypto/sealer.ts';
import type { Atomic } from './db/ports.ts';
import { DrizzleReferralDesk } from './db/referrals.ts';
import type { Db } from './db/repositories.ts';
import { sweepExpired } from './db/retention.ts';
import { referrals } from './db/schema.ts';
import { drainOutbox } from './notify/runner.ts';
import { senders } from './notify/senders.ts';
import { eq } from 'drizzle-orm';

export interface ReferralSetupDeps {
  db: Db;
  atomic: Atomic;
  sealer: Sealer;
  villages: VillageDirectory;
  clock: Clock;
  publicUrl: string;
  background: (p: Promise<unknown>) => void;
  log: (event: string, fields: Record<string, unknown>) => void;
  fetch?: typeof fetch;
  telegram?: { token: string; apiRoot?: string };
}

export interface ReferralSetup {
  /** For handleMessage (every channel). */
  engine: NonNullable<HandleDeps['referral']>;
  /** Sends what is due in the outbox; `wechatSendText` is set once the WeChat channel exists. */
  drain: () => Promise<unknown>;
  sweep: () => Promise<unknown>;
  setWechatSender: (send: (openId: string, text: string) => Promise<void>) => void;
}

export function setUpReferrals(d: ReferralSetupDeps): ReferralSetup {
  let wechatSendText: ((openId: string, text: string) => Promise<void>) | undefined;
  const send = senders({
    villages: d.villages,
    sealer: d.sealer,
    publicUrl: d.publicUrl,
    ...(d.fetch ? { fetch: d.fetch } : {}),
    ...(d.telegram ? { telegram: d.telegram } : {}),
    wechatSendText: (openId, text) => {
      if (!wechatSendText) throw new Error('WeChat is not configured');
      return wechatSendText(openId, text);
    },
    loadReferral: async (id) => (await d.db.select({ channel: referrals.channel, sealed: referrals.sealed }).from(referrals).where(eq(referrals.id, id)))[0],
  });
  const drain = () => drainOutbox({ db: d.db, sealer: d.sealer, send, nowMs: () => d.clock.now().getTime(), log: d.log });
  const desk = new DrizzleReferralDesk({ db: d.db, atomic: d.atomic, sealer: d.sealer, villages: d.villages, now: () => d.clock.now(), kick: () => d.background(drain()) });
  return {
    engine: { desk, villages: d.villages, keepDays: d.villages.retention.closedRequestDays },
    drain,
    sweep: () => sweepExpired(d.db, d.atomic, d.villages.retention, d.clock.now()),
    setWechatSender: (s) => {
      wechatSendText = s;
    },
  };
}

/**
 * Wires requests to village committees, runtime-neutral like channels.ts: the desk the dialogue
 * hands confirmed requests to, the outbox runner with its senders, and the background jobs: the
 * retention sweep, and the office's jobs — raising overdue requests to the township and county
 * (./notify/escalation.ts) and the 回访 after a request is finished (./notify/follow-up.ts).
 * The host supplies the database, the atomic() port, the sealer, the villages and a way to run
 * background work (in-process on Node, waitUntil on Workers).
 */
import type { HandleDeps } from '../bot/engine.ts';
import type { Clock } from '../bot/ports.ts';
import type { VillageDirectory } from './config/villages.ts';
import type { Sealer } from './crypto/sealer.ts';
import type { Atomic } from './db/ports.ts';
import { DrizzleReferralDesk, newId, residentHash } from './db/referrals.ts';
import type { Db } from './db/repositories.ts';
import { sweepExpired } from './db/retention.ts';
import { DrizzleJobLeases, instanceName, type JobLeases, runIfLeased } from './db/jobs.ts';
import { enqueueQuery } from './notify/outbox.ts';
import { type DrainResult, drainOutbox } from './notify/runner.ts';
import { senders } from './notify/senders.ts';
import { type EscalationResult, escalateOverdue } from './notify/escalation.ts';
import { queueMonthlyReminders } from './notify/monthly-reminder.ts';
import { type FollowUpResult, sendFollowUps } from './notify/follow-up.ts';
import { recipientLoader } from './notify/recipients.ts';

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
  /**
   * Leases that keep the retention sweep to one instance at a time (default: in this database, under a random instance
   * name).
   */
  leases?: JobLeases;
  /** How long a claimed outbox row is left to its sender (adapters/notify/runner.ts LEASE_MS by default). */
  outboxLeaseMs?: number;
  /** Told each pass's counts (for /metrics). */
  onDrained?: (result: DrainResult) => void;
}

/**
 * The retention sweep runs hourly on every instance's timer; whichever takes the lease first
 * sweeps, and keeps the lease a little under the hour so the others skip that round.
 */
export const SWEEP_LEASE_MS = 55 * 60_000;

/**
 * The office's jobs (escalation, 回访) run with the sweep, under a lease of their own kept a
 * little under the sweep's period, so one instance runs them each round and a crashed holder's
 * lease has ended by the next.
 */
export const OFFICE_LEASE_MS = 50 * 60_000;

export interface ReferralSetup {
  /** For handleMessage (every channel). */
  engine: NonNullable<HandleDeps['referral']> & { desk: DrizzleReferralDesk };
  /** Sends what is due in the outbox; `wechatSendText` is set once the WeChat channel exists. */
  drain: () => Promise<unknown>;
  /** The retention sweep and the office's jobs, each on the instance holding its lease. */
  sweep: () => Promise<unknown>;
  /** The office's jobs alone, now (under their lease): what sweep runs besides retention. */
  office: () => Promise<{ escalation: EscalationResult; followUp: FollowUpResult; reminders: number } | undefined>;
  setWechatSender: (send: (openId: string, text: string) => Promise<void>) => void;
  /** WeChat replies sent later, through the durable outbox (in order, retried, never lost once acknowledged). */
  sendWechatLater: (openId: string, texts: string[]) => Promise<void>;
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
    loadRecipient: recipientLoader(d.db, d.sealer),
  });
  // One drain at a time in this process (so messages to one resident keep their order); a kick
  // during a drain runs one more pass after it.
  let running: Promise<unknown> | undefined;
  let again = false;
  const drainOnce = async () => {
    const result = await drainOutbox({
      db: d.db,
      sealer: d.sealer,
      send,
      nowMs: () => d.clock.now().getTime(),
      log: d.log,
      ...(d.outboxLeaseMs ? { leaseMs: d.outboxLeaseMs } : {}),
    });
    d.onDrained?.(result);
    return result;
  };
  const leases = d.leases ?? new DrizzleJobLeases(d.db, instanceName());
  const drain = (): Promise<unknown> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await drainOnce();
      } while (again);
    })().finally(() => {
      running = undefined;
    });
    return running;
  };
  const jobDeps = { db: d.db, atomic: d.atomic, sealer: d.sealer, villages: d.villages, now: () => d.clock.now() };
  const officeJobs = () =>
    runIfLeased(leases, 'office', OFFICE_LEASE_MS, async () => ({
      escalation: await escalateOverdue(jobDeps),
      followUp: await sendFollowUps(jobDeps),
      reminders: await queueMonthlyReminders(jobDeps),
    }));
  const desk = new DrizzleReferralDesk({
    db: d.db,
    atomic: d.atomic,
    sealer: d.sealer,
    villages: d.villages,
    now: () => d.clock.now(),
    kick: () => d.background(drain()),
  });
  return {
    engine: { desk, villages: d.villages, keepDays: d.villages.retention.closedRequestDays },
    drain,
    sweep: async () => {
      const swept = await runIfLeased(leases, 'retention', SWEEP_LEASE_MS, () =>
        sweepExpired(d.db, d.atomic, d.villages.retention, d.clock.now()),
      );
      const office = await officeJobs();
      if (
        office &&
        office.escalation.township + office.escalation.county + office.followUp.asked + office.reminders > 0
      )
        d.background(drain());
      return { swept, office };
    },
    office: officeJobs,
    setWechatSender: (s) => {
      wechatSendText = s;
    },
    sendWechatLater: async (openId, texts) => {
      const now = d.clock.now();
      const batch = newId();
      // Targeted by the resident's keyed hash, so 删除我的信息 can drop what is still queued.
      const target = `wechat:${await residentHash(d.sealer, { channel: 'wechat', userId: openId })}`;
      const queries = [];
      for (const [i, text] of texts.entries()) {
        queries.push(
          (
            await enqueueQuery(
              d.db,
              d.sealer,
              {
                dedupeKey: `cs:${batch}:${i}`,
                kind: 'wechat_cs',
                target,
                payload: { kind: 'wechat_text', openId, text },
              },
              now,
            )
          ).query,
        );
      }
      if (queries.length) await d.atomic(queries);
      d.background(drain());
    },
  };
}

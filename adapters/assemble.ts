/**
 * The whole service from its parts, once for every host: sealed sessions and hashed dedup,
 * requests to village committees with their outbox, the chat channels, the screening links, the
 * staff console and the API. Runtime-neutral: node.ts and worker.ts open the database, find the
 * key and configuration, and hand over how to run background work; this file wires the rest, so
 * the two hosts cannot drift apart.
 */
import type { Context, Hono } from 'hono';
import type { HandleDeps } from '../bot/engine.ts';
import type { DedupStore } from './db/ports.ts';
import type { ParameterSet } from '../screening/index.ts';
import { type ChannelEnv, setUpChannels } from './channels.ts';
import { HashedDedupStore, SealedSessionStore } from './db/pseudonymous-stores.ts';
import { DrizzleDedupStore, DrizzleLinkStore, DrizzleScreeningLog, DrizzleSessionStore } from './db/repositories.ts';
import { type ClientOf, clientKey } from './http/client.ts';
import type { ReadinessProbe } from './http/readiness.ts';
import { DEFAULT_LIMITS, type Limits } from './config/limits.ts';
import { DrizzleRateLimits } from './db/limits.ts';
import { createApp } from './http/app.ts';
import { sharedCreationLimit } from './http/rate-limit.ts';
import { DEFAULT_CREATION_LIMIT } from './web/link/creation-limit.ts';
import { type ReferralSetup, type ReferralSetupDeps, setUpReferrals } from './referrals.ts';
import { linkRoutes } from './web/link/routes.tsx';
import type { Metrics } from './ops/metrics.ts';
import { outboxCounts } from './notify/outbox.ts';
import { staffRoutes } from './web/staff/routes.tsx';
import { visitsSource } from './web/staff/charts/visits-source.ts';
import { CountingSessionStore } from './stats/counting-store.ts';
import { DrizzleDialogueCounts } from './db/dialogue-counts.ts';
import { parseHotlineTokens } from './config/hotline-tokens.ts';
import { hotlineFeedbackRoutes } from './http/routes/hotline-feedback.ts';
import { staffDesk } from './web/staff/cases/desk.ts';

export interface HostEnv extends ChannelEnv {
  DOUDI_ADMIN_TOKEN?: string;
  /**
   * `<county or city code>=<token>,…`: the 12345 systems that may read feedback (adapters/config/hotline-tokens.ts).
   */
  DOUDI_HOTLINE_TOKENS?: string;
}

/**
 * What a host opens and hands over: everything requests to village committees need (the
 * database, key, villages, clock, address, background runner, log and outbound fetch; the
 * Node server's fetch waits for its commits), plus the environment and the parameters.
 */
export interface HostParts extends Omit<ReferralSetupDeps, 'telegram'> {
  env: HostEnv;
  parameters: ParameterSet;
  /**
   * The client's address and scheme as this host sees them (adapters/http/client.ts); the link page counts new
   * dialogues by it too.
   */
  client?: ClientOf;
  /** DOUDI_CONFIG's `limits` (adapters/config/limits.ts); the defaults without it. */
  limits?: Limits;
  /** Whether the database takes writes (GET /readyz), probed the host's way. */
  ready?: ReadinessProbe;
  /**
   * The host's metrics (adapters/ops/metrics.ts): every request timed, dedup claims and outbox sends counted, the
   * outbox's backlog read at each scrape.
   */
  metrics?: Metrics;
  /** More routes the host serves on the app (/metrics behind its token). */
  routes?: Hono[];
  /** false when the host's logs are off: no line per request (../http/app.ts). Default true. */
  logRequests?: boolean;
  /**
   * Several instances share the database (PostgreSQL): counts that would otherwise be kept in
   * memory (new dialogues per client on the link page) are kept in the database.
   */
  sharedCounts?: boolean;
  /**
   * Milliseconds the anonymous dialogue counts gather before one write (adapters/stats/); default 0, each turn's with
   * it.
   */
  countFlushMs?: number;
}

export interface Assembled {
  app: Hono;
  referrals: ReferralSetup;
  /** What every chat channel hands messages to (sealed sessions, requests): for telegram:poll. */
  engine: HandleDeps;
  dedup: DedupStore;
  /** Start-up lines: each channel on or off and why, links, requests, console. */
  status: string[];
  /** Writes the dialogue counts still gathered (a host shutting down). */
  flushCounts: () => Promise<void>;
}

/** Which years' holidays the deadlines know, and a warning when this year or the next is not one of them. */
function deadlineStatus(years: number[], today: string): string {
  const year = Number(today.slice(0, 4));
  const missing = [year, year + 1].filter((y) => !years.includes(y));
  return (
    `Deadlines: working days with the holidays of ${years.join(', ')}` +
    (missing.length
      ? ` — add ${missing.join(' and ')} under calendar in DOUDI_CONFIG when published` +
        ' (until then only weekends are skipped)'
      : '')
  );
}

export function assemble(h: HostParts): Assembled {
  const {
    env,
    parameters,
    client,
    limits = DEFAULT_LIMITS,
    ready,
    metrics,
    routes = [],
    logRequests = true,
    sharedCounts = false,
    ...shared
  } = h;
  const { db, sealer, villages } = shared;
  const referrals = setUpReferrals({
    ...shared,
    ...(metrics
      ? {
          onDrained: (r: { sent: number; retried: number; failed: number; deferred: number }) => {
            for (const [outcome, n] of Object.entries(r)) if (n > 0) metrics.outboxSent.inc({ outcome }, n);
          },
        }
      : {}),
    ...(env.TELEGRAM_BOT_TOKEN
      ? {
          telegram: {
            token: env.TELEGRAM_BOT_TOKEN,
            ...(env.TELEGRAM_API_ROOT ? { apiRoot: env.TELEGRAM_API_ROOT } : {}),
          },
        }
      : {}),
  });
  // One engine for every channel and the link page: sealed sessions under hashed keys, requests.
  // Counted outside the sealing: the counter sees the plain state, and keeps only anonymous counts (adapters/stats/).
  const sessions = new CountingSessionStore(new SealedSessionStore(new DrizzleSessionStore(db), sealer), {
    counts: new DrizzleDialogueCounts(db),
    parameters,
    now: () => h.clock.now(),
    log: h.log,
    flushMs: h.countFlushMs ?? 0,
  });
  const engine: HandleDeps = { store: sessions, clock: h.clock, parameters, referral: referrals.engine };
  // Counted before hashing, where the key still says its channel (wx:, tg:).
  const hashed = new HashedDedupStore(new DrizzleDedupStore(db), sealer);
  const dedup = metrics ? metrics.countingDedup(hashed) : hashed;
  metrics?.watchOutbox(() => outboxCounts(db));
  const channels = setUpChannels(env, {
    db,
    engine,
    background: h.background,
    log: h.log,
    dedup,
    sendWechatLater: referrals.sendWechatLater,
    ...(h.fetch ? { fetch: h.fetch } : {}),
  });
  if (channels.wechatSendText) referrals.setWechatSender(channels.wechatSendText);
  const web = linkRoutes({
    links: new DrizzleLinkStore(db),
    engine,
    requestsOf: (key) => referrals.engine.desk.requestsOf(key),
    villageName: (code) => villages.get(code)?.name,
    villageContacts: (code) => villages.get(code)?.contacts,
    publicUrl: h.publicUrl,
    ...(env.DOUDI_ADMIN_TOKEN ? { adminToken: env.DOUDI_ADMIN_TOKEN } : {}),
    ...(client ? { clientAddress: (c: Context) => clientKey(client(c).ip) } : {}),
    ...(sharedCounts
      ? {
          sharedCreation: sharedCreationLimit(
            new DrizzleRateLimits(db),
            (text) => sealer.hash(text),
            DEFAULT_CREATION_LIMIT,
          ),
        }
      : {}),
  });
  const staff = staffRoutes({
    db,
    atomic: h.atomic,
    sealer,
    villages,
    clock: h.clock,
    publicUrl: h.publicUrl,
    log: h.log,
    parameters,
    referralDesk: referrals.engine.desk,
    kick: () => h.background(referrals.drain()),
    visits: visitsSource,
    ...(client ? { client } : {}),
  });
  const hotlineTokens = parseHotlineTokens(env.DOUDI_HOTLINE_TOKENS);
  const feedback = hotlineFeedbackRoutes({
    desk: staffDesk({ db, atomic: h.atomic, sealer, villages, clock: h.clock, parameters }),
    tokens: hotlineTokens,
  });
  const app = createApp({
    parameters,
    today: h.clock.today,
    log: h.log,
    logRequests,
    screeningLog: new DrizzleScreeningLog(db),
    channels: [...routes, ...channels.routes, web, staff, feedback as unknown as Hono],
    ...(client ? { client } : {}),
    ...(ready ? { ready } : {}),
    ...(metrics ? { observe: metrics.observe } : {}),
    publicLimit: {
      perMinute: limits.apiPerMinute,
      counter: new DrizzleRateLimits(db),
      hash: (text) => sealer.hash(text),
      nowMs: () => h.clock.now().getTime(),
    },
  });
  return {
    app,
    referrals,
    engine,
    dedup,
    flushCounts: () => sessions.settled(),
    status: [
      ...channels.status,
      `Screening links (/s/<token>): on` +
        (env.DOUDI_ADMIN_TOKEN
          ? ''
          : ' — create them with npx doudi link create (POST /api/v1/links needs DOUDI_ADMIN_TOKEN)'),
      `Requests to village committees: on, ` +
        `${villages.demo ? 'demo villages (configure villages in DOUDI_CONFIG)' : `${villages.all().length} villages`}`,
      'Staff console (/staff): on — create accounts with npx doudi staff add',
      `12345 feedback (GET /api/v1/hotline/feedback): ` +
        (hotlineTokens.length
          ? `on for ${hotlineTokens.map((t) => t.code).join(', ')}`
          : 'off — set DOUDI_HOTLINE_TOKENS'),
      deadlineStatus(villages.calendar.years, h.clock.today()),
      `Public API limit: ` +
        (limits.apiPerMinute > 0 ? `${limits.apiPerMinute} POSTs a minute per client` : 'off (limits.apiPerMinute: 0)'),
    ],
  };
}

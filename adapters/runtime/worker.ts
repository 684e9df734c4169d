/**
 * The Cloudflare Workers host: the only file that knows env bindings, D1 and ExecutionContext.
 * It builds the same app as node.ts (createApp + setUpChannels + screening links) once per
 * isolate and bindings object, on D1 through drizzle-orm/d1 with the tables that
 * `wrangler d1 migrations apply` created from adapters/db/migrations.
 *
 * Work that outlives a request (WeChat replies sent after the 5-second budget) goes to the
 * request's `ctx.waitUntil`: an AsyncLocalStorage carries the current request's context to the
 * runtime-neutral `background` port, so concurrent requests never hand work to each other.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { drizzle } from 'drizzle-orm/d1';
import type { Hono } from 'hono';
import { builtInParameterSet, ConfigError, type ParameterSet, withOperatorConfig } from '../../screening/index.ts';
import { assemble, type HostEnv } from '../assemble.ts';
import { parseConfigText } from '../config/load-config.ts';
import { villageDirectory, type VillageDirectory } from '../config/villages.ts';
import { Sealer } from '../crypto/sealer.ts';
import type { Atomic } from '../db/ports.ts';
import type { ReferralSetup } from '../referrals.ts';
import type { ClientOf } from '../http/client.ts';
import { NOT_WRITABLE, type ReadinessProbe, sharedProbe } from '../http/readiness.ts';
import { type Limits, limitsFrom } from '../config/limits.ts';
import { writeProbe } from '../db/limits.ts';
import type { Db } from '../db/repositories.ts';
import { chinaDate } from '../http/today.ts';

/** The D1 binding as drizzle-orm/d1 accepts it (no dependency on @cloudflare/workers-types). */
export type D1Binding = Parameters<typeof drizzle>[0];

/** The part of ExecutionContext this host uses. */
export interface WorkerContext {
  waitUntil(promise: Promise<unknown>): void;
}

/**
 * Bindings (wrangler.toml): `DB` (D1), plain vars, and secrets set with `wrangler secret put`.
 * Names and meanings are those of contract.md; DOUDI_CONFIG holds the configuration's text
 * (YAML or JSON) instead of a path, since a Worker has no file system.
 */
export interface WorkerEnv extends HostEnv {
  DB: D1Binding;
  DOUDI_CONFIG?: string;
  DOUDI_PUBLIC_URL?: string;
  DOUDI_ADMIN_TOKEN?: string;
  DOUDI_DATA_KEY?: string;
  DOUDI_LOG?: string;
}

const requestContext = new AsyncLocalStorage<WorkerContext>();

function background(p: Promise<unknown>, log: (event: string, f: Record<string, unknown>) => void): void {
  const tracked = p.catch((e: unknown) => log('background.failed', { error: String(e) }));
  const ctx = requestContext.getStore();
  // Outside a request (never expected): the promise still runs, the isolate may end it early.
  if (ctx) ctx.waitUntil(tracked);
  else log('background.unbound', {});
}

function loadParameters(text: string | undefined): ParameterSet {
  const base = builtInParameterSet();
  if (!text?.trim()) return base;
  return withOperatorConfig(base, parseConfigText(text, 'DOUDI_CONFIG'));
}

type Built = { app: Hono; referrals: ReferralSetup } | { error: string };

/**
 * A Worker is reached only through Cloudflare, which sets CF-Connecting-IP to the address it
 * received the request from (a client's own value is replaced), and the URL keeps the scheme.
 */
const workerClient: ClientOf = (c) => ({
  ip: c.req.header('cf-connecting-ip') || undefined,
  https: new URL(c.req.url).protocol === 'https:',
});

/** /readyz on Workers: D1 takes the probe's one-row write (there is no disk of ours to look at). */
function d1Readiness(db: Db): ReadinessProbe {
  return async () => {
    try {
      await writeProbe(db, Date.now());
      return { ok: true };
    } catch {
      return NOT_WRITABLE;
    }
  };
}

/** D1 rejects BEGIN: a batch is its all-or-nothing unit. */
export function d1Atomic(db: ReturnType<typeof drizzle>): Atomic {
  return async (queries) => {
    if (queries.length > 0) await db.batch(queries as [never, ...never[]]);
  };
}

/** Builds the app for one bindings object; a bad DOUDI_CONFIG or a missing data key is reported on every request. */
export async function buildWorkerApp(env: WorkerEnv, origin: string): Promise<Built> {
  const log = (event: string, fields: Record<string, unknown>) => {
    if (env.DOUDI_LOG !== 'off') console.log(JSON.stringify({ t: new Date().toISOString(), event, ...fields }));
  };
  let parameters: ParameterSet;
  let villages: VillageDirectory;
  let sealer: Sealer;
  let limits: Limits;
  try {
    parameters = loadParameters(env.DOUDI_CONFIG);
    const config = env.DOUDI_CONFIG?.trim() ? parseConfigText(env.DOUDI_CONFIG, 'DOUDI_CONFIG') : {};
    villages = villageDirectory(config);
    limits = limitsFrom(config);
    // A Worker has nowhere to keep a generated key, so the secret is required here.
    if (!env.DOUDI_DATA_KEY)
      throw new Error(
        'DOUDI_DATA_KEY is not set: personal data is encrypted at ' +
          'rest, set it with `wrangler secret put DOUDI_DATA_KEY`',
      );
    sealer = await Sealer.fromKey(env.DOUDI_DATA_KEY);
  } catch (e) {
    const message = e instanceof ConfigError ? e.message : `${(e as Error).message}`;
    console.error(message);
    return { error: message };
  }
  const db = drizzle(env.DB);
  const atomic = d1Atomic(db);
  const clock = { now: () => new Date(), today: () => chinaDate() };
  const { app, referrals, status } = assemble({
    env,
    db,
    atomic,
    sealer,
    parameters,
    villages,
    clock,
    publicUrl: env.DOUDI_PUBLIC_URL ?? origin,
    background: (p: Promise<unknown>) => background(p, log),
    log,
    client: workerClient,
    limits,
    ready: sharedProbe(d1Readiness(db)),
  });
  for (const line of status) log('channel', { status: line });
  return { app, referrals };
}

// One app per bindings object: the runtime passes the same env to every request of an isolate.
const built = new WeakMap<WorkerEnv, Promise<Built>>();

function appFor(env: WorkerEnv, origin: string): Promise<Built> {
  let b = built.get(env);
  if (!b) {
    b = buildWorkerApp(env, origin);
    built.set(env, b);
  }
  return b;
}

export default {
  async fetch(request: Request, env: WorkerEnv, ctx: WorkerContext): Promise<Response> {
    const b = await appFor(env, new URL(request.url).origin);
    if ('error' in b) {
      return Response.json(
        { error: { code: 'CONFIG_ERROR', message: '服务配置有误，请联系管理员。(configuration error)' } },
        { status: 500 },
      );
    }
    const app = b.app;
    return requestContext.run(ctx, () => app.fetch(request, env, ctx as never));
  },

  /** The cron trigger (wrangler.toml): send what the outbox holds, delete what has expired. */
  async scheduled(_event: unknown, env: WorkerEnv, ctx: WorkerContext): Promise<void> {
    const b = await appFor(env, env.DOUDI_PUBLIC_URL ?? 'https://doudi.invalid');
    if ('error' in b) return;
    const r = b.referrals;
    ctx.waitUntil(requestContext.run(ctx, () => Promise.all([r.drain(), r.sweep()])));
  },
};

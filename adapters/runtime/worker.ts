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
import { type ChannelEnv, setUpChannels } from '../channels.ts';
import { parseConfigText } from '../config/load-config.ts';
import { DrizzleLinkStore, DrizzleScreeningLog, DrizzleSessionStore } from '../db/repositories.ts';
import { createApp } from '../http/app.ts';
import { chinaDate } from '../http/today.ts';
import { linkRoutes } from '../web/link/routes.tsx';

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
export interface WorkerEnv extends ChannelEnv {
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

type Built = { app: Hono } | { error: string };

/** Builds the app for one bindings object; a bad DOUDI_CONFIG is reported on every request. */
export function buildWorkerApp(env: WorkerEnv, origin: string): Built {
  const log = (event: string, fields: Record<string, unknown>) => {
    if (env.DOUDI_LOG !== 'off') console.log(JSON.stringify({ t: new Date().toISOString(), event, ...fields }));
  };
  let parameters: ParameterSet;
  try {
    parameters = loadParameters(env.DOUDI_CONFIG);
  } catch (e) {
    const message = e instanceof ConfigError ? e.message : `DOUDI_CONFIG: ${(e as Error).message}`;
    console.error(message);
    return { error: message };
  }
  const db = drizzle(env.DB);
  const clock = { now: () => new Date(), today: () => chinaDate() };
  const channels = setUpChannels(env, { db, parameters, clock, background: (p) => background(p, log), log });
  for (const line of channels.status) log('channel', { status: line });
  const web = linkRoutes({
    links: new DrizzleLinkStore(db),
    sessions: new DrizzleSessionStore(db),
    parameters,
    clock,
    publicUrl: env.DOUDI_PUBLIC_URL ?? origin,
    ...(env.DOUDI_ADMIN_TOKEN ? { adminToken: env.DOUDI_ADMIN_TOKEN } : {}),
  });
  const app = createApp({ parameters, today: () => chinaDate(), log, screeningLog: new DrizzleScreeningLog(db), channels: [...channels.routes, web] });
  return { app };
}

// One app per bindings object: the runtime passes the same env to every request of an isolate.
const built = new WeakMap<WorkerEnv, Built>();

export default {
  async fetch(request: Request, env: WorkerEnv, ctx: WorkerContext): Promise<Response> {
    let b = built.get(env);
    if (!b) {
      b = buildWorkerApp(env, new URL(request.url).origin);
      built.set(env, b);
    }
    if ('error' in b) {
      return Response.json({ error: { code: 'CONFIG_ERROR', message: '服务配置有误，请联系管理员。(configuration error)' } }, { status: 500 });
    }
    const app = b.app;
    return requestContext.run(ctx, () => app.fetch(request, env, ctx as never));
  },
};

/**
 * The Node host: the only place that reads process.env, opens the database and listens on a port.
 * `npm start` runs this file: migrations applied at start, demo figures unless DOUDI_CONFIG
 * names the operator's, channels switched off (and said so) when their variables are unset.
 *
 * With DATABASE_URL the data lives in PostgreSQL and any number of these processes may serve
 * behind a load balancer: everything they must agree on is in the database (adapters/runtime/
 * pg-db.ts), and the hourly retention sweep runs on one of them at a time (a job lease).
 */
import { createServer as createHttpServer } from 'node:http';
import { hostname } from 'node:os';
import { type Http2Bindings, type HttpBindings, serve } from '@hono/node-server';
import { z } from 'zod';
import { assemble } from '../assemble.ts';
import { DrizzleJobLeases, instanceName } from '../db/jobs.ts';
import { errorText, jsonLogger } from '../ops/log.ts';
import { createMetrics, metricsRoutes } from '../ops/metrics.ts';
import { answerAfterCommit, fetchAfterCommit } from './group-commit.ts';
import { cachedChinaDate } from './today-cached.ts';
import { nodeClientOf, parseTrustedProxies } from './node-client.ts';
import { openNodeHost } from './node-host.ts';
import { nodeReadiness } from './node-ready.ts';
import { sharedProbe } from '../http/readiness.ts';

const env = process.env;
const port = Number(env['PORT'] ?? 8787);
// Operations settings, checked once: a typo stops the start instead of, say, draining every millisecond.
const seconds = (max: number) => z.coerce.number().int().min(1).max(max).optional();
const opsEnv = z
  .object({
    DOUDI_METRICS_PORT: z.coerce.number().int().min(1).max(65_535).optional(),
    DOUDI_OUTBOX_INTERVAL_SECONDS: seconds(3_600),
    DOUDI_OUTBOX_LEASE_SECONDS: seconds(3_600),
  })
  .safeParse(
    Object.fromEntries(
      ['DOUDI_METRICS_PORT', 'DOUDI_OUTBOX_INTERVAL_SECONDS', 'DOUDI_OUTBOX_LEASE_SECONDS'].map((k) => [
        k,
        env[k] || undefined,
      ]),
    ),
  );
if (!opsEnv.success) {
  console.error(opsEnv.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  process.exit(1);
}
const ops = opsEnv.data;
const instance = instanceName(hostname(), process.pid);
const logger = jsonLogger({ off: env['DOUDI_LOG'] === 'off', base: { instance } });
const log = logger.log;
// The reverse proxies whose X-Forwarded-For / -Proto are believed (./node-client.ts); none by default.
let trustedProxies: string[];
try {
  trustedProxies = parseTrustedProxies(env['DOUDI_TRUSTED_PROXIES']);
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
// /metrics: on the public port behind DOUDI_METRICS_TOKEN, or on an internal port without one. Counted only when
// served: timing and counting every request for nobody cost ~3% of a WeChat delivery's CPU (measured 2026-12-07).
const metricsToken = env['DOUDI_METRICS_TOKEN']?.trim();
const metricsPort = ops.DOUDI_METRICS_PORT;
const metrics = metricsToken || metricsPort ? createMetrics() : undefined;

// On SQLite the server groups each event-loop turn's writes into one transaction and answers (or
// sends anything) only once they are committed. A transaction lost as a whole may hold writes of
// requests still being answered: acknowledge nothing more, exit, and be restarted. On PostgreSQL
// each write is committed when it returns; a lost connection fails only its own statements.
const host = await openNodeHost(env, {
  groupCommit: true,
  checkpointInWorker: env['DOUDI_SQLITE_CHECKPOINT'] !== 'inline',
  onCheckpointFailure: (reason) =>
    logger.error('db.checkpoint_worker_failed', {
      error: reason,
      fallback: 'automatic checkpoints on the serving connection',
    }),
  onLost: (error) => {
    logger.error('db.transaction_lost', { error: errorText(error) });
    logger.flush();
    process.exit(1);
  },
  log,
  onAcquire: (ms) => metrics?.poolWait.observe(ms / 1000),
  onError: () => metrics?.dbErrors.inc(),
});
const { parameters, villages, limits, db, atomic, flushed, close, sealer, probeWrite } = host;
if (host.pool) metrics?.watchPool(host.pool);
// Work that outlives a request (WeChat replies sent after the time budget) runs in-process.
const pending = new Set<Promise<unknown>>();
const background = (p: Promise<unknown>) => {
  const tracked = p
    .catch((e: unknown) => log('background.failed', { error: errorText(e) }))
    .finally(() => pending.delete(tracked));
  pending.add(tracked);
};
const clock = { now: () => new Date(), today: cachedChinaDate() };
const publicUrl = env['DOUDI_PUBLIC_URL'] ?? `http://127.0.0.1:${port}`;
// /readyz: free disk space (SQLite) and a committed probe write, at most once a second (./node-ready.ts).
const ready = sharedProbe(nodeReadiness({ databasePath: host.sqlitePath, probeWrite, log }));
const client = nodeClientOf(trustedProxies, log);
const { app, referrals, status, flushCounts } = assemble({
  env,
  db,
  atomic,
  sealer,
  parameters,
  villages,
  clock,
  publicUrl,
  background,
  log,
  fetch: fetchAfterCommit(flushed),
  // One process: the anonymous dialogue counts gather for a second and go in one write.
  countFlushMs: 1000,
  client,
  limits,
  ready,
  ...(metrics ? { metrics } : {}),
  routes: metrics && metricsToken ? [metricsRoutes(metrics, metricsToken)] : [],
  // DOUDI_LOG=off: no line per request to build and drop.
  logRequests: !logger.off,
  leases: new DrizzleJobLeases(db, instance),
  sharedCounts: host.kind === 'postgres',
  ...(ops.DOUDI_OUTBOX_LEASE_SECONDS ? { outboxLeaseMs: ops.DOUDI_OUTBOX_LEASE_SECONDS * 1000 } : {}),
});
status.push(
  trustedProxies.length > 0
    ? `Client addresses: X-Forwarded-For and X-Forwarded-Proto from` +
        ` ` +
        `${trustedProxies.join(', ')} (DOUDI_TRUSTED_PROXIES)`
    : 'Client addresses: the socket peer; behind a reverse proxy ' +
        'set DOUDI_TRUSTED_PROXIES to its address (such as 127.0.0.1) ' +
        'so that limits count each client',
  `Database: ${host.kind === 'postgres' ? `${host.where} (shared; instance ${instance})` : `SQLite ${host.where}`}`,
  `Metrics (/metrics): ` +
    (metricsPort
      ? `on 127.0.0.1:${metricsPort}`
      : metricsToken
        ? 'on this port with DOUDI_METRICS_TOKEN'
        : 'off — set DOUDI_METRICS_TOKEN or DOUDI_METRICS_PORT'),
);
for (const line of status) console.log(line);
// The outbox is drained now and then (and right after each new request) by every instance, each
// row claimed by one; expired data is deleted hourly by whichever instance holds the sweep's lease.
const drainTimer = setInterval(() => background(referrals.drain()), (ops.DOUDI_OUTBOX_INTERVAL_SECONDS ?? 15) * 1000);
const sweepTimer = setInterval(() => background(referrals.sweep()), 3_600_000);
background(referrals.sweep());

const metricsServer =
  metrics && metricsPort
    ? createHttpServer((req, res) => {
        if (req.url !== '/metrics') return res.writeHead(404).end();
        metrics.registry.metrics().then(
          (text) => res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text),
          () => res.writeHead(500).end(),
        );
      }).listen(metricsPort, env['DOUDI_METRICS_HOST'] ?? '127.0.0.1')
    : undefined;

// The bindings carry the socket, where nodeClientOf finds the client's address.
// Loopback by default (a reverse proxy on the same host); DOUDI_LISTEN_HOST for a load balancer elsewhere.
const listenHost = env['DOUDI_LISTEN_HOST'] || '127.0.0.1';
const server = serve(
  {
    fetch: answerAfterCommit(
      (request, bindings: HttpBindings | Http2Bindings) => app.fetch(request, bindings),
      flushed,
    ),
    hostname: listenHost,
    port,
  },
  (info) => {
    console.log(
      `doudi listening on http:` +
        `//${listenHost}:` +
        `${info.port} (database ` +
        `${host.where}` +
        `${env['DOUDI_CONFIG'] ? `, config ${env['DOUDI_CONFIG']}` : ', demo figures'})`,
    );
  },
);

function shutdown() {
  clearInterval(drainTimer);
  clearInterval(sweepTimer);
  metricsServer?.close();
  server.close(async () => {
    await Promise.allSettled([...pending, flushCounts()]);
    await close();
    logger.flush();
    process.exit(0);
  });
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);

/**
 * /metrics in Prometheus' text format through prom-client, so the instances behind a load
 * balancer can be watched side by side: requests by route and status with latency histograms,
 * the outbox's backlog and sends, WeChat deliveries and dedup hits, database errors and waits for
 * a pooled connection, plus Node's own process metrics. Labels are route patterns ("/s/:token"),
 * never paths, so nothing a resident typed or was given ends up in a label.
 *
 * Served behind a bearer token (DOUDI_METRICS_TOKEN) on the public port, or without one on an
 * internal port (DOUDI_METRICS_PORT, adapters/runtime/node.ts); with neither it is not served.
 */
import type { MiddlewareHandler } from 'hono';
import { Hono } from 'hono';
import { routePath } from 'hono/route';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DedupStore } from '../db/ports.ts';

export interface PoolView {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

export interface Metrics {
  registry: Registry;
  /** Times every request (first middleware of the app). */
  observe: MiddlewareHandler;
  /** Counts claims by channel: new, or a duplicate delivery. */
  countingDedup: (inner: DedupStore) => DedupStore;
  outboxSent: Counter<'outcome'>;
  dbErrors: Counter;
  poolWait: Histogram;
  /** Watches a connection pool (PostgreSQL). */
  watchPool: (pool: PoolView) => void;
  /** Reads the outbox's backlog at each scrape. */
  watchOutbox: (backlog: () => Promise<Record<string, number>>) => void;
}

const LATENCY_BUCKETS = [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/** The route that answered, as registered; requests no route matched share one label. */
function routeOf(c: Parameters<MiddlewareHandler>[0]): string {
  const path = routePath(c);
  return c.res.status === 404 && (path === '*' || path.endsWith('/*')) ? 'unmatched' : path || 'unmatched';
}

export function createMetrics(defaults = true): Metrics {
  const registry = new Registry();
  if (defaults) collectDefaultMetrics({ register: registry, prefix: 'doudi_' });
  const requests = new Counter({
    name: 'doudi_http_requests_total',
    help: 'HTTP requests by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'doudi_http_request_duration_seconds',
    help: 'HTTP request latency by method and route',
    labelNames: ['method', 'route'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const wechat = new Counter({
    name: 'doudi_wechat_deliveries_total',
    help: 'WeChat deliveries (POST /wechat) by status',
    labelNames: ['status'] as const,
    registers: [registry],
  });
  const dedup = new Counter({
    name: 'doudi_dedup_claims_total',
    help: 'Dedup claims by channel and result (new, duplicate)',
    labelNames: ['channel', 'result'] as const,
    registers: [registry],
  });
  const outboxSent = new Counter({
    name: 'doudi_outbox_sends_total',
    help: 'Outbox sends by outcome (sent, retried, failed, deferred)',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  const dbErrors = new Counter({
    name: 'doudi_db_errors_total',
    help: 'Database statements that failed, and pooled connections lost',
    registers: [registry],
  });
  const poolWait = new Histogram({
    name: 'doudi_db_pool_wait_seconds',
    help: 'Time a statement waited for a pooled connection',
    buckets: [0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5],
    registers: [registry],
  });

  const observe: MiddlewareHandler = async (c, next) => {
    const start = performance.now();
    try {
      await next();
    } finally {
      const route = routeOf(c);
      const status = String(c.res.status);
      requests.inc({ method: c.req.method, route, status });
      latency.observe({ method: c.req.method, route }, (performance.now() - start) / 1000);
      if (c.req.method === 'POST' && c.req.path === '/wechat') wechat.inc({ status });
    }
  };

  return {
    registry,
    observe,
    countingDedup: (inner) => ({
      async claim(key, ttlSeconds) {
        const ok = await inner.claim(key, ttlSeconds);
        dedup.inc({
          channel: key.startsWith('wx:') ? 'wechat' : key.startsWith('tg:') ? 'telegram' : 'other',
          result: ok ? 'new' : 'duplicate',
        });
        return ok;
      },
    }),
    outboxSent,
    dbErrors,
    poolWait,
    watchPool: (pool) => {
      new Gauge({
        name: 'doudi_db_pool_connections',
        help: 'Pooled database connections by state (total, idle, waiting = statements queued for one)',
        labelNames: ['state'] as const,
        registers: [registry],
        collect() {
          this.set({ state: 'total' }, pool.totalCount);
          this.set({ state: 'idle' }, pool.idleCount);
          this.set({ state: 'waiting' }, pool.waitingCount);
        },
      });
    },
    watchOutbox: (backlog) => {
      new Gauge({
        name: 'doudi_outbox_messages',
        help: 'Outbox rows by status (pending and sending are the backlog; failed were given up on)',
        labelNames: ['status'] as const,
        registers: [registry],
        async collect() {
          const counts = await backlog().catch(() => undefined);
          this.reset();
          if (!counts) return;
          for (const status of ['pending', 'sending', 'failed']) this.set({ status }, counts[status] ?? 0);
        },
      });
    },
  };
}

/** GET /metrics; with a token, only for `Authorization: Bearer <token>` (compared in constant time). */
export function metricsRoutes(metrics: Metrics, token?: string): Hono {
  const app = new Hono();
  const expected = token ? new TextEncoder().encode(`Bearer ${token}`) : undefined;
  app.get('/metrics', async (c) => {
    if (expected) {
      const got = new TextEncoder().encode(c.req.header('authorization') ?? '');
      let diff = got.length ^ expected.length;
      for (let i = 0; i < expected.length; i++) diff |= (got[i] ?? 0) ^ expected[i]!;
      if (diff !== 0)
        return c.json({ error: { code: 'UNAUTHORIZED', message: '需要指标令牌。(metrics token required)' } }, 401);
    }
    return c.body(await metrics.registry.metrics(), 200, { 'content-type': metrics.registry.contentType });
  });
  return app;
}

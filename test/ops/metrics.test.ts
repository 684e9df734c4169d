// /metrics (adapters/ops/metrics.ts) through the assembled app: Prometheus text behind its token,
// requests counted by route pattern (never the path a resident was given), latency histograms,
// dedup hits by channel, the outbox's backlog read at scrape time; and the pool and error hooks.
import { describe, expect, it } from 'vitest';
import { createMetrics, metricsRoutes } from '../../adapters/ops/metrics.ts';
import { assembled } from '../support/assembled.ts';

describe('/metrics', () => {
  it('is refused without the token and served in Prometheus text with it', async () => {
    const metrics = createMetrics(false);
    const { app, link } = await assembled({ metrics, routes: [metricsRoutes(metrics, 'm-token')] });
    expect((await app.request('/metrics')).status).toBe(401);
    expect((await app.request('/metrics', { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    await app.request(`/s/${link.token}`);
    await app.request('/api/v1/regions/140802');
    await app.request('/no/such/page');
    const res = await app.request('/metrics', { headers: { authorization: 'Bearer m-token' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).toContain('doudi_http_requests_total{method="GET",route="/s/:token",status="200"} 1');
    expect(text).toContain('doudi_http_requests_total{method="GET",route="/api/v1/regions/:code",status="200"} 1');
    expect(text).toContain('route="unmatched",status="404"');
    expect(text).toMatch(/doudi_http_request_duration_seconds_bucket\{le="\+Inf",method="GET",route="\/s\/:token"\} 1/);
    // The link's token (a capability) and the unmatched path never become labels.
    expect(text).not.toContain(link.token);
    expect(text).not.toContain('/no/such/page');
    // The outbox is read at each scrape: nothing queued yet.
    expect(text).toContain('doudi_outbox_messages{status="pending"} 0');
  });

  it('counts dedup claims by channel, new or duplicate, without the key', async () => {
    const metrics = createMetrics(false);
    const { dedup } = await assembled({ metrics });
    expect(await dedup.claim('wx:m:1:oOPENID:1700000000', 60)).toBe(true);
    expect(await dedup.claim('wx:m:1:oOPENID:1700000000', 60)).toBe(false);
    expect(await dedup.claim('tg:5', 60)).toBe(true);
    const text = await metrics.registry.metrics();
    expect(text).toContain('doudi_dedup_claims_total{channel="wechat",result="new"} 1');
    expect(text).toContain('doudi_dedup_claims_total{channel="wechat",result="duplicate"} 1');
    expect(text).toContain('doudi_dedup_claims_total{channel="telegram",result="new"} 1');
    expect(text).not.toContain('oOPENID');
  });

  it('watches a pool: connections by state, waits and errors', async () => {
    const metrics = createMetrics(false);
    metrics.watchPool({ totalCount: 4, idleCount: 1, waitingCount: 2 });
    metrics.poolWait.observe(0.003);
    metrics.dbErrors.inc();
    const text = await metrics.registry.metrics();
    expect(text).toContain('doudi_db_pool_connections{state="total"} 4');
    expect(text).toContain('doudi_db_pool_connections{state="waiting"} 2');
    expect(text).toContain('doudi_db_pool_wait_seconds_count 1');
    expect(text).toContain('doudi_db_errors_total 1');
  });

  it('Node process metrics are included by default', async () => {
    expect(await createMetrics().registry.metrics()).toContain('doudi_process_cpu_user_seconds_total');
  });
});

/**
 * `npm run bench`: screening throughput and latency, the HTTP API beside a bare Hono route in
 * the same run, and the number of questions the dialogue asks over the golden households.
 * Targets are printed beside the figures; they are goals, not assertions.
 */
import { serve } from '@hono/node-server';
import fc from 'fast-check';
import { Hono } from 'hono';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../adapters/http/app.ts';
import { defaultParameters, type Household, screen } from '../../screening/index.ts';
import { loadGoldenCases } from '../golden/golden-case.ts';
import { householdArb } from '../support/arbitraries.ts';
import { runOracle } from '../support/oracle.ts';
import { load, percentile } from './load.ts';

function line(label: string, value: string, target?: string) {
  console.log(`  ${label.padEnd(44)} ${value.padStart(14)}${target ? `   (target ${target})` : ''}`);
}

function benchScreen(): void {
  const golden = loadGoldenCases().map((c) => ({ h: c.data.household, region: c.data.region }));
  const regions = ['140800', '140802', '441700', '441781'];
  const generated = fc.sample(householdArb, { numRuns: 400, seed: 42 }).map((h, i) => ({ h, region: regions[i % regions.length]! }));
  const mix: { h: Household; region: string }[] = [...golden, ...generated];
  const parameters = defaultParameters();
  const date = '2026-11-24';
  for (let i = 0; i < 3000; i++) screen(mix[i % mix.length]!.h, { region: mix[i % mix.length]!.region, date, parameters });
  const n = 40_000;
  const times = new Float64Array(n);
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    const x = mix[i % mix.length]!;
    const t = performance.now();
    screen(x.h, { region: x.region, date, parameters });
    times[i] = performance.now() - t;
  }
  const total = (performance.now() - start) / 1000;
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`screen() over ${mix.length} mixed households (${golden.length} golden + ${generated.length} generated), ${n} calls, one core:`);
  line('screenings per second', (n / total).toFixed(0), '≥ 20,000/s');
  line('p50 per call (µs)', (percentile(sorted, 50) * 1000).toFixed(1));
  line('p99 per call (µs)', (percentile(sorted, 99) * 1000).toFixed(1), '< 1000 µs');
}

async function listen(app: Hono): Promise<{ port: number; close: () => Promise<void> }> {
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) =>
      resolve({ port: info.port, close: () => new Promise((r) => server.close(() => r())) }),
    );
  });
}

async function benchHttp(): Promise<void> {
  const app = createApp({ parameters: defaultParameters(), today: () => '2026-11-24' });
  const bare = new Hono();
  bare.get('/bare', (c) => c.json({ ok: true }));
  // The same body parsed and echoed: what any JSON POST costs on this stack, without screening.
  bare.post('/bare-json', async (c) => c.json(await c.req.json()));
  const a = await listen(app);
  const b = await listen(bare);
  const body = JSON.stringify({
    region: '140802',
    household: {
      hukou: 'rural',
      members: [{ relation: 'self', age: 78, hasDisability: false, seriousIllness: false }],
      income: { wages: 0, business: 1200, property: 0, pensions: 0, support: [], basicPension: 1800 },
      property: { deposits: 0, vehicles: 0, houses: 1, registeredBusiness: false },
      obligors: { exist: false },
      hardship: { none: true },
    },
  });
  await load({ port: b.port, path: '/bare', seconds: 1 });
  await load({ port: a.port, path: '/api/v1/screen', method: 'POST', body, seconds: 1 });
  const bareRes = await load({ port: b.port, path: '/bare', seconds: 4 });
  const bareJson = await load({ port: b.port, path: '/bare-json', method: 'POST', body, seconds: 4 });
  const screenRes = await load({ port: a.port, path: '/api/v1/screen', method: 'POST', body, seconds: 4 });
  await a.close();
  await b.close();
  console.log('HTTP over loopback (@hono/node-server, 32 keep-alive connections, same process as the client):');
  line('bare Hono GET /bare req/s', bareRes.rps.toFixed(0));
  line('bare Hono p50 / p99 (ms)', `${bareRes.p50ms.toFixed(2)} / ${bareRes.p99ms.toFixed(2)}`);
  line('bare Hono POST /bare-json (same body) req/s', bareJson.rps.toFixed(0));
  line('POST /api/v1/screen req/s', screenRes.rps.toFixed(0));
  line('POST /api/v1/screen p50 / p99 (ms)', `${screenRes.p50ms.toFixed(2)} / ${screenRes.p99ms.toFixed(2)}`);
  line('ratio screen / bare GET', (screenRes.rps / bareRes.rps).toFixed(2));
  line('ratio screen / bare JSON POST', (screenRes.rps / bareJson.rps).toFixed(2));
  if (screenRes.errors + bareRes.errors > 0) line('errors', String(screenRes.errors + bareRes.errors));
}

function benchQuestions(): void {
  const parameters = defaultParameters();
  const counts = loadGoldenCases()
    .filter((c) => c.data.date >= '2021-07-01' && ['14', '44'].includes(c.data.region.slice(0, 2)))
    .map((c) => runOracle(c.data.household, c.data.region, { parameters, today: c.data.date }).asked.length + 1);
  counts.sort((a, b) => a - b);
  console.log(`Dialogue questions to reach a result over ${counts.length} golden households (main questions, +1 for "where do you live"):`);
  line('median', String(percentile(counts, 50)), '≤ 10');
  line('max', String(counts.at(-1)));
}

benchScreen();
benchQuestions();
await benchHttp();

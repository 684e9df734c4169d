/**
 * `npm run bench -- start`: how fast the production server starts and how much memory it holds
 * idle (issue 20, item 4). The compiled build (`node dist/node.js`, as `npm start` runs it) on a
 * fresh SQLite file, spawned several times: time from spawn to the first `200` from `/healthz`;
 * then one server left idle, its resident set read from /proc every second — two seconds after
 * start, and once V8's memory reducer has trimmed the heap (it runs some 10–60 s after start on
 * an idle process, later on a busy machine), which is what an idle server holds from then on.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServer } from '../../adapters/runtime/build.ts';
import { median, memoryMiB, type Server } from './processes.ts';
import { startDoudi } from './wechat-peer.ts';

const STARTS = Number(process.env['BENCH_STARTS'] ?? 5);
const IDLE_SECONDS = Number(process.env['BENCH_IDLE_SECONDS'] ?? 60);

export interface StartFigures {
  /** Spawn to the first 200 from /healthz, ms, the median of the starts. */
  healthzMs: number;
  /** Every start's time, ms. */
  healthzAll: number[];
  /** Resident set 2 s after /healthz answered, MiB. */
  rssAt2s: number;
  /** The smallest resident set seen while idle (after the memory reducer), MiB, and when (s after /healthz). */
  rssIdle: number;
  rssIdleAt: number;
  /** How long the server was watched idle (s). */
  idleSeconds: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function firstHealthz(server: Server): Promise<void> {
  for (;;) {
    const ok = await fetch(`http://127.0.0.1:${server.port}/healthz`)
      .then((r) => r.status === 200)
      .catch(() => false);
    if (ok) return;
    await sleep(2);
  }
}

export async function measureStart(): Promise<StartFigures> {
  const entry = await buildServer();
  const times: number[] = [];
  let idle: { server: Server; dir: string } | undefined;
  try {
    for (let i = 0; i < STARTS; i++) {
      const dir = mkdtempSync(join(tmpdir(), 'doudi-start-'));
      const t0 = performance.now();
      const server = await startDoudi(entry, dir);
      await firstHealthz(server);
      times.push(performance.now() - t0);
      if (i < STARTS - 1) {
        await server.stop();
        rmSync(dir, { recursive: true, force: true });
      } else idle = { server, dir };
    }
    const pid = idle!.server.pid;
    await sleep(2_000);
    const rssAt2s = memoryMiB(pid).rss;
    let rssIdle = rssAt2s;
    let rssIdleAt = 2;
    for (let s = 3; s <= IDLE_SECONDS; s++) {
      await sleep(1_000);
      const rss = memoryMiB(pid).rss;
      if (rss < rssIdle) [rssIdle, rssIdleAt] = [rss, s];
    }
    return { healthzMs: median(times), healthzAll: times, rssAt2s, rssIdle, rssIdleAt, idleSeconds: IDLE_SECONDS };
  } finally {
    if (idle) {
      await idle.server.stop();
      rmSync(idle.dir, { recursive: true, force: true });
    }
  }
}

// The database restarting under load (#19): two Node instances on a PostgreSQL server of this
// test's own; mid-run the server crashes (pg_ctl stop -m immediate, so it recovers from its WAL)
// and comes back two seconds later. Meanwhile both instances answer /readyz not ready, requests in
// flight fail (500, or "success" with nothing done), and the channel retries them; afterwards both
// instances have reconnected by themselves, every request a resident was told is stored exactly
// once and whole, every notification was sent, and every stored dialogue opens with the key.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Sealer } from '../../adapters/crypto/sealer.ts';
import { createDatabase, type PgCluster, startPostgres } from '../support/postgres.ts';
import { apiLoad, Fleet, inspect, newResidentLog, outboxDrained, resident, sleep, Stubs } from './instances.ts';

const USERS = 14;
const stubs = new Stubs();
let cluster: PgCluster;
let fleet: Fleet;

beforeAll(async () => {
  cluster = await startPostgres();
  await stubs.start();
  fleet = new Fleet(await createDatabase(cluster.url(), 'restart'), stubs);
  await fleet.start(0);
  await fleet.start(1);
}, 90_000);

afterAll(async () => {
  await fleet?.stopAll();
  await stubs.stop();
  cluster?.destroy();
});

describe('the database restarting under load', () => {
  it('instances reconnect, failed requests are retried, nothing half-written', async () => {
    const log = newResidentLog();
    const api = apiLoad(fleet);
    const running: Promise<void>[] = [];
    for (let u = 0; u < USERS; u++) {
      running.push(resident(fleet, u, log));
      await sleep(20);
    }
    const seenNotReady: string[] = [];
    const outage = (async () => {
      for (let i = 0; i < 1_200 && log.acknowledged.size < USERS / 3; i++) await sleep(25);
      cluster.stop('immediate');
      // Both instances say they cannot take traffic while the database is gone (a probe's answer is
      // kept a second, so one taken just before the crash may still say ready).
      const start = Date.now();
      for (const i of [0, 1]) {
        for (let t = 0; t < 12; t++) {
          const r = await fleet.readyz(i);
          if (!r)
            console.log(
              'readyz',
              i,
              fleet.instances[i]!.server!.proc.exitCode,
              fleet.instances[i]!.server!.output().slice(-1500),
            );
          if (r && r.status === 503 && r.code) {
            seenNotReady.push(r.code);
            break;
          }
          await sleep(250);
        }
      }
      await sleep(Math.max(0, 2_000 - (Date.now() - start)));
      cluster.start();
    })();
    await Promise.all(running);
    await outage;
    const screenings = await api.stop();

    expect(seenNotReady, 'both instances not ready during the outage').toHaveLength(2);
    for (const code of seenNotReady) expect(['DB_UNREACHABLE', 'DB_TIMEOUT']).toContain(code);
    // Reconnected by themselves: ready again, and serving.
    for (const i of [0, 1]) {
      let ready: unknown;
      for (let t = 0; t < 40 && (ready as { status?: number } | undefined)?.status !== 200; t++) {
        ready = await fleet.readyz(i);
        if ((ready as { status?: number } | undefined)?.status !== 200) await sleep(250);
      }
      expect(ready).toEqual({ status: 200 });
    }
    expect(screenings.failedForGood).toBe(0);
    expect(log.doubleAnswers).toBe(0);
    expect(log.acknowledged.size).toBeGreaterThan(USERS / 2);

    expect(await outboxDrained(fleet.databaseUrl)).toBe(true);
    const stored = await inspect(fleet.databaseUrl, fleet.dataKey);
    const sealer = await Sealer.fromKey(fleet.dataKey);
    const byResident = new Map<string, number>();
    for (const r of stored.referrals) byResident.set(r.resident, (byResident.get(r.resident) ?? 0) + 1);
    expect([...byResident.values()].every((n) => n === 1)).toBe(true);
    for (const [openId, ref] of log.acknowledged) {
      const rows = stored.referrals.filter((r) => r.reference === ref);
      expect(rows, `${ref} stored once`).toHaveLength(1);
      expect(rows[0]!.resident).toBe(await sealer.hash(`resident:wechat:${openId}`));
    }
    expect(stored.referrals.length).toBeLessThanOrEqual(log.confirmed.size);
    expect(stored.incomplete).toEqual([]);
    expect(stored.outboxNotSent).toBe(0);
    expect([...stubs.byReference().keys()].sort()).toEqual(stored.referrals.map((r) => r.reference).sort());
    expect(stored.sessionsUnreadable).toBe(0);
    expect(stored.invalidIndexes).toBe(0);
    // The instances counted the failures they met.
    const errors = await Promise.all(
      [0, 1].map(async (i) => Number((await fleet.metrics(i)).match(/^doudi_db_errors_total (\d+)/m)?.[1] ?? 0)),
    );
    expect(errors[0]! + errors[1]!).toBeGreaterThan(0);
    console.log(
      `database restart run: ` +
        `${log.acknowledged.size} requests acknowledged, ` +
        `${stored.referrals.length} stored, ` +
        `${log.resent} resent, ` +
        `${screenings.ok} screenings, not ready: ` +
        `${seenNotReady.join(', ')}, database errors counted ` +
        `${errors.join()}`,
    );
  }, 180_000);
});

// Faults across instances (#19): two Node instances on one PostgreSQL database, residents talking
// to both over WeChat (with the same delivery sent to both at once now and then), screenings over
// the API; one instance is killed with SIGKILL mid-run and whatever it had not answered is retried
// on the other, as WeChat and a load balancer would. Afterwards every request a resident was told
// is stored exactly once, nobody has two, each request was written whole, every village
// notification reached the receiver (counted by its request number, the idempotency key), no
// delivery was answered twice, and every stored dialogue opens with the key.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Sealer } from '../../adapters/crypto/sealer.ts';
import { createDatabase } from '../support/postgres.ts';
import { apiLoad, Fleet, inspect, newResidentLog, outboxDrained, resident, sleep, Stubs } from './instances.ts';

const USERS = 18;
const stubs = new Stubs();
let fleet: Fleet;

beforeAll(async () => {
  await stubs.start();
  fleet = new Fleet(await createDatabase(inject('pgAdminUrl'), 'fault'), stubs);
  // Started one after the other here; pg-only.test.ts shows instances starting at once migrate once.
  await fleet.start(0);
  await fleet.start(1);
}, 60_000);

afterAll(async () => {
  await fleet?.stopAll();
  await stubs.stop();
});

describe('two instances, one killed with SIGKILL under load', () => {
  it('loses nothing acknowledged, duplicates nothing, sends every notification', async () => {
    const log = newResidentLog();
    const api = apiLoad(fleet);
    const running: Promise<void>[] = [];
    for (let u = 0; u < USERS; u++) {
      running.push(resident(fleet, u, log));
      await sleep(20);
    }
    let killedAt = -1;
    const killer = (async () => {
      for (let i = 0; i < 1_200 && log.acknowledged.size < USERS / 3; i++) await sleep(25);
      killedAt = log.acknowledged.size;
      await fleet.kill(0);
    })();
    await Promise.all(running);
    await killer;
    const screenings = await api.stop();

    expect(killedAt, 'the kill came mid-run').toBeGreaterThan(0);
    expect(killedAt).toBeLessThan(USERS);
    expect(log.duplicatePairs).toBeGreaterThan(0);
    expect(log.doubleAnswers, 'a delivery sent to both instances is answered once').toBe(0);
    expect(screenings.failedForGood).toBe(0);
    expect(screenings.ok).toBeGreaterThan(0);
    // The survivor went on serving: most residents finished.
    expect(log.acknowledged.size).toBeGreaterThan(USERS / 2);

    expect(
      await outboxDrained(fleet.databaseUrl),
      'every notification sent, including those the killed instance had claimed',
    ).toBe(true);
    const stored = await inspect(fleet.databaseUrl, fleet.dataKey);
    const sealer = await Sealer.fromKey(fleet.dataKey);
    const byResident = new Map<string, number>();
    for (const r of stored.referrals) byResident.set(r.resident, (byResident.get(r.resident) ?? 0) + 1);
    expect(
      [...byResident.values()].every((n) => n === 1),
      'nobody has two requests',
    ).toBe(true);
    for (const [openId, ref] of log.acknowledged) {
      const rows = stored.referrals.filter((r) => r.reference === ref);
      expect(rows, `${ref} stored once`).toHaveLength(1);
      expect(rows[0]!.resident).toBe(await sealer.hash(`resident:wechat:${openId}`));
    }
    expect(stored.referrals.length).toBeLessThanOrEqual(log.confirmed.size);
    expect(stored.incomplete, 'each request written whole').toEqual([]);
    expect(stored.outboxNotSent).toBe(0);
    const received = stubs.byReference();
    expect([...received.keys()].sort(), 'every stored request notified, nothing else').toEqual(
      stored.referrals.map((r) => r.reference).sort(),
    );
    // A redelivery can only be of a row the killed instance was sending when it died.
    const redelivered = [...received.values()].filter((n) => n > 1).length;
    expect(redelivered).toBeLessThanOrEqual(2);
    expect(stored.sessions).toBeGreaterThanOrEqual(USERS);
    expect(stored.sessionsUnreadable).toBe(0);
    expect(stored.invalidIndexes).toBe(0);
    console.log(
      `kill -9 fault run: killed at ` +
        `${killedAt}/` +
        `${USERS} acknowledged; ` +
        `${log.acknowledged.size} requests acknowledged, ` +
        `${stored.referrals.length} stored, ` +
        `${log.duplicatePairs} duplicate pairs, ` +
        `${log.resent} resent, ` +
        `${screenings.ok} screenings, ` +
        `${redelivered} notifications redelivered`,
    );

    // The survivor is ready and reports what happened.
    expect(await fleet.readyz(1)).toEqual({ status: 200 });
    const text = await fleet.metrics(1);
    expect(text).toMatch(/doudi_dedup_claims_total\{channel="wechat",result="duplicate"\} [1-9]/);
    expect(text).toMatch(/doudi_outbox_sends_total\{outcome="sent"\} [1-9]/);
  }, 180_000);
});

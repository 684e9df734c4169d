// Password guessing against the console (issue 14 A, OWASP Authentication Cheat Sheet): limits
// per client and in all, checked before any PBKDF2 work, and device cookies, so that the owner
// of an account under attack still signs in from the browser they signed in from before.
import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { auditLog } from '../../adapters/db/schema.ts';
import * as password from '../../adapters/web/staff/password.ts';
import { Client, PASSWORD, setUp } from './support.ts';

// Counts the costly derivations (PBKDF2) that sign-in attempts cause.
vi.mock('../../adapters/web/staff/password.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../adapters/web/staff/password.ts')>();
  return { ...real, verifyPassword: vi.fn(real.verifyPassword) };
});
const derivations = () => vi.mocked(password.verifyPassword).mock.calls.length;

const deviceCookies = (c: Client) => [...c.cookies.keys()].filter((k) => k.startsWith('doudi_device_'));

describe('limits per client and in all', () => {
  it(
    'spraying many names from one client stops after 20 attempts ' +
      'in 15 minutes, before any password is checked, with one ' +
      'audit row',
    async () => {
      const env = await setUp();
      await env.addUser('cun1', 'village', 'demo-yc-1');
      const sprayer = new Client(env, undefined, '203.0.113.66');
      const before = derivations();
      const statuses: number[] = [];
      for (let round = 0; round < 4; round++) {
        for (let n = 0; n < 60; n++)
          statuses.push((await sprayer.login(n === 0 ? 'cun1' : `name${n}`, `guess-${round}`)).status);
      }
      expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
      expect(statuses.slice(20).every((s) => s === 429)).toBe(true);
      expect(derivations() - before).toBe(20);
      const last = await sprayer.login('cun1', PASSWORD);
      expect(last.status).toBe(429);
      expect(await last.text()).toContain('这台设备（或所在的网络）登录尝试太多');
      const throttled = await env.db.select().from(auditLog).where(eq(auditLog.action, 'login_throttled'));
      expect(throttled.map((r) => r.detail)).toEqual([JSON.stringify({ reason: 'client' })]);
      // Another client is not held back by it, and the sprayer's window ends.
      expect((await new Client(env).login('cun1')).status).toBe(303);
      env.advance(15 * 60_000);
      expect((await sprayer.login('name1', 'guess')).status).toBe(401);
    },
  );

  it('an IPv6 client is counted by its /64', async () => {
    const env = await setUp();
    for (let i = 0; i < 20; i++)
      expect(
        (await new Client(env, undefined, `2001:db8:1:2::${(i + 1).toString(16)}`).login(`n${i}`, 'guess')).status,
      ).toBe(401);
    expect((await new Client(env, undefined, '2001:db8:1:2:ffff::1').login('n', 'guess')).status).toBe(429);
    expect((await new Client(env, undefined, '2001:db8:1:3::1').login('n', 'guess')).status).toBe(401);
  });

  it(
    'attempts from many clients without a device cookie stop at 6' + '0 a minute, and the PBKDF2 work with them',
    async () => {
      const env = await setUp();
      await env.addUser('cun1', 'village', 'demo-yc-1');
      const before = derivations();
      const statuses: number[] = [];
      for (let i = 0; i < 90; i++) statuses.push((await new Client(env).login(`name${i}`, 'guess')).status);
      expect(statuses.filter((s) => s === 401)).toHaveLength(60);
      expect(statuses.slice(60).every((s) => s === 429)).toBe(true);
      expect(derivations() - before).toBe(60);
      const busy = await new Client(env).login('cun1', PASSWORD);
      expect(busy.status).toBe(429);
      expect(await busy.text()).toContain('现在登录的人太多');
      expect(
        (await env.db.select().from(auditLog).where(eq(auditLog.action, 'login_throttled'))).map((r) => r.detail),
      ).toEqual([JSON.stringify({ reason: 'busy' })]);
      env.advance(60_000);
      expect((await new Client(env).login('cun1')).status).toBe(303);
    },
  );
});

describe('device cookies', () => {
  it(
    'the owner signs in from their usual browser while an attack ' + 'on their name goes on; a new browser must wait',
    async () => {
      const env = await setUp();
      await env.addUser('cun1', 'village', 'demo-yc-1');
      const usual = new Client(env, undefined, '198.51.100.10');
      expect((await usual.login('cun1')).status).toBe(303);
      const issued = usual.cookies.get(deviceCookies(usual)[0]!);
      expect(deviceCookies(usual)).toHaveLength(1);
      expect((await usual.post('/staff/logout', { _csrf: await usual.csrf() })).status).toBe(303);

      // The attack: guesses at cun1 from many addresses, enough to keep the name waiting and to
      // use up what strangers may try in a minute, and a sprayer using up its own client's share.
      const attack = async () => {
        for (let i = 0; i < 70; i++) await new Client(env).login('cun1', `guess-${i}`);
        const sprayer = new Client(env, undefined, '203.0.113.66');
        for (let i = 0; i < 25; i++) await sprayer.login('cun1', `spray-${i}`);
      };
      await attack();
      expect((await new Client(env).login('cun1')).status).toBe(429);
      expect((await new Client(env, undefined, '198.51.100.11').login('cun1')).status).toBe(429);

      const back = await usual.login('cun1');
      expect(back.status).toBe(303);
      expect(back.headers.get('location')).toBe('/staff/requests');
      expect((await usual.get('/staff/requests')).status).toBe(200);
      // A sign-in renews the cookie.
      expect(usual.cookies.get(deviceCookies(usual)[0]!)).not.toBe(issued);

      // Still so after a while of attack, and with a typo of the owner's own on the way.
      env.advance(10 * 60_000);
      await attack();
      const again = new Client(env, undefined, usual.ip);
      for (const [k, v] of usual.cookies) if (k.startsWith('doudi_device_')) again.cookies.set(k, v);
      expect((await again.login('cun1', 'my-typo')).status).toBe(401);
      expect((await again.login('cun1')).status).toBe(303);
      expect((await new Client(env).login('cun1')).status).toBe(429);
    },
  );

  it(
    'the cookie is HttpOnly, SameSite=Strict, sent only to the si' + 'gn-in form, kept 90 days, Secure on https',
    async () => {
      const env = await setUp({ publicUrl: 'https://doudi.example.cn' });
      await env.addUser('cun1', 'village', 'demo-yc-1');
      const res = await new Client(env, 'https://doudi.example.cn').login('cun1');
      const set = res.headers.getSetCookie().find((s) => s.startsWith('doudi_device_'))!;
      expect(set).toMatch(/HttpOnly/);
      expect(set).toMatch(/SameSite=Strict/);
      expect(set).toMatch(/Path=\/staff\/login/);
      expect(set).toMatch(/Max-Age=7776000/);
      expect(set).toMatch(/Secure/);
      expect(set).not.toContain('cun1');
    },
  );

  it(
    'a cookie counts only for its own name, cannot be altered, ' +
      'and a stolen one gets five checks, then waits of its own',
    async () => {
      const env = await setUp();
      await env.addUser('cun1', 'village', 'demo-yc-1');
      await env.addUser('cun2', 'village', 'demo-yc-1');
      const owner = new Client(env);
      await owner.login('cun1');
      const [name] = deviceCookies(owner);
      const value = owner.cookies.get(name!)!;
      const withCookie = (v: string) => {
        const c = new Client(env);
        c.cookies.set(name!, v);
        return c;
      };
      // cun2's name is waiting; cun1's cookie does not open it.
      for (let i = 0; i < 6; i++) await new Client(env).login('cun2', 'wrong-password');
      expect((await withCookie(value).login('cun2')).status).toBe(429);
      // cun1's name is waiting; an altered cookie (a later issue date, another nonce) counts for nothing.
      for (let i = 0; i < 6; i++) await new Client(env).login('cun1', 'wrong-password');
      const [issued, nonce, mac] = value.split('.');
      expect((await withCookie(`${Number(issued) + 1}.${nonce}.${mac}`).login('cun1')).status).toBe(429);
      expect((await withCookie(`${issued}.${'A'.repeat(22)}.${mac}`).login('cun1')).status).toBe(429);
      // Used to guess: five checks, then the cookie waits (and the owner's own password waits with it).
      const thief = withCookie(value);
      for (let i = 0; i < 5; i++) expect((await thief.login('cun1', `guess-${i}`)).status).toBe(401);
      expect((await thief.login('cun1', PASSWORD)).status).toBe(429);
      // 90 days on, the cookie is worth nothing.
      env.advance(91 * 86_400_000);
      for (let i = 0; i < 6; i++) await new Client(env).login('cun1', 'wrong-password');
      expect((await withCookie(value).login('cun1')).status).toBe(429);
    },
  );
});

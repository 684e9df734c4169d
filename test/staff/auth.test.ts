// Staff sign-in: PBKDF2 hashes, login and logout with a hashed session token and a careful
// cookie, growing waits per name after five attempts (and their end), the same answer for
// unknown names, and the CSRF defences (form token, Origin/Referer) on every POST. The limits
// per client, in all, and the device cookies are in ./throttle.test.ts.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, loginThrottle, staffSessions } from '../../adapters/db/schema.ts';
import { loginKey, sha256Hex } from '../../adapters/web/staff/auth.ts';
import { hashPassword, PBKDF2_ITERATIONS, verifyPassword } from '../../adapters/web/staff/password.ts';
import { Client, PASSWORD, setUp } from './support.ts';

describe('password hashing', () => {
  it('stores pbkdf2-sha256$100000$salt$hash and verifies only the right password', async () => {
    const h = await hashPassword('秘密 password 1');
    const [alg, iter, salt, hash] = h.split('$');
    expect(alg).toBe('pbkdf2-sha256');
    expect(Number(iter)).toBe(PBKDF2_ITERATIONS);
    expect(PBKDF2_ITERATIONS).toBe(100_000);
    expect(atob(salt!)).toHaveLength(16);
    expect(atob(hash!)).toHaveLength(32);
    expect(await verifyPassword('秘密 password 1', h)).toBe(true);
    expect(await verifyPassword('秘密 password 2', h)).toBe(false);
    expect(await hashPassword('same')).not.toBe(await hashPassword('same'));
  });
  it('refuses malformed hashes and more iterations than Workers allow', async () => {
    expect(await verifyPassword('x', 'plain')).toBe(false);
    expect(await verifyPassword('x', 'pbkdf2-sha256$abc$AA==$AA==')).toBe(false);
    const tooMany = (await hashPassword('x', 10)).replace('$10$', '$200000$');
    expect(await verifyPassword('x', tooMany)).toBe(false);
  });
});

describe('login and logout', () => {
  it('signs in, sets a careful cookie, stores only the token hash, audits, and signs out', async () => {
    const env = await setUp();
    const user = await env.addUser('cun1', 'village', 'demo-yc-1');
    const c = new Client(env);
    expect((await c.get('/staff/requests')).headers.get('location')).toBe('/staff/login');
    const res = await c.login('cun1');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/staff/requests');
    const set = res.headers.getSetCookie().find((s) => s.startsWith('doudi_staff='))!;
    expect(set).toMatch(/HttpOnly/);
    expect(set).toMatch(/SameSite=Lax/);
    expect(set).toMatch(/Path=\/staff/);
    expect(set).toMatch(/Max-Age=28800/);
    expect(set).not.toMatch(/Secure/);
    const token = c.cookies.get('doudi_staff')!;
    expect(token).toHaveLength(43);
    const sessions = await env.db.select().from(staffSessions);
    expect(sessions).toHaveLength(1);
    expect(sessions[0]!.tokenHash).toBe(await sha256Hex(token));
    expect(JSON.stringify(sessions)).not.toContain(token);
    expect(sessions[0]!.expiresAt - sessions[0]!.createdAt).toBe(8 * 3_600_000);
    const list = await c.get('/staff/requests');
    expect(list.status).toBe(200);
    expect(list.headers.get('cache-control')).toBe('no-store');
    expect(await list.text()).toContain('cun1显示名');

    const csrf = await c.csrf();
    const out = await c.post('/staff/logout', { _csrf: csrf });
    expect(out.status).toBe(303);
    expect(await env.db.select().from(staffSessions)).toHaveLength(0);
    expect((await c.get('/staff/requests')).status).toBe(303);
    const actions = (await env.db.select().from(auditLog)).map((a) => [a.actor, a.action]);
    expect(actions).toEqual([
      [user.id, 'login'],
      [user.id, 'logout'],
    ]);
  });

  it('marks the cookie Secure when the public URL is https', async () => {
    const env = await setUp({ publicUrl: 'https://doudi.example.cn' });
    await env.addUser('cun1', 'village', 'demo-yc-1');
    const c = new Client(env, 'https://doudi.example.cn');
    const res = await c.login('cun1');
    expect(res.headers.getSetCookie().find((s) => s.startsWith('doudi_staff='))).toMatch(/Secure/);
  });

  it('expires sessions after 8 hours', async () => {
    const env = await setUp();
    await env.addUser('cun1', 'village', 'demo-yc-1');
    const c = new Client(env);
    await c.login('cun1');
    env.advance(8 * 3_600_000 - 1000);
    expect((await c.get('/staff/requests')).status).toBe(200);
    env.advance(2000);
    const res = await c.get('/staff/requests');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/staff/login?expired=1');
  });

  it('answers a wrong password and an unknown name alike, and audits both without the name', async () => {
    const env = await setUp();
    const user = await env.addUser('cun1', 'village', 'demo-yc-1');
    const c = new Client(env);
    const wrong = await c.login('cun1', 'nope-nope-nope');
    const unknown = await c.login('nobody', 'nope-nope-nope');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const a = (await wrong.text()).replace(/value="[^"]*"/g, '');
    const b = (await unknown.text()).replace(/value="[^"]*"/g, '');
    expect(a).toBe(b);
    expect(a).toContain('用户名或密码不对');
    const audit = await env.db.select().from(auditLog);
    expect(audit.map((r) => [r.actor, r.action])).toEqual([
      [user.id, 'login_failed'],
      ['-', 'login_failed'],
    ]);
    expect(JSON.stringify(audit)).not.toContain('nobody');
    expect(JSON.stringify(audit)).not.toContain('nope');
    expect(env.logs.join('\n')).not.toContain('nobody');
  });
});

describe('waits per name', () => {
  it(
    'five attempts are checked, then each waits longer (1, 2, 4, ' + '8, 15 minutes), even for the right password',
    async () => {
      const env = await setUp();
      await env.addUser('cun1', 'village', 'demo-yc-1');
      const key = await loginKey(env.sealer, 'cun1');
      const stored = async () => (await env.db.select().from(loginThrottle).where(eq(loginThrottle.key, key)))[0];
      for (let i = 0; i < 5; i++) expect((await new Client(env).login('cun1', 'wrong-password')).status).toBe(401);
      for (const minutes of [1, 2, 4, 8, 15, 15]) {
        const refused = await new Client(env).login('cun1', PASSWORD);
        expect(refused.status).toBe(429);
        expect(await refused.text()).toContain(`请 ${minutes} 分钟后再试`);
        expect((await stored())!.lockedUntil).toBe(env.clock.now().getTime() + minutes * 60_000);
        // A refusal is not counted and does not lengthen the wait.
        env.advance(minutes * 60_000 - 1000);
        expect((await new Client(env).login('cun1', PASSWORD)).status).toBe(429);
        env.advance(1000);
        expect((await new Client(env).login('cun1', 'wrong-password')).status).toBe(401);
      }
      expect(JSON.stringify(await stored())).not.toContain('cun1');
      env.advance(15 * 60_000);
      expect((await new Client(env).login('cun1', PASSWORD)).status).toBe(303);
      expect(await stored()).toBeUndefined();
    },
  );

  it('counts attempts sent at the same time', async () => {
    const env = await setUp();
    await env.addUser('cun1', 'village', 'demo-yc-1');
    const clients = Array.from({ length: 5 }, () => new Client(env));
    const tokens = await Promise.all(clients.map((c) => c.csrf('/staff/login')));
    await Promise.all(
      clients.map((c, i) =>
        c.post('/staff/login', { _csrf: tokens[i]!, username: 'cun1', password: 'wrong-password' }),
      ),
    );
    expect((await new Client(env).login('cun1')).status).toBe(429);
  });

  it(
    'a burst of guesses cannot outrun the limit: at most 5 ' +
      'passwords are checked, and the right one among 60 does not get in',
    async () => {
      const env = await setUp();
      await env.addUser('cun1', 'village', 'demo-yc-1');
      const clients = Array.from({ length: 61 }, () => new Client(env));
      const tokens = await Promise.all(clients.map((c) => c.csrf('/staff/login')));
      const results = await Promise.all(
        clients.map((c, i) =>
          c.post('/staff/login', {
            _csrf: tokens[i]!,
            username: 'cun1',
            password: i === 60 ? PASSWORD : 'wrong-password',
          }),
        ),
      );
      const statuses = results.map((r) => r.status);
      expect(statuses.filter((x) => x === 303)).toHaveLength(0);
      expect(statuses.filter((x) => x === 401).length).toBeLessThanOrEqual(5);
      expect(statuses.filter((x) => x === 429).length).toBeGreaterThanOrEqual(56);
    },
  );

  it(
    'a real name and an unknown one answer alike at every step, ' +
      'through the waits and with attempts spread over time',
    async () => {
      const env = await setUp();
      await env.addUser('cun1', 'village', 'demo-yc-1');
      const answers = async (name: string) => {
        const res = await new Client(env).login(name, 'wrong-password');
        return [res.status, (await res.text()).replace(/value="[^"]*"/g, '')];
      };
      const seen: number[] = [];
      for (let i = 0; i < 12; i++) {
        const [real, ghost] = [await answers('cun1'), await answers('ghost')];
        expect(real).toEqual(ghost);
        seen.push(real[0] as number);
        env.advance(90_000);
      }
      expect(seen).toContain(401);
      expect(seen).toContain(429);
    },
  );

  it('a success resets the count', async () => {
    const env = await setUp();
    await env.addUser('cun1', 'village', 'demo-yc-1');
    const c = new Client(env);
    for (let i = 0; i < 4; i++) await c.login('cun1', 'wrong-password');
    expect((await c.login('cun1')).status).toBe(303);
    const d = new Client(env);
    for (let i = 0; i < 5; i++) expect((await d.login('cun1', 'wrong-password')).status).toBe(401);
  });

  it('a count starts again an hour after its last wait', async () => {
    const env = await setUp();
    await env.addUser('cun1', 'village', 'demo-yc-1');
    for (let i = 0; i < 6; i++) await new Client(env).login('cun1', 'wrong-password');
    expect((await new Client(env).login('cun1', 'wrong-password')).status).toBe(429);
    env.advance(2 * 60_000 + 60 * 60_000);
    for (let i = 0; i < 5; i++) expect((await new Client(env).login('cun1', 'wrong-password')).status).toBe(401);
    expect((await new Client(env).login('cun1', 'wrong-password')).status).toBe(429);
  });

  it('an unknown name waits the same way, so waits do not reveal which names exist', async () => {
    const env = await setUp();
    for (let i = 0; i < 5; i++) expect((await new Client(env).login('ghost', 'wrong-password')).status).toBe(401);
    const sixth = await new Client(env).login('ghost', 'wrong-password');
    expect(sixth.status).toBe(429);
    expect(await sixth.text()).toContain('请 1 分钟后再试');
    env.advance(60_000);
    expect((await new Client(env).login('ghost', 'wrong-password')).status).toBe(401);
  });
});

describe('CSRF', () => {
  it('refuses a login without the form token or from another site', async () => {
    const env = await setUp();
    await env.addUser('cun1', 'village', 'demo-yc-1');
    const c = new Client(env);
    const token = await c.csrf('/staff/login');
    expect((await c.post('/staff/login', { username: 'cun1', password: PASSWORD })).status).toBe(403);
    expect((await c.post('/staff/login', { _csrf: 'x'.repeat(43), username: 'cun1', password: PASSWORD })).status).toBe(
      403,
    );
    expect(
      (
        await c.post(
          '/staff/login',
          { _csrf: token, username: 'cun1', password: PASSWORD },
          { origin: 'https://evil.example' },
        )
      ).status,
    ).toBe(403);
    expect((await c.post('/staff/login', { _csrf: token, username: 'cun1', password: PASSWORD }, {})).status).toBe(403);
    expect(
      (
        await c.post(
          '/staff/login',
          { _csrf: token, username: 'cun1', password: PASSWORD },
          { referer: 'http://doudi.test/staff/login' },
        )
      ).status,
    ).toBe(303);
  });

  it('refuses a signed-in POST with a missing or wrong token, or a foreign Origin or Referer', async () => {
    const env = await setUp();
    await env.addUser('cun1', 'village', 'demo-yc-1');
    const id = await env.addReferral({ village: 'demo-yc-1' });
    const c = new Client(env);
    await c.login('cun1');
    const csrf = await c.csrf();
    const path = `/staff/requests/${id}/status`;
    const form = { from: 'new', to: 'contacted' };
    const missing = await c.post(path, form);
    expect(missing.status).toBe(403);
    expect(await missing.text()).toContain('没有通过安全检查');
    expect((await c.post(path, { ...form, _csrf: `${csrf.slice(0, -1)}x` })).status).toBe(403);
    expect((await c.post(path, { ...form, _csrf: csrf }, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await c.post(path, { ...form, _csrf: csrf }, { referer: 'https://evil.example/x' })).status).toBe(403);
    expect((await c.post(path, { ...form, _csrf: csrf }, {})).status).toBe(403);
    expect((await c.post('/staff/logout', {})).status).toBe(403);
    expect((await env.store.referral(id))!.status).toBe('new');
    expect((await c.post(path, { ...form, _csrf: csrf })).status).toBe(303);
    expect((await env.store.referral(id))!.status).toBe('contacted');
  });

  it('a token from another session does not work', async () => {
    const env = await setUp();
    await env.addUser('cun1', 'village', 'demo-yc-1');
    await env.addUser('cun1b', 'village', 'demo-yc-1');
    const id = await env.addReferral({ village: 'demo-yc-1' });
    const a = new Client(env);
    const b = new Client(env);
    await a.login('cun1');
    await b.login('cun1b');
    const tokenB = await b.csrf();
    expect((await a.post(`/staff/requests/${id}/status`, { _csrf: tokenB, from: 'new', to: 'contacted' })).status).toBe(
      403,
    );
  });
});

// The WeChat access token shared by instances on PostgreSQL: when it must be fetched, one instance
// calls stable_token and the others wait for the token it stores; a token WeChat rejects is
// expired only if it is still the stored one (compare-and-expire), then fetched once again.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DrizzleJobLeases } from '../../adapters/db/jobs.ts';
import { DrizzleTokenStore } from '../../adapters/db/repositories.ts';
import { openPgDb, type PgDatabase } from '../../adapters/runtime/pg-db.ts';
import { pgSettings } from '../../adapters/runtime/pg-settings.ts';
import { WechatApiClient } from '../../adapters/wechat/api-client.ts';
import { createDatabase } from '../support/postgres.ts';

let opened: PgDatabase;
beforeAll(async () => {
  opened = await openPgDb(pgSettings({ DATABASE_URL: await createDatabase(inject('pgAdminUrl')) }));
});
afterAll(() => opened?.close());

describe('WeChat access token across instances', () => {
  it('three instances needing a token at once fetch it once; a rejected token is replaced once', async () => {
    let issued = 0;
    const sent: string[] = [];
    let rejectToken = '';
    const fetchStub = (async (input: Parameters<typeof fetch>[0]) => {
      const url = String(input);
      if (url.includes('/cgi-bin/stable_token')) {
        issued++;
        // WeChat takes a moment: long enough for the other instances to find the refresh taken.
        await new Promise((r) => setTimeout(r, 300));
        return Response.json({ access_token: `T${issued}`, expires_in: 7200 });
      }
      const token = new URL(url).searchParams.get('access_token') ?? '';
      if (token === rejectToken) return Response.json({ errcode: 40001, errmsg: 'invalid credential' });
      sent.push(token);
      return Response.json({ errcode: 0, errmsg: 'ok' });
    }) as typeof fetch;
    const instance = (name: string) =>
      new WechatApiClient({
        appId: 'wxshared',
        appSecret: 's',
        apiBase: 'http://wechat.test',
        fetch: fetchStub,
        tokens: new DrizzleTokenStore(opened.db, new DrizzleJobLeases(opened.db, name)),
      });
    const [a, b, c] = [instance('a'), instance('b'), instance('c')];
    expect(await Promise.all([a.sendText('o1', 'x'), b.sendText('o2', 'x'), c.sendText('o3', 'x')])).toHaveLength(3);
    expect(issued).toBe(1);
    expect(sent).toEqual(['T1', 'T1', 'T1']);
    // WeChat rejects T1 (it was reset elsewhere): each instance expires it only if still stored; one new fetch.
    rejectToken = 'T1';
    sent.length = 0;
    await Promise.all([a.sendText('o1', 'y'), b.sendText('o2', 'y')]);
    expect(issued).toBe(2);
    expect(sent).toEqual(['T2', 'T2']);
  });
});

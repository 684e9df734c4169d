// The WeChat API client against msw: stable_token cached and shared, one compare-and-expire
// retry on token errors, quota errors reported and not retried.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DrizzleTokenStore } from '../../adapters/db/repositories.ts';
import { openNodeDb } from '../../adapters/runtime/node-db.ts';
import { WechatApiClient, WechatApiError } from '../../adapters/wechat/api-client.ts';

const BASE = 'https://wechat.test';
let tokenCalls = 0;
let sends: { token: string | null; body: unknown }[] = [];
let sendReplies: Record<string, unknown>[] = [];

const server = setupServer(
  http.post(`${BASE}/cgi-bin/stable_token`, async () => {
    tokenCalls++;
    return HttpResponse.json({ access_token: `T${tokenCalls}`, expires_in: 7200 });
  }),
  http.post(`${BASE}/cgi-bin/message/custom/send`, async ({ request }) => {
    sends.push({ token: new URL(request.url).searchParams.get('access_token'), body: await request.json() });
    return HttpResponse.json(sendReplies.shift() ?? { errcode: 0, errmsg: 'ok' });
  }),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  tokenCalls = 0;
  sends = [];
  sendReplies = [];
});
afterAll(() => server.close());

function client(onQuota?: (code: number) => void) {
  const { db } = openNodeDb(':memory:');
  return new WechatApiClient({
    appId: 'wx1',
    appSecret: 's',
    apiBase: BASE,
    tokens: new DrizzleTokenStore(db),
    ...(onQuota ? { onQuotaError: onQuota } : {}),
  });
}

describe('WeChat API client', () => {
  it('fetches a stable token once and reuses it from the store', async () => {
    const c = client();
    await c.sendText('o1', '你好');
    await c.sendText('o1', '再见');
    expect(tokenCalls).toBe(1);
    expect(sends.map((s) => s.token)).toEqual(['T1', 'T1']);
    expect(sends[0]?.body).toEqual({ touser: 'o1', msgtype: 'text', text: { content: '你好' } });
  });

  it('on 40001 expires the failed token and retries once with a new one', async () => {
    const c = client();
    sendReplies = [{ errcode: 40001, errmsg: 'invalid credential' }];
    await c.sendText('o1', 'x');
    expect(tokenCalls).toBe(2);
    expect(sends.map((s) => s.token)).toEqual(['T1', 'T2']);
  });

  it('gives up after one retry', async () => {
    const c = client();
    sendReplies = [
      { errcode: 42001, errmsg: 'expired' },
      { errcode: 42001, errmsg: 'expired' },
    ];
    await expect(c.sendText('o1', 'x')).rejects.toBeInstanceOf(WechatApiError);
    expect(sends).toHaveLength(2);
  });

  it('records quota errors without retrying', async () => {
    const codes: number[] = [];
    const c = client((code) => codes.push(code));
    sendReplies = [{ errcode: 45015, errmsg: 'response out of time limit' }];
    await expect(c.sendText('o1', 'x')).rejects.toMatchObject({ errcode: 45015 });
    expect(codes).toEqual([45015]);
    expect(sends).toHaveLength(1);
  });
});

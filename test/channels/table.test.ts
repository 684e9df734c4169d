// The channel table: each entry is on exactly when its variables are set (and says why not
// otherwise), a channel added to the table is served beside the others with no other change,
// and the WeChat entry's customer-service sender reaches the referral side.
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { CHANNELS, setUpChannels } from '../../adapters/channels.ts';
import { defineChannel } from '../../adapters/channel-table.ts';
import { DrizzleSessionStore } from '../../adapters/db/repositories.ts';
import { openNodeDb } from '../../adapters/runtime/node-db.ts';
import { defaultParameters } from '../../screening/index.ts';
import { MemoryDedup } from '../support/memory-dedup.ts';

const clock = { now: () => new Date('2026-11-24T04:00:00Z'), today: () => '2026-11-24' };

function deps() {
  const { db } = openNodeDb(':memory:');
  return {
    db,
    engine: { store: new DrizzleSessionStore(db), clock, parameters: defaultParameters() },
    background: () => {},
    log: () => {},
    dedup: new MemoryDedup(),
  };
}

describe('the channel table', () => {
  it('switches each channel on by its variables alone, and names what is missing', () => {
    expect(CHANNELS.map((c) => c.id)).toEqual(['wechat', 'telegram']);
    const none = setUpChannels({}, deps());
    expect(none.routes).toHaveLength(0);
    expect(none.status).toEqual([
      'WeChat Official Account (/wechat): off — WECHAT_TOKEN, WECHAT_APPID, WECHAT_APPSECRET not set',
      'Telegram (/telegram): off — TELEGRAM_BOT_TOKEN, TELEGRAM_WEBHOOK_SECRET not set',
    ]);
    expect(none.wechatSendText).toBeUndefined();
    const wechat = setUpChannels(
      { WECHAT_TOKEN: 't', WECHAT_APPID: 'wx1', WECHAT_APPSECRET: 's', TELEGRAM_BOT_TOKEN: '1:a' },
      deps(),
    );
    expect(wechat.status).toEqual([
      'WeChat Official Account (/wechat): on, plaintext mode only (WECHAT_ENCODING_AES_KEY not set)',
      'Telegram (/telegram): off — TELEGRAM_WEBHOOK_SECRET not set',
    ]);
    expect(wechat.routes).toHaveLength(1);
    expect(typeof wechat.wechatSendText).toBe('function');
  });

  it('a new channel is one entry: started with the engine, its routes served beside the others', async () => {
    const echo = defineChannel({
      id: 'echo',
      name: 'Echo (/echo)',
      needs: ['TELEGRAM_API_ROOT'],
      start(env, c) {
        const routes = new Hono().post('/echo', async (ctx) => {
          const out = await c.handle({ channel: 'web', userId: 'echo-user', text: await ctx.req.text() });
          return ctx.json({ root: env.TELEGRAM_API_ROOT, replies: out.length });
        });
        return { routes, mode: 'test only' };
      },
    });
    const setup = setUpChannels({ TELEGRAM_API_ROOT: 'http://x.test' }, deps(), [...CHANNELS, echo]);
    expect(setup.status.at(-1)).toBe('Echo (/echo): on, test only');
    const app = new Hono();
    for (const r of setup.routes) app.route('/', r);
    const res = (await (await app.request('/echo', { method: 'POST', body: '你好' })).json()) as {
      root: string;
      replies: number;
    };
    expect(res.root).toBe('http://x.test');
    expect(res.replies).toBeGreaterThan(0);
  });
});

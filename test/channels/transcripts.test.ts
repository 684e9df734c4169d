// The same channel-neutral transcripts, run through the real WeChat webhook (safe mode, against
// the simulated WeChat server), the Telegram webhook, and (those that say how) the screening link
// with plain form posts, with sessions and dedup in SQLite, so the channels cannot drift apart
// from the engine or from each other.
import { DrizzleSessionStore } from '../../adapters/db/repositories.ts';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../adapters/http/app.ts';
import { setUpChannels } from '../../adapters/channels.ts';
import { openNodeDb } from '../../adapters/runtime/node-db.ts';
import { parseWechatXml } from '../../adapters/wechat/xml.ts';
import { defaultParameters } from '../../screening/index.ts';
import { SimulatedWechat } from '../wechat/simulated-server.ts';
import { DrizzleLinkStore } from '../../adapters/db/repositories.ts';
import { linkRoutes } from '../../adapters/web/link/routes.tsx';
import { textOf, Visitor } from '../web/link-harness.ts';
import { loadTranscripts } from '../support/transcripts.ts';

const AES = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
const clock = { now: () => new Date('2026-11-24T04:00:00Z'), today: () => '2026-11-24' };

function server() {
  const { db } = openNodeDb(':memory:');
  const sent: { method: string; body: Record<string, unknown> }[] = [];
  // Outbound Bot API and WeChat API calls are answered locally and recorded.
  const fakeFetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const body = init?.body ? (JSON.parse(String(init.body)) as Record<string, unknown>) : {};
    sent.push({ method: url.split('/').pop()!.split('?')[0]!, body });
    return new Response(
      JSON.stringify({
        ok: true,
        errcode: 0,
        access_token: 'TOKEN',
        expires_in: 7200,
        result: { message_id: sent.length, date: 0, chat: { id: 7, type: 'private' } },
      }),
      { headers: { 'content-type': 'application/json' } },
    );
  }) as typeof fetch;
  const env = {
    WECHAT_TOKEN: 'tok',
    WECHAT_APPID: 'wx0123456789abcdef',
    WECHAT_APPSECRET: 'secret',
    WECHAT_ENCODING_AES_KEY: AES,
    TELEGRAM_BOT_TOKEN: '42:abc',
    TELEGRAM_WEBHOOK_SECRET: 'tg-secret',
    TELEGRAM_API_ROOT: 'http://telegram.test',
  };
  const pending: Promise<unknown>[] = [];
  const channels = setUpChannels(env, {
    db,
    engine: { store: new DrizzleSessionStore(db), clock, parameters: defaultParameters() },
    background: (p) => pending.push(p),
    log: () => {},
    fetch: fakeFetch,
  });
  const app = createApp({ parameters: defaultParameters(), today: clock.today, channels: channels.routes });
  const settle = async () => {
    while (pending.length > 0) await pending.shift();
  };
  return { app, sent, settle };
}

describe('transcripts through WeChat (safe mode)', () => {
  const wx = new SimulatedWechat('tok', 'wx0123456789abcdef', AES);
  for (const t of loadTranscripts()) {
    it(t.name, async () => {
      const { app, sent, settle } = server();
      for (const [i, turn] of t.turns.entries()) {
        const before = sent.length;
        const inner =
          i === 0
            ? `<xml><ToUserName><![CDATA[gh_test]]></ToUserName>` +
              `<FromUserName><![CDATA[oUser]]></FromUserName><CreateTime>` +
              `${1700000000 + i}</CreateTime><MsgType><![CDATA[event]]></MsgType><Event>` +
              `<![CDATA[subscribe]]></Event></xml>`
            : wx.textXml('oUser', turn.say, String(9000 + i), String(1700000000 + i));
        const d = wx.delivery(inner, 'safe', String(Math.floor(clock.now().getTime() / 1000)));
        const res = await app.request(d.url, { method: 'POST', body: d.body });
        const passive = parseWechatXml(wx.openReply(await res.text()))['Content'] ?? '';
        // Long replies are split: the first part is passive, the rest goes through customer service.
        await settle();
        const later = sent
          .slice(before)
          .filter((c) => c.method === 'send')
          .map((c) => String((c.body['text'] as { content: string }).content));
        const text = [passive, ...later].join('\n');
        for (const e of turn.expect ?? []) expect(text, `turn ${i + 1} "${turn.say}"`).toContain(e);
        for (const a of turn.absent ?? []) expect(text, `turn ${i + 1}`).not.toContain(a);
      }
    });
  }
});

describe('transcripts through Telegram', () => {
  for (const t of loadTranscripts()) {
    it(t.name, async () => {
      const { app, sent } = server();
      for (const [i, turn] of t.turns.entries()) {
        const before = sent.length;
        const text = i === 0 ? '/start' : turn.say;
        const update = {
          update_id: 100 + i,
          message: {
            message_id: i + 1,
            date: 0,
            chat: { id: 7, type: 'private' },
            from: { id: 7, is_bot: false, first_name: 'A' },
            text,
            ...(i === 0 ? { entities: [{ type: 'bot_command', offset: 0, length: 6 }] } : {}),
          },
        };
        const res = await app.request('/telegram', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'X-Telegram-Bot-Api-Secret-Token': 'tg-secret' },
          body: JSON.stringify(update),
        });
        expect(res.status).toBe(200);
        const replies = sent
          .slice(before)
          .filter((c) => c.method === 'sendMessage')
          .map((c) => {
            // The choices' buttons are part of what was said; the row of key actions is always there.
            const kb =
              (c.body['reply_markup'] as { inline_keyboard?: { text: string; callback_data?: string }[][] } | undefined)
                ?.inline_keyboard ?? [];
            return `${String(c.body['text'])}\n${kb
              .flat()
              .filter((b) => !b.callback_data?.startsWith('a:'))
              .map((b) => b.text)
              .join('\n')}`;
          })
          .join('\n');
        for (const e of turn.expect ?? []) expect(replies, `turn ${i + 1} "${turn.say}"`).toContain(e);
        for (const a of turn.absent ?? []) expect(replies, `turn ${i + 1}`).not.toContain(a);
      }
    });
  }
});

describe('transcripts through the screening link', () => {
  for (const t of loadTranscripts().filter((x) => x.link)) {
    it(t.name, async () => {
      const { db } = openNodeDb(':memory:');
      const web = linkRoutes({
        links: new DrizzleLinkStore(db),
        engine: { store: new DrizzleSessionStore(db), clock, parameters: defaultParameters() },
        publicUrl: 'https://doudi.example',
        adminToken: 'adm',
      });
      const app = createApp({ parameters: defaultParameters(), today: clock.today, channels: [web] });
      const created = await app.request('/api/v1/links', {
        method: 'POST',
        headers: { authorization: 'Bearer adm', 'content-type': 'application/json' },
        body: JSON.stringify({ village: 'demo-yc-1', region: t.link!.region }),
      });
      const { token } = (await created.json()) as { token: string };
      const visitor = new Visitor(app);
      const path = `/s/${token}`;
      await visitor.open(path);
      for (const [i, turn] of t.turns.entries()) {
        if (i < t.link!.skip) continue;
        const page = await visitor.send(path, turn.say);
        expect(page.status, `turn ${i + 1}`).toBe(200);
        // What the page says: the replies to this answer, without the row of always-there buttons.
        const said = textOf(
          page.html.replace(/<form[^>]*class="commands"[\s\S]*?<\/form>/, '').replace(/<footer>[\s\S]*?<\/footer>/, ''),
        );
        for (const e of turn.expect ?? []) expect(said, `turn ${i + 1} "${turn.say}"`).toContain(e);
        for (const a of turn.absent ?? []) expect(said, `turn ${i + 1}`).not.toContain(a);
      }
    });
  }
});

// The /wechat webhook end to end against a simulated WeChat server: URL verification, every
// mode, signatures, dedup of retries, the time budget, and message kinds.
import { describe, expect, it } from 'vitest';
import { Hono } from 'hono';
import type { InboundMessage, OutboundMessage } from '../../bot/ports.ts';
import { wechatRoutes } from '../../adapters/wechat/webhook.ts';
import { MemoryDedup } from '../support/memory-dedup.ts';
import { parseWechatXml } from '../../adapters/wechat/xml.ts';
import { SimulatedWechat } from './simulated-server.ts';

const AES = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
const wx = new SimulatedWechat('doudi-token', 'wx0123456789abcdef', AES);
const deliver = (xml: string, mode: 'plain' | 'safe', timestamp = String(NOW - 1)) => wx.delivery(xml, mode, timestamp);

const NOW = 1_764_900_000;

/** A webhook with the AES key configured (safe and compatible modes), or without it (`plain`). */
function setup(
  opts: {
    delayMs?: number;
    reply?: (m: InboundMessage) => OutboundMessage[];
    budgetMs?: number;
    plain?: boolean;
    now?: () => number;
  } = {},
) {
  const handled: InboundMessage[] = [];
  const sent: { openId: string; texts: string[] }[] = [];
  const pending: Promise<unknown>[] = [];
  const app = new Hono().route(
    '/',
    wechatRoutes({
      config: { token: wx.token, appId: wx.appId, ...(opts.plain ? {} : { encodingAesKey: AES }) },
      handle: async (m) => {
        handled.push(m);
        if (opts.delayMs) await new Promise((r) => setTimeout(r, opts.delayMs));
        return opts.reply ? opts.reply(m) : [{ type: 'text', text: `收到：${m.text}` }];
      },
      dedup: new MemoryDedup(),
      sendLater: async (openId, texts) => {
        sent.push({ openId, texts });
      },
      background: (p) => pending.push(p),
      nowSeconds: opts.now ?? (() => NOW),
      budgetMs: opts.budgetMs ?? 4000,
    }),
  );
  return { app, handled, sent, settle: () => Promise.all(pending) };
}

describe('WeChat webhook', () => {
  it('answers URL verification only with a valid signature', async () => {
    const { app } = setup();
    const sig = wx.sign(wx.token, String(NOW), '2');
    const ok = await app.request(`/wechat?signature=${sig}&timestamp=${NOW}&nonce=2&echostr=5833258582299191661`);
    expect(await ok.text()).toBe('5833258582299191661');
    const bad = await app.request(`/wechat?signature=${sig.replace(/.$/, '0')}&timestamp=${NOW}&nonce=2&echostr=x`);
    expect(bad.status).toBe(401);
    const old = wx.sign(wx.token, String(NOW - 301), '2');
    expect((await app.request(`/wechat?signature=${old}&timestamp=${NOW - 301}&nonce=2&echostr=x`)).status).toBe(401);
  });

  it('plaintext mode (no AES key configured): a passive reply to the sender', async () => {
    const { app } = setup({ plain: true });
    const d = deliver(wx.textXml('oUser1', '007', '6054768590064713728'), 'plain');
    const res = await app.request(d.url, { method: 'POST', body: d.body });
    const reply = parseWechatXml(await res.text());
    expect(reply).toMatchObject({
      ToUserName: 'oUser1',
      FromUserName: 'gh_test',
      MsgType: 'text',
      Content: '收到：007',
    });
  });

  it('safe mode: decrypts, and the encrypted reply opens on the simulated server', async () => {
    const { app, handled } = setup();
    const d = deliver(wx.textXml('oUser2', '你好 ]]> 测试', '6054768590064713729'), 'safe');
    const res = await app.request(d.url, { method: 'POST', body: d.body });
    expect(handled[0]?.text).toBe('你好 ]]> 测试');
    const inner = parseWechatXml(wx.openReply(await res.text()));
    expect(inner['Content']).toBe('收到：你好 ]]> 测试');
  });

  it(
    'compatible mode (plaintext fields beside Encrypt, encrypt_ty' + 'pe=aes) is read from the encrypted part',
    async () => {
      const { app, handled } = setup();
      const d = deliver(wx.textXml('oUser3', '兼容', '1'), 'safe');
      const forged = wx.textXml('oSomeoneElse', '伪造', '1');
      const body = d.body.replace('</xml>', forged.slice('<xml>'.length));
      const res = await app.request(d.url, { method: 'POST', body });
      expect(res.status).toBe(200);
      expect(handled.map((m) => [m.userId, m.text])).toEqual([['oUser3', '兼容']]);
    },
  );

  it('with an AES key configured, a plaintext delivery is refused even with a valid URL signature', async () => {
    const { app, handled } = setup();
    const d = deliver(wx.textXml('oVictim', '删除我的信息', '77'), 'plain');
    const res = await app.request(d.url, { method: 'POST', body: d.body });
    expect(res.status).toBe(400);
    const xml = wx.textXml('oVictim', '我的回答', '78');
    const compatibleWithoutType = deliver(
      xml.replace('</xml>', `<Encrypt><![CDATA[${wx.encrypt(xml)}]]></Encrypt></xml>`),
      'plain',
    );
    expect(
      (await app.request(compatibleWithoutType.url, { method: 'POST', body: compatibleWithoutType.body })).status,
    ).toBe(400);
    expect(handled).toHaveLength(0);
  });

  it('refuses a timestamp more than five minutes from the server clock, in every mode', async () => {
    for (const plain of [false, true]) {
      const { app, handled } = setup({ plain });
      for (const ts of [NOW - 301, NOW + 301, 0]) {
        const d = deliver(wx.textXml('oOld', 'x', `5${ts}`), plain ? 'plain' : 'safe', String(ts));
        expect((await app.request(d.url, { method: 'POST', body: d.body })).status).toBe(401);
      }
      const edge = deliver(wx.textXml('oEdge', 'x', '6'), plain ? 'plain' : 'safe', String(NOW - 300));
      expect((await app.request(edge.url, { method: 'POST', body: edge.body })).status).toBe(200);
      expect(handled.map((m) => m.userId)).toEqual(['oEdge']);
    }
  });

  it(
    'a captured delivery replayed later is refused: within the wi' + 'ndow by dedup, after it by the timestamp',
    async () => {
      let now = NOW;
      const { app, handled } = setup({ now: () => now });
      const d = deliver(wx.textXml('oReplay', '1', '880'), 'safe', String(NOW));
      expect((await app.request(d.url, { method: 'POST', body: d.body })).status).toBe(200);
      for (const later of [1, 299, 300, 301, 615]) {
        now = NOW + later;
        const res = await app.request(d.url, { method: 'POST', body: d.body });
        expect(later <= 300 ? await res.text() : res.status, `after ${later} s`).toBe(later <= 300 ? 'success' : 401);
      }
      expect(handled).toHaveLength(1);
    },
  );

  it(
    'rejects a wrong signature, a wrong msg_signature, tampered c' + 'iphertext, a wrong appid and an oversize body',
    async () => {
      const { app, handled } = setup();
      const d = deliver(wx.textXml('o', 'x', '1'), 'safe');
      expect(
        (await app.request(d.url.replace(/signature=[0-9a-f]+/, 'signature=00'), { method: 'POST', body: d.body }))
          .status,
      ).toBe(401);
      expect(
        (
          await app.request(d.url.replace(/msg_signature=[0-9a-f]+/, 'msg_signature=00'), {
            method: 'POST',
            body: d.body,
          })
        ).status,
      ).toBe(401);
      const tampered = d.body.replace(
        /<Encrypt><!\[CDATA\[(.)/,
        (_m, ch: string) => `<Encrypt><![CDATA[${ch === 'A' ? 'B' : 'A'}`,
      );
      // Tampering breaks msg_signature first; re-sign so the ciphertext check itself is exercised.
      const enc = tampered.match(/<Encrypt><!\[CDATA\[(.*?)\]\]>/)![1]!;
      const url = d.url.replace(
        /msg_signature=[0-9a-f]+/,
        `msg_signature=${wx.sign(wx.token, String(NOW - 1), d.url.match(/nonce=(\d+)/)![1]!, enc)}`,
      );
      expect((await app.request(url, { method: 'POST', body: tampered })).status).toBe(400);
      const other = new SimulatedWechat(wx.token, 'wxSOMEONEELSE00000', AES);
      const od = other.delivery(other.textXml('o', 'x', '2'), 'safe', String(NOW));
      expect((await app.request(od.url, { method: 'POST', body: od.body })).status).toBe(400);
      const big = deliver(`<xml><Content><![CDATA[${'a'.repeat(70_000)}]]></Content></xml>`, 'plain');
      expect((await app.request(big.url, { method: 'POST', body: big.body })).status).toBe(413);
      expect(handled).toHaveLength(0);
    },
  );

  it('limits the body by Content-Length when given, and by counting when not', async () => {
    const { app, handled } = setup();
    const big = deliver(`<xml><Content><![CDATA[${'a'.repeat(70_000)}]]></Content></xml>`, 'plain');
    const declared = await app.request(big.url, {
      method: 'POST',
      body: big.body,
      headers: { 'content-length': String(Buffer.byteLength(big.body)) },
    });
    expect(declared.status).toBe(413);
    const chunked = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode(big.body));
        c.close();
      },
    });
    const counted = await app.request(big.url, { method: 'POST', body: chunked, duplex: 'half' } as RequestInit);
    expect(counted.status).toBe(413);
    const ok = deliver(wx.textXml('oLen', '你好', '9100'), 'safe');
    const res = await app.request(ok.url, {
      method: 'POST',
      body: ok.body,
      headers: { 'content-length': String(Buffer.byteLength(ok.body)) },
    });
    expect(wx.openReply(await res.text())).toContain('收到：你好');
    expect(handled).toHaveLength(1);
  });

  it('three identical deliveries advance the dialogue once', async () => {
    const { app, handled } = setup();
    const d = deliver(wx.textXml('oUser4', '1', '9001'), 'safe');
    const replies = await Promise.all(
      [1, 2, 3].map(async () => (await app.request(d.url, { method: 'POST', body: d.body })).text()),
    );
    expect(handled).toHaveLength(1);
    expect(replies.filter((r) => r === 'success')).toHaveLength(2);
  });

  it('a slow step answers success in time and delivers through customer service', async () => {
    const { app, sent, settle } = setup({ delayMs: 80, budgetMs: 20 });
    const d = deliver(wx.textXml('oUser5', '慢', '9002'), 'safe');
    const res = await app.request(d.url, { method: 'POST', body: d.body });
    expect(await res.text()).toBe('success');
    await settle();
    expect(sent).toEqual([{ openId: 'oUser5', texts: ['收到：慢'] }]);
  });

  it('maps voice, events and other message types', async () => {
    const { app, handled } = setup();
    const send = (xml: string) => {
      const d = deliver(xml, 'safe');
      return app.request(d.url, { method: 'POST', body: d.body });
    };
    const base = (from: string, time: string) =>
      `<ToUserName><![CDATA[gh_test]]></ToUserName><FromUserName>` +
      `<![CDATA[` +
      `${from}]]></FromUserName><CreateTime>` +
      `${time}</CreateTime>`;
    await send(
      `<xml>` +
        `${base('v1', '1')}<MsgType><![CDATA[voice]]></MsgType><Recognition>` +
        `<![CDATA[七十八岁]]></Recognition><MsgId>1</MsgId></xml>`,
    );
    await send(
      `<xml>` +
        `${base('v2', '2')}<MsgType><![CDATA[voice]]></MsgType><Recognition><![CDATA[]]` +
        `></Recognition><MsgId>2</MsgId></xml>`,
    );
    await send(
      `<xml>` +
        `${base('s1', '3')}<MsgType><![CDATA[event]]></MsgType><Event>` +
        `<![CDATA[subscribe]]></Event><EventKey>` +
        `<![CDATA[qrscene_140802001]]></EventKey></xml>`,
    );
    await send(
      `<xml>` +
        `${base('c1', '4')}<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[CLICK]]>` +
        `</Event><EventKey><![CDATA[POLICY]]></EventKey></xml>`,
    );
    await send(
      `<xml>` +
        `${base('c2', '7')}<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[CLICK]]>` +
        `</Event><EventKey><![CDATA[APPLY]]></EventKey></xml>`,
    );
    await send(
      `<xml>${base('i1', '5')}<MsgType><![CDATA[image]]></MsgType><PicUrl><![CDATA[x]]></PicUrl><MsgId>5</MsgId></xml>`,
    );
    const unsub = await send(
      `<xml>${base('u1', '6')}<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[unsubscribe]]></Event></xml>`,
    );
    expect(await unsub.text()).toBe('success');
    expect(handled.map((m) => [m.userId, m.kind ?? 'text', m.text, m.tags?.village])).toEqual([
      ['v1', 'text', '七十八岁', undefined],
      ['v2', 'voice_unrecognised', '', undefined],
      ['s1', 'start', '', '140802001'],
      ['c1', 'text', '政策', undefined],
      ['c2', 'text', '联系村委', undefined],
      ['i1', 'unsupported', '', undefined],
    ]);
  });

  it('a failing handler still answers WeChat with success', async () => {
    const { app } = setup({
      reply: () => {
        throw new Error('boom');
      },
    });
    const d = deliver(wx.textXml('oUser6', 'x', '9003'), 'safe');
    const res = await app.request(d.url, { method: 'POST', body: d.body });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('success');
  });
});

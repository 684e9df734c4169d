// The steps of a WeChat delivery, each on its own without HTTP: verify (signature, timestamp,
// mode), open (msg_signature, decrypt, only the encrypted part), the time budget (with fake
// timers, so nothing here waits), and the passive reply that WeChat's side opens.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withinBudget } from '../../adapters/wechat/budget.ts';
import { createCipher } from '../../adapters/wechat/crypto.ts';
import { openDelivery } from '../../adapters/wechat/open.ts';
import { passiveReplyXml } from '../../adapters/wechat/reply.ts';
import { type Verified, verifyDelivery } from '../../adapters/wechat/verify.ts';
import { parseWechatXml } from '../../adapters/wechat/xml.ts';
import { OA_KEY } from '../fixtures/wechat/vectors.ts';
import { SimulatedWechat } from './simulated-server.ts';

const NOW = 1_764_900_000;
const wx = new SimulatedWechat('doudi-token', 'wx0123456789abcdef', OA_KEY);
const cipher = createCipher(OA_KEY, wx.appId);
const queryOf = (url: string) => Object.fromEntries(new URL(`http://x${url}`).searchParams);
const safeConfig = { token: wx.token, encodingAesKey: OA_KEY };

describe('verifyDelivery', () => {
  it('accepts a signed, fresh delivery in the mode configured', () => {
    const d = wx.delivery(wx.textXml('o1', 'x', '1'), 'safe', String(NOW));
    expect(verifyDelivery(queryOf(d.url), safeConfig, NOW)).toMatchObject({
      ok: true,
      safe: true,
      timestamp: String(NOW),
    });
    const p = wx.delivery(wx.textXml('o1', 'x', '1'), 'plain', String(NOW));
    expect(verifyDelivery(queryOf(p.url), { token: wx.token }, NOW)).toMatchObject({ ok: true, safe: false });
  });

  it('refuses a wrong signature, a stale or future timestamp, and plaintext once a key is set', () => {
    const d = wx.delivery(wx.textXml('o1', 'x', '1'), 'safe', String(NOW));
    expect(verifyDelivery({ ...queryOf(d.url), signature: '00' }, safeConfig, NOW)).toEqual({
      ok: false,
      reason: 'signature',
      status: 401,
    });
    expect(verifyDelivery(queryOf(d.url), safeConfig, NOW + 301)).toEqual({
      ok: false,
      reason: 'timestamp',
      status: 401,
    });
    expect(verifyDelivery(queryOf(d.url), safeConfig, NOW - 301)).toEqual({
      ok: false,
      reason: 'timestamp',
      status: 401,
    });
    const p = wx.delivery(wx.textXml('o1', 'x', '1'), 'plain', String(NOW));
    expect(verifyDelivery(queryOf(p.url), safeConfig, NOW)).toEqual({ ok: false, reason: 'plaintext', status: 400 });
  });
});

describe('openDelivery', () => {
  const verified = (url: string) => verifyDelivery(queryOf(url), safeConfig, NOW) as Verified;

  it('safe mode: the encrypted message, never the plaintext fields beside it', () => {
    const d = wx.delivery(wx.textXml('oReal', '真', '1'), 'safe', String(NOW));
    const body = d.body.replace(
      '</xml>',
      '<FromUserName><![CDATA[oForged]]></FromUserName><Content><![CDATA[假]]></Content></xml>',
    );
    const opened = openDelivery(body, verified(d.url), wx.token, () => cipher);
    expect(opened).toMatchObject({ ok: true, message: { FromUserName: 'oReal', Content: '真' } });
  });

  it('refuses a wrong msg_signature before decrypting, bad XML, and a cipher that cannot be built', () => {
    const d = wx.delivery(wx.textXml('o', 'x', '1'), 'safe', String(NOW));
    const decrypt = vi.fn(() => cipher);
    expect(openDelivery(d.body, { ...verified(d.url), msgSignature: '00' }, wx.token, decrypt)).toEqual({
      ok: false,
      reason: 'msg_signature',
      status: 401,
    });
    expect(decrypt).not.toHaveBeenCalled();
    expect(openDelivery('<xml><Encrypt>', verified(d.url), wx.token, decrypt)).toMatchObject({
      ok: false,
      reason: 'xml',
    });
    const broken = () => {
      throw new Error('bad EncodingAESKey');
    };
    expect(openDelivery(d.body, verified(d.url), wx.token, broken)).toEqual({
      ok: false,
      reason: 'decrypt',
      status: 400,
    });
  });

  it('plaintext mode: the body itself', () => {
    const p = wx.delivery(wx.textXml('oPlain', '明文', '1'), 'plain', String(NOW));
    const v = verifyDelivery(queryOf(p.url), { token: wx.token }, NOW) as Verified;
    expect(openDelivery(p.body, v, wx.token, undefined)).toMatchObject({
      ok: true,
      message: { FromUserName: 'oPlain', Content: '明文' },
    });
  });
});

describe('withinBudget', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('the texts when they come in time, late when they do not or when the step fails', async () => {
    vi.useFakeTimers();
    expect(await withinBudget(Promise.resolve(['好']), 4000)).toEqual({ kind: 'ready', texts: ['好'] });
    expect(await withinBudget(Promise.reject(new Error('boom')), 4000)).toEqual({ kind: 'late', reason: 'error' });
    const never = new Promise<string[]>(() => {});
    const late = withinBudget(never, 4000);
    await vi.advanceTimersByTimeAsync(4000);
    expect(await late).toEqual({ kind: 'late', reason: 'timeout' });
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('passiveReplyXml', () => {
  it('plaintext to the sender, or an envelope WeChat opens and whose signature it checks', () => {
    const r = { toUser: 'oUser', fromUser: 'gh_test', content: '收到 ]]> 了', nowSeconds: NOW };
    expect(parseWechatXml(passiveReplyXml(r))).toMatchObject({
      ToUserName: 'oUser',
      FromUserName: 'gh_test',
      Content: '收到 ]]> 了',
      CreateTime: String(NOW),
    });
    const sealed = passiveReplyXml(r, { cipher, token: wx.token });
    expect(parseWechatXml(wx.openReply(sealed))).toMatchObject({ ToUserName: 'oUser', Content: '收到 ]]> 了' });
  });
});

// A full run of the real Node server with its logs on: a resident screens and sends a request
// over WeChat (safe mode), the village's WeCom robot is told, and afterwards neither the logs
// nor the database file hold the resident's name, phone, 身份证号 or OpenID in clear.
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newDataKey } from '../../adapters/crypto/sealer.ts';
import { SimulatedWechat } from '../wechat/simulated-server.ts';
import { type RunningServer, startServer } from '../support/node-server.ts';

const NAME = '欧阳秀英';
const PHONE = '13987654321';
const ID = '11010519491231002X';
const OPENID = 'oPRIVACYtestOpenId0001';
const wx = new SimulatedWechat('tok', 'wxprivacy', 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG');

let server: RunningServer;
let stub: Server;
let dir = '';
const robotMessages: string[] = [];

beforeAll(async () => {
  // Stand-in for the WeChat API and the WeCom robot, on loopback.
  stub = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      if (req.url?.startsWith('/cgi-bin/stable_token'))
        return res.end(JSON.stringify({ access_token: 'T', expires_in: 7200 }));
      if (req.url?.startsWith('/robot')) robotMessages.push(body);
      res.end(JSON.stringify({ errcode: 0, errmsg: 'ok' }));
    });
  });
  await new Promise<void>((r) => stub.listen(0, '127.0.0.1', r));
  const stubUrl = `http://127.0.0.1:${(stub.address() as AddressInfo).port}`;
  dir = mkdtempSync(join(tmpdir(), 'doudi-privacy-'));
  const config = join(dir, 'doudi.yaml');
  writeFileSync(
    config,
    `villages:\n  - code: dongguo\n    name: 东郭村\n    township: { ` +
      `code: beicheng, name: 北城街道 }\n    region: "140802"\n    notify: ` +
      `{ wecomWebhook: ` +
      `"${stubUrl}/robot?key=k" }\n`,
  );
  server = await startServer(
    {
      DATABASE_PATH: join(dir, 'd.db'),
      DOUDI_CONFIG: config,
      DOUDI_DATA_KEY: newDataKey(),
      DOUDI_LOG: 'on',
      WECHAT_TOKEN: wx.token,
      WECHAT_APPID: wx.appId,
      WECHAT_APPSECRET: 'secret',
      WECHAT_ENCODING_AES_KEY: wx.encodingAesKey,
      WECHAT_API_BASE: stubUrl,
    },
    { capture: true },
  );
}, 60_000);

afterAll(async () => {
  await server?.stop();
  stub?.close();
});

let msgId = 7_000_000_000_000_000_000n;
async function send(text: string): Promise<string> {
  const d = wx.delivery(wx.textXml(OPENID, text, String(msgId++)), 'safe');
  const res = await fetch(server.base + d.url, {
    method: 'POST',
    body: d.body,
    headers: { 'content-type': 'text/xml' },
  });
  const xml = await res.text();
  return xml === 'success' ? '' : wx.openReply(xml);
}

describe('a full run keeps personal data out of logs and out of the database in clear', () => {
  it('screens and sends a request over WeChat, tells the village, and leaks nothing', async () => {
    for (const t of ['你好', '1', '七十八岁', '没有', '1', '2', '一年一千二', '每月150', '5', '没有', '1', '1', '6'])
      await send(t);
    expect(await send('申请')).toContain('同意');
    await send('1');
    await send(NAME);
    await send(PHONE);
    expect(await send('1')).toContain('打电话');
    await send('1');
    await send(ID);
    const sent = await send('1');
    expect(sent).toContain('申请编号');
    // The village hears of it without the resident's details.
    for (let i = 0; i < 50 && robotMessages.length === 0; i++) await new Promise((r) => setTimeout(r, 100));
    expect(robotMessages).toHaveLength(1);
    expect(robotMessages[0]).toContain('东郭村');
    // A typo'd phone number at the wrong moment is not logged either.
    await send(`我的电话是${PHONE}`);

    await server.stop();
    const logs = server.output();
    expect(logs).toContain('"event":"http"');
    const stored = readdirSync(dir)
      .filter((f) => f.startsWith('d.db'))
      .map((f) => readFileSync(join(dir, f)).toString('latin1'))
      .join('');
    const latin = (s: string) => Buffer.from(s, 'utf8').toString('latin1');
    for (const secret of [NAME, PHONE, ID, OPENID]) {
      expect(logs, `logs hold ${secret}`).not.toContain(secret);
      expect(robotMessages.join(''), `robot message holds ${secret}`).not.toContain(secret);
      expect(stored, `database holds ${secret}`).not.toContain(latin(secret));
    }
  }, 60_000);
});

// A city added by configuration only (#16 item 2): test/fixtures/cities/qinghe.yaml, an invented
// city given as DOUDI_CONFIG text, is offered by the chat, understood by its place words, screened
// through the real WeChat webhook (safe mode, against the simulated WeChat server) with its own
// figures, and the result cites its own notice's clause, quoted on request; the agent page, the
// region and clause endpoints and the policy answers know it too. No code names this city.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setUpChannels } from '../../adapters/channels.ts';
import { parseConfigText } from '../../adapters/config/load-config.ts';
import { DrizzleSessionStore } from '../../adapters/db/repositories.ts';
import { createApp } from '../../adapters/http/app.ts';
import { openNodeDb } from '../../adapters/runtime/node-db.ts';
import { parseWechatXml } from '../../adapters/wechat/xml.ts';
import { builtInParameterSet, withOperatorConfig } from '../../screening/index.ts';
import { SimulatedWechat } from '../wechat/simulated-server.ts';

const CONFIG = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'cities', 'qinghe.yaml'), 'utf8');
const AES = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
const clock = { now: () => new Date('2026-11-24T04:00:00Z'), today: () => '2026-11-24' };
const CLAUSE = '自2026年1月1日起，全市城市低保标准调整为每人每月900元，农村低保标准调整为每人每月720元。';

/** The service as a host builds it: built-ins, then the operator's DOUDI_CONFIG text through the one loader. */
function server() {
  const parameters = withOperatorConfig(builtInParameterSet(), parseConfigText(CONFIG, 'qinghe.yaml'));
  const { db } = openNodeDb(':memory:');
  const sent: { method: string; body: Record<string, unknown> }[] = [];
  const fakeFetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    sent.push({
      method: String(input).split('/').pop()!.split('?')[0]!,
      body: init?.body ? (JSON.parse(String(init.body)) as Record<string, unknown>) : {},
    });
    return Response.json({ errcode: 0, errmsg: 'ok', access_token: 'TOKEN', expires_in: 7200 });
  }) as typeof fetch;
  const env = {
    WECHAT_TOKEN: 'tok',
    WECHAT_APPID: 'wx0123456789abcdef',
    WECHAT_APPSECRET: 'secret',
    WECHAT_ENCODING_AES_KEY: AES,
  };
  const pending: Promise<unknown>[] = [];
  const channels = setUpChannels(env, {
    db,
    engine: { store: new DrizzleSessionStore(db), clock, parameters },
    background: (p) => pending.push(p),
    log: () => {},
    fetch: fakeFetch,
  });
  const app = createApp({ parameters, today: clock.today, channels: channels.routes });
  return { app, sent, pending };
}

describe('a city added through DOUDI_CONFIG alone', () => {
  it('is screened through WeChat with its own figures, and the result cites its own clause', async () => {
    const { app, sent, pending } = server();
    const wx = new SimulatedWechat('tok', 'wx0123456789abcdef', AES);
    let i = 0;
    const say = async (text: string): Promise<string> => {
      i++;
      const before = sent.length;
      const inner =
        text === ''
          ? `<xml><ToUserName><![CDATA[gh_test]]></ToUserName>` +
            `<FromUserName><![CDATA[oUser]]></FromUserName><CreateTime>` +
            `${1700000000 + i}</CreateTime><MsgType><![CDATA[event]]></MsgType>` +
            `<Event><![CDATA[subscribe]]></Event></xml>`
          : wx.textXml('oUser', text, String(9000 + i), String(1700000000 + i));
      const d = wx.delivery(inner, 'safe', String(Math.floor(clock.now().getTime() / 1000)));
      const res = await app.request(d.url, { method: 'POST', body: d.body });
      expect(res.status).toBe(200);
      const passive = parseWechatXml(wx.openReply(await res.text()))['Content'] ?? '';
      while (pending.length > 0) await pending.shift();
      // Long replies are split: the first part is passive, the rest goes through customer service.
      const later = sent
        .slice(before)
        .filter((c) => c.method === 'send')
        .map((c) => String((c.body['text'] as { content: string }).content));
      return [passive, ...later].join('\n');
    };

    const opening = await say('');
    expect(opening).toContain('1. 运城市（山西）');
    expect(opening).toContain('3. 青禾市（云梦）');
    expect(opening).toContain('4. 都不是');
    // (A place no package covers, such as 北京, is answered as outside: test/dialogue/outside-places.test.ts.)
    expect(await say('我们这边')).toContain('请回复 1、2、3 或 4，或者说县、区的名字。比如：1，或者 临猗');
    // A village's word, declared only in the configuration, places the household in its county.
    expect(await say('柳林乡')).toContain('记下了：住在石门县。');
    await say('七十八岁');
    await say('没有');
    await say('1');
    await say('2');
    await say('一年一千二');
    await say('每月150');
    await say('5');
    await say('没有');
    await say('1');
    await say('1');
    const result = await say('6');
    expect(result).toContain('估计结果如下');
    expect(result).toContain('低保（最低生活保障）：很可能符合');
    // The configured rural standard (720) and 特困 standard (936), not any built-in figure.
    expect(result).toContain('低于农村低保标准 720 元');
    expect(result).toContain('约 936 元');

    const why = await say('为什么');
    const list = why.slice(why.indexOf('依据的政策'));
    const n = /(\d+)\. 青民发〔2026〕3号 二、（一）/.exec(list)?.[1];
    expect(n, why).toBeDefined();
    expect(list).toContain('青民发〔2026〕3号 二、（二）');
    const quote = await say(`原文 ${n}`);
    expect(quote).toContain(
      '青禾市民政局关于调整城乡最低生活保障和特困人员救助供养标准的通知（青民发〔2026〕3号） 二、（一）',
    );
    expect(quote).toContain(CLAUSE);
  });

  it('a source resting on a clause no document holds stops the service at start', () => {
    const bad = CONFIG.replace('clauses: [qh3.2-2]', 'clauses: [qh3.2-2, mz2021-57.a99]');
    const parameters = withOperatorConfig(builtInParameterSet(), parseConfigText(bad, 'bad.yaml'));
    expect(() => createApp({ parameters, today: clock.today })).toThrow(
      /sources\.qh3\.tekun: clause mz2021-57\.a99 is in no document/,
    );
  });

  it('every place a city list is shown knows it: agent page, regions, clauses, policy answers', async () => {
    const { app } = server();
    const page = await (await app.request('/agent')).text();
    expect(page).toContain('<option value="990100">青禾市</option>');
    expect(page).toContain('<option value="990121">石门县</option>');
    const region = (await (await app.request('/api/v1/regions/990121?date=2026-11-24')).json()) as {
      name: string;
      city: { name: string };
      dibaoStandardMonthly: unknown;
      sources: { id: string }[];
    };
    expect(region).toMatchObject({
      name: '石门县',
      city: { name: '青禾市' },
      dibaoStandardMonthly: { urban: 900, rural: 720 },
    });
    expect(region.sources.map((s) => s.id)).toContain('qh3.standards');
    const clause = await app.request('/api/v1/clauses/qh3.2-1');
    expect(clause.status).toBe(200);
    expect(await clause.json()).toMatchObject({ id: 'qh3.2-1', docNumber: '青民发〔2026〕3号', text: CLAUSE });
    const answer = (await (
      await app.request('/api/v1/ask', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ region: '990102', question: '今年城乡低保标准调整了吗' }),
      })
    ).json()) as { citations: { id: string }[] };
    expect(answer.citations.map((c) => c.id)).toContain('qh3.2-1');
    // Other cities never see its notice.
    const elsewhere = (await (
      await app.request('/api/v1/ask', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ region: '140800', question: '今年城乡低保标准调整了吗' }),
      })
    ).json()) as { citations: { id: string }[] };
    expect(elsewhere.citations.some((c) => c.id.startsWith('qh3.'))).toBe(false);
  });
});

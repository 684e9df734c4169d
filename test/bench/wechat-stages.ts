/**
 * Where a safe-mode WeChat delivery's server time goes, stage by stage, with the production
 * parts (SHA-1 and AES-CBC on node:crypto, hashed dedup claim and sealed session in a SQLite
 * file with group commit, one dialogue step). Deliveries are processed in turns of 32, as the
 * server sees concurrent residents, so commits are shared as in production. Run in-process
 * without HTTP: add the HTTP cost of a bare POST route (printed by the `wechat` section).
 *
 * The figures explain the throughput ratio and what any further work could save: time per
 * delivery on one thread that does nothing else, averaged over distinct residents' first two
 * messages.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HashedDedupStore, SealedSessionStore } from '../../adapters/db/pseudonymous-stores.ts';
import { DrizzleDedupStore, DrizzleSessionStore } from '../../adapters/db/repositories.ts';
import { newDataKey, Sealer } from '../../adapters/crypto/sealer.ts';
import { nodeSealPrimitives } from '../../adapters/runtime/node-seal.ts';
import { openNodeDb } from '../../adapters/runtime/node-db.ts';
import { checkSignature, createCipher, signatureOf } from '../../adapters/wechat/crypto.ts';
import { dedupKey, toInbound } from '../../adapters/wechat/inbound.ts';
import { toWechatText } from '../../adapters/wechat/render.ts';
import { encryptedEnvelopeXml, parseWechatXml, textReplyXml } from '../../adapters/wechat/xml.ts';
import { step } from '../../bot/engine.ts';
import type { InboundMessage, SessionKey } from '../../bot/ports.ts';
import { defaultParameters } from '../../screening/index.ts';
import { SimulatedWechat } from '../wechat/simulated-server.ts';
import { loadTranscripts } from '../support/transcripts.ts';

export interface StageFigures {
  deliveries: number;
  /** µs per delivery, by stage, in the order the webhook runs them. */
  stages: [string, number][];
  total: number;
}

const TOKEN = 'tok';
const APPID = 'wx0123456789abcdef';
const AES = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
const TURN = 32;

/**
 * `opening`: each resident's first message and their answer to the first question (你好, then 1), as the
 * throughput bench's opening mix. `transcripts`: each resident plays one of the dialogue transcripts turn by turn
 * (fuller households, longer answers, the result and its 为什么), as its transcripts mix; warmed with 24,000
 * deliveries first, since V8 optimises a dialogue's many rules only after thousands of turns.
 */
export type StageMix = 'opening' | 'transcripts';

export async function measureWechatStages(residents = 6_000, mix: StageMix = 'opening'): Promise<StageFigures> {
  const wx = new SimulatedWechat(TOKEN, APPID, AES);
  const { db, flushed, close } = openNodeDb(join(mkdtempSync(join(tmpdir(), 'doudi-stages-')), 'stages.db'), {
    groupCommit: true,
  });
  const sealer = await Sealer.fromKey(newDataKey(), nodeSealPrimitives);
  const sessions = new SealedSessionStore(new DrizzleSessionStore(db), sealer);
  const dedup = new HashedDedupStore(new DrizzleDedupStore(db), sealer);
  const cipher = createCipher(AES, APPID);
  const parameters = defaultParameters();
  const transcripts = mix === 'transcripts' ? loadTranscripts() : [];
  // Two deliveries for each of `n` residents (opening); or residents each playing a transcript, its turns in
  // order, until there are as many deliveries (2n, the last transcript played to its end).
  const deliveries = (prefix: string, n: number, id0: number) => {
    if (mix === 'opening')
      return [...Array(n).keys(), ...Array(n).keys()].map((i, k) => ({
        ...wx.delivery(wx.textXml(`${prefix}${i}`, k < n ? '你好' : '1', String(id0 + k)), 'safe'),
      }));
    const out: { url: string; body: string }[] = [];
    for (let i = 0; out.length < 2 * n; i++)
      for (const turn of transcripts[i % transcripts.length]!.turns)
        out.push(wx.delivery(wx.textXml(`${prefix}${i}`, turn.say, String(id0 + out.length)), 'safe'));
    return out;
  };
  const names = [
    'URL signature',
    'msg_signature',
    'XML envelope',
    'AES decrypt',
    'XML message + toInbound',
    'dedup claim (HMAC + SQLite)',
    'session read (SQLite + AES-GCM open)',
    'dialogue step (screen() once)',
    'session write (AES-GCM seal + SQLite)',
    'commit (shared per turn)',
    'reply: text, XML, AES encrypt, signature',
  ];
  const spent = new Float64Array(names.length);

  // Wall time of one thread that never waits except on its own writes (the commit's WAL write):
  // CPU time per stage in effect. process.cpuUsage() costs microseconds per call, too much here.
  let at = 0;
  const cpu = () => performance.now() * 1000;
  const lap = (stage: number) => {
    const now = cpu();
    spent[stage]! += now - at;
    at = now;
  };
  async function one(d: { url: string; body: string }): Promise<string> {
    at = cpu();
    const q = new URL(`http://x${d.url}`).searchParams;
    const ts = q.get('timestamp') ?? '';
    const nonce = q.get('nonce') ?? '';
    if (!checkSignature(q.get('signature') ?? undefined, TOKEN, ts, nonce)) throw new Error('signature');
    lap(0);
    const outer = parseWechatXml(d.body);
    lap(2);
    if (!checkSignature(q.get('msg_signature') ?? undefined, TOKEN, ts, nonce, outer['Encrypt']!))
      throw new Error('msg_signature');
    lap(1);
    const inner = cipher.decrypt(outer['Encrypt']!);
    lap(3);
    const message = parseWechatXml(inner);
    const inbound = toInbound(message);
    if (inbound.kind !== 'message') throw new Error('not a message');
    lap(4);
    if (!(await dedup.claim(dedupKey(message), 600))) throw new Error('duplicate');
    lap(5);
    const msg: InboundMessage = inbound.message;
    const key: SessionKey = { channel: msg.channel, userId: msg.userId };
    const stored = await sessions.get(key);
    lap(6);
    const result = step(stored?.state, msg, { parameters, today: '2026-11-24', now: '2026-11-24T04:00:00.000Z' });
    lap(7);
    if (result.state)
      await sessions.put(
        key,
        { version: (stored?.version ?? 0) + 1, state: result.state, updatedAt: '2026-11-24T04:00:00.000Z' },
        stored?.version,
      );
    lap(8);
    const [passive] = toWechatText(result.out);
    const reply = textReplyXml({
      toUser: msg.userId,
      fromUser: message['ToUserName'] ?? '',
      createTime: 1700000000,
      content: passive ?? '',
    });
    const encrypt = cipher.encrypt(reply);
    const signature = signatureOf(TOKEN, '1700000000', '12345', encrypt);
    const envelope = encryptedEnvelopeXml(encrypt, signature, '1700000000', '12345');
    lap(10);
    return envelope;
  }
  async function run(list: { url: string; body: string }[]): Promise<void> {
    for (let i = 0; i < list.length; i += TURN) {
      for (const d of list.slice(i, i + TURN)) await one(d);
      at = cpu();
      // The commit runs in setImmediate at the end of the turn; flushed() resolves after it.
      await flushed();
      lap(9);
    }
  }
  await run(deliveries('oWarm', mix === 'opening' ? 1_500 : 12_000, 9e12));
  spent.fill(0);
  const measured = deliveries('oStage', residents, 1e12);
  const before = cpu();
  await run(measured);
  const total = (cpu() - before) / measured.length;
  close();
  const stages = names.map((n, i): [string, number] => [n, spent[i]! / measured.length]);
  const seen = stages.reduce((sum, [, v]) => sum + v, 0);
  stages.push(['not in a stage (promise turns, loop)', Math.max(0, total - seen)]);
  return { deliveries: measured.length, stages, total };
}

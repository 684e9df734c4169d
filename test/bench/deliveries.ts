/**
 * WeChat safe-mode deliveries for the benchmarks, built before a run by an implementation
 * independent of doudi's (test/wechat/simulated-server.ts, node:crypto): distinct residents, each
 * playing one of the dialogue transcripts turn by turn, every MsgId new. Ordered turn by turn
 * across residents, so a resident's next message is thousands of requests after the previous
 * one and never races it, and most messages find a stored session to open and advance.
 */
import { loadTranscripts } from '../support/transcripts.ts';
import { SimulatedWechat } from '../wechat/simulated-server.ts';

export const BENCH_WECHAT = {
  token: 'bench-token',
  appId: 'wxbench000000000',
  aesKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
} as const;

/**
 * `opening`: each resident's first message and their answer to the first question (你好, then 1):
 * half new sessions, half a stored session opened, advanced and written back; the mix the issue's
 * baseline was measured on (its bench sent first messages only). `transcripts`: every turn of the
 * dialogue transcripts (test/transcripts/), a whole screening with commands, misunderstandings
 * and requests to the village, so larger sessions and heavier dialogue steps.
 */
export type Mix = 'opening' | 'transcripts';
const SCRIPTS: Record<Mix, string[][]> = {
  opening: [['你好', '1']],
  transcripts: loadTranscripts().map((t) => t.turns.map((x) => x.say)),
};
let msgId = Date.now() * 1000;

export interface Delivery {
  path: string;
  body: string;
}

/** `count` deliveries from residents named `${prefix}…` (a prefix no earlier run used). */
export function residentDeliveries(prefix: string, count: number, mix: Mix = 'opening'): Delivery[] {
  const scripts = SCRIPTS[mix];
  const meanTurns = scripts.reduce((n, s) => n + s.length, 0) / scripts.length;
  const wx = new SimulatedWechat(BENCH_WECHAT.token, BENCH_WECHAT.appId, BENCH_WECHAT.aesKey);
  const residents = Math.ceil((count / meanTurns) * 1.1);
  const out: Delivery[] = [];
  for (let turn = 0; out.length < count; turn++) {
    let any = false;
    for (let r = 0; r < residents && out.length < count; r++) {
      const say = scripts[r % scripts.length]![turn];
      if (say === undefined) continue;
      any = true;
      const d = wx.delivery(
        wx.textXml(`o${prefix}_${r}`, say, String(++msgId), String(Math.floor(Date.now() / 1000))),
        'safe',
      );
      out.push({ path: d.url, body: d.body });
    }
    if (!any) break;
  }
  return out;
}

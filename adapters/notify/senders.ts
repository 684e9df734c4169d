/**
 * How each kind of outbox message is delivered: a WeCom group robot (markdown), a Telegram group
 * (Bot API sendMessage), or the resident on the channel they used. `fetch` and the WeChat client
 * are injected (msw stands in for all of them in tests). Village messages name the request and
 * what to do, never the resident: the details are behind the staff console's login.
 */
import type { VillageDirectory } from '../config/villages.ts';
import type { Sealer } from '../crypto/sealer.ts';
import type { SealedReferral } from '../db/referral-record.ts';
import type { OutboxKind, OutboxPayload } from './outbox.ts';
import { PROGRAM_SHORT } from '../../bot/messages/zh-CN.ts';
import { ownValue } from '../own.ts';

/** A failed send: `retryAfterMs` when the peer said when, `permanent` when retrying cannot help. */
export class NotifyError extends Error {
  override readonly name = 'NotifyError';
  constructor(
    message: string,
    readonly opts: { permanent?: boolean; retryAfterMs?: number } = {},
  ) {
    super(message);
  }
}

export type Send = (target: string, payload: OutboxPayload) => Promise<void>;

export interface SenderDeps {
  villages: VillageDirectory;
  sealer: Sealer;
  fetch?: typeof fetch;
  /** Staff console address for the link in village messages. */
  publicUrl: string;
  telegram?: { token: string; apiRoot?: string };
  /** Text to a WeChat user through the customer-service API (48-hour window). */
  wechatSendText?: (openId: string, text: string) => Promise<void>;
  /** The sealed part of a request, to find who to tell about its status. */
  loadReferral: (id: string) => Promise<{ channel: string; sealed: string } | undefined>;
}


export function villageMessage(p: Extract<OutboxPayload, { kind: 'village_new_request' }>, villageName: string, publicUrl: string): string {
  const programs = p.programs.length ? p.programs.map((x) => ownValue(PROGRAM_SHORT, x) ?? x).join('、') : '需进一步了解';
  return [
    `### 新的社会救助申请 ${p.reference}`,
    `> 村（社区）：${villageName}`,
    `> 估计可能符合：${programs}`,
    '请在 3 个工作日内电话联系居民，联系方式和家庭情况请登录工作台查看：',
    `[打开工作台](${publicUrl.replace(/\/$/, '')}/staff/requests/${p.referralId})`,
  ].join('\n');
}

export function residentMessage(p: Extract<OutboxPayload, { kind: 'resident_status' }>): string {
  return `你的救助申请（编号 ${p.reference}）有新进展：${p.statusLabel}。${p.note ? `\n工作人员留言：${p.note}` : ''}\n有疑问请联系村委会，或拨打 12345。`;
}

async function postJson(f: typeof fetch, url: string, body: unknown): Promise<Record<string, unknown>> {
  let res: Response;
  try {
    res = await f(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  } catch (e) {
    throw new NotifyError(`network: ${(e as Error).message}`);
  }
  const text = await res.text();
  if (res.status === 429) throw new NotifyError(`HTTP 429`, { retryAfterMs: Number(res.headers.get('retry-after') ?? 60) * 1000 });
  if (res.status >= 500) throw new NotifyError(`HTTP ${res.status}`);
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new NotifyError(`HTTP ${res.status}: not JSON`, { permanent: res.status >= 400 && res.status < 500 });
  }
}

function telegramSend(f: typeof fetch, tg: { token: string; apiRoot?: string }) {
  return async (chatId: string, text: string) => {
    const r = await postJson(f, `${tg.apiRoot ?? 'https://api.telegram.org'}/bot${tg.token}/sendMessage`, { chat_id: chatId, text });
    if (r['ok'] === true) return;
    const code = Number(r['error_code'] ?? 0);
    const retry = Number((r['parameters'] as { retry_after?: number } | undefined)?.retry_after ?? 0);
    if (code === 429) throw new NotifyError('Telegram 429', { retryAfterMs: (retry || 30) * 1000 });
    throw new NotifyError(`Telegram ${code}: ${String(r['description'] ?? '')}`, { permanent: code === 400 || code === 403 });
  };
}

export function senders(d: SenderDeps): Record<OutboxKind, Send> {
  const f = d.fetch ?? fetch;
  const village = (code: string) => {
    const v = d.villages.get(code);
    if (!v) throw new NotifyError(`village ${code} is no longer configured`, { permanent: true });
    return v;
  };
  const tg = d.telegram ? telegramSend(f, d.telegram) : undefined;
  const wechatText = async (openId: string, text: string) => {
    if (!d.wechatSendText) throw new NotifyError('WeChat is not configured', { permanent: true });
    try {
      await d.wechatSendText(openId, text);
    } catch (e) {
      // 45015: the resident has not written in 48 hours; 45047: too many messages. Retrying cannot help.
      const code = (e as { errcode?: number }).errcode;
      throw new NotifyError(`WeChat ${code ?? ''}: ${(e as Error).message}`, { permanent: code === 45015 || code === 45047 });
    }
  };
  return {
    wecom_robot: async (target, payload) => {
      if (payload.kind !== 'village_new_request') throw new NotifyError('wrong payload', { permanent: true });
      const v = village(target);
      if (!v.notify || !('wecomWebhook' in v.notify)) throw new NotifyError(`village ${target} has no WeCom robot`, { permanent: true });
      const r = await postJson(f, v.notify.wecomWebhook, { msgtype: 'markdown', markdown: { content: villageMessage(payload, v.name, d.publicUrl) } });
      const code = Number(r['errcode'] ?? -1);
      if (code === 0) return;
      // 45009: the robot's 20-messages-a-minute limit.
      if (code === 45009) throw new NotifyError('WeCom 45009 rate limit', { retryAfterMs: 60_000 });
      throw new NotifyError(`WeCom ${code}: ${String(r['errmsg'] ?? '')}`, { permanent: code === 93000 || code === 40008 });
    },
    telegram_chat: async (target, payload) => {
      if (payload.kind !== 'village_new_request') throw new NotifyError('wrong payload', { permanent: true });
      const v = village(target);
      if (!v.notify || !('telegramChatId' in v.notify)) throw new NotifyError(`village ${target} has no Telegram group`, { permanent: true });
      if (!tg) throw new NotifyError('Telegram is not configured (TELEGRAM_BOT_TOKEN)', { permanent: true });
      await tg(v.notify.telegramChatId, villageMessage(payload, v.name, d.publicUrl).replace(/^### |^> /gm, ''));
    },
    wechat_cs: async (_target, payload) => {
      if (payload.kind !== 'wechat_text') throw new NotifyError('wrong payload', { permanent: true });
      await wechatText(payload.openId, payload.text);
    },
    resident: async (target, payload) => {
      if (payload.kind !== 'resident_status') throw new NotifyError('wrong payload', { permanent: true });
      const row = await d.loadReferral(target);
      if (!row) throw new NotifyError('request no longer exists', { permanent: true });
      const who = (await d.sealer.open<SealedReferral>(row.sealed)).channelUserId;
      const text = residentMessage(payload);
      if (row.channel === 'wechat') return wechatText(who, text);
      if (row.channel === 'telegram' && tg) return tg(who, text);
      // The web link has no way to reach the resident; they see the status when they come back.
      throw new NotifyError(`channel ${row.channel} cannot be reached`, { permanent: true });
    },
  };
}

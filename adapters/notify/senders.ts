/**
 * How each kind of outbox message is delivered: a WeCom group robot (markdown), a Telegram group
 * (Bot API sendMessage), or the resident on the channel they used. `fetch` and the WeChat client
 * are injected (msw stands in for all of them in tests). Messages to offices (a village, or the
 * township or county above it, adapters/config/routing.ts) name the request and what to do, never
 * the resident: the details are behind the staff console's login.
 */
import type { NotifyTarget } from '../config/notify-target.ts';
import { resolveTarget } from '../config/routing.ts';
import type { VillageDirectory } from '../config/villages.ts';
import type { Sealer } from '../crypto/sealer.ts';
import { R } from '../../bot/messages/referral.ts';
import { followUpAnswerText } from '../../bot/referral/follow-up.ts';
import type { FollowUpAnswer } from '../../bot/ports.ts';
import { escalationMessage, monthlyReminderMessage, updateMessage, villageMessage } from './office-messages.ts';
import type { OutboxKind, OutboxPayload } from './outbox.ts';

export { villageMessage } from './office-messages.ts';

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

/** Who a resident message goes to: the channel and the user id there (opened from the sealed request or contact). */
export interface Recipient {
  channel: string;
  channelUserId: string;
}

export interface SenderDeps {
  villages: VillageDirectory;
  sealer: Sealer;
  fetch?: typeof fetch;
  /** Staff console address for the link in office messages. */
  publicUrl: string;
  telegram?: { token: string; apiRoot?: string };
  /** Text to a WeChat user through the customer-service API (48-hour window). */
  wechatSendText?: (openId: string, text: string) => Promise<void>;
  /** The resident a target names (a referral id or `contact:<id>`), or undefined when it is gone. */
  loadRecipient: (target: string) => Promise<Recipient | undefined>;
}

export function residentMessage(p: Extract<OutboxPayload, { kind: 'resident_status' }>): string {
  return R.statusUpdate(p.reference, p.statusLabel, p.note);
}

/** The 回访 question on WeChat: each answer a link that sends it as the resident's message when tapped. */
export function wechatFollowUp(p: Extract<OutboxPayload, { kind: 'resident_follow_up' }>): string {
  const links = R.followUpChoices.map(
    (c, i) =>
      `<a href="weixin://bizmsgmenu?` +
      `msgmenucontent=${followUpAnswerText(p.reference, c.id as FollowUpAnswer)}&msgmenuid=` +
      `${i + 1}">` +
      `${c.label}</a>`,
  );
  return `${R.followUpQuestion(p.reference, p.statusLabel)}\n${links.join('\n')}`;
}

/** The same on Telegram: one button per answer, whose callback is the answer's text. */
export function telegramFollowUpKeyboard(p: Extract<OutboxPayload, { kind: 'resident_follow_up' }>) {
  return {
    inline_keyboard: R.followUpChoices.map((c) => [
      { text: c.label, callback_data: `a:${followUpAnswerText(p.reference, c.id as FollowUpAnswer)}` },
    ]),
  };
}

async function postJson(f: typeof fetch, url: string, body: unknown): Promise<Record<string, unknown>> {
  let res: Response;
  try {
    res = await f(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  } catch (e) {
    throw new NotifyError(`network: ${(e as Error).message}`);
  }
  const text = await res.text();
  if (res.status === 429)
    throw new NotifyError(`HTTP 429`, { retryAfterMs: Number(res.headers.get('retry-after') ?? 60) * 1000 });
  if (res.status >= 500) throw new NotifyError(`HTTP ${res.status}`);
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new NotifyError(`HTTP ${res.status}: not JSON`, { permanent: res.status >= 400 && res.status < 500 });
  }
}

function telegramSend(f: typeof fetch, tg: { token: string; apiRoot?: string }) {
  return async (chatId: string, text: string, replyMarkup?: unknown) => {
    const r = await postJson(f, `${tg.apiRoot ?? 'https://api.telegram.org'}/bot${tg.token}/sendMessage`, {
      chat_id: chatId,
      text,
      ...(replyMarkup ? { reply_markup: replyMarkup } : {}),
    });
    if (r['ok'] === true) return;
    const code = Number(r['error_code'] ?? 0);
    const retry = Number((r['parameters'] as { retry_after?: number } | undefined)?.retry_after ?? 0);
    if (code === 429) throw new NotifyError('Telegram 429', { retryAfterMs: (retry || 30) * 1000 });
    throw new NotifyError(`Telegram ${code}: ${String(r['description'] ?? '')}`, {
      permanent: code === 400 || code === 403,
    });
  };
}

/** The text an office receives for a payload, or undefined for a payload that is not an office's. */
function officeText(payload: OutboxPayload, name: string, publicUrl: string): string | undefined {
  if (payload.kind === 'village_new_request') return villageMessage(payload, name, publicUrl);
  if (payload.kind === 'office_update') return updateMessage(payload, publicUrl);
  if (payload.kind === 'escalation') return escalationMessage(payload, publicUrl);
  if (payload.kind === 'monthly_reminder') return monthlyReminderMessage(payload, publicUrl);
  return undefined;
}

export function senders(d: SenderDeps): Record<OutboxKind, Send> {
  const f = d.fetch ?? fetch;
  const office = (target: string): { name: string; notify: NotifyTarget } => {
    const o = resolveTarget(d.villages, target);
    if (!o) throw new NotifyError(`${target} is no longer configured with a notification target`, { permanent: true });
    return o;
  };
  const tg = d.telegram ? telegramSend(f, d.telegram) : undefined;
  const wechatText = async (openId: string, text: string) => {
    if (!d.wechatSendText) throw new NotifyError('WeChat is not configured', { permanent: true });
    try {
      await d.wechatSendText(openId, text);
    } catch (e) {
      // 45015: the resident has not written in 48 hours; 45047: too many messages. Retrying cannot help.
      const code = (e as { errcode?: number }).errcode;
      throw new NotifyError(`WeChat ${code ?? ''}: ${(e as Error).message}`, {
        permanent: code === 45015 || code === 45047,
      });
    }
  };
  return {
    wecom_robot: async (target, payload) => {
      const o = office(target);
      if (!('wecomWebhook' in o.notify)) throw new NotifyError(`${target} has no WeCom robot`, { permanent: true });
      const text = officeText(payload, o.name, d.publicUrl);
      if (!text) throw new NotifyError('wrong payload', { permanent: true });
      const r = await postJson(f, o.notify.wecomWebhook, { msgtype: 'markdown', markdown: { content: text } });
      const code = Number(r['errcode'] ?? -1);
      if (code === 0) return;
      // 45009: the robot's 20-messages-a-minute limit.
      if (code === 45009) throw new NotifyError('WeCom 45009 rate limit', { retryAfterMs: 60_000 });
      throw new NotifyError(`WeCom ${code}: ${String(r['errmsg'] ?? '')}`, {
        permanent: code === 93000 || code === 40008,
      });
    },
    telegram_chat: async (target, payload) => {
      const o = office(target);
      if (!('telegramChatId' in o.notify))
        throw new NotifyError(`${target} has no Telegram group`, { permanent: true });
      const text = officeText(payload, o.name, d.publicUrl);
      if (!text) throw new NotifyError('wrong payload', { permanent: true });
      if (!tg) throw new NotifyError('Telegram is not configured (TELEGRAM_BOT_TOKEN)', { permanent: true });
      await tg(o.notify.telegramChatId, text.replace(/^### |^> /gm, ''));
    },
    wechat_cs: async (_target, payload) => {
      if (payload.kind !== 'wechat_text') throw new NotifyError('wrong payload', { permanent: true });
      await wechatText(payload.openId, payload.text);
    },
    resident: async (target, payload) => {
      if (
        payload.kind !== 'resident_status' &&
        payload.kind !== 'resident_note' &&
        payload.kind !== 'resident_follow_up'
      )
        throw new NotifyError('wrong payload', { permanent: true });
      const who = await d.loadRecipient(target);
      if (!who) throw new NotifyError('request no longer exists', { permanent: true });
      if (payload.kind === 'resident_follow_up') {
        if (who.channel === 'wechat') return wechatText(who.channelUserId, wechatFollowUp(payload));
        if (who.channel === 'telegram' && tg)
          return tg(
            who.channelUserId,
            R.followUpQuestion(payload.reference, payload.statusLabel),
            telegramFollowUpKeyboard(payload),
          );
      } else {
        const text =
          payload.kind === 'resident_status' ? residentMessage(payload) : R.noteUpdate(payload.reference, payload.note);
        if (who.channel === 'wechat') return wechatText(who.channelUserId, text);
        if (who.channel === 'telegram' && tg) return tg(who.channelUserId, text);
      }
      // The web link has no way to reach the resident; they see it when they come back.
      throw new NotifyError(`channel ${who.channel} cannot be reached`, { permanent: true });
    },
  };
}

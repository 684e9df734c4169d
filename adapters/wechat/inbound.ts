/**
 * WeChat message → channel-neutral InboundMessage, and the dedup key WeChat's retries share.
 * Text and recognised voice become text; subscribe and SCAN start a dialogue (a `qrscene_`
 * parameter tags the village); menu CLICK keys map to the engine's commands; anything else
 * gets a polite "please type". Unsubscribe produces nothing to answer.
 */
import type { InboundMessage } from '../../bot/ports.ts';
import { ownValue } from '../own.ts';

/**
 * Menu keys of `npx doudi wechat menu`, mapped to what a resident would type. 联系村委 (APPLY)
 * starts a request to the village committee; HUMAN stays for menus created before it existed.
 */
export const MENU_KEYS = {
  START: '重新开始',
  POLICY: '政策',
  APPLY: '联系村委',
  HUMAN: '人工',
  WHY: '为什么',
  BACK: '返回',
  ANSWERS: '我的回答',
  SUMMARY: '摘要',
} as const;

export type WechatInbound =
  | { kind: 'message'; message: InboundMessage }
  | { kind: 'unsubscribe'; userId: string }
  | { kind: 'ignore' };

export function toInbound(x: Record<string, string>): WechatInbound {
  const userId = x['FromUserName'] ?? '';
  if (!userId) return { kind: 'ignore' };
  const base = { channel: 'wechat' as const, userId };
  const type = x['MsgType'];
  if (type === 'text') return { kind: 'message', message: { ...base, text: x['Content'] ?? '' } };
  if (type === 'voice') {
    const said = (x['Recognition'] ?? '').trim();
    return {
      kind: 'message',
      message: said ? { ...base, text: said } : { ...base, text: '', kind: 'voice_unrecognised' },
    };
  }
  if (type === 'event') {
    const event = (x['Event'] ?? '').toLowerCase();
    const key = x['EventKey'] ?? '';
    if (event === 'subscribe' || event === 'scan') {
      const scene = event === 'subscribe' ? key.replace(/^qrscene_/, '') : key;
      const village = /^[A-Za-z0-9_-]{1,64}$/.test(scene) ? scene : undefined;
      return {
        kind: 'message',
        message: { ...base, text: '', kind: 'start', ...(village ? { tags: { village } } : {}) },
      };
    }
    if (event === 'unsubscribe') return { kind: 'unsubscribe', userId };
    if (event === 'click') {
      const command = ownValue(MENU_KEYS, key);
      if (command === '重新开始') return { kind: 'message', message: { ...base, text: '', kind: 'start' } };
      return command ? { kind: 'message', message: { ...base, text: command } } : { kind: 'ignore' };
    }
    return { kind: 'ignore' };
  }
  return { kind: 'message', message: { ...base, text: '', kind: 'unsupported' } };
}

/**
 * WxJava-style key: messages by MsgId + sender + time (MsgId alone has collided), events by sender + time + event +
 * key.
 */
export function dedupKey(x: Record<string, string>): string {
  const msgId = x['MsgId'] ?? x['MsgID'];
  const from = x['FromUserName'] ?? '';
  const time = x['CreateTime'] ?? '';
  if (msgId) return `wx:m:${msgId}:${from}:${time}`;
  return `wx:e:${from}:${time}:${x['Event'] ?? ''}:${x['EventKey'] ?? ''}`;
}

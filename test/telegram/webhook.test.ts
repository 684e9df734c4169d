// The Telegram webhook with the Bot API replaced by a recording transformer: secret token,
// inline keyboards, answered callback queries, commands and update_id dedup.
import { describe, expect, it } from 'vitest';
import { Hono } from 'hono';
import { webhookCallback } from 'grammy';
import type { InboundMessage, OutboundMessage } from '../../bot/ports.ts';
import { createTelegramBot } from '../../adapters/telegram/bot.ts';
import { telegramRoutes } from '../../adapters/telegram/webhook.ts';
import { MemoryDedup } from '../support/memory-dedup.ts';

const botInfo = { id: 42, is_bot: true as const, first_name: 'doudi', username: 'doudi_bot', can_join_groups: false, can_read_all_group_messages: false, supports_inline_queries: false, can_connect_to_business: false, has_main_web_app: false, has_topics_enabled: false, allows_users_to_create_topics: false, can_manage_bots: false, supports_join_request_queries: false };


function setup(reply: (m: InboundMessage) => OutboundMessage[] = (m) => [{ type: 'choices', text: `收到：${m.text || m.kind}`, choices: [{ id: '1', label: '农村户口' }, { id: '2', label: '城镇户口' }] }]) {
  const handled: InboundMessage[] = [];
  const calls: { method: string; payload: Record<string, unknown> }[] = [];
  const bot = createTelegramBot({ token: '1:abc', botInfo, dedup: new MemoryDedup(), handle: async (m) => (handled.push(m), reply(m)) });
  bot.api.config.use(async (_prev, method, payload) => {
    calls.push({ method, payload: payload as Record<string, unknown> });
    return { ok: true, result: (method === 'sendMessage' ? { message_id: calls.length, date: 0, chat: { id: 7, type: 'private' }, text: '' } : true) as never };
  });
  const app = new Hono();
  app.post('/telegram', webhookCallback(bot, 'hono', { secretToken: 's3cret' }));
  const post = (update: unknown, secret = 's3cret') =>
    app.request('/telegram', { method: 'POST', headers: { 'content-type': 'application/json', 'X-Telegram-Bot-Api-Secret-Token': secret }, body: JSON.stringify(update) });
  return { handled, calls, post };
}

const chat = { id: 7, type: 'private', first_name: 'A' };
const from = { id: 7, is_bot: false, first_name: 'A' };
const text = (update_id: number, t: string, entities?: unknown[]) => ({ update_id, message: { message_id: update_id, date: 0, chat, from, text: t, ...(entities ? { entities } : {}) } });

describe('Telegram webhook', () => {
  it('401 on a wrong secret token', async () => {
    const { post, handled } = setup();
    expect((await post(text(1, 'hi'), 'wrong')).status).toBe(401);
    expect(handled).toHaveLength(0);
  });

  it('text goes to the engine and choices come back as an inline keyboard', async () => {
    const { post, calls, handled } = setup();
    expect((await post(text(2, '七十八'))).status).toBe(200);
    expect(handled[0]).toMatchObject({ channel: 'telegram', userId: '7', text: '七十八' });
    const send = calls.find((c) => c.method === 'sendMessage')!;
    const keyboard = (send.payload['reply_markup'] as { inline_keyboard: { text: string; callback_data: string }[][] }).inline_keyboard;
    expect(keyboard.flat().map((b) => b.callback_data)).toEqual(['c:1', 'c:2']);
    for (const b of keyboard.flat()) expect(new TextEncoder().encode(b.callback_data).length).toBeLessThanOrEqual(64);
  });

  it('every callback query is answered, and its choice drives the engine', async () => {
    const { post, calls, handled } = setup();
    await post({ update_id: 3, callback_query: { id: 'q1', from, chat_instance: 'x', data: 'c:2', message: { message_id: 1, date: 0, chat, text: 'x' } } });
    expect(calls.some((c) => c.method === 'answerCallbackQuery' && c.payload['callback_query_id'] === 'q1')).toBe(true);
    expect(handled[0]?.text).toBe('2');
    await post({ update_id: 4, callback_query: { id: 'q2', from, chat_instance: 'x', data: 'unknown', message: { message_id: 1, date: 0, chat, text: 'x' } } });
    expect(calls.filter((c) => c.method === 'answerCallbackQuery')).toHaveLength(2);
  });

  it('commands map to the engine commands; /start carries a village tag', async () => {
    const { post, handled } = setup();
    const cmd = (id: number, t: string) => text(id, t, [{ type: 'bot_command', offset: 0, length: t.split(' ')[0]!.length }]);
    await post(cmd(5, '/start 140802001'));
    await post(cmd(6, '/restart'));
    await post(cmd(7, '/help'));
    await post(cmd(8, '/policy'));
    await post(cmd(9, '/delete'));
    expect(handled.map((m) => [m.kind ?? 'text', m.text, m.tags?.village])).toEqual([
      ['start', '', '140802001'],
      ['text', '重新开始', undefined],
      ['text', '帮助', undefined],
      ['text', '政策', undefined],
      ['text', '删除我的信息', undefined],
    ]);
  });

  it('a redelivered update_id never doubles a step', async () => {
    const { post, handled } = setup();
    await Promise.all([post(text(10, '1')), post(text(10, '1')), post(text(10, '1'))]);
    expect(handled).toHaveLength(1);
  });

  it('the route module wires the secret token', async () => {
    const app = telegramRoutes({ token: '1:abc', botInfo, dedup: new MemoryDedup(), handle: async () => [], secretToken: 'abc' });
    const res = await app.request('/telegram', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(text(11, 'x')) });
    expect(res.status).toBe(401);
  });
});

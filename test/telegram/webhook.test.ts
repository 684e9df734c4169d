// The Telegram webhook with the Bot API replaced by a recording transformer: secret token,
// inline keyboards, answered callback queries, commands and update_id dedup.
import { describe, expect, it } from 'vitest';
import { Hono } from 'hono';
import { webhookCallback } from 'grammy';
import type { InboundMessage, OutboundMessage } from '../../bot/ports.ts';
import { createTelegramBot } from '../../adapters/telegram/bot.ts';
import { telegramRoutes } from '../../adapters/telegram/webhook.ts';
import { MemoryDedup } from '../support/memory-dedup.ts';

const botInfo = {
  id: 42,
  is_bot: true as const,
  first_name: 'doudi',
  username: 'doudi_bot',
  can_join_groups: false,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

function setup(
  reply: (m: InboundMessage) => OutboundMessage[] = (m) => [
    {
      type: 'choices',
      text: `收到：${m.text || m.kind}`,
      choices: [
        { id: '1', label: '农村户口' },
        { id: '2', label: '城镇户口' },
      ],
    },
  ],
) {
  const handled: InboundMessage[] = [];
  const calls: { method: string; payload: Record<string, unknown> }[] = [];
  const bot = createTelegramBot({
    token: '1:abc',
    botInfo,
    dedup: new MemoryDedup(),
    handle: async (m) => {
      handled.push(m);
      return reply(m);
    },
  });
  bot.api.config.use(async (_prev, method, payload) => {
    calls.push({ method, payload: payload as Record<string, unknown> });
    return {
      ok: true,
      result: (method === 'sendMessage'
        ? { message_id: calls.length, date: 0, chat: { id: 7, type: 'private' }, text: '' }
        : true) as never,
    };
  });
  const app = new Hono();
  app.post('/telegram', webhookCallback(bot, 'hono', { secretToken: 's3cret' }));
  const post = (update: unknown, secret = 's3cret') =>
    app.request('/telegram', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-Telegram-Bot-Api-Secret-Token': secret },
      body: JSON.stringify(update),
    });
  return { handled, calls, post };
}

const chat = { id: 7, type: 'private', first_name: 'A' };
const from = { id: 7, is_bot: false, first_name: 'A' };
const text = (update_id: number, t: string, entities?: unknown[]) => ({
  update_id,
  message: { message_id: update_id, date: 0, chat, from, text: t, ...(entities ? { entities } : {}) },
});

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
    const keyboard = (send.payload['reply_markup'] as { inline_keyboard: { text: string; callback_data: string }[][] })
      .inline_keyboard;
    expect(keyboard.flat().map((b) => b.callback_data)).toEqual(['c:1', 'c:2']);
    for (const b of keyboard.flat()) expect(new TextEncoder().encode(b.callback_data).length).toBeLessThanOrEqual(64);
  });

  it('every callback query is answered, and its choice drives the engine', async () => {
    const { post, calls, handled } = setup();
    await post({
      update_id: 3,
      callback_query: {
        id: 'q1',
        from,
        chat_instance: 'x',
        data: 'c:2',
        message: { message_id: 1, date: 0, chat, text: 'x' },
      },
    });
    expect(calls.some((c) => c.method === 'answerCallbackQuery' && c.payload['callback_query_id'] === 'q1')).toBe(true);
    expect(handled[0]?.text).toBe('2');
    await post({
      update_id: 4,
      callback_query: {
        id: 'q2',
        from,
        chat_instance: 'x',
        data: 'unknown',
        message: { message_id: 1, date: 0, chat, text: 'x' },
      },
    });
    expect(calls.filter((c) => c.method === 'answerCallbackQuery')).toHaveLength(2);
  });

  it(
    'several choices: a tap toggles a mark on the keyboard, 完成 ' +
      'sends the marked ones, 完成 alone asks to pick first',
    async () => {
      const many = (m: InboundMessage): OutboundMessage[] => [
        {
          type: 'choices',
          text: `收到：${m.text || m.kind}`,
          multiple: true,
          choices: [
            { id: '1', label: '工资' },
            { id: '2', label: '种地' },
            { id: '3', label: '都没有' },
          ],
        },
        { type: 'actions', actions: ['为什么', '返回'] },
      ];
      const { post, calls, handled } = setup(many);
      await post(text(10, '开始'));
      const sent = calls.find((c) => c.method === 'sendMessage')!;
      const rows = (sent.payload['reply_markup'] as { inline_keyboard: { text: string; callback_data: string }[][] })
        .inline_keyboard;
      expect(rows.flat().map((b) => b.callback_data)).toEqual(['t:1', 't:2', 't:3', 'd', 'a:为什么', 'a:返回']);
      const tap = async (update_id: number, data: string, keyboard: typeof rows) =>
        post({
          update_id,
          callback_query: {
            id: `q${update_id}`,
            from,
            chat_instance: 'x',
            data,
            message: { message_id: 1, date: 0, chat, text: 'x', reply_markup: { inline_keyboard: keyboard } },
          },
        });
      await tap(11, 't:1', rows);
      const edit = calls.find((c) => c.method === 'editMessageReplyMarkup')!;
      const after = (edit.payload['reply_markup'] as { inline_keyboard: { text: string; callback_data: string }[][] })
        .inline_keyboard;
      expect(after.flat().find((b) => b.callback_data === 't:1')?.text).toBe('✅ 1. 工资');
      expect(after.flat().find((b) => b.callback_data === 't:2')?.text).toBe('2. 种地');
      expect(handled).toHaveLength(1);
      await tap(12, 'd', rows);
      expect(calls.some((c) => c.method === 'answerCallbackQuery' && c.payload['show_alert'] === true)).toBe(true);
      expect(handled).toHaveLength(1);
      const twice = toggledAgain(after);
      await tap(13, 'd', twice);
      expect(handled.at(-1)?.text).toBe('1 2');
    },
  );

  it('the key actions ride as buttons on the last message and send their word', async () => {
    const { post, calls, handled } = setup(() => [
      { type: 'text', text: '记下了。' },
      { type: 'text', text: '家里几个人？' },
      { type: 'actions', actions: ['为什么', '返回', '我的回答', '人工'] },
    ]);
    await post(text(20, '你好'));
    const sends = calls.filter((c) => c.method === 'sendMessage');
    expect(sends[0]!.payload['reply_markup']).toBeUndefined();
    const rows = (sends[1]!.payload['reply_markup'] as { inline_keyboard: { text: string; callback_data: string }[][] })
      .inline_keyboard;
    expect(rows.flat().map((b) => b.text)).toEqual(['为什么', '返回', '我的回答', '人工']);
    await post({
      update_id: 21,
      callback_query: {
        id: 'q21',
        from,
        chat_instance: 'x',
        data: 'a:我的回答',
        message: { message_id: 2, date: 0, chat, text: 'x' },
      },
    });
    expect(handled.at(-1)?.text).toBe('我的回答');
  });

  it('commands map to the engine commands; /start carries a village tag', async () => {
    const { post, handled } = setup();
    const cmd = (id: number, t: string) =>
      text(id, t, [{ type: 'bot_command', offset: 0, length: t.split(' ')[0]!.length }]);
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

  it(
    'in a group, supergroup or channel: one polite reply asking f' + 'or a private chat, no dialogue and no session',
    async () => {
      const { post, calls, handled } = setup();
      const group = { id: -1001, type: 'group', title: '东郭村' };
      const supergroup = { id: -1002, type: 'supergroup', title: '北城街道' };
      const channel = { id: -1003, type: 'channel', title: '通知' };
      const command = [{ type: 'bot_command', offset: 0, length: 6 }];
      await post({
        update_id: 20,
        message: { message_id: 1, date: 0, chat: group, from, text: '我叫王秀英，电话13812345678' },
      });
      await post({
        update_id: 21,
        message: { message_id: 2, date: 0, chat: supergroup, from, text: '/start 140802001', entities: command },
      });
      await post({ update_id: 22, channel_post: { message_id: 3, date: 0, chat: channel, text: '七十八' } });
      await post({
        update_id: 23,
        message: {
          message_id: 4,
          date: 0,
          chat: group,
          from,
          voice: { file_id: 'v', file_unique_id: 'v', duration: 1 },
        },
      });
      expect(handled).toEqual([]);
      const sent = calls.filter((c) => c.method === 'sendMessage');
      expect(sent.map((c) => c.payload['chat_id'])).toEqual([-1001, -1002, -1003, -1001]);
      for (const c of sent) {
        expect(c.payload['text']).toContain('私聊');
        expect(c.payload['text']).toContain('https://t.me/doudi_bot');
        expect(c.payload['reply_markup']).toBeUndefined();
      }
      // A redelivered group update is answered once, like any other.
      await post({ update_id: 20, message: { message_id: 1, date: 0, chat: group, from, text: '我叫王秀英' } });
      expect(calls.filter((c) => c.method === 'sendMessage')).toHaveLength(4);
    },
  );

  it(
    'in a group, service messages get no reply, and a button ' +
      'pressed there is answered without running the dialogue',
    async () => {
      const { post, calls, handled } = setup();
      const group = { id: -1001, type: 'supergroup', title: '东郭村' };
      await post({
        update_id: 30,
        message: {
          message_id: 1,
          date: 0,
          chat: group,
          from,
          new_chat_members: [{ id: 42, is_bot: true, first_name: 'doudi' }],
        },
      });
      await post({
        update_id: 31,
        callback_query: {
          id: 'q9',
          from,
          chat_instance: 'x',
          data: 'c:1',
          message: { message_id: 5, date: 0, chat: group, text: 'x' },
        },
      });
      expect(handled).toEqual([]);
      expect(calls.filter((c) => c.method === 'sendMessage')).toEqual([]);
      const answer = calls.find((c) => c.method === 'answerCallbackQuery')!;
      expect(answer.payload['callback_query_id']).toBe('q9');
      expect(answer.payload['text']).toContain('私聊');
      // A private chat still runs the dialogue.
      await post(text(32, '七十八'));
      expect(handled).toHaveLength(1);
    },
  );

  it('the route module wires the secret token', async () => {
    const app = telegramRoutes({
      token: '1:abc',
      botInfo,
      dedup: new MemoryDedup(),
      handle: async () => [],
      secretToken: 'abc',
    });
    const res = await app.request('/telegram', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(text(11, 'x')),
    });
    expect(res.status).toBe(401);
  });
});

/** The keyboard after also ticking option 2 (as Telegram would show it after a second tap). */
function toggledAgain(rows: { text: string; callback_data: string }[][]): { text: string; callback_data: string }[][] {
  return rows.map((row) => row.map((b) => (b.callback_data === 't:2' ? { ...b, text: `✅ ${b.text}` } : b)));
}

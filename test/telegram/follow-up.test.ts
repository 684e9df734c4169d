// The 回访 through the real Telegram webhook of the assembled service: a resident's request is
// finished, the office's job asks the question a week later with one button per answer, and a tap
// on a button (a callback query, as Telegram delivers it) records the answer on the request and
// thanks the resident — the dialogue is left as it was.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { referrals } from '../../adapters/db/schema.ts';
import { assembled } from '../support/assembled.ts';

const SCREENING = ['1', '七十八岁', '没有', '1', '2', '一年一千二', '每月150', '5', '没有', '1', '6'];

describe('回访 on Telegram', () => {
  it('asks with buttons after the set days; a tap records the answer', async () => {
    const calls: { method: string; body: Record<string, unknown> }[] = [];
    const fetch = (async (url: RequestInfo | URL, init?: RequestInit) => {
      calls.push({
        method: String(url).split('/').pop()!,
        body: init?.body ? (JSON.parse(String(init.body)) as Record<string, unknown>) : {},
      });
      return Response.json({
        ok: true,
        result: { message_id: calls.length, date: 0, chat: { id: 5151, type: 'private' }, text: '' },
      });
    }) as typeof globalThis.fetch;
    const s = await assembled({ fetch });
    let update = 500;
    const post = async (body: Record<string, unknown>) => {
      const res = await s.app.request('/telegram', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'X-Telegram-Bot-Api-Secret-Token': 's3cret' },
        body: JSON.stringify({ update_id: ++update, ...body }),
      });
      expect(res.status).toBe(200);
    };
    const from = { id: 5151, is_bot: false, first_name: 'A' };
    const say = (text: string) =>
      post({
        message: {
          message_id: update,
          date: 0,
          chat: { id: 5151, type: 'private' },
          from,
          text,
          ...(text === '/start' ? { entities: [{ type: 'bot_command', offset: 0, length: 6 }] } : {}),
        },
      });
    for (const t of ['/start', ...SCREENING, '申请', '1', '王秀英', '13812345678', '1', '1', '1', '1']) await say(t);
    const [row] = await s.db.select().from(referrals);
    expect(row).toMatchObject({ channel: 'telegram', status: 'new' });

    await s.db.update(referrals).set({ status: 'closed', updatedAt: s.clock.now().toISOString() });
    s.advance(8 * 86_400_000);
    await s.referrals.office();
    await s.referrals.drain();
    const question = calls.filter((c) => c.method === 'sendMessage').at(-1)!;
    expect(String(question.body['text'])).toContain(`你的救助申请（编号 ${row!.reference}）已经有了结果：已办结`);
    const buttons = (
      question.body['reply_markup'] as { inline_keyboard: { text: string; callback_data: string }[][] }
    ).inline_keyboard.flat();
    expect(buttons.map((b) => b.text)).toEqual(['联系了，问题解决了', '联系了，还没解决', '没人联系我']);
    expect(buttons.every((b) => Buffer.byteLength(b.callback_data) <= 64)).toBe(true);

    const before = calls.length;
    await post({
      callback_query: {
        id: 'cb1',
        from,
        chat_instance: 'x',
        data: buttons[2]!.callback_data,
        message: { message_id: 99, date: 0, chat: { id: 5151, type: 'private' }, text: 'q' },
      },
    });
    expect((await s.db.select().from(referrals).where(eq(referrals.id, row!.id)))[0]!.followUpAnswer).toBe(
      'no_contact',
    );
    const thanks = calls.slice(before).find((c) => c.method === 'sendMessage')!;
    expect(String(thanks.body['text'])).toContain('谢谢你告诉我们，已经记下了');
    // The dialogue goes on where it was: a later message is answered as before.
    await say('我的回答');
    expect(String(calls.filter((c) => c.method === 'sendMessage').at(-1)!.body['text'])).not.toContain('回访');
  });
});

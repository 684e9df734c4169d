// One household, two channels, one case: a resident sends a request on Telegram, then the same
// household (the same phone number, typed another way) sends one from the screening link. Through
// the whole assembled service: the second joins the first as a new contact in its history, the
// resident is told so under the same number, staff see one case (listed once, the contact in its
// history), the link page shows the case's progress, and the phone is matched only through its
// keyed hash (never stored in clear).
import { describe, expect, it } from 'vitest';
import { householdKeys, referralContacts, referrals } from '../../adapters/db/schema.ts';
import { requestDetail } from '../../adapters/web/staff/cases/detail.ts';
import { OPERATOR, staffDesk } from '../../adapters/web/staff/cases/desk.ts';
import { listRequests } from '../../adapters/web/staff/cases/list.ts';
import { assembled } from '../support/assembled.ts';
import { textOf, Visitor } from '../web/link-harness.ts';

const SCREENING = ['七十八岁', '没有', '1', '2', '一年一千二', '每月150', '5', '没有', '1', '6'];

describe('one case per household across channels', () => {
  it('a request on Telegram and one from the screening link with the same phone make one case', async () => {
    const s = await assembled();
    let update = 100;
    const telegram = async (text: string) => {
      const res = await s.app.request('/telegram', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'X-Telegram-Bot-Api-Secret-Token': 's3cret' },
        body: JSON.stringify({
          update_id: ++update,
          message: {
            message_id: update,
            date: 0,
            chat: { id: 4242, type: 'private' },
            from: { id: 4242, is_bot: false, first_name: 'A' },
            text,
            ...(text === '/start' ? { entities: [{ type: 'bot_command', offset: 0, length: 6 }] } : {}),
          },
        }),
      });
      expect(res.status).toBe(200);
    };
    for (const t of ['/start', '1', ...SCREENING, '申请', '1', '王秀英', '13812345678', '1', '1', '1', '1'])
      await telegram(t);
    const [first] = await s.db.select().from(referrals);
    expect(first).toMatchObject({ channel: 'telegram', status: 'new', village: 'demo-yc-1' });

    const visitor = new Visitor(s.app, '198.51.100.9', 'http://doudi.test');
    const path = `/s/${s.link.token}`;
    await visitor.open(path);
    for (const t of [...SCREENING, '申请', '1', '王秀英', '+86 138 1234 5678', '1', '1']) await visitor.send(path, t);
    const sent = textOf((await visitor.send(path, '1')).html);
    expect(sent).toContain(`你家已经有一份正在办理的申请（编号 ${first!.reference}）`);

    const rows = await s.db.select().from(referrals);
    expect(rows).toHaveLength(1);
    const contacts = await s.db.select().from(referralContacts);
    expect(contacts).toMatchObject([{ referralId: first!.id, kind: 'request', channel: 'web' }]);
    // The phone is matched by its keyed hash: one key for both spellings, the number nowhere in clear.
    const keys = await s.db.select().from(householdKeys);
    expect(keys).toHaveLength(1);
    expect(JSON.stringify({ rows, contacts, keys })).not.toContain('13812345678');

    // Staff see the case once, the second contact in its history.
    const desk = staffDesk({
      db: s.db,
      atomic: s.atomic,
      sealer: s.sealer,
      villages: (await import('../../adapters/config/villages.ts')).villageDirectory({}),
      clock: s.clock,
    });
    const list = await listRequests(desk, OPERATOR, {});
    expect(list.total).toBe(1);
    const detail = await requestDetail(desk, OPERATOR, first!.id);
    const contact = detail.history.find((h) => h.what.includes('评估链接'))!;
    expect(contact.what).toBe('同一户又通过评估链接发来申请，已合并到这里');
    expect(contact.lines).toContain('电话：13812345678');

    // The link page shows the case's progress, as the Telegram resident is told it.
    await s.db.update(referrals).set({ status: 'contacted' });
    expect((await visitor.open(path)).html).toContain(
      `你的申请（编号 ${first!.reference}）现在的进展：<strong>已联系</strong>`,
    );
  });
});

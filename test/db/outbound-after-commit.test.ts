// The Node server sends nothing before the writes it reports are committed: the assembly hands
// every outbound call (here a Telegram reply) the fetch it is given, and the server gives it
// fetchAfterCommit. Checked through the real assembly on a group-committing SQLite file, by
// looking from another connection at the moment the Bot API is called.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { assemble } from '../../adapters/assemble.ts';
import { villageDirectory } from '../../adapters/config/villages.ts';
import { newDataKey, Sealer } from '../../adapters/crypto/sealer.ts';
import { fetchAfterCommit } from '../../adapters/runtime/group-commit.ts';
import { openNodeDb } from '../../adapters/runtime/node-db.ts';
import { defaultParameters } from '../../screening/index.ts';

async function telegramServer(wrap: (flushed: () => Promise<void>, send: typeof fetch) => typeof fetch) {
  const path = join(mkdtempSync(join(tmpdir(), 'doudi-outbound-')), 'o.db');
  const { db, atomic, flushed } = openNodeDb(path, { groupCommit: true });
  const committedSessions = () => {
    const other = new Database(path, { readonly: true });
    try {
      return (other.prepare('select count(*) as n from sessions').get() as { n: number }).n;
    } finally {
      other.close();
    }
  };
  const atSend: number[] = [];
  const botApi = (async (input: Parameters<typeof fetch>[0]) => {
    if (String(input).endsWith('/sendMessage')) atSend.push(committedSessions());
    return Response.json({ ok: true, result: { message_id: 1, date: 0, chat: { id: 7, type: 'private' }, text: '' } });
  }) as typeof fetch;
  const clock = { now: () => new Date('2026-12-02T04:00:00Z'), today: () => '2026-12-02' };
  const { app } = assemble({
    env: { TELEGRAM_BOT_TOKEN: '1:abc', TELEGRAM_WEBHOOK_SECRET: 's3cret', TELEGRAM_API_ROOT: 'http://bot-api.test' },
    db,
    atomic,
    sealer: await Sealer.fromKey(newDataKey()),
    parameters: defaultParameters(),
    villages: villageDirectory({}),
    clock,
    publicUrl: 'http://127.0.0.1',
    background: () => {},
    log: () => {},
    fetch: wrap(flushed, botApi),
  });
  const post = () =>
    app.request('/telegram', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-Telegram-Bot-Api-Secret-Token': 's3cret' },
      body: JSON.stringify({
        update_id: 1,
        message: {
          message_id: 1,
          date: 0,
          chat: { id: 7, type: 'private' },
          from: { id: 7, is_bot: false, first_name: 'A' },
          text: '你好',
        },
      }),
    });
  return { post, atSend };
}

describe('outbound calls on the Node server', () => {
  it('a Telegram reply goes out only after the session it reports is committed', async () => {
    const { post, atSend } = await telegramServer((flushed, send) => fetchAfterCommit(flushed, send));
    expect((await post()).status).toBe(200);
    // The welcome and the first question: each sent with the session already on disk.
    expect(atSend.length).toBeGreaterThan(0);
    expect(atSend.every((n) => n === 1)).toBe(true);
  });

  it('without fetchAfterCommit it would go out first (what the test above guards against)', async () => {
    const { post, atSend } = await telegramServer((_flushed, send) => send);
    expect((await post()).status).toBe(200);
    expect(atSend[0]).toBe(0);
  });
});

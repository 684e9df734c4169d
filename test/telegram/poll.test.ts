// `npm run telegram:poll` against a local stand-in for the Bot API: it deletes the webhook,
// long-polls, answers an update through the engine, and stops on SIGTERM.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';

describe('telegram:poll', () => {
  it('polls, answers through the engine, and stops', async () => {
    const methods: string[] = [];
    const texts: string[] = [];
    let served = false;
    const srv = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        const method = (req.url ?? '').split('/').pop()!;
        methods.push(method);
        res.setHeader('content-type', 'application/json');
        if (method === 'getUpdates') {
          const result = served
            ? []
            : [
                {
                  update_id: 1,
                  message: {
                    message_id: 1,
                    date: 0,
                    chat: { id: 7, type: 'private' },
                    from: { id: 7, is_bot: false, first_name: 'A' },
                    text: '/start',
                    entities: [{ type: 'bot_command', offset: 0, length: 6 }],
                  },
                },
              ];
          served = true;
          setTimeout(() => res.end(JSON.stringify({ ok: true, result })), result.length ? 0 : 200);
          return;
        }
        if (method === 'sendMessage') texts.push(String(JSON.parse(body).text));
        res.end(
          JSON.stringify({
            ok: true,
            result: method === 'sendMessage' ? { message_id: 2, date: 0, chat: { id: 7, type: 'private' } } : true,
          }),
        );
      });
    });
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
    const port = (srv.address() as { port: number }).port;
    const dir = mkdtempSync(join(tmpdir(), 'doudi-'));
    const child = spawn(process.execPath, ['--import', 'tsx', 'adapters/runtime/telegram-poll.ts'], {
      env: {
        ...process.env,
        TELEGRAM_BOT_TOKEN: '42:abc',
        TELEGRAM_API_ROOT: `http://127.0.0.1:${port}`,
        DATABASE_PATH: join(dir, 'd.db'),
        TELEGRAM_POLL_TIMEOUT: '1',
      },
    });
    for (let i = 0; i < 100 && texts.length === 0; i++) await new Promise((r) => setTimeout(r, 100));
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    srv.close();
    expect(methods[0]).toBe('deleteWebhook');
    expect(methods).toContain('getUpdates');
    expect(texts.join('\n')).toContain('兜底助手');
    // The same protected storage as the server: the session is sealed under a hashed key.
    const db = new Database(join(dir, 'd.db'), { readonly: true });
    const rows = db.prepare('select key, state from sessions').all() as { key: string; state: string }[];
    db.close();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.key).toMatch(/^telegram:[0-9a-f]{32}$/);
    expect(rows[0]!.state).toMatch(/^\{"sealed":"v1\./);
  });
});

// Group commit (adapters/runtime/group-commit.ts): one transaction per event-loop turn, answers
// only after it is committed, failures confined to what they touch.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DrizzleDedupStore, DrizzleSessionStore } from '../../adapters/db/repositories.ts';
import { dedup } from '../../adapters/db/schema.ts';
import { answerAfterCommit, GroupCommit } from '../../adapters/runtime/group-commit.ts';
import { openNodeDb } from '../../adapters/runtime/node-db.ts';

const turn = () => new Promise<void>((r) => setImmediate(r));

function fileDb() {
  const path = join(mkdtempSync(join(tmpdir(), 'doudi-gc-')), 'gc.db');
  return { path, ...openNodeDb(path, { groupCommit: true }) };
}

/** What another connection (another process) sees: only committed rows. */
function committedDedupKeys(path: string): string[] {
  const other = new Database(path, { readonly: true });
  try {
    return (other.prepare('select key from dedup order by key').all() as { key: string }[]).map((r) => r.key);
  } finally {
    other.close();
  }
}

describe('group commit', () => {
  it('commits the writes of one turn together, after the turn, and flushed() waits for it', async () => {
    const { path, db, flushed, groupStats } = fileDb();
    const claims = new DrizzleDedupStore(db);
    expect(await Promise.all(['a', 'b', 'c'].map((k) => claims.claim(k, 600)))).toEqual([true, true, true]);
    // Written on this connection, not yet committed: another connection does not see them.
    expect(committedDedupKeys(path)).toEqual([]);
    await flushed();
    expect(committedDedupKeys(path)).toEqual(['a', 'b', 'c']);
    expect(groupStats).toMatchObject({ writes: 3, commits: 1 });
  });

  it('sees its own uncommitted writes within the turn (a second claim of the same key fails)', async () => {
    const { db, flushed } = fileDb();
    const claims = new DrizzleDedupStore(db);
    expect(await claims.claim('k', 600)).toBe(true);
    expect(await claims.claim('k', 600)).toBe(false);
    await flushed();
    expect(await claims.claim('k', 600)).toBe(false);
  });

  it('opens a new transaction in the next turn', async () => {
    const { path, db, flushed, groupStats } = fileDb();
    const claims = new DrizzleDedupStore(db);
    await claims.claim('first', 600);
    await turn();
    await claims.claim('second', 600);
    expect(committedDedupKeys(path)).toEqual(['first']);
    await flushed();
    expect(committedDedupKeys(path)).toEqual(['first', 'second']);
    expect(groupStats?.commits).toBe(2);
  });

  it('a failing statement rolls back alone; the rest of the turn commits', async () => {
    const { path, db, flushed } = fileDb();
    await new DrizzleDedupStore(db).claim('kept', 600);
    // A plain insert of an existing key violates the primary key.
    expect(() => db.insert(dedup).values({ key: 'kept', expiresAt: 1 }).run()).toThrow();
    await flushed();
    expect(committedDedupKeys(path)).toEqual(['kept']);
  });

  it('a failing atomic() group rolls back alone', async () => {
    const { path, db, atomic, flushed } = fileDb();
    await new DrizzleDedupStore(db).claim('kept', 600);
    await expect(atomic([db.insert(dedup).values({ key: 'in-group', expiresAt: 1 }), db.insert(dedup).values({ key: 'kept', expiresAt: 1 })])).rejects.toThrow();
    await atomic([db.insert(dedup).values({ key: 'group-ok', expiresAt: 1 })]);
    await flushed();
    expect(committedDedupKeys(path)).toEqual(['group-ok', 'kept']);
  });

  it('when SQLite abandons the transaction, every write of the turn is reported failed', async () => {
    const { path, sqlite } = fileDb();
    const group = new GroupCommit(sqlite);
    const claim = sqlite.prepare("insert into dedup (key, expires_at) values (?, 1)");
    group.write(() => claim.run('lost'));
    const waiting = group.flushed();
    // What SQLite does on an I/O error or a full disk: the statement fails and the whole
    // transaction is rolled back with it.
    expect(() =>
      group.write(() => {
        sqlite.exec('ROLLBACK');
        throw new Error('disk I/O error');
      }),
    ).toThrow('disk I/O error');
    await expect(waiting).rejects.toThrow('disk I/O error');
    expect(committedDedupKeys(path)).toEqual([]);
    // The next write starts afresh.
    group.write(() => claim.run('next'));
    await group.flushed();
    expect(committedDedupKeys(path)).toEqual(['next']);
  });

  it('close() commits what is pending', async () => {
    const { path, db, close } = fileDb();
    await new DrizzleDedupStore(db).claim('at-close', 600);
    close();
    expect(committedDedupKeys(path)).toEqual(['at-close']);
  });

  it('answerAfterCommit answers only once the request’s writes are committed', async () => {
    const { path, db, flushed } = fileDb();
    const sessions = new DrizzleSessionStore(db);
    const fetch = answerAfterCommit(async () => {
      await new DrizzleDedupStore(db).claim('req', 600);
      await sessions.put({ channel: 'wechat', userId: 'u' }, { version: 1, state: {} as never, updatedAt: 'x' }, undefined);
      return new Response('ok');
    }, flushed);
    const response = await fetch(new Request('http://x/'));
    expect(await response.text()).toBe('ok');
    expect(committedDedupKeys(path)).toEqual(['req']);
  });

  it('without group commit, flushed() resolves at once and writes autocommit', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'doudi-gc-')), 'plain.db');
    const { db, flushed, groupStats } = openNodeDb(path);
    await new DrizzleDedupStore(db).claim('auto', 600);
    expect(committedDedupKeys(path)).toEqual(['auto']);
    await flushed();
    expect(groupStats).toBeUndefined();
  });
});

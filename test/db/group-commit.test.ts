// Group commit (adapters/runtime/group-commit.ts): one transaction per event-loop turn, answers
// only after it is committed, failures confined to what they touch.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { DrizzleDedupStore, DrizzleSessionStore } from '../../adapters/db/repositories.ts';
import { dedup } from '../../adapters/db/schema.ts';
import {
  answerAfterCommit,
  fetchAfterCommit,
  GroupCommit,
  GroupCommitLost,
} from '../../adapters/runtime/group-commit.ts';
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
    await expect(
      atomic([
        db.insert(dedup).values({ key: 'in-group', expiresAt: 1 }),
        db.insert(dedup).values({ key: 'kept', expiresAt: 1 }),
      ]),
    ).rejects.toThrow();
    await atomic([db.insert(dedup).values({ key: 'group-ok', expiresAt: 1 })]);
    await flushed();
    expect(committedDedupKeys(path)).toEqual(['group-ok', 'kept']);
  });

  describe('a transaction lost as a whole is fatal: nothing written before it is acknowledged after it', () => {
    function lossDb() {
      const path = join(mkdtempSync(join(tmpdir(), 'doudi-gc-')), 'loss.db');
      const lost: unknown[] = [];
      return { path, lost, ...openNodeDb(path, { groupCommit: true, onLost: (e) => lost.push(e) }) };
    }

    it(
      'a full disk that makes SQLite abandon the turn fails the ' +
        'request that wrote earlier in it, even if it asks afterwards',
      async () => {
        const { path, db, sqlite, flushed, lost } = lossDb();
        sqlite.exec('create table attachment (b blob)');
        const claims = new DrizzleDedupStore(db);
        await claims.claim('first', 600);
        await flushed();
        // Request A writes; request B, in the same turn, runs out of disk with a large row, and
        // SQLite abandons the whole transaction, A's row with it. A only asks flushed() afterwards.
        await claims.claim('request-a', 600);
        sqlite.pragma(`max_page_count = ${(sqlite.pragma('page_count', { simple: true }) as number) + 3}`);
        expect(() => db.run(sql`insert into attachment values (zeroblob(1000000))`)).toThrow();
        expect(sqlite.inTransaction).toBe(false);
        await expect(flushed()).rejects.toThrow(/full/i);
        expect(lost).toHaveLength(1);
        expect(committedDedupKeys(path)).toEqual(['first']);
        // Later writes are refused: the connection is not trusted again (the server exits).
        await expect(claims.claim('later', 600)).rejects.toThrow(/full/i);
      },
    );

    it('a statement that only fails itself on a full disk leaves the turn to commit', async () => {
      const { path, db, sqlite, flushed, lost } = lossDb();
      const claims = new DrizzleDedupStore(db);
      await claims.claim('first', 600);
      await flushed();
      await claims.claim('request-a', 600);
      sqlite.pragma(`max_page_count = ${sqlite.pragma('page_count', { simple: true }) as number}`);
      await expect(claims.claim(`request-b-${'x'.repeat(20_000)}`, 600)).rejects.toThrow();
      expect(sqlite.inTransaction).toBe(true);
      await flushed();
      expect(lost).toHaveLength(0);
      expect(committedDedupKeys(path)).toEqual(['first', 'request-a']);
    });

    it('a failed COMMIT fails a request that wrote in that turn and asks in a later one', async () => {
      const { path, db, sqlite, flushed, lost } = lossDb();
      // A commit that fails at COMMIT: a deferred foreign key left dangling.
      sqlite.exec(
        'create table parent (id integer primary key); create table ' +
          'child (p integer references parent(id) deferrable initially ' +
          'deferred)',
      );
      sqlite.pragma('foreign_keys = ON');
      await new DrizzleDedupStore(db).claim('request-a', 600);
      db.run(sql`insert into child (p) values (42)`);
      // Request A waits longer than a turn (a network call, PBKDF2) before answering.
      await turn();
      await turn();
      await expect(flushed()).rejects.toThrow(/FOREIGN KEY/);
      expect(lost).toHaveLength(1);
      expect(committedDedupKeys(path)).toEqual([]);
    });

    it('a transaction SQLite ended outside a write (a failed read) is noticed at the next write', async () => {
      const { sqlite, lost } = lossDb();
      const group = new GroupCommit(sqlite, (e) => lost.push(e));
      const claim = sqlite.prepare('insert into dedup (key, expires_at) values (?, 1)');
      group.write(() => claim.run('lost'));
      const waiting = group.flushed();
      sqlite.exec('ROLLBACK');
      expect(() => group.write(() => claim.run('next'))).toThrow(GroupCommitLost);
      await expect(waiting).rejects.toThrow(GroupCommitLost);
      expect(lost).toHaveLength(1);
    });
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
      await sessions.put(
        { channel: 'wechat', userId: 'u' },
        { version: 1, state: {} as never, updatedAt: 'x' },
        undefined,
      );
      return new Response('ok');
    }, flushed);
    const response = await fetch(new Request('http://x/'));
    expect(await response.text()).toBe('ok');
    expect(committedDedupKeys(path)).toEqual(['req']);
  });

  it('fetchAfterCommit sends only once the writes made before it are committed', async () => {
    const { path, db, flushed } = fileDb();
    const seenBySend: string[][] = [];
    const send = fetchAfterCommit(flushed, (async () => {
      seenBySend.push(committedDedupKeys(path));
      return new Response('{}');
    }) as typeof fetch);
    await new DrizzleDedupStore(db).claim('told-to-resident', 600);
    // What a Telegram reply or a WeCom post does right after the write, in the same turn.
    await send('https://api.telegram.org/botT/sendMessage');
    expect(seenBySend).toEqual([['told-to-resident']]);
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

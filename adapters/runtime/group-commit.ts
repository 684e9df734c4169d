/**
 * Group commit for the Node server's SQLite connection. Every chat message writes two or three
 * rows (the dedup claim, the session, sometimes a request), and on its own each write is a
 * transaction whose commit (WAL append and index update) cost more than the statement itself:
 * about 25 µs of ~30 µs per write, measured on the WeChat webhook bench.
 *
 * Here the writes made during one turn of the event loop share one transaction: the first write
 * opens it, and it is committed once the turn's I/O callbacks have run (setImmediate). A
 * response must not go out before its writes are committed, so the host awaits `flushed()`
 * before answering (adapters/runtime/node.ts): what a resident was told has happened is on
 * disk, as before — kill -9 loses nothing that was acknowledged (test/fault/kill9.test.ts).
 *
 * Nothing else leaves the process early either: Telegram messages, WeCom posts and WeChat
 * customer-service texts go through `fetchAfterCommit`, since a resident told "申请编号 …" over
 * the Bot API must find that request stored.
 *
 * Reads need no transaction; on this single connection they see the open transaction's rows,
 * which commit or fail together with the writes made in the same turn. Statements that fail
 * roll back alone, as in autocommit. A transaction that is lost as a whole (SQLite abandons it on
 * an I/O error or a full disk, or COMMIT fails) is fatal: `flushed()` cannot tell which requests
 * had written into it, so from then on it rejects and writes are refused, and the host is told
 * (`onLost`; the server logs and exits, to be restarted on a fresh connection). Nothing written
 * before the loss is acknowledged after it.
 */
import type BetterSqlite3 from 'better-sqlite3';

type Database = BetterSqlite3.Database;
type Statement = BetterSqlite3.Statement;

interface Waiter {
  resolve: () => void;
  reject: (error: unknown) => void;
}

export class GroupCommitLost extends Error {
  override readonly name = 'GroupCommitLost';
}

export class GroupCommit {
  private open = false;
  private waiters: Waiter[] = [];
  /** Set once a transaction is lost; sticky. */
  private lost: unknown;
  /** Statements committed in how many transactions: for tests and the bench. */
  readonly stats = { writes: 0, commits: 0 };

  constructor(
    private readonly sqlite: Database,
    private readonly onLost: (error: unknown) => void = () => {},
  ) {}

  /** Run one write inside this turn's transaction. */
  write<T>(run: () => T): T {
    this.check();
    this.begin();
    this.stats.writes++;
    try {
      return run();
    } catch (error) {
      // SQLite rolled the whole transaction back (not only this statement): the turn's writes are gone.
      if (this.open && !this.sqlite.inTransaction) this.lose(error);
      throw error;
    }
  }

  /** Resolves when every write made so far is committed (at once when none is pending). */
  flushed(): Promise<void> {
    if (this.lost !== undefined) return Promise.reject(this.lost);
    if (!this.open) return Promise.resolve();
    return new Promise((resolve, reject) => this.waiters.push({ resolve, reject }));
  }

  /** Commit now: before the connection closes, or when a caller cannot wait for the turn to end. */
  commit(): void {
    if (!this.open || this.endedBySqlite()) return;
    try {
      this.sqlite.exec('COMMIT');
      this.stats.commits++;
      const waiters = this.waiters;
      this.waiters = [];
      this.open = false;
      for (const w of waiters) w.resolve();
    } catch (error) {
      try {
        if (this.sqlite.inTransaction) this.sqlite.exec('ROLLBACK');
      } finally {
        this.lose(error);
      }
    }
  }

  /** Refuse to go on after a loss, including one a failed read caused without our noticing. */
  private check(): void {
    if (this.lost !== undefined || this.endedBySqlite()) throw this.lost;
  }

  /** The open transaction was ended by SQLite itself (it abandons one on I/O errors): a loss. */
  private endedBySqlite(): boolean {
    if (!this.open || this.sqlite.inTransaction) return false;
    this.lose(new GroupCommitLost('SQLite ended the transaction before its commit'));
    return true;
  }

  private begin(): void {
    // Inside a transaction someone else opened (a better-sqlite3 transaction() outside any turn's
    // batch), the statement belongs to that one.
    if (this.open || this.sqlite.inTransaction) return;
    this.sqlite.exec('BEGIN');
    this.open = true;
    setImmediate(() => this.commit());
  }

  private lose(error: unknown): void {
    if (this.lost !== undefined) return;
    this.lost = error;
    this.open = false;
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w.reject(error);
    this.onLost(error);
  }
}

const EXECUTE = new Set<PropertyKey>(['run', 'all', 'get', 'iterate']);

/**
 * The connection as drizzle sees it: statements that write run through `group`; reads and
 * everything else go straight to better-sqlite3.
 */
export function groupCommitting(sqlite: Database, group: GroupCommit): Database {
  const wrap = (stmt: Statement): Statement => {
    if (stmt.readonly) return stmt;
    const proxy: Statement = new Proxy(stmt, {
      get(target, prop) {
        const value = Reflect.get(target, prop, target) as unknown;
        if (typeof value !== 'function') return value;
        if (EXECUTE.has(prop))
          return (...args: unknown[]) => group.write(() => (value as (...a: unknown[]) => unknown).apply(target, args));
        // raw(), pluck(), expand() … change the statement's mode and return it: keep returning the proxy.
        return (...args: unknown[]) => {
          const result = (value as (...a: unknown[]) => unknown).apply(target, args);
          return result === target ? proxy : result;
        };
      },
    });
    return proxy;
  };
  return new Proxy(sqlite, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target) as unknown;
      if (prop === 'prepare') return (source: string) => wrap(target.prepare(source));
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** A fetch handler that answers only once the writes it made are committed. */
export function answerAfterCommit<Rest extends unknown[]>(
  fetch: (request: Request, ...rest: Rest) => Response | Promise<Response>,
  flushed: () => Promise<void>,
): (request: Request, ...rest: Rest) => Promise<Response> {
  return async (request, ...rest) => {
    const response = await fetch(request, ...rest);
    await flushed();
    return response;
  };
}

/** `fetch` that sends only once the writes made so far are committed (see the header). */
export function fetchAfterCommit(flushed: () => Promise<void>, send: typeof fetch = fetch): typeof fetch {
  return (async (input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => {
    await flushed();
    return send(input, init);
  }) as typeof fetch;
}

/**
 * A SessionStore decorator that counts how screening dialogues go (./progress.ts) as they are
 * saved, for the statistics in pictures (issue 18 item 5), without the engine knowing: the state
 * read at the start of a turn is compared with the state written at its end. Only a write that
 * succeeded counts (a turn retried after a version conflict counts once). The counts are written
 * beside the dialogue, never in its way: a failure is logged and the resident's turn goes on.
 * With `flushMs` the counts of many turns gather in memory and go in one write (an upsert per
 * message cost a WeChat delivery a fifth more CPU); what a crash catches unwritten, at most that
 * many milliseconds of counts, is lost, which anonymous statistics can bear.
 * No user id or session key reaches the counters; the channel and the city do.
 */
import type { SessionKey, SessionStore, StoredSession } from '../../bot/ports.ts';
import type { DialogueState } from '../../bot/state.ts';
import { cityOf, type ParameterSet, screen } from '../../screening/index.ts';
import { chinaDateOf } from '../config/calendar.ts';
import type { CountCell, DrizzleDialogueCounts } from '../db/dialogue-counts.ts';
import { progressOf } from './progress.ts';

/**
 * States read and not yet written back, kept per session; a turn that writes nothing leaves one behind, so the map is
 * bounded.
 */
const READ_KEPT = 4096;
/** The engine's resume window (bot/engine.ts RESUME_DAYS): an older dialogue restarts. */
const RESUME_MS = 30 * 86_400_000;
const DAY_MS = 86_400_000;

export interface CountingDeps {
  counts: Pick<DrizzleDialogueCounts, 'add'>;
  parameters: ParameterSet;
  now: () => Date;
  log?: (event: string, fields: Record<string, unknown>) => void;
  /** Gather counts this long before writing them together; 0 (default): each turn's with it. */
  flushMs?: number;
}

/** Counts gathered before a write whatever the time (a bound on memory and on what a crash loses). */
const MAX_PENDING = 2000;

export class CountingSessionStore implements SessionStore {
  private readonly read = new Map<string, StoredSession>();
  private readonly writing = new Set<Promise<void>>();
  private pending: CountCell[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The China date of the last count, and when that day began (ms). */
  private day = '';
  private dayStart = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly inner: SessionStore,
    private readonly d: CountingDeps,
  ) {}

  async get(key: SessionKey): Promise<StoredSession | undefined> {
    const s = await this.inner.get(key);
    const id = `${key.channel}:${key.userId}`;
    if (s) {
      if (this.read.size >= READ_KEPT) this.read.clear();
      this.read.set(id, s);
    } else this.read.delete(id);
    return s;
  }

  async put(key: SessionKey, session: StoredSession, expectedVersion: number | undefined): Promise<'ok' | 'conflict'> {
    const id = `${key.channel}:${key.userId}`;
    const last = this.read.get(id);
    // A write from a version this store did not read (another path, a lost read) is stored uncounted.
    const known = expectedVersion === undefined || last?.version === expectedVersion;
    if (!known) return this.inner.put(key, session, expectedVersion);
    // A dialogue idle past the engine's resume window starts afresh: what it sat at then is not a departure now.
    const resumed = last !== undefined && Date.parse(session.updatedAt) - Date.parse(last.updatedAt) <= RESUME_MS;
    const before: DialogueState | undefined = expectedVersion === undefined || !resumed ? undefined : last.state;
    const p = progressOf(before, session.state);
    const written = await this.inner.put(
      key,
      p.state === session.state ? session : { ...session, state: p.state },
      expectedVersion,
    );
    if (written === 'ok') {
      this.read.delete(id);
      const day = this.dayOf(this.d.now().getTime());
      // A link or QR code may tag a county: counted under its city, as every dialogue is. A literal of one shape, not
      // a spread with fields added: the spread cost a microsecond a cell.
      const channel = key.channel;
      const cells: CountCell[] = p.cells.map((c) => ({
        city: this.cityOf(c.city),
        kind: c.kind,
        item: c.item,
        day,
        channel,
      }));
      if (p.finished) cells.push(...this.verdicts(p.state, day, key.channel));
      if (cells.length) this.enqueue(cells);
    }
    return written;
  }

  async delete(key: SessionKey): Promise<void> {
    this.read.delete(`${key.channel}:${key.userId}`);
    await this.inner.delete(key);
  }

  /** chinaDateOf(ms), formatted once a day (a Date and a toISOString a message otherwise). */
  private dayOf(ms: number): string {
    if (ms < this.dayStart || ms >= this.dayStart + DAY_MS) {
      this.day = chinaDateOf(ms);
      this.dayStart = Date.parse(`${this.day}T00:00:00+08:00`);
    }
    return this.day;
  }

  private cityOf(region: string): string {
    return region ? (cityOf(this.d.parameters, region)?.code ?? region) : '';
  }

  /** Writes what is gathered and waits for every write (tests, and a host shutting down). */
  async settled(): Promise<void> {
    this.flush();
    await Promise.all([...this.writing]);
  }

  private enqueue(cells: CountCell[]): void {
    this.pending.push(...cells);
    const wait = this.d.flushMs ?? 0;
    if (wait <= 0 || this.pending.length >= MAX_PENDING) {
      this.flush();
      return;
    }
    if (this.timer) return;
    this.timer = setTimeout(() => this.flush(), wait);
    // A gathering never keeps the process alive on its own.
    if (typeof this.timer === 'object' && 'unref' in this.timer) this.timer.unref();
  }

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const cells = this.pending;
    this.pending = [];
    if (cells.length) this.track(this.d.counts.add(cells));
  }

  private track(p: Promise<void>): void {
    const tracked = p.catch((e: unknown) => this.d.log?.('stats.count_failed', { error: String(e) }));
    this.writing.add(tracked);
    void tracked.finally(() => this.writing.delete(tracked));
  }

  /** The verdicts of the result just shown, screened again from the state (pure, no personal data kept). */
  private verdicts(state: DialogueState, day: string, channel: string): CountCell[] {
    if (!state.region) return [];
    try {
      const report = screen(state.household, { region: state.region, date: day, parameters: this.d.parameters });
      return report.results.map((r) => ({
        day,
        city: this.cityOf(state.region ?? ''),
        channel,
        kind: 'verdict' as const,
        item: `${r.program}:${r.verdict}`,
      }));
    } catch {
      // A region the rules do not cover has no verdicts to count.
      return [];
    }
  }
}

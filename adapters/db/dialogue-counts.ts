/**
 * The anonymous dialogue counters (schema `dialogue_counts`, issue 18): one row per day, city,
 * channel, kind and item, incremented with one upsert, so many instances can count at once on
 * SQLite, D1 and PostgreSQL alike; read back summed over a period for the statistics.
 */
import { and, gte, inArray, lte, sql } from 'drizzle-orm';
import type { ProgressCell, ProgressKind } from '../stats/progress.ts';
import type { Db } from './repositories.ts';
import { dialogueCounts } from './schema.ts';

export interface CountCell extends ProgressCell {
  /** China date, YYYY-MM-DD. */
  day: string;
  channel: string;
}

export interface CountRow extends CountCell {
  count: number;
}

export interface CountQuery {
  from: string;
  to: string;
  /** Only these cities (undefined: every city, '' included). */
  cities?: string[] | undefined;
  channel?: string | undefined;
  kinds?: ProgressKind[] | undefined;
}

export class DrizzleDialogueCounts {
  constructor(private readonly db: Db) {}

  /** Adds one to each cell (a cell named twice gets two): one statement, whatever the driver. */
  async add(cells: CountCell[]): Promise<void> {
    if (cells.length === 0) return;
    // PostgreSQL refuses an upsert that touches one row twice: the same cell is summed first.
    const summed = new Map<string, CountRow>();
    for (const c of cells) {
      const key = JSON.stringify([c.day, c.city, c.channel, c.kind, c.item]);
      const row = summed.get(key);
      if (row) row.count += 1;
      else summed.set(key, { ...c, count: 1 });
    }
    await this.db
      .insert(dialogueCounts)
      .values(
        [...summed.values()].map((r) => ({
          day: r.day,
          city: r.city,
          channel: r.channel,
          kind: r.kind,
          item: r.item,
          count: r.count,
        })),
      )
      .onConflictDoUpdate({
        target: [
          dialogueCounts.day,
          dialogueCounts.city,
          dialogueCounts.channel,
          dialogueCounts.kind,
          dialogueCounts.item,
        ],
        set: { count: sql`${dialogueCounts.count} + excluded.count` },
      });
  }

  /** The counters of a period (days inclusive), optionally of some cities, one channel and some kinds. */
  async read(q: CountQuery): Promise<CountRow[]> {
    if (q.cities && q.cities.length === 0) return [];
    const rows = await this.db
      .select()
      .from(dialogueCounts)
      .where(
        and(
          gte(dialogueCounts.day, q.from),
          lte(dialogueCounts.day, q.to),
          q.cities ? inArray(dialogueCounts.city, q.cities) : undefined,
          q.channel ? sql`${dialogueCounts.channel} = ${q.channel}` : undefined,
          q.kinds ? inArray(dialogueCounts.kind, q.kinds) : undefined,
        ),
      );
    return rows.map((r) => ({ ...r, kind: r.kind as ProgressKind, count: Number(r.count) }));
  }

  /** Retention: counters of days before `day` go (like screening_events). */
  async deleteBefore(day: string): Promise<void> {
    await this.db.delete(dialogueCounts).where(sql`${dialogueCounts.day} < ${day}`);
  }
}

/**
 * Reminders of the monthly report (issue 18 item 3; the city package's `outreach.report` clause): a few working days
 * before a village's report is due (the 20th by default) its notification target is reminded, and
 * before a township's is due (the month's end) the township's. Each reminder is queued in the
 * outbox under a key unique to the office and the month (`monthly:<level>:<code>:<YYYY-MM>`), so
 * however often the job runs, on however many instances, before or after a restart, it is queued
 * once and sent once. An office with no target is not reminded (it sees the due date in the
 * console). Runs with the office jobs, under their lease.
 */
import { chinaDateOf } from '../config/calendar.ts';
import type { VillageDirectory } from '../config/villages.ts';
import type { Sealer } from '../crypto/sealer.ts';
import { inArray } from 'drizzle-orm';
import { selectByIds } from '../db/chunks.ts';
import type { Atomic, AtomicQuery } from '../db/ports.ts';
import { outbox } from '../db/schema.ts';
import type { Db } from '../db/repositories.ts';
import { enqueueQuery, officeKind } from './outbox.ts';

export interface ReminderDeps {
  db: Db;
  atomic: Atomic;
  sealer: Sealer;
  villages: VillageDirectory;
  now: () => Date;
}

/** A month's report can fall due in the next month (a month-end moved to the next working day): look at both. */
function monthsAround(today: string): string[] {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const prev = new Date(Date.UTC(y, m - 2, 1)).toISOString().slice(0, 7);
  return [prev, today.slice(0, 7)];
}

/** Queues the reminders due today; answers how many were queued this time (0 when all were already). */
export async function queueMonthlyReminders(d: ReminderDeps): Promise<number> {
  const { db, sealer, villages } = d;
  const now = d.now();
  const today = chinaDateOf(now.getTime());
  const wanted: { key: string; make: () => Promise<{ query: AtomicQuery }> }[] = [];
  const townships = new Map<string, { name: string; region: string }>();
  for (const v of villages.all()) {
    townships.set(v.township.code, { name: v.township.name, region: v.region });
    if (!v.notify) continue;
    for (const month of monthsAround(today)) {
      const due = villages.outreach.due(v.region, month);
      if (today < due.villageRemind || today > due.village) continue;
      const payload = {
        kind: 'monthly_reminder' as const,
        level: 'village' as const,
        place: `${v.township.name}${v.name}`,
        month,
        dueDate: due.village,
      };
      const key = `monthly:village:${v.code}:${month}`;
      const notify = v.notify;
      wanted.push({
        key,
        make: () =>
          enqueueQuery(db, sealer, { dedupeKey: key, kind: officeKind(notify), target: v.code, payload }, now),
      });
    }
  }
  for (const [code, t] of townships) {
    const office = villages.offices.township(code);
    if (!office?.notify) continue;
    for (const month of monthsAround(today)) {
      const due = villages.outreach.due(t.region, month);
      if (today < due.townshipRemind || today > due.township) continue;
      const payload = {
        kind: 'monthly_reminder' as const,
        level: 'township' as const,
        place: office.name || t.name,
        month,
        dueDate: due.township,
      };
      const key = `monthly:township:${code}:${month}`;
      const notify = office.notify;
      wanted.push({
        key,
        make: () =>
          enqueueQuery(
            db,
            sealer,
            { dedupeKey: key, kind: officeKind(notify), target: `township:${code}`, payload },
            now,
          ),
      });
    }
  }
  if (wanted.length === 0) return 0;
  const known = new Set(
    (
      await selectByIds(
        wanted.map((w) => w.key),
        (keys) => db.select({ key: outbox.dedupeKey }).from(outbox).where(inArray(outbox.dedupeKey, keys)),
      )
    ).map((r) => r.key),
  );
  const fresh = wanted.filter((w) => !known.has(w.key));
  if (fresh.length === 0) return 0;
  // Another instance may queue the same key meanwhile: the insert's onConflictDoNothing keeps one.
  // Collected in a loop: a drizzle query returned from an async callback would be awaited, i.e. run, outside the atomic
  // step.
  const queries: AtomicQuery[] = [];
  for (const w of fresh) queries.push((await w.make()).query);
  await d.atomic(queries);
  return fresh.length;
}

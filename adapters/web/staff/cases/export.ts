/**
 * The CSV export of the requests an actor may see. It carries what following up and reporting
 * need (reference, dates, village, status, programs) with the contact masked for every role: a
 * file leaves the audited console and is copied and mailed; the full contact is one audited
 * step away on the detail page. Every export is audited with its row count and filters.
 */
import { maskName, maskPhone } from '../../../../bot/referral/mask.ts';
import { toCsv } from '../csv.ts';
import { S } from '../messages.ts';
import type { ListFilters } from '../store.ts';
import { placeOf } from '../../../config/routing.ts';
import { chinaTime, dueView, programsShort, statusLabel } from '../view.ts';
import { type Actor, audit, type StaffDesk } from './desk.ts';
import { checkFilters, contactOf, followUpLabel, placeName } from './list.ts';

export const MAX_EXPORT_ROWS = 10_000;

export interface RequestExport {
  csv: string;
  /** doudi-requests-YYYYMMDD.csv, the day in China. */
  filename: string;
  rows: number;
}

export async function exportRequests(desk: StaffDesk, actor: Actor, filters: ListFilters): Promise<RequestExport> {
  checkFilters(actor, filters);
  const nowMs = desk.clock.now().getTime();
  const { rows } = await desk.store.list(actor.scope, filters, MAX_EXPORT_ROWS, 0, nowMs);
  const lines = await Promise.all(
    rows.map(async (r) => {
      const contact = await contactOf(desk, r);
      const place = placeOf(desk.villages, r);
      const due = dueView(desk.villages.calendar, r, nowMs);
      return [
        r.reference,
        chinaTime(r.createdAt),
        chinaTime(r.updatedAt),
        placeName(desk, r),
        place.township.name || r.township,
        statusLabel(r.status),
        programsShort(r.programs),
        contact ? maskName(contact.name) : '',
        contact ? maskPhone(contact.phone) : '',
        r.urgent ? S.csv.yes : '',
        due?.text ?? '',
        followUpLabel(r.followUpAnswer) ?? '',
      ];
    }),
  );
  await audit(desk, actor, 'export', null, { rows: rows.length, filters });
  const day = chinaTime(desk.clock.now().toISOString()).slice(0, 10).replace(/\D/g, '');
  return { csv: toCsv(S.csv.headers, lines), filename: `doudi-requests-${day}.csv`, rows: rows.length };
}

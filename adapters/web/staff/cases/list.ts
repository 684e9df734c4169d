/**
 * The request list a member of staff may see: filtered, newest first, a page at a time, with
 * contacts masked (the full contact is one audited step away, ./detail.ts). The filters' schema
 * is shared by the console's query string and the command line's options.
 */
import { z } from 'zod';
import { maskName, maskPhone } from '../../../../bot/referral/mask.ts';
import { PROGRAMS } from '../../../../screening/index.ts';
import { isErased, OPEN_STATUSES, REFERRAL_STATUSES, type StoredReferral } from '../../../db/referral-record.ts';
import { R } from '../../../../bot/messages/referral.ts';
import { placeLabel, placeOf } from '../../../config/routing.ts';
import { isCalendarDate } from '../../../http/calendar-date.ts';
import { S } from '../messages.ts';
import { inScope, type ListFilters, type ReferralRow } from '../store.ts';
import { chinaTime, dueView, type ListRow, programsShort, statusLabel, villageLabel } from '../view.ts';
import { type Actor, RequestCaseError, type StaffDesk } from './desk.ts';

export const PAGE_SIZE = 20;

const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);
const ChinaDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 年-月-日')
  .refine(isCalendarDate, '日期不对');

/** Filters as a form or the command line gives them: empty means any. */
export const RequestFilters = z.object({
  status: z.preprocess(emptyToUndefined, z.enum(REFERRAL_STATUSES, { error: '状态不对' }).optional()),
  village: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .max(64)
      .regex(/^[A-Za-z0-9_-]+$/, '村（社区）代码不对')
      .optional(),
  ),
  program: z.preprocess(emptyToUndefined, z.enum(PROGRAMS, { error: '项目不对' }).optional()),
  from: z.preprocess(emptyToUndefined, ChinaDate.optional()),
  to: z.preprocess(emptyToUndefined, ChinaDate.optional()),
  overdue: z.preprocess(emptyToUndefined, z.literal('1', { error: '逾期筛选不对' }).optional()),
  urgent: z.preprocess(emptyToUndefined, z.literal('1', { error: '紧急筛选不对' }).optional()),
});

export const ListQuery = RequestFilters.extend({
  page: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(100_000).optional()),
});

/** A village filter outside the actor's scope is refused, not silently emptied. */
export function checkFilters(actor: Actor, filters: ListFilters): void {
  if (filters.village && !inScope(actor.scope, filters.village))
    throw new RequestCaseError('out_of_scope', S.errors.villageOutOfScope);
}

/** Name and phone from the sealed body, or undefined when it cannot be opened or was erased (the row still lists). */
export async function contactOf(
  desk: StaffDesk,
  row: ReferralRow,
): Promise<{ name: string; phone: string } | undefined> {
  try {
    const sealed = await desk.sealer.open<StoredReferral>(row.sealed);
    return isErased(sealed) ? undefined : { name: sealed.contact.name, phone: sealed.contact.phone };
  } catch {
    return undefined;
  }
}

/** The 回访 answer in words. */
export function followUpLabel(answer: string | null): string | undefined {
  return answer ? R.followUpChoices.find((c) => c.id === answer)?.label : undefined;
}

export interface RequestList {
  rows: ListRow[];
  total: number;
  page: number;
  pages: number;
}

export async function listRequests(
  desk: StaffDesk,
  actor: Actor,
  filters: ListFilters,
  page = 1,
): Promise<RequestList> {
  checkFilters(actor, filters);
  const nowMs = desk.clock.now().getTime();
  const { rows, total } = await desk.store.list(actor.scope, filters, PAGE_SIZE, (page - 1) * PAGE_SIZE, nowMs);
  const list = await Promise.all(
    rows.map(async (r): Promise<ListRow> => {
      const contact = await contactOf(desk, r);
      return {
        id: r.id,
        reference: r.reference,
        created: chinaTime(r.createdAt),
        village: placeName(desk, r),
        status: statusLabel(r.status),
        programs: programsShort(r.programs),
        name: contact ? maskName(contact.name) : '—',
        phone: contact ? maskPhone(contact.phone) : '—',
        urgent: r.urgent && (OPEN_STATUSES as readonly string[]).includes(r.status),
        due: dueView(desk.villages.calendar, r, nowMs),
        followUp: followUpLabel(r.followUpAnswer),
      };
    }),
  );
  return { rows: list, total, page, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/** The village's name, or for a request without one where it went ("某某街道（村未列出）"). */
export function placeName(desk: StaffDesk, row: ReferralRow): string {
  if (row.village) return villageLabel(desk.villages, row.village).village;
  return S.list.unlisted(placeLabel(placeOf(desk.villages, row)));
}

/** The villages the actor may filter by, for the filter form. */
export function visibleVillages(desk: StaffDesk, actor: Actor): { code: string; name: string }[] {
  const { scope } = actor;
  return scope.all
    ? desk.villages.all().map((v) => ({ code: v.code, name: v.name }))
    : scope.villages.map((code) => ({ code, name: desk.villages.get(code)?.name ?? code }));
}

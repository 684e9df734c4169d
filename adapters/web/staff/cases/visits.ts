/**
 * The visit log (issue 18 item 2), as use cases that know nothing of HTTP: record a visit to a
 * household of a focus group, list and open the visits in scope, change the outcome and note.
 * Village and township staff record visits (the notices' 主动发现 clauses: the village committees
 * visit, 村（居）两委 and the staff working with them); county staff and
 * admins read them. A household is named only by the staff member's own label, never an ID
 * number or a phone number: either is refused with a plain message.
 */
import { z } from 'zod';
import { isCalendarDate } from '../../../http/calendar-date.ts';
import { DrizzleVisitStore, type VisitRow, type VisitScope, VISIT_OUTCOMES } from '../../../db/visits.ts';
import { V } from '../visit-messages.ts';
import { type Actor, audit, RequestCaseError, type StaffDesk } from './desk.ts';
import type { Village } from '../../../config/villages.ts';

/** Who acts on visits: the account, its role (who may record) and its scope. */
export interface VisitActor extends Actor {
  role: string;
}

export const RECORDING_ROLES = ['village', 'township', 'admin'];

export function visitScope(actor: Actor): VisitScope {
  return actor.scope.all ? { all: true } : { all: false, villages: actor.scope.villages };
}

export function visitStore(desk: StaffDesk): DrizzleVisitStore {
  return new DrizzleVisitStore(desk.db, desk.atomic, desk.sealer);
}

/** 18 characters of an ID number (17 digits and a check digit), anywhere in the label; bounded, linear. */
const ID_LIKE = /\d{17}[\dXx]/;
/** An 11-digit mobile number anywhere in the label. */
const PHONE_LIKE = /1[3-9]\d{9}/;

const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);
const asList = (v: unknown) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]);

export const Label = z
  .string()
  .trim()
  .min(1, V.labelRequired)
  .max(30, V.labelTooLong)
  .refine((l) => !ID_LIKE.test(l.replace(/\s+/g, '')), V.labelIsId)
  .refine((l) => !PHONE_LIKE.test(l.replace(/[\s-]+/g, '')), V.labelIsPhone);

const Outcome = z.enum(VISIT_OUTCOMES, { error: V.badOutcome });
const Changes = z.preprocess(asList, z.array(z.string().max(32)).max(20));
const Note = z.preprocess((v) => (v === undefined ? '' : v), z.string().trim().max(200, V.noteTooLong));

export const VisitForm = z.object({
  village: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .max(64)
      .regex(/^[A-Za-z0-9_-]+$/)
      .optional(),
  ),
  label: Label,
  focusGroup: z.string().min(1, V.badGroup).max(32),
  visitedOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, V.badDate)
    .refine(isCalendarDate, V.badDate),
  outcome: Outcome,
  changes: Changes,
  note: Note,
});
export type VisitInput = z.infer<typeof VisitForm>;

export const VisitUpdateForm = z.object({ outcome: Outcome, changes: Changes, note: Note });
export type VisitUpdate = z.infer<typeof VisitUpdateForm>;

/** The villages an account may record visits for (its own, or its township's). */
export function recordableVillages(desk: StaffDesk, actor: VisitActor): Village[] {
  if (!RECORDING_ROLES.includes(actor.role)) return [];
  return desk.villages.all().filter((v) => actor.scope.all || actor.scope.villages.includes(v.code));
}

function invalid(message: string): never {
  throw new RequestCaseError('invalid', message);
}

/** Focus group and change kinds must be the city's (its package's `outreach`). */
function checkCityLists(desk: StaffDesk, village: Village, focusGroup: string | undefined, changes: string[]): void {
  const lists = desk.villages.outreach.of(village.region);
  if (focusGroup !== undefined && !lists.focusGroups.some((g) => g.id === focusGroup)) invalid(V.badGroup);
  if (changes.some((c) => !lists.changeKinds.some((k) => k.id === c))) invalid(V.badChange);
}

export async function recordVisit(desk: StaffDesk, actor: VisitActor, input: VisitInput): Promise<string> {
  const villages = recordableVillages(desk, actor);
  if (villages.length === 0) throw new RequestCaseError('not_found', V.readOnly);
  const code = input.village ?? (villages.length === 1 ? villages[0]!.code : undefined);
  const village = villages.find((v) => v.code === code);
  if (!village) invalid(V.villageOutOfScope);
  checkCityLists(desk, village, input.focusGroup, input.changes);
  if (input.visitedOn > desk.clock.today()) invalid(V.futureDate);
  return visitStore(desk).create(
    {
      village: village.code,
      township: village.township.code,
      county: village.region,
      label: input.label,
      focusGroup: input.focusGroup,
      visitedOn: input.visitedOn,
      outcome: input.outcome,
      changes: [...new Set(input.changes)],
      note: input.note,
    },
    actor.id,
    desk.clock.now(),
  );
}

/** A visit the actor may see, or not_found whether it is missing or out of scope. */
export async function visibleVisit(desk: StaffDesk, actor: Actor, id: string): Promise<VisitRow> {
  if (!/^[0-9a-f]{32}$/.test(id)) throw new RequestCaseError('not_found', V.notFound);
  const store = visitStore(desk);
  const row = await store.get(id);
  if (!row || !(actor.scope.all || actor.scope.villages.includes(row.village)))
    throw new RequestCaseError('not_found', V.notFound);
  return row;
}

/** Only the roles that record visits change them (county staff read). */
export async function changeableVisit(desk: StaffDesk, actor: VisitActor, id: string): Promise<VisitRow> {
  const row = await visibleVisit(desk, actor, id);
  if (!RECORDING_ROLES.includes(actor.role)) throw new RequestCaseError('not_found', V.readOnly);
  return row;
}

export async function updateVisit(desk: StaffDesk, actor: VisitActor, id: string, input: VisitUpdate): Promise<void> {
  const row = await changeableVisit(desk, actor, id);
  const village = desk.villages.get(row.village);
  if (village) checkCityLists(desk, village, undefined, input.changes);
  await visitStore(desk).update(
    id,
    { outcome: input.outcome, changes: [...new Set(input.changes)], note: input.note },
    actor.id,
    desk.clock.now(),
  );
}

export interface VisitView {
  id: string;
  village: string;
  label: string;
  focusGroup: string;
  visitedOn: string;
  outcome: string;
  outcomeId: string;
  changes: string[];
  changeIds: string[];
  note: string;
  screened: boolean;
  referralId: string | null;
  reference?: string | undefined;
  consent?: { by: string; how: string; at: string } | undefined;
}

export async function visitView(desk: StaffDesk, row: VisitRow): Promise<VisitView> {
  const sealed = await visitStore(desk).open(row);
  const village = desk.villages.get(row.village);
  const lists = desk.villages.outreach.of(village?.region ?? row.county);
  const changeIds = row.changes ? row.changes.split(',') : [];
  const refs = row.referralId ? await desk.store.references([row.referralId]) : undefined;
  const reference = row.referralId ? refs?.get(row.referralId) : undefined;
  return {
    id: row.id,
    village: village ? `${village.township.name}${village.name}` : row.village,
    label: sealed.label,
    focusGroup: lists.focusGroups.find((g) => g.id === row.focusGroup)?.label ?? row.focusGroup,
    visitedOn: row.visitedOn,
    outcome: V.outcomes[row.outcome] ?? row.outcome,
    outcomeId: row.outcome,
    changes: changeIds.map((c) => lists.changeKinds.find((k) => k.id === c)?.label ?? c),
    changeIds,
    note: sealed.note,
    screened: row.screenedAt !== null,
    referralId: row.referralId,
    reference,
    consent:
      row.consentAt && sealed.consentBy
        ? { by: sealed.consentBy, how: V.consentWays[row.consentHow ?? ''] ?? '', at: row.consentAt }
        : undefined,
  };
}

export async function listVisits(
  desk: StaffDesk,
  actor: Actor,
  range: { from?: string | undefined; to?: string | undefined },
  page = 1,
): Promise<{ rows: VisitView[]; total: number }> {
  const size = 20;
  const { rows, total } = await visitStore(desk).list(visitScope(actor), range, size, (page - 1) * size);
  await audit(desk, actor, 'visit.list', null, { rows: rows.length });
  return { rows: await Promise.all(rows.map((r) => visitView(desk, r))), total };
}

/** What the form to record a visit offers this account (undefined when it may only read). */
export function recordableVisitsForm(
  desk: StaffDesk,
  actor: VisitActor,
):
  | {
      villages: { code: string; name: string }[];
      focusGroups: { id: string; label: string }[];
      changeKinds: { id: string; label: string }[];
      today: string;
    }
  | undefined {
  const villages = recordableVillages(desk, actor);
  if (villages.length === 0) return undefined;
  // The lists are the city's; a township's villages share one city.
  const lists = desk.villages.outreach.of(villages[0]!.region);
  return {
    villages: villages.map((v) => ({ code: v.code, name: `${v.township.name}${v.name}` })),
    focusGroups: lists.focusGroups,
    changeKinds: lists.changeKinds,
    today: desk.clock.today(),
  };
}

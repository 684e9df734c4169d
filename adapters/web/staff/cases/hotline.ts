/**
 * 12345 feedback (issue 18 item 4: one seed notice's 主动发现 section asks each county to run a
 * 社会救助 module on 12345 with 受理、处置、反馈, the other's 及时发现、快速响应; the README's
 * "12345 feedback" names the clauses): a signed-in
 * hotline agent files the call as a request to the village committee, with the caller's consent
 * given on the phone and the hotline's work-order number (工单号); each status change of that
 * request is then the hotline's feedback: the work-order number, the status, when, and the note
 * the staff marked for the resident — nothing else (no name, phone, household or request page).
 * The console's agent page and the JSON endpoint for a 12345 system both read it here.
 *
 * Scope: an agent account (or a 12345 system's token) may be limited to a county or a city code;
 * it then sees only work orders whose request belongs there (a city code covers its counties).
 */
import { and, asc, eq, gt, inArray, isNotNull, like, ne, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { hotlineConsent, HOTLINE_CONSENT_VERSION } from '../../../../bot/messages/hotline-consent.ts';
import { cleanName, cleanPhone } from '../../../../bot/referral/validate.ts';
import type { ReferralDesk } from '../../../../bot/ports.ts';
import { intake } from '../../../../bot/hotline/intake.ts';
import { materialsFor } from '../../../../content/materials.ts';
import { cityOf, defaultParameters } from '../../../../screening/index.ts';
import { chinaDateOf } from '../../../config/calendar.ts';
import { referralEvents, referrals } from '../../../db/schema.ts';
import { chinaTime, statusLabel } from '../view.ts';
import { type Actor, audit, RequestCaseError, type StaffDesk } from './desk.ts';

/** A 12345 work-order number as hotlines write them: letters, digits and hyphens, 1–40 (checked in linear time). */
export const WORK_ORDER = /^[A-Za-z0-9-]{1,40}$/;
export const WorkOrder = z.string().trim().regex(WORK_ORDER, '工单号只能是 1 到 40 位的字母、数字或“-”。');

/** Where an agent or a 12345 system may look: everything, or one county or city code. */
export type HotlineScope = { all: true } | { all: false; code: string };

export function hotlineScopeOf(code: string | null | undefined): HotlineScope {
  return code ? { all: false, code } : { all: true };
}

/** The requests a hotline scope covers: a county code its own, a city code (…00) every county in the city. */
function scopeSql(scope: HotlineScope): SQL | undefined {
  if (scope.all) return undefined;
  if (scope.code.endsWith('00'))
    return or(
      like(referrals.county, `${scope.code.slice(0, 4)}%`),
      like(referrals.region, `${scope.code.slice(0, 4)}%`),
    );
  return eq(referrals.county, scope.code);
}

/** One status change (or note for the resident) as the hotline hears of it. */
export interface FeedbackItem {
  workOrder: string;
  status: string;
  statusLabel: string;
  /** ISO instant of the change. */
  at: string;
  /** Its China date, YYYY-MM-DD. */
  date: string;
  /** The staff note marked for the resident, if any. */
  note?: string;
  /** Cursor of this change: ask for `after` it to get only later ones. */
  cursor: number;
}

/** At most this many changes per answer; the cursor of the last fetches the rest. */
export const FEEDBACK_PAGE = 200;

/** What of a request's history is feedback: its status changes, a withdrawal, notes told to the resident. */
const FEEDBACK_KINDS = ['status', 'withdrawn', 'note'];

export async function hotlineFeedback(
  desk: StaffDesk,
  scope: HotlineScope,
  q: { workOrder?: string | undefined; after?: number | undefined },
): Promise<FeedbackItem[]> {
  const rows = await desk.db
    .select({
      cursor: referralEvents.id,
      workOrder: referrals.workOrder,
      at: referralEvents.at,
      kind: referralEvents.kind,
      status: referralEvents.toStatus,
      told: referralEvents.told,
      sealedNote: referralEvents.sealedNote,
    })
    .from(referralEvents)
    .innerJoin(referrals, eq(referrals.id, referralEvents.referralId))
    .where(
      and(
        q.workOrder ? eq(referrals.workOrder, q.workOrder) : isNotNull(referrals.workOrder),
        scopeSql(scope),
        inArray(referralEvents.kind, FEEDBACK_KINDS),
        // A note staff kept to themselves is not feedback; a status change is, with its note only if told.
        or(ne(referralEvents.kind, 'note'), eq(referralEvents.told, true)),
        q.after ? gt(referralEvents.id, q.after) : undefined,
      ),
    )
    .orderBy(asc(referralEvents.id))
    .limit(FEEDBACK_PAGE);
  const items: FeedbackItem[] = [];
  for (const r of rows) {
    let note: string | undefined;
    if (r.told && r.sealedNote) {
      try {
        note = await desk.sealer.open<string>(r.sealedNote);
      } catch {
        note = undefined;
      }
    }
    items.push({
      workOrder: r.workOrder ?? '',
      status: r.status,
      statusLabel: statusLabel(r.status),
      at: r.at,
      date: chinaDateOf(Date.parse(r.at)),
      ...(note ? { note } : {}),
      cursor: Number(r.cursor),
    });
  }
  return items;
}

/** The feedback of one work order for a signed-in agent, audited; not_found when missing or out of scope. */
export async function agentFeedback(
  desk: StaffDesk,
  actor: Actor,
  scope: HotlineScope,
  workOrder: string,
): Promise<{ workOrder: string; items: (FeedbackItem & { time: string })[] }> {
  const items = await hotlineFeedback(desk, scope, { workOrder });
  await audit(desk, actor, 'hotline_feedback', null, { found: items.length > 0 });
  if (items.length === 0) throw new RequestCaseError('not_found', '没有找到这个工单号的申请（或不归你查询）。');
  return { workOrder, items: items.map((i) => ({ ...i, time: chinaTime(i.at) })) };
}

/** The agent's form for filing a call as a request, as validated. */
export const FileCallInput = z.object({
  workOrder: WorkOrder,
  /** `v:<village code>` or `c:<county code>` (the village is not in the list: the county's 民政 takes it). */
  place: z.string().regex(/^[vc]:[A-Za-z0-9_-]{1,64}$/, '请选择村（社区）或县（市、区）。'),
  name: z.string().trim().min(1, '请填写来电人姓名。').max(40, '姓名太长。'),
  phone: z.string().trim().min(1, '请填写联系电话。').max(40, '电话号码不对。'),
  callTime: z.string().trim().max(60, '方便联系的时间最多 60 字。').default(''),
  summary: z.string().trim().min(1, '请粘贴通话摘要。').max(3000, '通话摘要最多 3000 字。'),
  consent: z.literal('1', { error: '来电人同意后才能转给村委会：请先读同意说明，来电人同意后再勾选。' }),
});
export type FileCallInput = z.infer<typeof FileCallInput>;

export interface FiledCall {
  reference: string;
  workOrder: string;
  /** The household already had an open case: the call joined it. */
  joined: boolean;
  created: boolean;
}

/**
 * Where a place choice sends the request, and the city whose rules apply; undefined when unknown or out of the agent's
 * scope.
 */
export function placeChoice(
  desk: StaffDesk,
  scope: HotlineScope,
  place: string,
): { village: string; county: string; city: string; name: string } | undefined {
  const params = desk.parameters ?? defaultParameters();
  const inScope = (county: string) =>
    scope.all || (scope.code.endsWith('00') ? county.slice(0, 4) === scope.code.slice(0, 4) : county === scope.code);
  const code = place.slice(2);
  if (place.startsWith('v:')) {
    const v = desk.villages.get(code);
    const city = v ? cityOf(params, v.region)?.code : undefined;
    return v && city && inScope(v.region)
      ? { village: v.code, county: v.region, city, name: `${v.township.name}${v.name}` }
      : undefined;
  }
  const city = cityOf(params, code)?.code;
  return city && code !== city && inScope(code)
    ? { village: '', county: code, city, name: '县（市、区）民政部门' }
    : undefined;
}

/**
 * Files a call as a request through the same desk the chat uses (stored sealed, the office told
 * through the outbox, one case per household), with the consent the caller gave on the phone:
 * who recorded it (the agent), when, and how (口头, 12345). The same work order filed twice makes
 * one request.
 */
export async function fileCall(
  desk: StaffDesk,
  referralDesk: Pick<ReferralDesk, 'submit'>,
  actor: Actor,
  scope: HotlineScope,
  input: FileCallInput,
  agentName: string,
): Promise<FiledCall> {
  const place = placeChoice(desk, scope, input.place);
  if (!place) throw new RequestCaseError('invalid', '请选择村（社区）或县（市、区）。');
  const phone = cleanPhone(input.phone);
  if (!phone) throw new RequestCaseError('invalid', '电话号码不对：手机 11 位，座机请带区号。');
  const name = cleanName(input.name);
  if (!name) throw new RequestCaseError('invalid', '姓名不对：请填写来电人的姓名。');
  const params = desk.parameters ?? defaultParameters();
  const now = desk.clock.now();
  const today = chinaDateOf(now.getTime());
  const heard = intake({ region: place.county, text: input.summary }, { today, parameters: params });
  const at = now.toISOString();
  const consentText = hotlineConsent(place.name, desk.villages.retention.closedRequestDays);
  const result = await referralDesk.submit({
    idempotencyKey: `hotline:${input.workOrder}`,
    channel: 'hotline',
    userId: `work-order:${input.workOrder}`,
    region: place.city,
    village: place.village,
    ...(place.village ? {} : { office: { level: 'county' as const, code: place.county } }),
    contact: { name, phone, callTime: input.callTime || '随时' },
    household: heard.household,
    report: heard.report,
    summary: heard.summary,
    materials: materialsFor(
      heard.report.results.filter((r) => r.verdict !== 'unlikely').map((r) => r.program),
      heard.household,
    ),
    consent: {
      at,
      version: HOTLINE_CONSENT_VERSION,
      text:
        `${consentText}\n——来电人在 12345 电话中口头同意；坐席 ` +
        `${agentName}（` +
        `${actor.id}）记录于 ` +
        `${chinaTime(at)}，工单号 ` +
        `${input.workOrder}。`,
    },
    workOrder: input.workOrder,
  });
  await audit(desk, actor, 'hotline_filed', null, { created: result.created, joined: result.joined === true });
  return {
    reference: result.reference,
    workOrder: input.workOrder,
    joined: result.joined === true,
    created: result.created,
  };
}

/** The work order a request carries (shown on its page), or undefined. */
export async function workOrderOf(desk: StaffDesk, referralId: string): Promise<string | undefined> {
  const row = (
    await desk.db.select({ workOrder: referrals.workOrder }).from(referrals).where(eq(referrals.id, referralId))
  )[0];
  return row?.workOrder ?? undefined;
}

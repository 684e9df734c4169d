/**
 * Assisted screening on a visit (issue 18 item 1): a village or township staff member runs the
 * same dialogue as residents (bot/engine.ts handleMessage) with the household, on the `staff`
 * channel, one dialogue per staff account and visit (`<account id>:<visit id>`: the dialogue
 * survives a new sign-in during a long visit, and two staff members never share one). When it
 * reaches its result the visit is marked screened and an anonymous screening event marked
 * assisted is recorded. The result can be turned into a request in the same visit, with the
 * consent the resident gave in person (who, when, 口头 or 签字): the request goes through the
 * same ReferralDesk as every channel's (adapters/db/referrals.ts), so it is routed, timed,
 * joined to an open case and notified exactly like a resident's, and is marked assisted.
 */
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { handleMessage } from '../../../../bot/engine.ts';
import type { InboundMessage, OutboundMessage, ReferralSubmission, SessionKey } from '../../../../bot/ports.ts';
import { cleanIdNumber, cleanName, cleanPhone } from '../../../../bot/referral/validate.ts';
import { renderSummary } from '../../../../bot/summary.ts';
import { materialsFor } from '../../../../content/materials.ts';
import { defaultParameters, type ScreeningReport, screen } from '../../../../screening/index.ts';
import { CONSENT_WAYS } from '../../../db/visits.ts';
import { DrizzleReferralDesk } from '../../../db/referrals.ts';
import { SealedSessionStore } from '../../../db/pseudonymous-stores.ts';
import { DrizzleSessionStore } from '../../../db/repositories.ts';
import { referrals } from '../../../db/schema.ts';
import { atStep, shownOf, StepMoved } from '../../link/step.ts';
import { V } from '../visit-messages.ts';
import { RequestCaseError, type StaffDesk } from './desk.ts';
import { changeableVisit, type VisitActor, visitStore } from './visits.ts';

/** The consent recorded with an assisted request: given in person, to the staff member. */
export const STAFF_CONSENT_VERSION = 'staff-in-person-2026-12';

export function sessionKeyOf(actor: { id: string }, visitId: string): SessionKey {
  return { channel: 'staff', userId: `${actor.id}:${visitId}` };
}

export interface ScreeningView {
  messages: OutboundMessage[];
  version: number;
  shown: string;
  /** The dialogue has reached its result: the request form may be shown. */
  done: boolean;
}

function engineDeps(desk: StaffDesk) {
  // No referral desk in the dialogue: the request is made by the page's own form, with the consent given in person.
  // Sealed and under a hashed key, as every channel's dialogue (the household's answers are personal data).
  return {
    parameters: desk.parameters ?? defaultParameters(),
    store: new SealedSessionStore(new DrizzleSessionStore(desk.db), desk.sealer),
    clock: desk.clock,
  };
}

/** Whether this account has started screening on this visit (its dialogue is stored). */
export async function screeningStarted(desk: StaffDesk, actor: { id: string }, visitId: string): Promise<boolean> {
  return (await engineDeps(desk).store.get(sessionKeyOf(actor, visitId))) !== undefined;
}

/** The dialogue of this visit as it stands, started (tagged with the visit's village and county) if it was not. */
export async function screeningOf(desk: StaffDesk, actor: VisitActor, visitId: string): Promise<ScreeningView> {
  const visit = await changeableVisit(desk, actor, visitId);
  const deps = engineDeps(desk);
  const key = sessionKeyOf(actor, visitId);
  let stored = await deps.store.get(key);
  if (!stored) {
    const start: InboundMessage = {
      ...key,
      text: '',
      kind: 'start',
      tags: { village: visit.village, region: visit.county },
    };
    try {
      await handleMessage(start, { ...deps, store: atStep(deps.store, { version: 0 }) });
    } catch (e) {
      if (!(e instanceof StepMoved)) throw e;
    }
    stored = await deps.store.get(key);
  }
  if (!stored) throw new RequestCaseError('conflict', V.stale);
  return {
    messages: stored.state.lastReply ?? [],
    version: stored.version,
    shown: shownOf(stored.state),
    done: stored.state.mode === 'result',
  };
}

/**
 * One answer, applied only to the step the page showed (as on the link page: a double tap or the
 * back button changes nothing and says so). On reaching the result the visit is marked screened
 * (once).
 */
export async function answerScreening(
  desk: StaffDesk,
  actor: VisitActor,
  visitId: string,
  form: { text: string; version: number; shown?: string | undefined },
): Promise<'ok' | 'stale'> {
  const visit = await changeableVisit(desk, actor, visitId);
  const deps = engineDeps(desk);
  const key = sessionKeyOf(actor, visitId);
  try {
    await handleMessage(
      { ...key, text: form.text.slice(0, 500) },
      {
        ...deps,
        store: atStep(deps.store, {
          version: form.version,
          ...(form.shown !== undefined ? { shown: form.shown } : {}),
        }),
      },
    );
  } catch (e) {
    if (!(e instanceof StepMoved)) throw e;
    return 'stale';
  }
  const state = (await deps.store.get(key))?.state;
  if (state?.mode === 'result' && state.region && visit.screenedAt === null) {
    const report = screen(state.household, {
      region: state.region,
      date: desk.clock.today(),
      parameters: deps.parameters,
    });
    await visitStore(desk).markScreened(
      visitId,
      {
        region: state.region,
        asOf: report.asOf,
        demo: report.demo,
        verdicts: Object.fromEntries(report.results.map((r) => [r.program, r.verdict])),
      },
      desk.clock.now(),
    );
  }
  return 'ok';
}

const text = (max: number, message: string) => z.string().trim().min(1, message).max(max, message);

/** A field the cleaner refuses: the plain message, and nothing for the value. */
function refuse(ctx: z.RefinementCtx, message: string): never {
  ctx.addIssue({ code: 'custom', message });
  return z.NEVER;
}

export const AssistedRequestForm = z.object({
  name: z
    .string()
    .max(40)
    .transform((t, ctx) => cleanName(t) ?? refuse(ctx, V.badName)),
  phone: z
    .string()
    .max(40)
    .transform((t, ctx) => cleanPhone(t) ?? refuse(ctx, V.badPhone)),
  callTime: text(40, V.badCallTime),
  idNumber: z
    .string()
    .max(40)
    .optional()
    .transform((t, ctx) =>
      t === undefined || t.trim() === '' ? undefined : (cleanIdNumber(t) ?? refuse(ctx, V.badIdNumber)),
    ),
  consentBy: text(20, V.consentRequired),
  consentHow: z.enum(CONSENT_WAYS, { error: V.consentHowRequired }),
});
export type AssistedRequest = z.infer<typeof AssistedRequestForm>;

/**
 * Turns the visit's screening into a request for the visit's village. One request per visit (the
 * idempotency key is the visit's): submitting again answers with the same number.
 */
export async function requestFromVisit(
  desk: StaffDesk,
  actor: VisitActor,
  visitId: string,
  form: AssistedRequest,
): Promise<{ reference: string; referralId: string }> {
  const visit = await changeableVisit(desk, actor, visitId);
  const village = desk.villages.get(visit.village);
  if (!village) throw new RequestCaseError('not_found', V.notFound);
  const deps = engineDeps(desk);
  const key = sessionKeyOf(actor, visitId);
  const state = (await deps.store.get(key))?.state;
  if (!state?.region || state.mode !== 'result') throw new RequestCaseError('invalid', V.noResult);
  const now = desk.clock.now();
  const report: ScreeningReport = screen(state.household, {
    region: state.region,
    date: desk.clock.today(),
    parameters: deps.parameters,
  });
  const submission: ReferralSubmission = {
    idempotencyKey: `visit:${visitId}`,
    channel: 'staff',
    userId: key.userId,
    region: state.region,
    village: village.code,
    contact: {
      name: form.name,
      phone: form.phone,
      callTime: form.callTime,
      ...(form.idNumber ? { idNumber: form.idNumber } : {}),
    },
    household: state.household,
    report,
    summary: renderSummary(state.household, report, { region: report.region, date: report.asOf }),
    materials: materialsFor(
      report.results.filter((r) => r.verdict !== 'unlikely').map((r) => r.program),
      state.household,
    ),
    consent: {
      at: now.toISOString(),
      version: STAFF_CONSENT_VERSION,
      text: `${V.consentText(village.name)}（${V.consentWays[form.consentHow]}，${form.consentBy}）`,
    },
  };
  const referralDesk = new DrizzleReferralDesk({
    db: desk.db,
    atomic: desk.atomic,
    sealer: desk.sealer,
    villages: desk.villages,
    now: () => desk.clock.now(),
    ...(desk.kick ? { kick: desk.kick } : {}),
  });
  const result = await referralDesk.submit(submission);
  const referralId = (
    await desk.db.select({ id: referrals.id }).from(referrals).where(eq(referrals.reference, result.reference))
  )[0]?.id;
  if (!referralId) throw new RequestCaseError('conflict', V.noResult);
  if (visit.referralId !== referralId) {
    await visitStore(desk).linkRequest(
      visitId,
      { referralId, consentAt: now.toISOString(), consentHow: form.consentHow, consentBy: form.consentBy },
      actor.id,
      now,
    );
  }
  return { reference: result.reference, referralId };
}

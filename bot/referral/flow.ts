/**
 * Sending a request to the village committee from the chat: consent first, then only what the
 * request needs, a confirmation showing exactly what goes, and the hand-over. The steps are
 * declared fields (./fields.ts, the same shape as the screening questions); this module holds
 * the moves around them: ask, read, re-ask, go back, cancel, and what an ending answer does
 * (the hand-over itself is built in ./hand-over.ts).
 */
import type { ScreeningReport } from '../../screening/index.ts';
import type { InboundMessage, OutboundMessage, ReferralSubmission, SubmitResult } from '../ports.ts';
import type { DialogueState, ReferralProgress } from '../state.ts';
import { R } from '../messages/referral.ts';
import { asciiWidth as normalise } from '../understand/tokens.ts';
import { applicable, asked, reasked } from '../flows/field.ts';
import type { Ending, ReferralDeps, RequestCtx, RequestField } from './fields.ts';
import { REQUEST_FIELDS, requestField } from './fields.ts';
import { handOver } from './hand-over.ts';

export type { ReferralDeps } from './fields.ts';

export interface ReferralContext {
  deps: ReferralDeps;
  /** ISO time of this message (the consent is recorded with it). */
  now: string;
  /** The screening, made only when the request is handed over (the other steps never read it). */
  report: () => ScreeningReport;
  msg: InboundMessage;
}

export type ReferralEffect = {
  type: 'submit_referral';
  submission: ReferralSubmission;
  then: (r: SubmitResult) => { state: DialogueState; out: OutboundMessage[] };
};

export interface FlowResult {
  state: DialogueState;
  out: OutboundMessage[];
  effect?: ReferralEffect;
}

const ctxOf = (state: DialogueState, p: ReferralProgress, deps: ReferralDeps, now?: string): RequestCtx => ({
  state,
  p,
  deps,
  ...(now ? { now } : {}),
});

/** The fields this resident goes through now, in order. */
function sequence(c: RequestCtx): RequestField[] {
  return applicable(REQUEST_FIELDS, c);
}

/** The field being answered (asked even if it no longer applies: its answer is still awaited). */
function current(c: RequestCtx): RequestField {
  return sequence(c).find((f) => f.id === c.p.step) ?? requestField(c.p.step);
}

function withProgress(state: DialogueState, p: ReferralProgress): DialogueState {
  return { ...state, mode: 'referral', referral: p };
}

/** Ask: the step's question, after `lead`. */
function goTo(state: DialogueState, p: ReferralProgress, deps: ReferralDeps, lead: OutboundMessage[] = []): FlowResult {
  const c = ctxOf(state, p, deps);
  return { state: withProgress(state, p), out: [...lead, current(c).prompt(c)] };
}

/** Leave the flow, back where the resident was before 申请, saying `text`. */
function leave(state: DialogueState, text: string): FlowResult {
  const { referral, ...rest } = state;
  return { state: { ...rest, mode: referral?.returnMode ?? 'result' }, out: [{ type: 'text', text }] };
}

/** 申请 / 联系村委: start at consent (or say why it cannot be done here). */
export function startReferral(state: DialogueState, deps: ReferralDeps | undefined): FlowResult {
  if (!deps) return { state, out: [{ type: 'text', text: R.unavailable }] };
  if (state.region && deps.villages.inCity(state.region).length === 0) {
    return { state, out: [{ type: 'text', text: R.noVillages }] };
  }
  const from = state.mode === 'referral' ? (state.referral?.returnMode ?? 'result') : state.mode;
  const returnMode = from === 'result' ? 'result' : 'screening';
  return goTo(state, { step: 'consent', returnMode }, deps);
}

/** 返回 inside the flow: one step back, forgetting that step's answer; from consent, back where it began. */
export function referralBack(state: DialogueState, deps: ReferralDeps): FlowResult {
  const p = state.referral!;
  const steps = sequence(ctxOf(state, p, deps));
  const i = steps.findIndex((f) => f.id === p.step);
  if (i <= 0) return leave(state, p.returnMode === 'screening' ? R.backToScreening : R.backToResult);
  const prev = steps[i - 1]!;
  return goTo(state, { ...prev.unsay(p), step: prev.id }, deps, [{ type: 'text', text: R.stepBack }]);
}

/**
 * 取消 at any step (or 3 at the confirmation): drop the unsent request and return to where the
 * resident was before 申请. Nothing has left yet; the reply says so.
 */
export function referralCancel(state: DialogueState): FlowResult {
  return leave(state, R.cancelled);
}

/**
 * The current step's question again, after `lead`. A command typed mid-request (为什么, 帮助, …) is
 * never the step's answer, so the resident sees what they asked for and nothing typed is lost.
 */
export function referralAgain(state: DialogueState, deps: ReferralDeps, lead: OutboundMessage[] = []): FlowResult {
  const p = state.referral!;
  const c = ctxOf(state, p, deps);
  return { state: withProgress(state, p), out: [...lead, asked(current(c).prompt(c), R.resume)] };
}

/** What an answer that ends a field's part does. */
const ENDINGS: Record<Ending, (state: DialogueState, p: ReferralProgress, ctx: ReferralContext) => FlowResult> = {
  decline: (state) => leave(state, R.declined),
  // The configuration changed while the resident was answering: choose the village again.
  submit: (state, p, ctx) =>
    handOver(state, p, ctx) ??
    goTo(state, { ...p, step: 'village' }, ctx.deps, [{ type: 'text', text: R.villageGone }]),
  // 修改: through the request again from the name, keeping only the consent.
  edit: (state, p, ctx) =>
    goTo(
      state,
      { step: 'name', returnMode: p.returnMode, ...(p.consentAt ? { consentAt: p.consentAt } : {}) },
      ctx.deps,
    ),
  cancel: (state) => referralCancel(state),
};

/** One answer inside the flow: read by the current field, then recorded, re-asked or ended. */
export function referralAnswer(state: DialogueState, text: string, ctx: ReferralContext): FlowResult {
  const p = state.referral!;
  const c = ctxOf(state, p, ctx.deps, ctx.now);
  const field = current(c);
  const read = field.parse(normalise(text).trim(), c);
  if (!read.ok) return { state, out: reasked(field, c, read) };
  if (read.end) return ENDINGS[read.end](state, p, ctx);
  const updated = { ...p, ...read.set };
  for (const k of read.drop ?? []) delete updated[k];
  const steps = sequence(ctxOf(state, updated, ctx.deps));
  const next = steps[Math.min(steps.findIndex((f) => f.id === p.step) + 1, steps.length - 1)]!;
  return goTo(state, { ...updated, step: next.id }, ctx.deps);
}

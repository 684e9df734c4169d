/**
 * Sending a request to the village committee from the chat: consent first, then only what the
 * request needs (name, phone, village unless the link or QR code already says it, a time to
 * call, and an optional 身份证号), a confirmation showing exactly what goes, and the hand-over.
 * Pure like the rest of the engine: the hand-over is returned as an effect that the caller runs
 * through the ReferralDesk port, with a continuation that words the reply.
 */
import type { ScreeningReport } from '../../screening/index.ts';
import { materialsFor } from '../../content/materials.ts';
import type { Choice, InboundMessage, OutboundMessage, ReferralSubmission, SubmitResult, VillageLookup, VillageOption } from '../ports.ts';
import type { DialogueState, ReferralProgress, ReferralStep } from '../state.ts';
import { CONSENT_VERSION, R } from '../messages/referral.ts';
import { PROGRAM_NAMES } from '../messages/zh-CN.ts';
import { renderSummary } from '../summary.ts';
import { cleanIdNumber, cleanName, cleanPhone } from './validate.ts';
import { maskIdNumber } from './mask.ts';
import { asciiWidth as normalise } from '../understand/tokens.ts';

export interface ReferralDeps {
  villages: VillageLookup;
  /** Days a finished request is kept (told to the resident at consent). */
  keepDays: number;
}

export interface ReferralContext {
  deps: ReferralDeps;
  /** ISO time of this message (the consent is recorded with it). */
  now: string;
  report: ScreeningReport;
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

/** Up to this many villages are listed at once; more are chosen township first. */
const MAX_LIST = 9;

const SKIP = /^(1|跳过|不填|不用|没有|算了)$/;

function taggedVillage(state: DialogueState, villages: VillageLookup): VillageOption | undefined {
  const v = state.village ? villages.get(state.village) : undefined;
  return v && state.region && villages.inCity(state.region).some((x) => x.code === v.code) ? v : undefined;
}

function townships(list: VillageOption[]): { code: string; name: string }[] {
  const seen = new Map<string, { code: string; name: string }>();
  for (const v of list) if (!seen.has(v.township.code)) seen.set(v.township.code, v.township);
  return [...seen.values()];
}

/** A city with many villages is asked township first. */
function townshipFirst(state: DialogueState, deps: ReferralDeps): boolean {
  const list = state.region ? deps.villages.inCity(state.region) : [];
  return list.length > MAX_LIST && townships(list).length > 1;
}

/**
 * The steps this resident goes through, in order; the village steps vanish when the link tagged
 * it. A village not in the list is asked its township next (when not asked already), and a
 * township not in the list sends the request to the county: nobody is left without a way on.
 */
function stepsFor(state: DialogueState, deps: ReferralDeps, p?: ReferralProgress): ReferralStep[] {
  const unlisted = p?.unlisted;
  const villageSteps: ReferralStep[] = taggedVillage(state, deps.villages)
    ? []
    : townshipFirst(state, deps)
      ? unlisted === 'township'
        ? ['township']
        : ['township', 'village']
      : unlisted
        ? ['village', 'township']
        : ['village'];
  return ['consent', 'name', 'phone', ...villageSteps, 'call_time', 'id_number', 'confirm'];
}

function villageChoices(state: DialogueState, p: ReferralProgress, deps: ReferralDeps): VillageOption[] {
  const list = deps.villages.inCity(state.region ?? '');
  return p.township ? list.filter((v) => v.township.code === p.township) : list;
}

const numbered = (labels: string[]): Choice[] => labels.map((label, i) => ({ id: String(i + 1), label }));

/** The list's last choice: "not in the list", numbered after the places. */
const withWayOut = (choices: Choice[], label: string): Choice[] => [...choices, { id: String(choices.length + 1), label }];

function villageHint(state: DialogueState, deps: ReferralDeps): string {
  return taggedVillage(state, deps.villages)?.name ?? '你们村（社区）';
}

/** The question for the current step. */
function prompt(state: DialogueState, p: ReferralProgress, deps: ReferralDeps): OutboundMessage {
  switch (p.step) {
    case 'consent':
      return { type: 'choices', text: R.consent(villageHint(state, deps), deps.keepDays), choices: [...R.consentChoices] };
    case 'name':
      return { type: 'text', text: R.askName };
    case 'phone':
      return { type: 'text', text: R.askPhone };
    case 'township':
      return { type: 'choices', text: R.askTownship, choices: withWayOut(numbered(townships(deps.villages.inCity(state.region ?? '')).map((t) => t.name)), R.townshipNotListed) };
    case 'village':
      return { type: 'choices', text: R.askVillage, choices: withWayOut(numbered(villageChoices(state, p, deps).map((v) => v.name)), R.villageNotListed) };
    case 'call_time':
      return { type: 'choices', text: R.askCallTime, choices: [...R.callTimes] };
    case 'id_number':
      return { type: 'choices', text: R.askIdNumber, choices: [...R.idChoices] };
    case 'confirm':
      return { type: 'choices', text: R.confirm(confirmLines(state, p, deps)), choices: [...R.confirmChoices] };
  }
}

function chosenVillage(state: DialogueState, p: ReferralProgress, deps: ReferralDeps): VillageOption | undefined {
  if (p.unlisted) return undefined;
  return p.village ? deps.villages.get(p.village) : taggedVillage(state, deps.villages);
}

/** Where a request goes whose village was not listed: the township named, or the county of the resident's region. */
function officeOf(state: DialogueState, p: ReferralProgress, deps: ReferralDeps): { level: 'township' | 'county'; code: string; name: string } | undefined {
  if (!p.unlisted) return undefined;
  const township = p.unlisted === 'village' && p.township ? townships(deps.villages.inCity(state.region ?? '')).find((t) => t.code === p.township) : undefined;
  if (township) return { level: 'township', code: township.code, name: township.name };
  return state.region ? { level: 'county', code: state.region, name: R.countyFallback } : undefined;
}

function confirmLines(state: DialogueState, p: ReferralProgress, deps: ReferralDeps): string[] {
  const v = chosenVillage(state, p, deps);
  const office = officeOf(state, p, deps);
  return [
    `姓名：${p.name}`,
    `电话：${p.phone}`,
    `村（社区）：${v ? `${v.township.name} ${v.name}` : office ? R.toOffice(office.name) : '未选'}`,
    `方便联系：${p.callTime}`,
    `身份证号：${p.idNumber ? maskIdNumber(p.idNumber) : '不填'}`,
  ];
}

function withProgress(state: DialogueState, p: ReferralProgress): DialogueState {
  return { ...state, mode: 'referral', referral: p };
}

function goTo(state: DialogueState, p: ReferralProgress, deps: ReferralDeps, lead: OutboundMessage[] = []): FlowResult {
  return { state: withProgress(state, p), out: [...lead, prompt(state, p, deps)] };
}

function nextStep(state: DialogueState, p: ReferralProgress, deps: ReferralDeps): ReferralStep {
  const steps = stepsFor(state, deps, p);
  return steps[Math.min(steps.indexOf(p.step) + 1, steps.length - 1)]!;
}

/** 申请 / 联系村委: start at consent (or say why it cannot be done here). */
export function startReferral(state: DialogueState, deps: ReferralDeps | undefined): FlowResult {
  if (!deps) return { state, out: [{ type: 'text', text: R.unavailable }] };
  if (state.region && deps.villages.inCity(state.region).length === 0) return { state, out: [{ type: 'text', text: R.noVillages }] };
  const returnMode = state.mode === 'referral' ? (state.referral?.returnMode ?? 'result') : state.mode === 'result' ? 'result' : 'screening';
  return goTo(state, { step: 'consent', returnMode }, deps);
}

/** 返回 inside the flow: one step back, clearing that step's answer; from consent, back where it began. */
export function referralBack(state: DialogueState, deps: ReferralDeps): FlowResult {
  const p = state.referral!;
  const steps = stepsFor(state, deps, p);
  const i = steps.indexOf(p.step);
  if (i <= 0) {
    const { referral: _dropped, ...rest } = state;
    return { state: { ...rest, mode: p.returnMode }, out: [{ type: 'text', text: p.returnMode === 'screening' ? R.backToScreening : R.backToResult }] };
  }
  const prev = steps[i - 1]!;
  const cleared: ReferralProgress = { ...p, step: prev };
  if (prev === 'township') {
    delete cleared.township;
    // Asked after "my village is not listed": that answer stands while its township is asked again.
    if (!townshipFirst(state, deps) && p.unlisted) cleared.unlisted = 'village';
    else delete cleared.unlisted;
  }
  if (prev === 'village') {
    delete cleared.village;
    delete cleared.unlisted;
  }
  return goTo(state, cleared, deps, [{ type: 'text', text: R.stepBack }]);
}

/**
 * 取消 at any step (or 3 at the confirmation): drop the unsent request and return to where the
 * resident was before 申请. Nothing has left yet; the reply says so.
 */
export function referralCancel(state: DialogueState): FlowResult {
  const { referral, ...rest } = state;
  return { state: { ...rest, mode: referral?.returnMode ?? 'result' }, out: [{ type: 'text', text: R.cancelled }] };
}

/**
 * The current step's question again, after `lead`. A command typed mid-request (为什么, 帮助, …) is
 * never the step's answer, so the resident sees what they asked for and nothing typed is lost.
 */
export function referralAgain(state: DialogueState, deps: ReferralDeps, lead: OutboundMessage[] = []): FlowResult {
  const p = state.referral!;
  const q = prompt(state, p, deps);
  const again = q.type === 'text' || q.type === 'choices' ? { ...q, text: `${R.resume}\n${q.text}` } : q;
  return { state: withProgress(state, p), out: [...lead, again] };
}

function pick<T>(text: string, options: T[], label: (t: T) => string): T | undefined {
  const t = normalise(text).trim();
  const n = Number(t);
  if (Number.isInteger(n) && n >= 1 && n <= options.length) return options[n - 1];
  // A typed name works too ("东郭村"), if it names exactly one option.
  const hits = options.filter((o) => t.length >= 2 && label(o).includes(t));
  return hits.length === 1 ? hits[0] : undefined;
}

/** One answer inside the flow. */
export function referralAnswer(state: DialogueState, text: string, ctx: ReferralContext): FlowResult {
  const deps = ctx.deps;
  const p = state.referral!;
  const t = normalise(text).trim();
  const reask = (msg: string): FlowResult => ({ state, out: [{ type: 'text', text: msg }, prompt(state, p, deps)] });
  const advanceWith = (patch: Partial<ReferralProgress>): FlowResult => {
    const updated = { ...p, ...patch };
    return goTo(state, { ...updated, step: nextStep(state, updated, deps) }, deps);
  };

  switch (p.step) {
    case 'consent': {
      if (/^(1|同意|好|可以|是|发|发吧|同意发送)/.test(t)) return advanceWith({ consentAt: ctx.now });
      if (/^(2|不同意|不|不要|不发|算了)/.test(t)) {
        const { referral: _dropped, ...rest } = state;
        return { state: { ...rest, mode: p.returnMode }, out: [{ type: 'text', text: R.declined }] };
      }
      return reask(R.badChoice);
    }
    case 'name': {
      const name = cleanName(t);
      return name ? advanceWith({ name }) : reask(R.badName);
    }
    case 'phone': {
      const phone = cleanPhone(t);
      return phone ? advanceWith({ phone }) : reask(R.badPhone);
    }
    case 'township': {
      const list = townships(deps.villages.inCity(state.region ?? ''));
      if (notListed(t, list.length, R.townshipNotListed)) return advanceWith({ unlisted: 'township' });
      const tw = pick(t, list, (x) => x.name);
      return tw ? advanceWith({ township: tw.code, ...(p.unlisted === 'township' ? { unlisted: 'village' as const } : {}) }) : reask(R.badChoice);
    }
    case 'village': {
      const list = villageChoices(state, p, deps);
      if (notListed(t, list.length, R.villageNotListed)) return advanceWith({ unlisted: 'village' });
      const v = pick(t, list, (x) => x.name);
      return v ? advanceWith({ village: v.code }) : reask(R.badChoice);
    }
    case 'call_time': {
      const c = pick(t, [...R.callTimes], (x) => x.label);
      return c ? advanceWith({ callTime: c.label }) : reask(R.badChoice);
    }
    case 'id_number': {
      if (SKIP.test(t)) {
        const { idNumber: _none, ...rest } = p;
        return goTo(state, { ...rest, step: 'confirm' }, deps);
      }
      const id = cleanIdNumber(t);
      return id ? advanceWith({ idNumber: id }) : reask(R.badIdNumber);
    }
    case 'confirm': {
      if (/^(1|确认|确定|发送|确认发送)$/.test(t)) return submit(state, p, ctx);
      if (/^(2|修改|改)$/.test(t)) return goTo(state, { step: 'name', returnMode: p.returnMode, ...(p.consentAt ? { consentAt: p.consentAt } : {}) }, deps);
      if (/^(3|取消|不发了|不发)$/.test(t)) return referralCancel(state);
      return reask(R.badChoice);
    }
  }
}

/** The last choice of a list of `count` places ("not listed"), by its number or its words. */
function notListed(text: string, count: number, label: string): boolean {
  return text === String(count + 1) || (text.length >= 4 && label.includes(text)) || /不在(列表|名单)/.test(text);
}

/** The programs worth preparing for: all but those clearly not met. */
function programsToPrepare(report: ScreeningReport) {
  return report.results.filter((r) => r.verdict !== 'unlikely').map((r) => r.program);
}

function submit(state: DialogueState, p: ReferralProgress, ctx: ReferralContext): FlowResult {
  const village = chosenVillage(state, p, ctx.deps);
  const office = officeOf(state, p, ctx.deps);
  // The configuration changed while the resident was answering: choose the village again.
  if (!village && !office) return goTo(state, { ...p, step: 'village' }, ctx.deps, [{ type: 'text', text: R.villageGone }]);
  const placeName = village ? `${village.township.name}${village.name}` : office!.name;
  const consentText = R.consent(village?.name ?? office!.name, ctx.deps.keepDays);
  const materials = materialsFor(programsToPrepare(ctx.report), state.household);
  const submission: ReferralSubmission = {
    idempotencyKey: `${ctx.msg.channel}:${ctx.msg.userId}:${p.consentAt ?? ctx.now}`,
    channel: ctx.msg.channel,
    userId: ctx.msg.userId,
    region: state.region!,
    village: village?.code ?? '',
    ...(village ? {} : { office: { level: office!.level, code: office!.code } }),
    contact: { name: p.name!, phone: p.phone!, callTime: p.callTime!, ...(p.idNumber ? { idNumber: p.idNumber } : {}) },
    household: state.household,
    report: ctx.report,
    summary: renderSummary(state.household, ctx.report, { region: ctx.report.region, date: ctx.report.asOf }),
    materials,
    consent: { at: p.consentAt ?? ctx.now, version: CONSENT_VERSION, text: consentText },
  };
  return {
    state,
    out: [],
    effect: {
      type: 'submit_referral',
      submission,
      then: (r) => {
        const { referral: _done, ...rest } = state;
        const lines = materials
          .filter((m) => m.items.length > 0)
          .map((m) => `${PROGRAM_NAMES[m.program]}：\n${m.items.map((i, n) => `  ${n + 1}. ${i.text}`).join('\n')}`);
        const days = r.contactDays ?? 3;
        const said = r.joined ? R.joinedCase(r.reference) : r.created ? R.sent(r.reference, placeName, days, r.urgent === true, village !== undefined) : R.alreadySent(r.reference);
        const out: OutboundMessage[] = [{ type: 'text', text: said }];
        if (r.created && lines.length) out.push({ type: 'text', text: `${R.materialsTitle}\n${lines.join('\n')}` });
        return { state: { ...rest, mode: p.returnMode, referralReference: r.reference }, out };
      },
    },
  };
}

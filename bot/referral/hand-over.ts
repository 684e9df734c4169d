/**
 * Handing a confirmed request over: the submission (contact, household, estimate, summary,
 * materials to prepare, the consent as shown) returned as an effect that the caller runs through
 * the ReferralDesk port, with a continuation that words the reply (sent, joined to a case already
 * open, or already sent). Pure like the rest of the engine.
 */
import type { ScreeningReport } from '../../screening/index.ts';
import { materialsFor } from '../../content/materials.ts';
import type { OutboundMessage, ReferralSubmission } from '../ports.ts';
import type { DialogueState, ReferralProgress } from '../state.ts';
import { CONSENT_VERSION, R } from '../messages/referral.ts';
import { PROGRAM_NAMES } from '../messages/zh-CN.ts';
import { renderSummary } from '../summary.ts';
import type { FlowResult, ReferralContext } from './flow.ts';
import { chosenVillage, officeOf } from './places.ts';

/** The programs worth preparing for: all but those clearly not met. */
function programsToPrepare(report: ScreeningReport) {
  return report.results.filter((r) => r.verdict !== 'unlikely').map((r) => r.program);
}

/**
 * The confirmed request as an effect: what goes to the village (or the township or county office
 * when the village was not listed), with the consent as shown, and the reply once it is handed
 * over. Undefined when neither the village nor an office can be found any more.
 */
export function handOver(state: DialogueState, p: ReferralProgress, ctx: ReferralContext): FlowResult | undefined {
  const village = chosenVillage(state, p, ctx.deps.villages);
  const office = officeOf(state, p, ctx.deps.villages);
  if (!village && !office) return undefined;
  const placeName = village ? `${village.township.name}${village.name}` : office!.name;
  const consentText = R.consent(village?.name ?? office!.name, ctx.deps.keepDays);
  const report = ctx.report();
  const materials = materialsFor(programsToPrepare(report), state.household);
  const submission: ReferralSubmission = {
    idempotencyKey: `${ctx.msg.channel}:${ctx.msg.userId}:${p.consentAt ?? ctx.now}`,
    channel: ctx.msg.channel,
    userId: ctx.msg.userId,
    region: state.region!,
    village: village?.code ?? '',
    ...(village ? {} : { office: { level: office!.level, code: office!.code } }),
    contact: { name: p.name!, phone: p.phone!, callTime: p.callTime!, ...(p.idNumber ? { idNumber: p.idNumber } : {}) },
    household: state.household,
    report,
    summary: renderSummary(state.household, report, { region: report.region, date: report.asOf }),
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
        const said = r.joined
          ? R.joinedCase(r.reference)
          : r.created
            ? R.sent(r.reference, placeName, days, r.urgent === true, village !== undefined)
            : R.alreadySent(r.reference);
        const out: OutboundMessage[] = [{ type: 'text', text: said }];
        if (r.created && lines.length) out.push({ type: 'text', text: `${R.materialsTitle}\n${lines.join('\n')}` });
        return { state: { ...rest, mode: p.returnMode, referralReference: r.reference }, out };
      },
    },
  };
}

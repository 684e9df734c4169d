/**
 * The commands a resident can send at any step, as a table: the words that mean each one, what
 * it does while a request to the village committee is being filled in, and what it does
 * anywhere else. A command shown or answered mid-question always ends by asking the same
 * question again (nothing is lost); a command is never taken as the answer to a request's step
 * (else "为什么" became a name). Commands said in words rather than typed exactly are found by
 * the engine (commandOf) only while screening questions are answered.
 */
import type { EngineDeps, StepResult } from './engine.ts';
import { R } from './messages/referral.ts';
import { M } from './messages/zh-CN.ts';
import type { InboundMessage, OutboundMessage } from './ports.ts';
import { type ReferralDeps, referralAgain, referralBack, referralCancel, startReferral } from './referral/flow.ts';
import { renderAnswers, renderSummaryMessage, renderWhy } from './flows/result.ts';
import type { ScreeningReport } from '../screening/index.ts';
import type { DialogueState } from './state.ts';
import { questionById } from './flows/screening/questions.ts';
import { whyOf } from './flows/screening/answer-kit.ts';
import { askToDelete } from './referral/forget.ts';
import type { PhraseList } from '../content/lexicon/phrases.ts';
import { isPhrase } from './understand/phrases.ts';

export type Command =
  | 'back'
  | 'restart'
  | 'help'
  | 'policy'
  | 'human'
  | 'delete'
  | 'answers'
  | 'why'
  | 'summary'
  | 'refer'
  | 'cancel';

/** What the engine lends the commands (kept there: the dialogue's own moves). */
export interface EngineMoves {
  report(state: DialogueState, deps: EngineDeps): ScreeningReport | undefined;
  advance(state: DialogueState, deps: EngineDeps, lead?: OutboundMessage[]): StepResult;
  /** Show something, then the question being answered, asked again. */
  again(state: DialogueState, deps: EngineDeps, lead: OutboundMessage[]): StepResult;
  start(tags: InboundMessage['tags'], deps: EngineDeps, lead?: OutboundMessage[]): StepResult;
  /** Undo the last answer and ask it again. */
  back(state: DialogueState, deps: EngineDeps): StepResult;
  /** Leaving a request begun mid-screening returns to the question being answered. */
  leaveRequest(res: StepResult, deps: EngineDeps): StepResult;
}

export interface CommandCtx {
  state: DialogueState;
  msg: InboundMessage;
  deps: EngineDeps;
  moves: EngineMoves;
}

interface CommandSpec {
  /** The whole messages that mean it (typed or tapped): a phrase list of the lexicon. */
  words: PhraseList;
  /** While a request is being filled in: the request's step is asked again after it. */
  inRequest?: (x: CommandCtx, rd: ReferralDeps) => StepResult;
  /** Anywhere else; undefined: not a command at this point (the text goes on as typed). */
  anywhere?: (x: CommandCtx) => StepResult | undefined;
}

const text = (t: string): OutboundMessage[] => [{ type: 'text', text: t }];
const requestAgain = (x: CommandCtx, rd: ReferralDeps, lead: OutboundMessage[] = []) =>
  referralAgain(x.state, rd, lead);
/** A policy question asked during a request: 返回, 申请 and 取消 are about that request. */
const policyInRequest = ({ state, deps }: CommandCtx) =>
  state.mode === 'policy' && state.referral && deps.referral ? deps.referral : undefined;

export const COMMANDS: Record<Command, CommandSpec> = {
  back: {
    words: 'goBack',
    inRequest: (x, rd) => x.moves.leaveRequest(referralBack(x.state, rd), x.deps),
    // From a policy question, 返回 goes back to the request being filled in, or to the screening
    // without undoing an answer.
    anywhere: (x) => {
      const rd = policyInRequest(x);
      if (rd) return referralAgain(x.state, rd);
      if (x.state.mode === 'policy') return x.moves.advance({ ...x.state, mode: 'screening' }, x.deps);
      return x.moves.back({ ...x.state, mode: 'screening' }, x.deps);
    },
  },
  restart: {
    words: 'startOver',
    anywhere: ({ state, msg, deps, moves }) =>
      moves.start(msg.tags ?? (state.village ? { village: state.village } : undefined), deps, text(M.restarted)),
  },
  help: {
    words: 'askHelp',
    inRequest: (x, rd) => requestAgain(x, rd, text(R.help)),
    anywhere: (x) => x.moves.again(x.state, x.deps, text(M.help)),
  },
  policy: {
    words: 'askPolicy',
    // A policy question keeps the request (state.referral); 返回 comes back to its step.
    inRequest: ({ state }) => ({ state: { ...state, mode: 'policy' }, out: text(R.policyPrompt) }),
    anywhere: ({ state }) => ({ state: { ...state, mode: 'policy' }, out: text(M.policyPrompt) }),
  },
  human: {
    words: 'askHuman',
    inRequest: (x, rd) => requestAgain(x, rd, text(M.human)),
    anywhere: (x) => x.moves.again(x.state, x.deps, text(M.human)),
  },
  refer: {
    words: 'askToApply',
    inRequest: (x, rd) => requestAgain(x, rd),
    anywhere: (x) => {
      // After a policy question asked mid-request: carry on with that request.
      const rd = policyInRequest(x);
      if (rd) return referralAgain(x.state, rd);
      if (!x.state.region) return x.moves.advance({ ...x.state, mode: 'screening' }, x.deps, text(R.needsRegion));
      return startReferral(x.state, x.deps.referral);
    },
  },
  delete: {
    words: 'deleteMine',
    // The warning names the requests still being handled, which deleting withdraws.
    anywhere: ({ state, deps }) => askToDelete(state, deps.referral !== undefined),
  },
  answers: {
    words: 'showAnswers',
    inRequest: (x, rd) => requestAgain(x, rd, [renderAnswers(x.state, { backHint: false })]),
    anywhere: (x) => x.moves.again(x.state, x.deps, [renderAnswers(x.state)]),
  },
  why: {
    words: 'askWhy',
    inRequest: (x, rd) => {
      const r = x.moves.report(x.state, x.deps);
      return requestAgain(x, rd, r ? renderWhy(r, x.deps.parameters) : []);
    },
    anywhere: ({ state, deps, moves }) => {
      // The report only for a result shown (mid-dialogue the why is the question's own).
      const r = state.mode === 'result' ? moves.report(state, deps) : undefined;
      if (r) return { state, out: renderWhy(r, deps.parameters) };
      // Mid-dialogue: why this question is asked, then the question again.
      const q = state.pending ? questionById(state.pending) : undefined;
      if (q && state.mode === 'screening')
        return moves.again(state, deps, text(`${M.whyAsked}${whyOf(q, deps.parameters)}`));
      return undefined;
    },
  },
  summary: {
    words: 'showSummary',
    inRequest: (x, rd) => {
      const r = x.moves.report(x.state, x.deps);
      return requestAgain(x, rd, r ? [renderSummaryMessage(x.state, r)] : []);
    },
    anywhere: ({ state, deps, moves }) => {
      const r = state.mode === 'result' ? moves.report(state, deps) : undefined;
      return r ? { state, out: [renderSummaryMessage(state, r)] } : undefined;
    },
  },
  // During a request it stops the request; mid-screening it pauses the questions. 算了 is left out
  // of the typed words: at the 身份证号 step it means "skip the number", not "stop".
  cancel: {
    words: 'stopRequest',
    // "Stop" at any step, not only at the confirmation.
    inRequest: (x) => x.moves.leaveRequest(referralCancel(x.state), x.deps),
    // Mid-screening ("不弄了 太麻烦", 粤 "唔搞喇"): stop asking, keep every answer; the next message resumes.
    anywhere: (x) => {
      if (policyInRequest(x)) return x.moves.leaveRequest(referralCancel(x.state), x.deps);
      if (x.state.mode !== 'screening' || !x.state.pending) return undefined;
      const { confirming: _held, ...kept } = x.state;
      return { state: { ...kept, paused: true }, out: text(M.paused) };
    },
  },
};

/** The command the whole message is, typed or tapped exactly. */
export function exactCommand(t: string): Command | undefined {
  return (Object.keys(COMMANDS) as Command[]).find((c) => isPhrase(t, COMMANDS[c].words));
}

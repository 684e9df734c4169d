/**
 * The channel-neutral dialogue engine: InboundMessage → OutboundMessage[]. `step` is pure
 * (state and input in, state and replies out); `handleMessage` loads and saves the session
 * through the SessionStore port with a version check, so two messages arriving together are
 * applied one after the other, never over each other.
 *
 * Which question comes next is decided by the screening: the first question, in the natural
 * order, that settles a fact some program still lists as `missing` (missingFactsLazily, which words
 * nothing and runs the programs only as far as that question needs); the whole report is made
 * only when the result is shown.
 */
import {
  type Household,
  type MissingFacts,
  missingFactsLazily,
  type ParameterSet,
  type ScreeningReport,
  screen,
} from '../screening/index.ts';
import type {
  Clock,
  ForgetResult,
  InboundMessage,
  OutboundMessage,
  ReferralDesk,
  SessionKey,
  SessionStore,
} from './ports.ts';
import { type DialogueState, newState, type UnderstoodAnswer } from './state.ts';
import { M } from './messages/zh-CN.ts';
import {
  type Question,
  type QuestionCtx,
  labelOf,
  QUESTIONS,
  questionById,
  regionQuestion,
} from './flows/screening/questions.ts';
import { type SlotId, understand } from './understand/extract.ts';
import { asked, reasked } from './flows/field.ts';
import { applyFacts } from './understand/apply.ts';
import { echo } from './understand/echo.ts';
import { placeIn } from './understand/places.ts';
import { placeBySound } from './understand/place-sounds.ts';
import { cities, joinNames } from './cities.ts';
import { doubtOf } from './understand/plausible.ts';
import { renderQuote, renderResult } from './flows/result.ts';
import { normalise } from './understand/tokens.ts';
import { mayHoldCommandWord } from '../content/lexicon/command-words.ts';
import { ask } from '../content/ask.ts';
import { type ReferralDeps, type ReferralEffect, referralAgain, referralAnswer } from './referral/flow.ts';
import { R } from './messages/referral.ts';
import { COMMANDS, type Command, type EngineMoves, exactCommand } from './commands.ts';
import type { OpenRequestsEffect } from './referral/forget.ts';
import { followUpReply } from './referral/follow-up.ts';
import { hasPhrase, isPhrase } from './understand/phrases.ts';
import { whyOf } from './flows/screening/answer-kit.ts';
import { type HouseholdUndo, undoOf, undone } from './household-undo.ts';

export interface EngineDeps {
  parameters: ParameterSet;
  today: string;
  /** ISO time of the message (recorded with a consent). */
  now?: string;
  /** Sending requests to village committees; without it 申请 explains how to reach them directly. */
  referral?: ReferralDeps;
}

/** Deleting the resident's requests along with the session ("删除我的信息"). */
export type ForgetEffect = { type: 'forget'; then: (r: ForgetResult) => StepResult };

export interface StepResult {
  state: DialogueState | undefined;
  out: OutboundMessage[];
  /** Work for the caller (handleMessage) to do through a port, then finish with `then`. */
  effect?: ReferralEffect | ForgetEffect | OpenRequestsEffect;
}

/** Longest message the engine reads; longer input gets a polite request to shorten. */
export const MAX_INPUT_CHARS = 500;
const RESUME_DAYS = 30;

/** "原文 3", "原文第3条": one clause of the "为什么" list. */
const QUOTE = /^原文[\s第]{0,3}(\d{1,3})条?$/;

const WORD_COMMANDS: Record<string, Command> = {
  why: 'why',
  back: 'back',
  help: 'help',
  my_answers: 'answers',
  human: 'human',
  apply: 'refer',
  start_over: 'restart',
  stop: 'cancel',
};

/**
 * A command typed as the whole message ("返回"), or said in words with nothing else in the
 * message ("点解要讲年龄㗎", "我头先讲错咗", "有人没 俺要找人工"). A word inside an answer that says
 * something (想问低保咋申请) is not a command.
 */
function commandOf(text: string, state?: DialogueState, deps?: EngineDeps): Command | undefined {
  return readCommand(text, state, deps).command;
}

/**
 * The command a message is, or (`withAnswer`) a why said along with an answer ("零。问呢啲做乜"):
 * the answer is kept and the why shown in the same reply.
 */
function readCommand(
  text: string,
  state?: DialogueState,
  deps?: EngineDeps,
): { command?: Command; withAnswer?: 'why' } {
  const t = normalise(text)
    .trim()
    .replace(/[。！!]$/, '');
  const exact = exactCommand(t);
  if (exact) return { command: exact };
  if (!deps || t.length > 30 || !mayHoldCommandWord(t)) return {};
  // Read as an answer to the question being asked: "你问这个干啥 早花完了" answers 存款 (早花完了 is
  // no savings there) besides asking why, and an answer is never lost to a command word.
  const u = understand(t, {
    slot: pendingSlot(state),
    household: state?.household ?? {},
    today: deps.today,
    ...(state?.region ? { region: state.region } : {}),
    ...(state?.askingFor ? { askingFor: state.askingFor } : {}),
    parameters: deps.parameters,
  });
  const cmd = u.commands[0];
  if (!cmd) return {};
  const withAnswer = cmd === 'why' ? { withAnswer: 'why' as const } : {};
  // ("你说的第二位是谁？俺都搞糊涂了": lost, quoting the question's 第2位 — no choice made.)
  const quoted = (b: (typeof u.bare)[number]) => cmd === 'help' && u.text[b.start - 1] === '第';
  if (u.facts.length > 0 || u.bare.some((b) => b.n.value !== 1 && !quoted(b))) return withAnswer;
  // "为啥问这个？没有": a why with a yes, a no or 不知道 after it answers too.
  if (cmd === 'why' && (u.yes === false || u.idk || u.noneSaid) && !isPhrase(t, 'whyWord')) return withAnswer;
  // "想问低保咋申请" asks about applying; "我想直接申请，唔想答咁多" wants to.
  if (cmd === 'apply' && t.length > 8 && !hasPhrase(t, 'skipToApply')) return {};
  const command = WORD_COMMANDS[cmd];
  return command ? { command } : {};
}

/** The question being answered, as the reader's slot (a follow-up's own slot when it has one). */
function pendingSlot(state: DialogueState | undefined): SlotId {
  const q = state?.mode === 'screening' ? state.pending : undefined;
  if (!q) return 'opening';
  const sub = state?.sub?.question === q ? `${q}.${state.sub.step}` : undefined;
  if (sub && SLOTS.has(sub)) return sub as SlotId;
  return SLOTS.has(q) && !sub ? (q as SlotId) : 'opening';
}
/** The questions whose answers the reader reads in their own slot (typed: a misspelt id fails tsc). */
const SLOTS: ReadonlySet<string> = new Set<SlotId>([
  'region',
  'members',
  'relations',
  'hukou',
  'disability',
  'illness',
  'employed',
  'income',
  'basicPension',
  'supportPayer',
  'property',
  'deposits',
  'obligors',
  'obligors.situation',
  'hardship',
  'hardship.when',
  'hardship.severe',
  'hardship.expense',
  'expenditureType',
]);

function report(state: DialogueState, deps: EngineDeps): ScreeningReport | undefined {
  if (!state.region) return undefined;
  return screen(state.household, { region: state.region, date: deps.today, parameters: deps.parameters });
}

/** What some program still lists as missing: all that choosing the next question needs. */
function missing(state: DialogueState, deps: EngineDeps): MissingFacts | undefined {
  if (!state.region) return undefined;
  return missingFactsLazily(state.household, { region: state.region, date: deps.today, parameters: deps.parameters });
}

/** Questions already answered in this dialogue are never asked again (返回 un-answers them). */
function answered(state: DialogueState): Set<string> {
  return new Set(state.history.filter((h) => !h.question.startsWith(NOTE)).map((h) => h.question));
}

/** History entries that record what an answer said besides (or instead of) the question's answer. */
const NOTE = 'note:';

function qctx(state: DialogueState, deps: EngineDeps, missing?: MissingFacts): QuestionCtx {
  return { state, today: deps.today, parameters: deps.parameters, ...(missing ? { missing } : {}) };
}

/**
 * The first unanswered question, in the natural order, that applies (it settles a fact some
 * program still lists as missing); the ones after it are not looked at.
 */
function firstOpen(state: DialogueState, deps: EngineDeps, missing: MissingFacts | undefined): Question | undefined {
  const done = answered(state);
  const ctx = qctx(state, deps, missing);
  return QUESTIONS.find((q) => !done.has(q.id) && q.applies(ctx));
}

export function nextQuestion(state: DialogueState, deps: EngineDeps): Question | undefined {
  if (!state.region) return regionQuestion;
  return firstOpen(state, deps, missing(state, deps));
}

/**
 * The progress cue counts the questions answered so far; it never jumps or goes backwards the
 * way an estimate of what is left did (a yes can open follow-ups no one could foresee).
 */
function progress(state: DialogueState): string {
  return M.progress(progressStep(state));
}
function progressStep(state: DialogueState): number {
  return state.history.filter((h) => !h.question.startsWith(NOTE)).length + 1;
}

/** Ask the pending question (or sub-step), or show the result when nothing is missing. */
function advance(state: DialogueState, deps: EngineDeps, lead: OutboundMessage[] = []): StepResult {
  if (state.sub) {
    const q = questionById(state.sub.question);
    if (q) {
      const next = { ...state, mode: 'screening' as const, pending: q.id };
      return { state: next, out: [...lead, asked(q.prompt(qctx(next, deps), state.sub), `（${progress(state)}）`)] };
    }
  }
  // One screening per step for the next question; the report, when nothing is left to ask, is
  // made for the result alone.
  const q = state.region ? firstOpen(state, deps, missing(state, deps)) : regionQuestion;
  if (!q)
    return {
      state: { ...state, mode: 'result', pending: undefined },
      out: [...lead, ...renderResult(report(state, deps)!)],
    };
  const next = { ...state, mode: 'screening' as const, pending: q.id };
  return { state: next, out: [...lead, asked(q.prompt(qctx(next, deps)), `（${progress(state)}）`)] };
}

/**
 * The first message: welcome, and whatever the resident already said read as an answer to
 * everything ("房子着火了，咋办" reports a fire at once; "我七十六老伴七十三" gives the members).
 */
function start(tags: InboundMessage['tags'], deps: EngineDeps, lead: OutboundMessage[] = [], text = ''): StepResult {
  const state = newState(tags);
  const welcome: OutboundMessage = { type: 'text', text: `${M.welcome}\n${M.commandsHint}` };
  if (text.trim() === '') return advance(state, deps, [...lead, welcome]);
  const u = understand(text, {
    slot: 'opening',
    household: {},
    today: deps.today,
    ...(state.region ? { region: state.region } : {}),
    parameters: deps.parameters,
  });
  if (u.facts.length === 0) return advance(state, deps, [...lead, welcome]);
  const household = applyFacts(
    {},
    u.facts.filter((f) => f.path !== 'region'),
  );
  const place = u.facts.find((f) => f.path === 'region')?.value as string | undefined;
  const said = echo(u.facts, household, deps.parameters);
  const entry = {
    question: `${NOTE}opening`,
    label: '一开始说的情况',
    answer: said.replace(/^记下了：/, ''),
    // 返回 from here leaves no region, even one a link or a place in the message gave.
    before: { ...undoing({}, household), ...regionBefore(undefined, place ?? state.region) },
  };
  // "就我跟老伴两个人": who lives together was said in full; the members question is not asked again.
  const sized = u.facts.some((f) => f.path === 'size');
  const history = sized ? [{ question: 'members', answer: entry.answer, before: entry.before }] : [entry];
  const forWhom = u.facts.find((f) => f.path === 'askingFor')?.value as string | undefined;
  const next: DialogueState = {
    ...state,
    household,
    history,
    ...(place ? { region: place } : {}),
    ...(forWhom ? { askingFor: forWhom } : {}),
  };
  const flagged = withEmergency(next, [...lead, welcome, { type: 'text', text: said }]);
  return advance(flagged.state, deps, flagged.lead);
}

/**
 * An emergency reported at any point (a fire, a flood, an accident, a sudden illness, a death):
 * say at once where to get 临时救助 — where it happened, 先行救助 for small sums, 12345 — before
 * going on with the questions. Once per dialogue.
 */
function withEmergency(
  state: DialogueState,
  lead: OutboundMessage[],
): { state: DialogueState; lead: OutboundMessage[] } {
  if (state.emergencyTold || !(state.household.hardship?.events ?? []).length) return { state, lead };
  return { state: { ...state, emergencyTold: true }, lead: [...lead, { type: 'text', text: M.emergency }] };
}

/** A history entry's record of the household before an answer: what undoes the answer, none when it changed nothing. */
function undoing(before: Household, after: Household): { undo?: HouseholdUndo } {
  const undo = undoOf(before, after);
  return undo.length > 0 ? { undo } : {};
}

/** The region before an answer, kept only when the answer changed it (null: there was none). */
function regionBefore(before: string | undefined, after: string | undefined): { region?: string | null } {
  return before === after ? {} : { region: before ?? null };
}

function back(state: DialogueState, deps: EngineDeps): StepResult {
  const last = state.history.at(-1);
  if (!last) return advance(state, deps, [{ type: 'text', text: M.backNothing }]);
  const restored: DialogueState = {
    ...state,
    household: last.before.household ?? undone(state.household, last.before.undo ?? []),
    history: state.history.slice(0, -1),
    misunderstood: 0,
    sub: last.before.sub,
  };
  // Entries stored with whole households keep the region always; later ones only when the answer changed it.
  const region = last.before.household || last.before.region !== undefined ? last.before.region : state.region;
  if (region == null) delete restored.region;
  else restored.region = region;
  // 返回 past the answer that said whom the writer answers for forgets it too.
  if (last.before.askingFor === undefined) delete restored.askingFor;
  else restored.askingFor = last.before.askingFor;
  if (!last.before.sub) delete restored.sub;
  // Re-ask the question that was answered last, even though its facts may not be "missing" now.
  const q = questionById(last.question);
  const lead: OutboundMessage = { type: 'text', text: M.backDone(labelOf(last), last.answer) };
  if (!q) return advance(restored, deps, [lead]);
  return {
    state: { ...restored, mode: 'screening', pending: q.id },
    out: [lead, q.prompt(qctx(restored, deps), restored.sub)],
  };
}

function answer(state: DialogueState, text: string, deps: EngineDeps): StepResult {
  const q = state.pending ? questionById(state.pending) : undefined;
  if (!q) return advance(state, deps);
  // A figure queried last time ("基础养老金每人每月约 1 元，对吗？"): yes records it, no asks again,
  // anything else is a new answer to the same question.
  if (state.confirming) {
    const { confirming, ...rest } = state;
    const t = normalise(text)
      .trim()
      .replace(/[。！!，,]$/, '');
    if (confirming.question === q.id && isPhrase(t, 'confirmYes'))
      return accept(rest, q, confirming.parsed, text, deps);
    if (isPhrase(t, 'confirmNo'))
      return { state: rest, out: [{ type: 'text', text: M.sayAgain }, q.prompt(qctx(rest, deps), rest.sub)] };
    return answer(rest, text, deps);
  }
  const whomFor: QuestionCtx['heard'] = { read: false };
  const parsed = q.parse(text, { ...qctx(state, deps), heard: whomFor }, state.sub);
  // A place name picked wrong from the input method's list is offered back by its
  // sound, as a question, before the answer counts as not understood.
  const bySound = !parsed.ok && q.id === 'region' ? placeBySound(text, deps.parameters) : undefined;
  const reread = bySound ? q.parse(bySound.text, qctx(state, deps), state.sub) : undefined;
  if (bySound && reread?.ok && reread.region) {
    const asked: OutboundMessage = {
      type: 'choices',
      text: M.placeHeard(bySound.typed, deps.parameters.regions.get(reread.region)?.name ?? bySound.spelled),
      choices: [...CONFIRM_CHOICES],
    };
    return { state: { ...state, confirming: { question: q.id, parsed: reread } }, out: [asked] };
  }
  if (!parsed.ok) {
    const misunderstood = state.misunderstood + (parsed.answered ? 0 : 1);
    // What the answer did say is kept and said back (返回 undoes it), then the same question again.
    const kept: DialogueState = parsed.household
      ? {
          ...state,
          household: parsed.household,
          history: [
            ...state.history,
            {
              question: `${NOTE}${q.id}`,
              label: '补充的情况',
              answer: (parsed.echo ?? '').replace(/^记下了：/, ''),
              before: { ...undoing(state.household, parsed.household), ...(state.sub ? { sub: state.sub } : {}) },
            },
          ],
        }
      : state;
    // An emergency told instead of the answer ("房子着火了，咋办"): where to get help comes first,
    // then the same question, without a complaint about the answer.
    const urgent = withEmergency(kept, parsed.echo ? [{ type: 'text', text: parsed.echo }] : []);
    if (urgent.state.emergencyTold && !state.emergencyTold)
      return { state: urgent.state, out: [...urgent.lead, q.prompt(qctx(kept, deps), state.sub)] };
    const said: OutboundMessage[] = parsed.echo ? [{ type: 'text', text: parsed.echo }] : [];
    // A question about the question ("这个也算收入？", 粤 "有条细渔船，算唔算") that said nothing the
    // reader could record: what the question is for and how to answer when unsure, then the question.
    if (!parsed.answered && !parsed.household && hasPhrase(normalise(text), 'asksIfCounts'))
      return again(state, deps, [{ type: 'text', text: M.countsUnsure(q.counts ?? whyOf(q, deps.parameters)) }]);
    const words = parsed.answered
      ? { before: parsed.reask ? `${parsed.answered}\n` : parsed.answered }
      : { before: M.notUnderstood, after: misunderstood >= 2 ? `\n${M.offerHuman}` : '' };
    return {
      state: { ...kept, misunderstood },
      out: [...said, ...reasked(q, qctx(kept, deps), parsed, state.sub, words)],
    };
  }
  // A figure no listener would write down unasked (a couple's pension of 24 yuan a year) is confirmed first.
  const doubt = doubtOf(state.household, parsed.household);
  if (doubt) {
    const asked: OutboundMessage = {
      type: 'choices',
      text: M.confirmDoubt(parsed.echo, doubt.what),
      choices: [...CONFIRM_CHOICES],
    };
    return { state: { ...state, confirming: { question: q.id, parsed } }, out: [asked] };
  }
  return accept(state, q, parsed, text, deps, whomFor);
}

const CONFIRM_CHOICES = [
  { id: '1', label: '对，就是这样' },
  { id: '2', label: '不对，我重新说' },
] as const;

/**
 * Whom the writer answers for after this answer: kept once said ("我替我爸问" in any answer, or a
 * members answer that is plainly about a parent), so later answers are read from the applicant's side.
 */
function askingForIn(
  state: DialogueState,
  text: string,
  deps: EngineDeps,
  heard?: QuestionCtx['heard'],
): string | undefined {
  if (state.askingFor) return state.askingFor;
  if (heard?.read) return heard.askingFor;
  const u = understand(text, {
    slot: pendingSlot(state),
    household: state.household,
    today: deps.today,
    ...(state.region ? { region: state.region } : {}),
    parameters: deps.parameters,
  });
  return u.facts.find((f) => f.path === 'askingFor')?.value as string | undefined;
}

/** Record an understood answer, say it back, and go on. */
function accept(
  state: DialogueState,
  q: Question,
  parsed: UnderstoodAnswer,
  text: string,
  deps: EngineDeps,
  heard?: QuestionCtx['heard'],
): StepResult {
  const forWhom = askingForIn(state, text, deps, heard);
  const next: DialogueState = {
    ...state,
    household: parsed.household,
    misunderstood: 0,
    ...(forWhom ? { askingFor: forWhom } : {}),
  };
  if (parsed.region) next.region = parsed.region;
  else if (state.region?.endsWith('00') && !q.id.startsWith('hardship')) {
    // "农村的 俺是<county>某某镇上的": the county, named while answering something else, sharpens the city.
    const place = placeIn(normalise(text), deps.parameters);
    if (place && !place.endsWith('00') && place.slice(0, 4) === state.region.slice(0, 4)) next.region = place;
  }
  const before = {
    ...undoing(state.household, parsed.household),
    ...regionBefore(state.region, next.region),
    ...(state.sub ? { sub: state.sub } : {}),
    ...(state.askingFor ? { askingFor: state.askingFor } : {}),
  };
  next.history = [...state.history, { question: q.id, answer: parsed.answer, before }];
  if (parsed.sub) next.sub = parsed.sub;
  else delete next.sub;
  if (parsed.end === 'not_covered')
    return {
      state: { ...next, mode: 'result' },
      out: [
        ...(parsed.echo ? [{ type: 'text' as const, text: parsed.echo }] : []),
        { type: 'text', text: M.notCovered(joinNames(cities(deps.parameters).map((c) => c.name))) },
        { type: 'text', text: M.human },
      ],
    };
  const flagged = withEmergency(next, parsed.echo ? [{ type: 'text', text: parsed.echo }] : []);
  return advance(flagged.state, deps, flagged.lead);
}

/**
 * Leaving a request begun in the middle of the screening (不同意, 返回 at consent, 取消) goes back
 * to the question the resident was answering, asked again, not to a silent chat.
 */
function leaveRequest(res: StepResult, deps: EngineDeps): StepResult {
  return res.state && !res.state.referral && res.state.mode === 'screening' && !res.effect
    ? advance(res.state, deps, res.out)
    : res;
}

/** Pure: the dialogue's response to one message. `state` undefined means no session yet. */
export function step(state: DialogueState | undefined, msg: InboundMessage, deps: EngineDeps): StepResult {
  const text = msg.text ?? '';
  if (msg.kind === 'voice_unrecognised')
    return { state, out: [{ type: 'text', text: `${M.voiceUnrecognised}\n${M.human}` }] };
  if (msg.kind === 'unsupported') return { state, out: [{ type: 'text', text: M.unsupported }] };
  if (!state || msg.kind === 'start') {
    if (state && msg.kind === 'start' && state.history.length > 0 && state.mode === 'screening') {
      const { paused: _paused, ...awake } = state;
      return advance({ ...awake, ...(msg.tags?.village ? { village: msg.tags.village } : {}) }, deps, [
        { type: 'text', text: M.resumed(state.history.length + 1) },
      ]);
    }
    if (text.length > MAX_INPUT_CHARS) return start(msg.tags, deps);
    const first = msg.kind === 'start' ? '' : text;
    // A command as the first message ("人工客服", "为啥要问这些") starts afresh, nothing read from it;
    // asking for a person is answered at once.
    const opening = commandOf(first, undefined, deps);
    if (opening === 'human') return start(msg.tags, deps, [{ type: 'text', text: M.human }]);
    return opening ? start(msg.tags, deps) : start(msg.tags, deps, [], first);
  }
  if (text.length > MAX_INPUT_CHARS) return { state, out: [{ type: 'text', text: M.tooLong }] };
  // After "不弄了": any message resumes at the same question; a command (删除我的信息, 我的回答) is done.
  if (state.paused) {
    const { paused: _paused, ...awake } = state;
    if (commandOf(text, awake, deps)) return step(awake, msg, deps);
    return advance(awake, deps, [{ type: 'text', text: M.resumed(progressStep(awake)) }]);
  }

  if (state.mode === 'confirm_delete') {
    const t = normalise(text).trim();
    if (isPhrase(t, 'confirmDelete')) {
      if (!deps.referral) return { state: undefined, out: [{ type: 'text', text: M.deleted }, { type: 'end' }] };
      const keepDays = deps.referral.keepDays;
      return {
        state,
        out: [],
        effect: {
          type: 'forget',
          then: (r) => ({
            state: undefined,
            out: [
              { type: 'text', text: r.deleted.length || r.kept.length ? R.forgotten(r, keepDays) : M.deleted },
              { type: 'end' },
            ],
          }),
        },
      };
    }
    const kept: OutboundMessage = { type: 'text', text: M.deleteCancelled };
    // Not deleting mid-request returns to the same request step, not to the screening.
    if (state.referral && deps.referral) return referralAgain(state, deps.referral, [kept]);
    return advance({ ...state, mode: 'screening' }, deps, [kept]);
  }

  // "原文 3" after a result: the third clause of the "为什么" list, quoted.
  const quote = state.mode === 'result' ? QUOTE.exec(normalise(text).trim()) : null;
  if (quote) {
    const r = report(state, deps);
    return {
      state,
      out: r ? renderQuote(r, Number(quote[1]), deps.parameters) : [{ type: 'text', text: M.quoteNoResult }],
    };
  }

  // Commands said in words count only while answering screening questions: a name, a policy
  // question or a request step may well contain such words (王帮助, 为什么低保要核对).
  const fixed = correction(state, text, deps);
  if (fixed) return fixed;
  const read = readCommand(text, state, state.mode === 'screening' ? deps : undefined);
  const { command } = read;
  const spec = command ? COMMANDS[command] : undefined;
  const x = { state, msg, deps, moves: MOVES };
  if (state.mode === 'referral' && state.referral && deps.referral) {
    if (spec?.inRequest) return spec.inRequest(x, deps.referral);
    if (!command && state.region)
      return leaveRequest(
        referralAnswer(state, text, {
          deps: deps.referral,
          now: deps.now ?? `${deps.today}T00:00:00.000Z`,
          report: () => report(state, deps)!,
          msg,
        }),
        deps,
      );
  }
  const done = spec?.anywhere?.(x);
  if (done) return done;

  if (state.mode === 'policy') {
    // Without a region yet, only national texts are searched.
    const a = ask(state.region ?? '000000', text, deps.parameters);
    return {
      state,
      out: [{ type: 'text', text: `${a.answer}\n\n${state.referral ? R.policyFollowUp : M.policyFollowUp}` }],
    };
  }
  if (state.mode === 'result') {
    return { state, out: [{ type: 'text', text: M.resultFooter }] };
  }
  // "零。问呢啲做乜": the answer is read as usual, and why the question was asked is said first.
  const q = read.withAnswer && state.pending ? questionById(state.pending) : undefined;
  const res = answer(state, text, deps);
  if (!q) return res;
  // "为啥要问这么细": what came with the why answers nothing, so it is the why alone.
  if ((res.state?.misunderstood ?? 0) > state.misunderstood) return COMMANDS.why.anywhere?.(x) ?? res;
  return { ...res, out: [{ type: 'text', text: `${M.whyAsked}${whyOf(q, deps.parameters)}` }, ...res.out] };
}

/** "我选错了，上一个人数应该是三个": a slip owned, then what the answer should have been. */
const CORRECTION = /^([^，,。！!\s]{2,12})[，,。！!\s](.+)$/;

/**
 * A 返回 said with the right answer after it: the last answer is taken back and the rest answers
 * that question again, said back like any answer, so the resident is not asked to type it twice.
 * Without an answer to take back, the rest answers the question before the one being asked.
 */
function correction(state: DialogueState, text: string, deps: EngineDeps): StepResult | undefined {
  const m = state.mode === 'screening' ? CORRECTION.exec(normalise(text).trim()) : null;
  if (!m || commandOf(m[1]!, state, deps) !== 'back') return undefined;
  const rest = m[2]!.trim();
  const last = state.history.at(-1)?.question;
  const prev = last ? undefined : QUESTIONS[QUESTIONS.findIndex((q) => q.id === state.pending) - 1];
  const target = last ?? (prev && prev !== regionQuestion ? prev.id : undefined);
  if (!target) return undefined;
  // Only when the rest says something ("想改一下", "头先讲错咗" are the 返回 alone).
  const u = understand(rest, {
    slot: pendingSlot({ ...state, pending: target, sub: undefined }),
    household: state.household,
    today: deps.today,
    ...(state.region ? { region: state.region } : {}),
    ...(state.askingFor ? { askingFor: state.askingFor } : {}),
    parameters: deps.parameters,
  });
  if (u.commands.length > 0 || (u.facts.length === 0 && u.bare.length === 0)) return undefined;
  if (last) {
    const b = back(state, deps);
    if (b.state?.mode !== 'screening') return undefined;
    const r = answer(b.state, rest, deps);
    return { ...r, out: [...b.out.slice(0, 1), ...r.out] };
  }
  const { sub: _sub, ...rest0 } = state;
  return answer({ ...rest0, pending: target }, rest, deps);
}

/** The key actions one tap away for where the resident is (buttons on the link and Telegram). */
const ACTIONS: Partial<Record<DialogueState['mode'], string[]>> = {
  screening: ['为什么', '返回', '我的回答', '人工'],
  result: ['申请', '为什么', '摘要', '政策', '人工'],
  referral: ['返回', '取消', '人工'],
  policy: ['返回', '人工'],
};

export function withActions(out: OutboundMessage[], state: DialogueState): OutboundMessage[] {
  const actions = state.confirming ? ['返回', '人工'] : ACTIONS[state.mode];
  if (!actions || out.length === 0 || out.some((m) => m.type === 'end')) return out;
  return [...out, { type: 'actions', actions }];
}

/** The dialogue's own moves, lent to the command table (bot/commands.ts). */
const MOVES: EngineMoves = { report, advance, again, start, back, leaveRequest };

/** Show something, then the question the resident was answering, asked again (nothing lost). */
function again(state: DialogueState, deps: EngineDeps, lead: OutboundMessage[]): StepResult {
  const q = state.mode === 'screening' && state.pending ? questionById(state.pending) : undefined;
  if (!q) return { state, out: lead };
  return { state, out: [...lead, asked(q.prompt(qctx(state, deps), state.sub), M.backToQuestion)] };
}

export interface HandleDeps extends Omit<EngineDeps, 'today' | 'now' | 'referral'> {
  store: SessionStore;
  clock: Clock;
  referral?: ReferralDeps & { desk: ReferralDesk };
}

/**
 * Load, step, save with a version check; on a conflict (another message was applied in the
 * meantime) reload and apply this message on top. Sessions idle for more than 30 days restart.
 */
export async function handleMessage(msg: InboundMessage, deps: HandleDeps): Promise<OutboundMessage[]> {
  const key: SessionKey = { channel: msg.channel, userId: msg.userId };
  // A one-tap 回访 answer is recorded on its request and leaves the dialogue as it was.
  const followUp = await followUpReply(msg, deps.referral?.desk);
  if (followUp) return followUp;
  for (let attempt = 0; attempt < 5; attempt++) {
    const stored = await deps.store.get(key);
    // One reading of the clock a turn: the step's time is the session's too (each toISOString cost ~1 µs).
    const at = deps.clock.now();
    const now = at.toISOString();
    const fresh = stored && at.getTime() - Date.parse(stored.updatedAt) <= RESUME_DAYS * 86_400_000;
    let result = step(fresh ? stored.state : undefined, msg, { ...deps, today: deps.clock.today(), now });
    // Effects are idempotent (same consent → same request; forgetting twice forgets nothing more),
    // so a retry after a version conflict may safely run them again.
    if (result.effect?.type === 'submit_referral' && deps.referral)
      result = result.effect.then(await deps.referral.desk.submit(result.effect.submission));
    else if (result.effect?.type === 'forget' && deps.referral)
      result = result.effect.then(await deps.referral.desk.forget(key));
    else if (result.effect?.type === 'open_requests')
      result = result.effect.then((await deps.referral?.desk.openOf?.(key)) ?? []);
    const { state } = result;
    if (state === undefined) {
      if (stored) await deps.store.delete(key);
      return result.out;
    }
    const out = withActions(result.out, state);
    // Only a page-based channel (the link, the staff's assisted screening) shows the last replies again on reload; chat
    // channels keep them in
    // the chat, so their sessions stay small (every message reads and writes the session).
    const { lastReply: _previous, ...kept } = state;
    const saved = msg.channel === 'web' || msg.channel === 'staff' ? { ...kept, lastReply: out } : kept;
    const written = await deps.store.put(
      key,
      { version: (stored?.version ?? 0) + 1, state: saved, updatedAt: now },
      stored?.version,
    );
    if (written === 'ok') return out;
  }
  throw new DialogueError('session update kept conflicting');
}

export class DialogueError extends Error {
  override readonly name = 'DialogueError';
}

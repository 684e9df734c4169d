/**
 * The blind scripted residents, each played end to end through the dialogue engine: they send
 * their opening message, then answer each question the way their author wrote (for the question
 * or follow-up asked: `answers[kind]`). Told they were not understood, they rephrase once
 * (`retry[kind]`), and after that give up on words and answer the way the form wants (the facts
 * of that question from their truth, as if they picked the numbers): a dead end costs messages
 * but does not stop the run. Scored: messages to a result, answers not understood, facts
 * recorded that contradict the truth (and whether they were said back), verdicts against the
 * truth screened and against the author's.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { step, type StepResult } from '../../bot/engine.ts';
import { M } from '../../bot/messages/zh-CN.ts';
import type { OutboundMessage } from '../../bot/ports.ts';
import type { DialogueState } from '../../bot/state.ts';
import { defaultParameters, type Household, PROGRAMS, screen } from '../../screening/index.ts';
import { REVEAL } from '../support/oracle.ts';
import { replyText } from '../support/transcripts.ts';
import { flatten } from './compare.ts';
import { ResidentScript } from './format.ts';
import { TODAY } from './answers-eval.ts';

export function loadResidents(half: 'tune' | 'holdout'): ResidentScript[] {
  const read = (file: string) => (parse(readFileSync(file, 'utf8')) as unknown[]).map((x) => ResidentScript.parse(x));
  const main = read(join(import.meta.dirname, `residents.${half}.yaml`));
  if (half === 'holdout') return main;
  const extra = join(import.meta.dirname, 'raw', 'extra');
  return [
    ...main,
    ...readdirSync(extra)
      .filter((f) => f.startsWith('residents-'))
      .sort()
      .flatMap((f) => read(join(extra, f))),
  ];
}

/** The kind of question the engine is asking, as the scripts name them. */
export function kindOf(state: DialogueState): string | undefined {
  if (state.mode !== 'screening' || !state.pending) return undefined;
  const sub = state.sub;
  if (!sub) return state.pending;
  if (sub.step === 'amount') return `income.amount.${String(sub.data?.['key'])}`;
  if (sub.step === 'ages') return 'members';
  if (sub.step === 'more') return `${sub.question}.more`;
  return `${sub.question}.${sub.step}`;
}

export interface ResidentRun {
  script: ResidentScript;
  messages: number;
  misunderstood: number;
  fellBack: number;
  /** Questions the script had no answer for (the resident said 不知道). */
  unscripted: string[];
  reachedResult: boolean;
  wrongFacts: { path: string; truth: unknown; got: unknown }[];
  silentlyWrong: number;
  verdicts: { program: string; got: string; truth: string; author: string }[];
  transcript: string[];
}

const deps = () => ({ parameters: defaultParameters(), today: TODAY });

function send(state: DialogueState | undefined, text: string, kind?: 'start'): StepResult {
  return step(state, { channel: 'test', userId: 'eval', text, ...(kind ? { kind } : {}) }, deps());
}

/** "还有别人有残疾证吗?": answered from the truth (the scripts do not carry this follow-up). */
function moreAnswer(kind: string, truth: Household, state: DialogueState): string {
  const field = kind.startsWith('disability') ? 'hasDisability' : 'seriousIllness';
  const pending = (truth.members ?? []).some(
    (m, i) => m[field] === true && state.household.members?.[i]?.[field] !== true,
  );
  return pending ? '还有' : '没有了';
}

/**
 * Whether the figures a queried answer would record are the resident's own (within 15%), and the
 * place it would record (a name heard by sound) is theirs: their county, or their city when they
 * gave only the city.
 */
function confirmsTruth(state: DialogueState, truth: Household, region: string): boolean {
  const place = state.confirming!.parsed.region;
  if (place && place !== region && !(place.endsWith('00') && place.slice(0, 4) === region.slice(0, 4))) return false;
  const held = flatten(state.confirming!.parsed.household);
  const was = flatten(state.household);
  const real = flatten(truth);
  return [...held].every(([path, v]) => {
    if (was.get(path) === v) return true;
    const t = real.get(path);
    return typeof v === 'number' && typeof t === 'number'
      ? Math.abs(v - t) <= Math.max(1, 0.15 * Math.abs(t))
      : t === v;
  });
}

export function runResident(script: ResidentScript): ResidentRun {
  const { region, ...truth } = script.truth;
  const run: ResidentRun = {
    script,
    messages: 0,
    misunderstood: 0,
    fellBack: 0,
    unscripted: [],
    reachedResult: false,
    wrongFacts: [],
    silentlyWrong: 0,
    verdicts: [],
    transcript: [],
  };
  /** Paths whose latest change was not said back in the reply to the message that made it. */
  const unsaid = new Set<string>();
  const say = (state: DialogueState | undefined, text: string, kind?: 'start') => {
    run.messages++;
    const res = send(state, text, kind);
    const reply = replyText(res.out as OutboundMessage[]);
    const before = flatten(state?.household ?? {});
    for (const [path, value] of flatten(res.state?.household ?? {})) {
      if (before.get(path) === value) continue;
      if (reply.includes('记下了')) unsaid.delete(path);
      else unsaid.add(path);
    }
    run.transcript.push(`> ${text}`, `  ${reply.replace(/\n/g, ' / ').slice(0, 300)}`);
    return { res, reply };
  };
  const { res } = script.answers['opening'] ? say(undefined, script.answers['opening']) : say(undefined, '', 'start');
  let state = res.state;
  const retried = new Set<string>();
  const denied = new Set<string>();
  for (let guard = 0; guard < 60 && state; guard++) {
    if (state.mode === 'result') {
      run.reachedResult = true;
      break;
    }
    // A figure the dialogue queried ("是这样吗？"): the resident says yes when it is their figure.
    if (state.confirming) {
      const yes = confirmsTruth(state, truth, region);
      const r = say(state, yes ? '对' : '不对');
      if (!yes) denied.add(state.pending ?? '');
      state = r.res.state;
      continue;
    }
    const kind = kindOf(state);
    if (!kind) break;
    let text = kind.endsWith('.more') ? moreAnswer(kind, truth, state) : script.answers[kind];
    // Told the figure was misheard, the resident says it another way, or that they do not know.
    if (denied.has(state.pending ?? '') && text !== undefined) {
      const retry = retried.has(kind) ? undefined : script.retry?.[kind];
      if (retry) retried.add(kind);
      text = retry || '不知道';
    }
    if (text === undefined && kind.startsWith('income.amount.')) text = script.answers['income.amount'];
    if (text === undefined) {
      run.unscripted.push(kind);
      text = '不知道';
    }
    const r = say(state, text);
    if (!r.reply.includes(M.notUnderstood)) {
      state = r.res.state;
      continue;
    }
    run.misunderstood++;
    const again = script.retry?.[kind];
    if (again && !retried.has(kind)) {
      retried.add(kind);
      const r2 = say(r.res.state, again);
      if (!r2.reply.includes(M.notUnderstood)) {
        state = r2.res.state;
        continue;
      }
      run.misunderstood++;
    }
    // Giving up on words: the question's facts as the form would take them.
    run.fellBack++;
    const q = r.res.state!.pending!;
    const reveal = REVEAL[q];
    const cur = r.res.state!;
    const next: DialogueState = {
      ...cur,
      household: reveal ? reveal(truth, cur.household) : cur.household,
      history: [
        ...cur.history,
        { question: q, label: q, answer: '(按选项回答)', before: { household: cur.household } },
      ],
      misunderstood: 0,
    };
    delete next.sub;
    run.messages++;
    state = send(next, '', 'start').state;
  }
  const final = state?.household ?? {};
  // Facts recorded that the truth contradicts (the truth is the author's household).
  const got = flatten(final);
  const want = flatten(truth);
  for (const [path, value] of got) {
    if (!want.has(path)) continue;
    const t = want.get(path);
    const same =
      typeof t === 'number' && typeof value === 'number'
        ? Math.abs(t - value) <= Math.max(1, 0.25 * Math.abs(t))
        : t === value;
    if (!same) {
      run.wrongFacts.push({ path, truth: t, got: value });
      if (unsaid.has(path)) run.silentlyWrong++;
    }
  }
  const r = state?.region ?? region;
  const mine = screen(final, { region: r, date: TODAY, parameters: defaultParameters() });
  const theirs = screen(truth, { region, date: TODAY, parameters: defaultParameters() });
  for (const p of PROGRAMS) {
    run.verdicts.push({
      program: p,
      got: mine.results.find((x) => x.program === p)!.verdict,
      truth: theirs.results.find((x) => x.program === p)!.verdict,
      author: script.expect[p],
    });
  }
  return run;
}

export interface ResidentsFigures {
  n: number;
  medianMessages: number;
  misunderstoodPerResident: number;
  reachedResult: number;
  fellBack: number;
  wrongFacts: number;
  silentlyWrong: number;
  verdictsAsTruth: number;
  verdictsAsAuthor: number;
}

export function runResidentsEval(half: 'tune' | 'holdout'): { figures: ResidentsFigures; runs: ResidentRun[] } {
  const runs = loadResidents(half).map(runResident);
  const msgs = runs.map((r) => r.messages).sort((a, b) => a - b);
  const verdicts = runs.flatMap((r) => r.verdicts);
  return {
    runs,
    figures: {
      n: runs.length,
      medianMessages: msgs[Math.floor((msgs.length - 1) / 2)]!,
      misunderstoodPerResident: runs.reduce((s, r) => s + r.misunderstood, 0) / runs.length,
      reachedResult: runs.filter((r) => r.reachedResult).length / runs.length,
      fellBack: runs.reduce((s, r) => s + r.fellBack, 0),
      wrongFacts: runs.reduce((s, r) => s + r.wrongFacts.length, 0),
      silentlyWrong: runs.reduce((s, r) => s + r.silentlyWrong, 0),
      verdictsAsTruth: verdicts.filter((v) => v.got === v.truth).length / verdicts.length,
      verdictsAsAuthor: verdicts.filter((v) => v.got === v.author).length / verdicts.length,
    },
  };
}

/**
 * The blind resident answers, each played through the dialogue engine as the answer to its
 * question (the state set up as the author described it: the city, what was already known, the
 * question or follow-up being asked), and scored against the authors' labels: understood on the
 * first try, facts right, facts wrong (said back or not), facts recorded that the labels do not
 * mention.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { step } from '../../bot/engine.ts';
import type { OutboundMessage } from '../../bot/ports.ts';
import { type DialogueState, newState, type SubStep } from '../../bot/state.ts';
import { M } from '../../bot/messages/zh-CN.ts';
import { defaultParameters, type Household } from '../../screening/index.ts';
import { replyText } from '../support/transcripts.ts';
import { flatten, score, type Scored } from './compare.ts';
import { AnswerItem } from './format.ts';

export const TODAY = '2026-12-05';

/**
 * The tuning half includes the extra sets written later for tuning only (raw/extra/); the held-out half is what was
 * split off first.
 */
export function loadAnswers(half: 'tune' | 'holdout'): AnswerItem[] {
  const read = (file: string) => (parse(readFileSync(file, 'utf8')) as unknown[]).map((x) => AnswerItem.parse(x));
  const main = read(join(import.meta.dirname, `answers.${half}.yaml`));
  if (half === 'holdout') return main;
  const extra = join(import.meta.dirname, 'raw', 'extra');
  return [
    ...main,
    ...readdirSync(extra)
      .filter((f) => f.startsWith('answers-'))
      .sort()
      .flatMap((f) => read(join(extra, f))),
  ];
}

const firstWith = (h: Household, pred: (m: NonNullable<Household['members']>[number]) => boolean) =>
  Math.max(0, (h.members ?? []).findIndex(pred));

/** The dialogue state in which an item's answer is given. */
export function stateFor(item: AnswerItem): DialogueState | undefined {
  if (item.kind === 'opening') return undefined;
  const known: Household = structuredClone(item.known ?? {});
  const base: DialogueState = {
    ...newState(),
    mode: 'screening',
    household: known,
    ...(item.kind === 'region' ? {} : { region: item.city }),
  };
  const [question, sub] = item.kind.split('.') as [string, string | undefined];
  let subStep: SubStep | undefined;
  const member = (pred: (m: NonNullable<Household['members']>[number]) => boolean) => ({
    member: firstWith(known, pred),
    asked: [],
  });
  if (sub === 'which' && (question === 'disability' || question === 'illness'))
    subStep = { question, step: 'which', data: { asked: [] } };
  if (sub === 'kind')
    subStep = {
      question: 'disability',
      step: 'kind',
      data: member((m) => m.hasDisability === true && m.disability?.kind === undefined),
    };
  if (sub === 'grade')
    subStep = {
      question: 'disability',
      step: 'grade',
      data: member((m) => m.hasDisability === true && m.disability?.grade === undefined),
    };
  if (sub === 'list') subStep = { question: 'illness', step: 'list', data: member((m) => m.seriousIllness === true) };
  if (sub === 'amount') subStep = { question: 'income', step: 'amount', data: { key: item.of ?? 'wages', rest: [] } };
  if (sub === 'situation') {
    subStep = { question: 'obligors', step: 'situation' };
    if (!known.obligors?.list?.length) known.obligors = { exist: true, list: [{ relation: 'child' }] };
  }
  if (sub === 'when' || sub === 'severe' || sub === 'expense')
    subStep = { question: 'hardship', step: sub, data: { asked: [], expense: false } };
  if ((sub === 'when' || sub === 'severe') && !known.hardship?.events?.length)
    known.hardship = { none: false, events: [{ kind: 'other' }], expenses: [] };
  if (question === 'supportPayer' && !known.income?.support?.length)
    known.income = { ...known.income, support: [{ amount: 1200 }] };
  if (question === 'contact') return undefined;
  return { ...base, household: known, pending: question, ...(subStep ? { sub: subStep } : {}) };
}

export interface AnswerResult {
  item: AnswerItem;
  reply: string;
  understood: boolean;
  scored: Scored;
  labelled: number;
  silentlyWrong: number;
}

export function runAnswer(item: AnswerItem): AnswerResult | undefined {
  if (item.kind.startsWith('contact.')) return undefined;
  const deps = { parameters: defaultParameters(), today: TODAY };
  const state = stateFor(item);
  const res = step(state, { channel: 'test', userId: 'eval', text: item.say }, deps);
  const reply = replyText(res.out as OutboundMessage[]);
  const before = flatten(state?.household ?? {});
  // An answer held for confirmation ("…这个数好像不太对，是这样吗？") is scored as what it would record.
  const held = res.state?.confirming?.parsed.household;
  const after = flatten(held ?? res.state?.household ?? {}, {
    ...(res.state?.region && res.state.region !== state?.region ? { region: res.state.region } : {}),
  });
  const command = item.facts['command'];
  const labels = Object.fromEntries(Object.entries(item.facts).filter(([k]) => k !== 'command'));
  const scored = score(labels, before, after, (p) => p === 'members[0].relation');
  const notUnderstood = reply.includes(M.notUnderstood);
  const labelled = Object.keys(labels).filter((k) => k !== 'debt' && !k.startsWith('contact.')).length;
  // A why said with an answer ("零。问呢啲做乜", labelled with both) is understood when the answer is
  // kept and the why is shown in the same reply; any other command leaves the answers as they were.
  const whyWithAnswer = command === 'why' && Object.keys(labels).length > 0 && reply.includes(M.whyAsked);
  const commandOk =
    command === undefined ||
    whyWithAnswer ||
    (!notUnderstood && res.state !== undefined && res.state.history.length === (state?.history.length ?? 0));
  const understood = !notUnderstood && commandOk && scored.wrong.length === 0 && scored.missed.length === 0;
  const saidBack = reply.includes('记下了') || (held !== undefined && reply.includes('我听到的是'));
  return { item, reply, understood, scored, labelled, silentlyWrong: saidBack ? 0 : scored.wrong.length };
}

export interface AnswersFigures {
  n: number;
  understoodFirstTry: number;
  factAccuracy: number;
  wrongFacts: number;
  silentlyWrong: number;
  extraFacts: number;
}

export function runAnswersEval(half: 'tune' | 'holdout'): { figures: AnswersFigures; results: AnswerResult[] } {
  const results = loadAnswers(half).flatMap((item) => runAnswer(item) ?? []);
  const labelled = results.reduce((s, r) => s + r.labelled, 0);
  const right = results.reduce((s, r) => s + r.scored.right.length, 0);
  return {
    results,
    figures: {
      n: results.length,
      understoodFirstTry: results.filter((r) => r.understood).length / results.length,
      factAccuracy: right / Math.max(1, labelled),
      wrongFacts: results.reduce((s, r) => s + r.scored.wrong.length, 0),
      silentlyWrong: results.reduce((s, r) => s + r.silentlyWrong, 0),
      extraFacts: results.reduce((s, r) => s + r.scored.extra.length, 0),
    },
  };
}

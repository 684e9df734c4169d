/**
 * The result of a screening in plain words, the same on every channel: what to do first, then
 * the programs in the order the resident should act on them (the report's order), each with its
 * verdict, its main reasons and the estimate where one exists; the next steps; the demo-figures
 * warning. On request "为什么" gives every reason with numbered clause references, each clause
 * once; "原文 N" quotes clause N with its document number (a page folds the quotes instead).
 */
import { getClause } from '../../content/clauses.ts';
import type { ParameterSet, ProgramResult, ScreeningReport } from '../../screening/index.ts';
import type { Fold, OutboundMessage } from '../ports.ts';
import type { DialogueState } from '../state.ts';
import { M, PROGRAM_NAMES, VERDICT_WORDS } from '../messages/zh-CN.ts';
import { renderSummary } from '../summary.ts';
import { answerLines } from './field.ts';
import { labelOf } from './screening/questions.ts';

/** Reasons shown per program in the result: enough to act on; "为什么" has them all. */
const SHOWN_REASONS: Record<ProgramResult['verdict'], number> = { likely: 3, possible: 3, need_info: 2, unlikely: 1 };

export function renderResult(r: ScreeningReport): OutboundMessage[] {
  const lines: string[] = [M.resultTitle];
  if (r.advice && r.advice.length > 0) lines.push(`${M.adviceTitle}${r.advice.map((a) => a.text).join('')}`);
  r.results.forEach((x, i) => {
    lines.push(`\n${i + 1}. ${PROGRAM_NAMES[x.program]}：${VERDICT_WORDS[x.verdict]}`);
    for (const reason of x.reasons.slice(0, SHOWN_REASONS[x.verdict])) lines.push(`  · ${reason.text}`);
    if (x.estimatedMonthlyAmount)
      lines.push(`  · ${M.estimate(x.estimatedMonthlyAmount.yuan, x.estimatedMonthlyAmount.basis)}`);
  });
  const out: OutboundMessage[] = [{ type: 'text', text: lines.join('\n') }];
  out.push({ type: 'text', text: `${M.nextStepsTitle}\n${r.nextSteps.map((s, i) => `${i + 1}. ${s}`).join('\n')}` });
  out.push({ type: 'text', text: `${r.demo ? `${M.demoWarning}\n` : ''}${M.disclaimer}\n\n${M.resultFooter}` });
  return out;
}

/**
 * One entry of the "为什么" list: a section of a document (第八条, 二、（一）) with the clauses of it
 * the report cites (the whole article, or the sentences of a paragraph), each once.
 */
interface CitedSection {
  key: string;
  /** Short, for the list: a long notice title is left to its number ("某民发〔2021〕1号 二、（一）"). */
  label: string;
  /** In full, above a quote. */
  title: string;
  ids: string[];
}

/** Titles longer than this are named by their document number in the list. */
const SHORT_TITLE = 20;

/**
 * Every section the report cites, once, in the order first cited (advice, then programs in order); clauses from the
 * set's corpus.
 */
export function citedSections(r: ScreeningReport, parameters?: ParameterSet): CitedSection[] {
  const sections: CitedSection[] = [];
  const add = (list: readonly string[]) => {
    for (const id of list) {
      const c = getClause(id, parameters);
      if (!c) continue;
      const key = `${c.documentId}|${c.section}`;
      let s = sections.find((x) => x.key === key);
      if (!s) {
        const full = `${c.document}${c.docNumber ? `（${c.docNumber}）` : ''}`;
        const short = c.docNumber && c.document.length > SHORT_TITLE ? c.docNumber : full;
        s = { key, label: `${short} ${c.section}`, title: `${full} ${c.section}`, ids: [] };
        sections.push(s);
      }
      if (!s.ids.includes(id)) s.ids.push(id);
    }
  };
  for (const a of r.advice ?? []) add(a.citations);
  for (const x of r.results) {
    for (const reason of whyReasons(x)) add(reason.citations);
    add(x.estimatedMonthlyAmount?.citations ?? []);
  }
  return sections;
}

/**
 * The wording of a section as cited: the article, or the cited sentences of a paragraph (a whole paragraph cited covers
 * its sentences).
 */
function quoted(s: CitedSection, parameters?: ParameterSet): string {
  const texts = s.ids.map((id) => getClause(id, parameters)!.text);
  const whole = texts.find((t) => texts.every((u) => t.includes(u)));
  return whole ?? texts.join('……');
}

/** An unlikely program is explained by what fails (and what it leads to), not by what happens to be met. */
function whyReasons(x: ProgramResult): ProgramResult['reasons'] {
  if (x.verdict !== 'unlikely') return x.reasons;
  const met = new Set(x.checks.filter((c) => c.status !== 'fail').map((c) => c.text));
  return x.reasons.filter((reason) => !met.has(reason.text));
}

/**
 * "为什么": the reasons first, each program's in full, with the numbers of the sections they rest
 * on; then the numbered list of those sections, each once. Chat channels get the list and how to
 * ask for one quote; a page gets each quote folded under its line.
 */
export function renderWhy(r: ScreeningReport, parameters?: ParameterSet): OutboundMessage[] {
  const sections = citedSections(r, parameters);
  const num = (list: readonly string[]) => {
    const ns = [...new Set(list.map((id) => sections.findIndex((s) => s.ids.includes(id)) + 1).filter((n) => n > 0))];
    return ns.length > 0 ? `（依据 ${ns.join('、')}）` : '';
  };
  const lines: string[] = [M.whyTitle];
  for (const a of r.advice ?? []) lines.push(`${M.adviceTitle}${a.text}${num(a.citations)}`);
  for (const x of r.results) {
    lines.push(`\n【${PROGRAM_NAMES[x.program]}：${VERDICT_WORDS[x.verdict]}】`);
    for (const reason of whyReasons(x)) lines.push(`· ${reason.text}${num(reason.citations)}`);
    if (x.estimatedMonthlyAmount)
      lines.push(
        `· ` +
          `${M.estimate(x.estimatedMonthlyAmount.yuan, x.estimatedMonthlyAmount.basis)}` +
          `${num(x.estimatedMonthlyAmount.citations)}`,
      );
  }
  const refs = sections.map((s, i) => M.clauseRef(i + 1, s.label));
  const folds: Fold[] = sections.map((s, i) => ({ label: M.clauseRef(i + 1, s.label), body: quoted(s, parameters) }));
  return [
    { type: 'text', text: lines.join('\n') },
    {
      type: 'text',
      text: `${M.clausesTitle}\n${refs.join('\n')}\n\n${M.clausesHint}`,
      pageText: `${M.clausesTitle}${M.clausesPageHint}`,
      folds,
    },
  ];
}

/** "原文 N": the Nth section of the "为什么" list, quoted with its document and number. */
export function renderQuote(r: ScreeningReport, n: number, parameters?: ParameterSet): OutboundMessage[] {
  const sections = citedSections(r, parameters);
  const s = sections[n - 1];
  if (!s) return [{ type: 'text', text: M.quoteMissing(sections.length) }];
  return [{ type: 'text', text: `${M.quoteTitle(n)}\n【${s.title}】\n${quoted(s, parameters)}` }];
}

/** `backHint: false` while sending a request, where 返回 goes back one request step instead. */
export function renderAnswers(state: DialogueState, { backHint = true } = {}): OutboundMessage {
  if (state.history.length === 0) return { type: 'text', text: M.noAnswersYet };
  const lines = answerLines(
    state.history.map((h) => ({ label: labelOf(h), answer: h.answer })),
    true,
  );
  return { type: 'text', text: `${M.yourAnswers}\n${lines.join('\n')}${backHint ? `\n\n${M.answersBackHint}` : ''}` };
}

export function renderSummaryMessage(state: DialogueState, r: ScreeningReport): OutboundMessage {
  return { type: 'text', text: renderSummary(state.household, r, { region: r.region, date: r.asOf }) };
}

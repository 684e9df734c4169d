/**
 * The result of a screening in plain words: per program a verdict and its main reasons, the
 * estimate where one exists, the next steps, the demo-figures warning, and on request the
 * clauses quoted with their document number ("为什么"), the resident's answers, and a summary.
 */
import { getClause } from '../../content/clauses.ts';
import type { ScreeningReport } from '../../screening/index.ts';
import type { OutboundMessage } from '../ports.ts';
import type { DialogueState } from '../state.ts';
import { M, PROGRAM_NAMES, VERDICT_WORDS } from '../messages/zh-CN.ts';
import { renderSummary } from '../summary.ts';

const MAX_REASONS = 3;

export function renderResult(r: ScreeningReport): OutboundMessage[] {
  const lines: string[] = [M.resultTitle];
  r.results.forEach((x, i) => {
    lines.push(`\n${i + 1}. ${PROGRAM_NAMES[x.program]}：${VERDICT_WORDS[x.verdict]}`);
    for (const reason of x.reasons.slice(0, MAX_REASONS)) lines.push(`  · ${reason.text}`);
    if (x.estimatedMonthlyAmount) lines.push(`  · 估计每月约 ${x.estimatedMonthlyAmount.yuan} 元。${x.estimatedMonthlyAmount.basis}`);
  });
  const out: OutboundMessage[] = [{ type: 'text', text: lines.join('\n') }];
  out.push({ type: 'text', text: `${M.nextStepsTitle}\n${r.nextSteps.map((s, i) => `${i + 1}. ${s}`).join('\n')}` });
  out.push({ type: 'text', text: `${r.demo ? `${M.demoWarning}\n` : ''}${M.disclaimer}\n\n${M.resultFooter}` });
  return out;
}

/** "为什么": each cited clause once, quoted, with its document and number. */
export function renderWhy(r: ScreeningReport): OutboundMessage[] {
  const seen = new Set<string>();
  const blocks: string[] = [];
  for (const x of r.results) {
    for (const reason of x.reasons) {
      for (const id of reason.citations) {
        if (seen.has(id)) continue;
        seen.add(id);
        const c = getClause(id);
        if (!c) continue;
        blocks.push(`【${c.document}${c.docNumber ? `（${c.docNumber}）` : ''} ${c.section}】\n${c.text}`);
      }
    }
  }
  return [{ type: 'text', text: `${M.whyTitle}\n\n${blocks.join('\n\n')}` }];
}

/** `backHint: false` while sending a request, where 返回 goes back one request step instead. */
export function renderAnswers(state: DialogueState, { backHint = true } = {}): OutboundMessage {
  if (state.history.length === 0) return { type: 'text', text: M.noAnswersYet };
  const lines = state.history.map((h, i) => `${i + 1}. ${h.label}：${h.answer}`);
  return { type: 'text', text: `${M.yourAnswers}\n${lines.join('\n')}${backHint ? `\n\n${M.answersBackHint}` : ''}` };
}

export function renderSummaryMessage(state: DialogueState, r: ScreeningReport): OutboundMessage {
  return { type: 'text', text: renderSummary(state.household, r, { region: r.region, date: r.asOf }) };
}

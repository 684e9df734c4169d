/**
 * The blind policy questions through `ask()`, scored against the clauses their authors said
 * answer them: the first citation among them (top-1), any of the first three (top-3), and for
 * questions no policy text answers, the honest "我回答不了" with 12345 and no citation.
 *
 * A clause the corpus later cut out of a paragraph the authors named (阳江 二、（二）'s sentence on
 * 价格临时补贴) answers as the paragraph did: a cited sentence of an expected paragraph counts.
 *
 * `npx tsx test/eval/questions-eval.ts` prints the TUNING half's misses item by item and the
 * figures of both halves; the held-out half is only ever reported as aggregate figures (also by
 * `npm run bench -- ask`), so nobody tunes to it by reading its misses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ask } from '../../content/ask.ts';
import { QuestionItem } from './format.ts';

const read = (file: string) => (parse(readFileSync(file, 'utf8')) as unknown[]).map((x) => QuestionItem.parse(x));

/**
 * The tuning half includes the extra sets written later for tuning only (raw/extra/); the held-out half is what was
 * split off first.
 */
export function loadQuestions(half: 'tune' | 'holdout'): QuestionItem[] {
  const main = read(join(import.meta.dirname, `questions.${half}.yaml`));
  if (half === 'holdout') return main;
  const extra = join(import.meta.dirname, 'raw', 'extra');
  return [
    ...main,
    ...readdirSync(extra)
      .filter((f) => f.startsWith('questions-'))
      .sort()
      .flatMap((f) => read(join(extra, f))),
  ];
}

/** The honest answer for a question outside the field: says so, points to 12345, cites nothing. */
export function isHonestRefusal(a: { answer: string; citations: unknown[] }): boolean {
  return a.citations.length === 0 && a.answer.includes('我回答不了') && a.answer.includes('12345');
}

/** Whether a cited clause is one the authors expected, or a sentence of a paragraph they expected. */
export function answersWith(ok: readonly string[], id: string | undefined): boolean {
  return id !== undefined && ok.some((want) => want === id || id.startsWith(`${want}.`));
}

export interface QuestionResult {
  item: QuestionItem;
  cited: string[];
  /** In field: the first citation answers it. Out of field: answered honestly. */
  top1: boolean;
  top3: boolean;
  /** In field, but the answer was the refusal. */
  refused: boolean;
}

export function runQuestion(item: QuestionItem): QuestionResult {
  const a = ask(item.region, item.q);
  const cited = a.citations.map((c) => c.id);
  if (item.ok.length === 0) {
    const honest = isHonestRefusal(a);
    return { item, cited, top1: honest, top3: honest, refused: false };
  }
  return {
    item,
    cited,
    top1: answersWith(item.ok, cited[0]),
    top3: cited.slice(0, 3).some((id) => answersWith(item.ok, id)),
    refused: isHonestRefusal(a),
  };
}

export interface QuestionsFigures {
  n: number;
  /** Questions a policy text answers; top-1 and top-3 are over these. */
  inField: number;
  top1: number;
  top3: number;
  /** Questions no text answers, and the share of them answered honestly. */
  outOfField: number;
  honest: number;
  /** In-field questions answered with the refusal. */
  refused: number;
}

export function runQuestionsEval(half: 'tune' | 'holdout'): { figures: QuestionsFigures; results: QuestionResult[] } {
  const results = loadQuestions(half).map(runQuestion);
  const inField = results.filter((r) => r.item.ok.length > 0);
  const outOfField = results.filter((r) => r.item.ok.length === 0);
  return {
    results,
    figures: {
      n: results.length,
      inField: inField.length,
      top1: inField.filter((r) => r.top1).length / Math.max(1, inField.length),
      top3: inField.filter((r) => r.top3).length / Math.max(1, inField.length),
      outOfField: outOfField.length,
      honest: outOfField.filter((r) => r.top1).length / Math.max(1, outOfField.length),
      refused: inField.filter((r) => r.refused).length,
    },
  };
}

export function formatFigures(f: QuestionsFigures): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  return (
    `n=` +
    `${f.n}: top-1 ` +
    `${pct(f.top1)}, top-3 ` +
    `${pct(f.top3)} (of ` +
    `${f.inField} in field; ` +
    `${f.refused} refused); out of field answered honestly ` +
    `${pct(f.honest)} (of ` +
    `${f.outOfField})`
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { figures, results } = runQuestionsEval('tune');
  for (const r of results) {
    if (r.top1) continue;
    const mark = r.item.ok.length === 0 ? 'NOT HONEST' : r.top3 ? 'top-3 only' : r.refused ? 'REFUSED' : 'MISS';
    console.log(`${r.item.id} ${r.item.region} ${mark} | ${r.item.q}`);
    console.log(`   want ${r.item.ok.join(', ') || '(refusal)'}`);
    console.log(`   got  ${r.cited.slice(0, 3).join(', ') || '(none)'}`);
  }
  console.log(`tuning   ${formatFigures(figures)}`);
  // The first author's tuning half and the second author's extras apart: a fix that helps only the first is likely
  // fitted to it.
  const extra = (r: QuestionResult) => r.item.id.includes('-q2-');
  for (const [name, part] of [
    ['first author', results.filter((r) => !extra(r))],
    ['extras', results.filter(extra)],
  ] as const) {
    const f = part.filter((r) => r.item.ok.length > 0);
    const o = part.filter((r) => r.item.ok.length === 0);
    const pct = (x: number) => `${((x / Math.max(1, f.length)) * 100).toFixed(1)}%`;
    console.log(
      `  ` +
        `${name}: top-1 ` +
        `${pct(f.filter((r) => r.top1).length)}, top-3 ` +
        `${pct(f.filter((r) => r.top3).length)} (of ` +
        `${f.length}); honest ` +
        `${o.filter((r) => r.top1).length}/` +
        `${o.length}`,
    );
  }
  if (process.argv.includes('--holdout')) console.log(`held-out ${formatFigures(runQuestionsEval('holdout').figures)}`);
}

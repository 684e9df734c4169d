/**
 * Our own policy-question evaluations: top-1 and top-3 citation accuracy and p99 latency over
 * test/fixtures/ask/eval.yaml (the first set, in standard Mandarin) and dialect.yaml (residents'
 * 晋南 and Cantonese words, written after the blind set showed the gap). Used by `npm run bench`
 * and by a test that holds the aims. The blind set is test/eval/questions-eval.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ask } from '../../content/ask.ts';
import { percentile } from './load.ts';
import { answersWith } from '../eval/questions-eval.ts';

export interface AskEvalCase {
  r: string;
  q: string;
  ok: string[];
}

export type AskEvalSet = 'eval' | 'dialect';

export function loadAskEval(set: AskEvalSet = 'eval'): AskEvalCase[] {
  return parse(
    readFileSync(join(import.meta.dirname, '..', 'fixtures', 'ask', `${set}.yaml`), 'utf8'),
  ) as AskEvalCase[];
}

export function runAskEval(cases = loadAskEval()) {
  let top1 = 0;
  let top3 = 0;
  const misses: string[] = [];
  for (const c of cases) {
    const ids = ask(c.r, c.q).citations.map((x) => x.id);
    const hit1 = c.ok.length === 0 ? ids.length === 0 : answersWith(c.ok, ids[0]);
    const hit3 = c.ok.length === 0 ? ids.length === 0 : ids.slice(0, 3).some((id) => answersWith(c.ok, id));
    if (hit1) top1++;
    if (hit3) top3++;
    else misses.push(`${c.q} (${c.r}) → ${ids.slice(0, 3).join(', ') || 'none'}`);
  }
  for (let i = 0; i < 200; i++) ask(cases[i % cases.length]!.r, cases[i % cases.length]!.q);
  const times: number[] = [];
  for (let round = 0; round < 10; round++) {
    for (const c of cases) {
      const t = performance.now();
      ask(c.r, c.q);
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  return {
    n: cases.length,
    top1: top1 / cases.length,
    top3: top3 / cases.length,
    p99ms: percentile(times, 99),
    misses,
  };
}

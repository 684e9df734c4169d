// The blind sets as a floor under the understanding (issues 21 and 22): what we reached on the
// held-out halves must not slip, nothing wrong is ever recorded without being said back, and no
// field path reaches a person. The aims themselves (hotline F1 ≥ 92%, answers ≥ 95%) are printed
// by `npm run bench -- hotline understanding`; these floors sit at the figures measured when
// they were last raised, so a change that loses ground fails here.
import { describe, expect, it } from 'vitest';
import { runAnswersEval } from './answers-eval.ts';
import { runAgreement } from './hotline-agreement.ts';
import { loadHotline, runHotlineEval } from './hotline-eval.ts';
import { runQuestionsEval } from './questions-eval.ts';
import { runResidentsEval } from './residents-eval.ts';

describe('blind evaluation floors', () => {
  it('hotline summaries, held-out: facts F1, verdicts, no field path', () => {
    const f = runHotlineEval('holdout').figures;
    expect(f.f1).toBeGreaterThanOrEqual(0.865);
    // The verdict aim, met since hotline round 21 (289 of 320).
    expect(f.verdictAgreement).toBeGreaterThanOrEqual(0.9);
    expect(f.leaks).toBe(0);
  });

  it('hotline summaries, held-out, against the adjudicated labels: facts F1 and verdicts', () => {
    const a = runAgreement('holdout');
    // Every summary was labelled twice and adjudicated, so the figures cover the whole half.
    expect(a.n).toBe(loadHotline('holdout').length);
    expect(a.readerAdjudicated.f1).toBeGreaterThanOrEqual(0.855);
    expect(a.readerAdjudicated.verdictAgreement).toBeGreaterThanOrEqual(0.905);
  });

  it('policy questions, held-out: the answering clause first or in the top 3, honest outside the field', () => {
    const f = runQuestionsEval('holdout').figures;
    expect(f.top1).toBeGreaterThanOrEqual(0.85);
    expect(f.top3).toBeGreaterThanOrEqual(0.92);
    expect(f.honest).toBeGreaterThanOrEqual(0.99);
  });

  it('resident answers, held-out: understood on the first try, nothing wrong left unsaid', () => {
    const f = runAnswersEval('holdout').figures;
    // The aim (issue 21): met after round 15 (245 of 257).
    expect(f.understoodFirstTry).toBeGreaterThanOrEqual(0.95);
    expect(f.silentlyWrong).toBe(0);
  });

  it('scripted residents, both halves: every one reaches a result, nothing wrong left unsaid', () => {
    for (const half of ['holdout', 'tune'] as const) {
      const f = runResidentsEval(half).figures;
      expect(f.reachedResult, half).toBe(1);
      expect(f.silentlyWrong, half).toBe(0);
      if (half === 'holdout') expect(f.medianMessages, half).toBeLessThanOrEqual(12);
      // 0.3 since the 户口 question is asked whenever the estimate depends on it (issue 15).
      expect(f.misunderstoodPerResident, half).toBeLessThanOrEqual(0.3);
    }
  });
}, 120_000);

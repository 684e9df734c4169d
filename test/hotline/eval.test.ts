// The hotline evaluation set (test/fixtures/hotline/eval.yaml, 60 summaries) holds the issue's
// aim of ≥ 90% F1 on facts; verdict agreement is printed by the bench.
import { describe, expect, it } from 'vitest';
import { loadHotlineEval, runHotlineEval } from '../bench/hotline-eval.ts';

describe('hotline extraction evaluation', () => {
  it('has at least 60 summaries', () => {
    expect(loadHotlineEval().length).toBeGreaterThanOrEqual(60);
  });
  it('reaches 90% F1 on facts', () => {
    const r = runHotlineEval();
    expect(r.f1, r.misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  });
});

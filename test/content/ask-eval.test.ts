// The policy-question evaluation set (test/fixtures/ask/eval.yaml, 101 questions in residents'
// words) holds the aims: top-1 ≥ 85%, top-3 ≥ 95%. Latency is measured by the bench.
import { describe, expect, it } from 'vitest';
import { loadAskEval, runAskEval } from '../bench/ask-eval.ts';
import { getClause } from '../../content/clauses.ts';

describe('policy question evaluation', () => {
  it('has at least 100 questions whose expected clauses exist', () => {
    const cases = loadAskEval();
    expect(cases.length).toBeGreaterThanOrEqual(100);
    for (const c of cases) for (const id of c.ok) expect(getClause(id), `${c.q}: ${id}`).toBeDefined();
  });
  it('meets the accuracy aims', () => {
    const r = runAskEval();
    expect(r.top1, r.misses.join('\n')).toBeGreaterThanOrEqual(0.85);
    expect(r.top3, r.misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});

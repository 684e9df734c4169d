// The dialogue asks only what can change a verdict, and asking is enough: played against every
// golden household, it reaches the same verdicts as screening the whole household at once, and
// for each question it asked there is a way the still-unanswered facts could turn out under
// which two answers to that question lead to different verdicts.
import { describe, expect, it } from 'vitest';
import { defaultParameters } from '../../screening/index.ts';
import { loadGoldenCases } from '../golden/golden-case.ts';
import type { Household } from '../../screening/index.ts';
import { EXTREMES, runOracle, verdictVector } from '../support/oracle.ts';

/** Ways the facts not yet answered could turn out: incomes around every line, nothing else in the way. */
function completions(h: Household): Household[] {
  const size = h.members?.length ?? h.size ?? 1;
  const out: Household[] = [];
  for (const perCapita of [0, 500, 650, 800, 950, 1150, 1400, 3000]) {
    for (const hukou of h.hukou ? [h.hukou] : (['rural', 'urban'] as const)) {
      out.push({
        income: { wages: 0, business: perCapita * 12 * size, property: 0, pensions: 0, support: [], basicPension: 0 },
        property: { deposits: 0, vehicles: 0, houses: 1, registeredBusiness: false },
        obligors: { exist: false },
        hardship: { none: true, events: [], expenses: [] },
        expenditureType: false,
        ...h,
        hukou,
      });
    }
  }
  return out;
}

const cities: Record<string, string> = { '14': '140800', '44': '441700' };

describe('questions asked by the dialogue', () => {
  const cases = loadGoldenCases().filter((c) => c.data.date >= '2021-07-01' && cities[c.data.region.slice(0, 2)]);
  for (const { data: c } of cases) {
    it(c.name, () => {
      const deps = { parameters: defaultParameters(), today: c.date };
      const region = c.region;
      const run = runOracle(c.household, region, deps);
      expect(verdictVector(run.final.household, region, deps)).toBe(verdictVector(c.household, region, deps));
      for (const { question, state } of run.asked) {
        const [a, b] = EXTREMES[question]!;
        const matters = completions(state.household).some(
          (h) => verdictVector(a(c.household, h), region, deps) !== verdictVector(b(c.household, h), region, deps),
        );
        expect(matters, `question ${question} could not change any verdict`).toBe(true);
      }
    });
  }
});

// The dialogue asks only what can change a verdict, and asking is enough: played against every
// golden household, it reaches the same verdicts as screening the whole household at once, and
// for each question it asked there is a way the still-unanswered facts could turn out under
// which answering it (one way or the other) changes a verdict.
import { describe, expect, it } from 'vitest';
import { loadGoldenCases } from '../golden/golden-case.ts';
import { defaultParameters, type Household, screen } from '../../screening/index.ts';
import { EXTREMES, runOracle, verdictVector } from '../support/oracle.ts';

/**
 * Ways the facts not yet answered could turn out (incomes around every line, nothing else in the
 * way), leaving out the facts of the question under test.
 */
function completions(h: Household, question: string): Household[] {
  const size = h.members?.length ?? h.size ?? 1;
  const out: Household[] = [];
  for (const perCapita of [0, 500, 650, 800, 950, 1150, 1400, 3000]) {
    for (const hukou of h.hukou || question === 'hukou' ? [h.hukou] : (['rural', 'urban'] as const)) {
      const c: Household = {
        income: { wages: 0, business: perCapita * 12 * size, property: 0, pensions: 0, support: [], ...(question === 'basicPension' ? {} : { basicPension: 0 }) },
        property:
          question === 'deposits'
            ? { vehicles: 0, houses: 1, registeredBusiness: false }
            : question === 'property'
              ? { deposits: 0 }
              : { deposits: 0, vehicles: 0, houses: 1, registeredBusiness: false },
        obligors: { exist: false },
        hardship: { none: true, events: [], expenses: [] },
        expenditureType: false,
        ...h,
        ...(hukou ? { hukou } : {}),
      };
      if (question === 'income' && !h.income) delete c.income;
      if (question === 'obligors' && !h.obligors) delete c.obligors;
      if (question === 'hardship' && !h.hardship) delete c.hardship;
      if (question === 'expenditureType' && h.expenditureType === undefined) delete c.expenditureType;
      out.push(c);
    }
  }
  return out;
}

/** Regions the screening supports: the cities and counties of the registry (not a code prefix, so 440100 stays out). */
const regions = defaultParameters().regions;
const supported = (code: string) => {
  const r = regions.get(code);
  return r !== undefined && (r.level === 'city' || r.level === 'county');
};

describe('questions asked by the dialogue', () => {
  const cases = loadGoldenCases().filter((c) => c.data.date >= '2021-07-01' && supported(c.data.region));
  for (const { data: c } of cases) {
    it(c.name, () => {
      const deps = { parameters: defaultParameters(), today: c.date };
      const region = c.region;
      const run = runOracle(c.household, region, deps);
      expect(verdictVector(run.final.household, region, deps)).toBe(verdictVector(c.household, region, deps));
      // The counterfactual check needs a resident who can answer everything the dialogue asks.
      const complete = screen(c.household, { region, date: c.date }).results.every((r) => r.missing.length === 0);
      if (!complete) return;
      for (const { question, state } of run.asked) {
        const [a, b] = EXTREMES[question]!;
        // Answering matters if, for some way the rest could turn out, not answering and the two
        // opposite answers do not all give the same verdicts.
        const matters = completions(state.household, question).some(
          (h) => new Set([verdictVector(h, region, deps), verdictVector(a(c.household, h), region, deps), verdictVector(b(c.household, h), region, deps)]).size > 1,
        );
        expect(matters ? "" : question, "question that could not change any verdict").toBe("");
      }
    });
  }
});

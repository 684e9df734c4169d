// The dialogue asks only what can change the answer, and asking is enough: played against every
// golden household, it reaches the same verdicts as screening the whole household at once, and
// for each question it asked there is a way the still-unanswered facts could turn out under
// which answering it (one way or the other) changes a verdict or the monthly estimate (the 户口
// picks the standard an amount is worked out from).
import { describe, expect, it } from 'vitest';
import { loadGoldenCases } from '../golden/golden-case.ts';
import { defaultParameters, type Household, screen } from '../../screening/index.ts';
import { answerVector, EXTREMES, runOracle, verdictVector } from '../support/oracle.ts';

/**
 * Ways the facts not yet answered could turn out (incomes around every line; obligors none or
 * able; no spending or large out-of-pocket medical spending, which a disability or illness lets
 * the office deduct), leaving out the facts of the question under test.
 */
function completions(h: Household, question: string): Household[] {
  const size = h.members?.length ?? h.size ?? 1;
  const out: Household[] = [];
  const obligorWays: Household['obligors'][] = [
    { exist: false },
    { exist: true, list: [{ relation: 'child', ableBodiedAdult: true, status: 'none' }] },
  ];
  const hardshipWays: Household['hardship'][] = [
    { none: true, events: [], expenses: [] },
    { none: false, events: [], expenses: [{ kind: 'medical', amount: 50_000 }] },
  ];
  for (const perCapita of [0, 500, 650, 800, 950, 1150, 1400, 3000]) {
    for (const hukou of h.hukou || question === 'hukou' ? [h.hukou] : (['rural', 'urban'] as const)) {
      for (const obligors of obligorWays) {
        for (const hardship of hardshipWays) {
          const c: Household = {
            income: {
              wages: 0,
              business: perCapita * 12 * size,
              property: 0,
              pensions: 0,
              support: [],
              ...(question === 'basicPension' ? {} : { basicPension: 0 }),
            },
            property:
              question === 'deposits'
                ? { vehicles: 0, houses: 1, registeredBusiness: false }
                : question === 'property'
                  ? { deposits: 0 }
                  : { deposits: 0, vehicles: 0, houses: 1, registeredBusiness: false },
            obligors,
            hardship,
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
          (h) =>
            new Set([
              answerVector(h, region, deps),
              answerVector(a(c.household, h), region, deps),
              answerVector(b(c.household, h), region, deps),
            ]).size > 1,
        );
        expect(matters ? '' : question, 'question that could not change any verdict or estimate').toBe('');
      }
    });
  }
});

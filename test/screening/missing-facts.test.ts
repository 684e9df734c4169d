// missingFacts() is what the dialogue screens with after every answer: it must give exactly the
// facts screen() lists as missing (the next question is chosen from them), and leave screen()
// after it wording every reason as before.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultParameters,
  type Household,
  missingFacts,
  missingFactsLazily,
  PROGRAMS,
  screen,
} from '../../screening/index.ts';
import { screeningHouseholdArb } from '../support/arbitraries.ts';

const parameters = defaultParameters();

/** Each program's missing facts, each once, program by program (screen() orders its results by priority). */
function missingOfReport(h: Household, region: string, date: string): string[] {
  const r = screen(h, { region, date, parameters });
  const out: string[] = [];
  for (const p of PROGRAMS)
    for (const m of r.results.find((x) => x.program === p)!.missing) if (!out.includes(m)) out.push(m);
  return out;
}

describe('missingFacts', () => {
  it('gives the missing facts of screen(), for any household, region and date', () => {
    fc.assert(
      fc.property(
        screeningHouseholdArb,
        fc.constantFrom('140800', '140802', '441700', '441781', '110000'),
        fc.constantFrom('2026-11-24', '2025-12-31', '2000-01-01'),
        (h, region, date) => {
          expect(missingFacts(h, { region, date, parameters })).toEqual(missingOfReport(h, region, date));
        },
      ),
      { numRuns: 300, seed: 20 },
    );
  });

  it('words nothing, yet a report made after it is worded in full', () => {
    fc.assert(
      fc.property(screeningHouseholdArb, (h) => {
        const options = { region: '140800', date: '2026-11-24', parameters };
        const before = JSON.stringify(screen(h, options));
        missingFacts(h, options);
        const after = screen(h, options);
        expect(JSON.stringify(after)).toBe(before);
        for (const r of after.results) for (const reason of r.reasons) expect(reason.text).not.toBe('');
      }),
      { numRuns: 100, seed: 20 },
    );
  });

  it('read lazily, finds a fact exactly when missingFacts() lists one, asked in any order', () => {
    const asks = [
      'members',
      'hukou',
      'property.deposits',
      'expenditureType',
      'hardship',
      'income.wages',
      'obligors.exist',
    ];
    fc.assert(
      fc.property(
        screeningHouseholdArb,
        fc.constantFrom('140800', '441781', '110000'),
        fc.shuffledSubarray(asks),
        (h, region, order) => {
          const options = { region, date: '2026-11-24', parameters };
          const all = missingFacts(h, options);
          const lazily = missingFactsLazily(h, options);
          for (const a of order) expect(lazily.some((f) => f.startsWith(a))).toBe(all.some((f) => f.startsWith(a)));
          expect(lazily.some((f) => f.includes('.age'))).toBe(all.some((f) => f.includes('.age')));
        },
      ),
      { numRuns: 200, seed: 20 },
    );
  });
});

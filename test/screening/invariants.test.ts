// Property-based invariants of the screening (fast-check): monotonicity in income, obligors
// and disability, and "unknown is never unlikely".
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Household, PROGRAMS, type Program, screen, screenProgram } from '../../screening/index.ts';
import { verdictRank } from '../../screening/engine/checks.ts';
import { dateArb, screeningHouseholdArb as householdArb, regionArb } from '../support/arbitraries.ts';

const verdict = (h: Household, region: string, date: string, program: Program) =>
  screen(h, { region, date }).results.find((r) => r.program === program)!.verdict;

const RUNS = { numRuns: 1000 };

describe('screening invariants', () => {
  it('one program screened alone gets the result it gets in the whole report', () => {
    fc.assert(
      fc.property(householdArb, regionArb, dateArb, fc.constantFrom(...PROGRAMS), (h, region, date, program) => {
        const alone = screenProgram(h, program, { region, date });
        const inReport = screen(h, { region, date }).results.find((r) => r.program === program)!;
        expect(alone.verdict).toBe(inReport.verdict);
        expect(alone.missing).toEqual(inReport.missing);
      }),
      RUNS,
    );
  });

  it('more income never improves a 低保 verdict', () => {
    const category = fc.constantFrom(
      'wages',
      'business',
      'property',
      'pensions',
      'otherTransfers',
      'basicPension' as const,
    );
    fc.assert(
      fc.property(
        householdArb,
        regionArb,
        dateArb,
        category,
        fc.oneof(fc.integer({ min: 1, max: 3_000 }), fc.integer({ min: 1, max: 60_000 })),
        (h, region, date, key, extra) => {
          // Compare the same knowledge: the category is known in both, with more of it after.
          const known = h.income?.[key] ?? 0;
          const base = { ...h, income: { ...(h.income ?? {}), [key]: known } };
          const before = verdict(base, region, date, 'dibao');
          const after = verdict({ ...base, income: { ...base.income, [key]: known + extra } }, region, date, 'dibao');
          expect(verdictRank(after), `${before} → ${after} after +${extra} ${key}`).toBeLessThanOrEqual(
            verdictRank(before),
          );
        },
      ),
      RUNS,
    );
  });

  it('more wages never improve a 低保 verdict near the line (运城 job-cost deduction, 户籍 unknown)', () => {
    // Households whose income sits around the 运城 lines, where the deduction and the unknown
    // 户籍 type turn the verdict: the places a non-monotone rule would show.
    const near = fc.record({
      size: fc.integer({ min: 1, max: 4 }),
      employed: fc.array(fc.option(fc.boolean(), { nil: undefined }), { minLength: 4, maxLength: 4 }),
      hukou: fc.option(fc.constantFrom('urban' as const, 'rural' as const), { nil: undefined }),
      monthlyPerCapita: fc.integer({ min: 400, max: 1_300 }),
      step: fc.integer({ min: 1, max: 600 }),
    });
    fc.assert(
      fc.property(near, ({ size, employed, hukou, monthlyPerCapita, step }) => {
        const members = Array.from({ length: size }, (_, i) => ({ age: 40, employed: employed[i] }));
        const make = (perCapita: number): Household => ({
          ...(hukou ? { hukou } : {}),
          members,
          income: { wages: perCapita * size * 12, business: 0, property: 0, pensions: 0, support: [] },
          property: { deposits: 0, vehicles: 0, houses: 1, registeredBusiness: false },
        });
        const before = verdict(make(monthlyPerCapita), '140800', '2026-11-24', 'dibao');
        const after = verdict(make(monthlyPerCapita + step), '140800', '2026-11-24', 'dibao');
        expect(verdictRank(after), `${before} → ${after}`).toBeLessThanOrEqual(verdictRank(before));
      }),
      RUNS,
    );
  });

  it('an able obligor never makes 特困 more likely', () => {
    const able = {
      relation: 'child' as const,
      age: 40,
      status: 'none' as const,
      severeDisability: false,
      noCivilCapacity: false,
      declaredMissing: false,
      imprisoned: false,
    };
    fc.assert(
      fc.property(householdArb, regionArb, dateArb, (h, region, date) => {
        const without = verdict(h, region, date, 'tekun');
        const list = [...(h.obligors?.list ?? []), able];
        const withObligor = verdict({ ...h, obligors: { exist: true, list } }, region, date, 'tekun');
        expect(verdictRank(withObligor), `${without} → ${withObligor}`).toBeLessThanOrEqual(verdictRank(without));
      }),
      RUNS,
    );
  });

  it('removing a disability never makes 单人保 more likely', () => {
    fc.assert(
      fc.property(householdArb, regionArb, dateArb, fc.nat(), (h, region, date, pick) => {
        const members = h.members ?? [];
        // Not for a household already on 特困: there a disability is what keeps 特困 going, and when
        // it ends (特困人员认定办法 第二十四条) 低保 must be considered (第二十七条), which opens routes.
        if (members.length === 0 || h.currentBenefits?.tekun === true) return;
        const i = pick % members.length;
        const before = verdict(h, region, date, 'single_person_dibao');
        const changed = members.map((m, j) => {
          if (j !== i) return m;
          const { disability: _dropped, ...rest } = m;
          return { ...rest, hasDisability: false };
        });
        const after = verdict({ ...h, members: changed }, region, date, 'single_person_dibao');
        // 单人保 is the route for a family that does not qualify as a whole. One disabled member fewer
        // means a smaller allowance for rigid spending, which can close the whole family's 低保 and so
        // open 单人保 for a seriously ill member (fast-check found such a family): that is the design.
        if (verdict(h, region, date, 'dibao') !== verdict({ ...h, members: changed }, region, date, 'dibao')) return;
        // A rigid expense told without its amount, near the line, is asked for (need_info: the amount can only
        // help); with the disability gone there is nothing to deduct and so nothing to ask. That is no gain.
        const open = screen(h, { region, date }).results.find((r) => r.program === 'single_person_dibao')!.missing;
        if (
          before === 'need_info' &&
          open.length > 0 &&
          open.every((p) => /^hardship\.expenses\[\d+\]\.amount$/.test(p))
        )
          return;
        expect(verdictRank(after), `${before} → ${after}`).toBeLessThanOrEqual(verdictRank(before));
      }),
      RUNS,
    );
  });

  it("one disabled member fewer can close the whole family's 低保 and so open 单人保 (fast-check's family)", () => {
    const h: Household = {
      hukou: 'urban',
      members: [
        { excludedReason: 'prison' },
        { hasDisability: true },
        { seriousIllness: true },
        { seriousIllness: true },
        { hasDisability: true },
      ],
      income: {
        wages: 0,
        business: 24527,
        property: 15462,
        pensions: 0,
        support: [{ amount: 10958 }, { amount: 12650 }],
        otherTransfers: 3,
      },
      property: { deposits: 0, vehicles: 0, houses: 0, registeredBusiness: false },
    };
    const fewer = { ...h, members: h.members!.map((m, j) => (j === 1 ? { hasDisability: false } : m)) };
    const at = ['441700', '2025-06-01'] as const;
    expect([verdict(h, ...at, 'dibao'), verdict(fewer, ...at, 'dibao')]).toEqual(['need_info', 'unlikely']);
    expect([verdict(h, ...at, 'single_person_dibao'), verdict(fewer, ...at, 'single_person_dibao')]).toEqual([
      'need_info',
      'possible',
    ]);
  });

  it('forgetting a fact never turns a verdict into unlikely', () => {
    const keys = fc.constantFrom('hukou', 'income', 'property', 'obligors', 'hardship', 'expenditureType' as const);
    fc.assert(
      fc.property(householdArb, regionArb, dateArb, keys, (h, region, date, key) => {
        const full = screen(h, { region, date });
        const { [key]: _forgotten, ...rest } = h;
        const partial = screen(rest, { region, date });
        for (const r of partial.results) {
          const before = full.results.find((x) => x.program === r.program)!.verdict;
          if (r.verdict === 'unlikely') expect(before, `${r.program} after forgetting ${key}`).toBe('unlikely');
        }
      }),
      RUNS,
    );
  });

  it('an empty household is need_info for every program', () => {
    for (const region of ['140800', '441700']) {
      const r = screen({}, { region, date: '2026-11-24' });
      expect(r.results.map((x) => x.verdict)).toEqual(['need_info', 'need_info', 'need_info', 'need_info']);
      for (const x of r.results) expect(x.missing.length).toBeGreaterThan(0);
    }
  });

  it('always answers all four programs with cited reasons', () => {
    fc.assert(
      fc.property(householdArb, regionArb, dateArb, (h, region, date) => {
        const r = screen(h, { region, date });
        expect(r.results.map((x) => x.program).sort()).toEqual([
          'dibao',
          'single_person_dibao',
          'tekun',
          'temporary_assistance',
        ]);
        for (const x of r.results) {
          expect(x.reasons.length).toBeGreaterThan(0);
          for (const reason of x.reasons) expect(reason.citations.length, reason.text).toBeGreaterThan(0);
          if (x.verdict === 'need_info') expect(x.missing.length).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });
});

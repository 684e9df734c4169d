// The screening remembers what a region resolves to on a date (per parameter set) and a few
// facts per call. A memo keyed wrongly would hand one screening another's figures: each report
// here must equal the one from a parameter set never used before (nothing remembered yet).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  builtInParameterSet,
  type Household,
  type ParameterSet,
  Resolution,
  screen,
  withOperatorConfig,
} from '../../screening/index.ts';
import { screeningHouseholdArb } from '../support/arbitraries.ts';

const household: Household = {
  hukou: 'rural',
  members: [
    { relation: 'self', age: 66, hasDisability: false, seriousIllness: false, employed: false },
    {
      relation: 'spouse',
      age: 63,
      hasDisability: true,
      disability: { kind: 'physical', grade: 2 },
      seriousIllness: false,
      employed: false,
    },
  ],
  income: { wages: 0, business: 4_000, property: 0, pensions: 0, support: [{ amount: 1_200 }], basicPension: 2_400 },
  property: { deposits: 1_000, vehicles: 0, houses: 1, registeredBusiness: false },
  obligors: { exist: false },
  hardship: { none: true },
  currentBenefits: { dibao: true },
};

/**
 * An operator who raised 运城's rural standard from 2026, gave 阳春 its own edge multiplier and added 太原 without figures.
 */
const OPERATOR = {
  sources: { 'op.notice': { title: '运城市提标通知（测试）' } },
  regions: {
    '140100': { name: '太原市', level: 'city', parent: '140000' },
    '140800': { params: { 'dibao.standardMonthly.rural': [{ from: '2026-01-01', value: 640, source: 'op.notice' }] } },
    '441781': { params: { 'edge.multiplier': [{ from: '2024-01-01', value: 2, source: 'op.notice' }] } },
  },
};

/** Same figures, and with them every answer, but a set nothing has been remembered for. */
const fresh = (operator: boolean): ParameterSet =>
  operator ? withOperatorConfig(builtInParameterSet(), OPERATOR) : builtInParameterSet();

const ruralStandard = (report: ReturnType<typeof screen>) =>
  report.parameters.find((p) => p.name === 'dibao.standardMonthly.rural')?.value;
const pension = (report: ReturnType<typeof screen>) =>
  report.parameters.find((p) => p.name === 'income.basicPensionExcluded')?.value;

describe('memoised resolution', () => {
  const builtIn = fresh(false);
  const operator = fresh(true);
  // Every combination in turn on the same two sets, so each one follows another with something different.
  const calls: { region: string; date: string; op: boolean }[] = [];
  for (const date of ['2025-12-31', '2026-01-01', '2020-06-01', '2022-10-19', '2022-10-20', '2026-11-24']) {
    for (const region of ['140800', '140802', '441700', '441781', '140100', '110000']) {
      for (const op of [false, true]) calls.push({ region, date, op });
    }
  }

  it('every report equals the one from a parameter set used for the first time', () => {
    for (const round of [1, 2]) {
      for (const { region, date, op } of calls) {
        const warm = screen(household, { region, date, parameters: op ? operator : builtIn });
        const cold = screen(household, { region, date, parameters: fresh(op) });
        expect(JSON.stringify(warm), `round ${round}: ${region} ${date}${op ? ' with operator figures' : ''}`).toBe(
          JSON.stringify(cold),
        );
      }
    }
  });

  it('the figures follow the date, the region and the parameter set of each call', () => {
    const at = (region: string, date: string, parameters: ParameterSet) =>
      screen(household, { region, date, parameters });
    // The date: 十四五 ends with 2025 (基础养老金 no longer verified as excluded).
    expect(pension(at('140800', '2025-12-31', builtIn))).toBe('yes');
    expect(pension(at('140800', '2026-01-01', builtIn))).toBe('unverified');
    expect(pension(at('140800', '2025-12-31', builtIn))).toBe('yes');
    // The region: 运城 and 阳江 sample standards; a county reads its city's.
    expect(ruralStandard(at('140802', '2026-11-24', builtIn))).toBe(550);
    expect(ruralStandard(at('441781', '2026-11-24', builtIn))).toBe(800);
    expect(at('441781', '2026-11-24', builtIn).regionName).toBe('阳春市');
    expect(at('441700', '2026-11-24', builtIn).regionName).toBe('阳江市');
    // The parameter set: the operator's figure only where it was configured, and only from its date.
    expect(ruralStandard(at('140800', '2026-11-24', operator))).toBe(640);
    expect(ruralStandard(at('140800', '2026-11-24', builtIn))).toBe(550);
    expect(ruralStandard(at('140800', '2025-12-31', operator))).toBe(550);
    expect(at('441781', '2026-11-24', operator).parameters.find((p) => p.name === 'edge.multiplier')?.value).toBe(2);
    expect(at('441781', '2026-11-24', builtIn).parameters.find((p) => p.name === 'edge.multiplier')?.value).toBe(1.5);
  });

  it('each screening traces only what it read, in its own order', () => {
    const a = new Resolution(builtIn, '140800', '2026-11-24');
    a.get('edge.multiplier');
    a.get('dibao.standardMonthly.urban');
    const b = new Resolution(builtIn, '140800', '2026-11-24');
    b.get('dibao.standardMonthly.urban');
    expect(b.tryGet('gradualExit.months')).toBe(6);
    b.get('edge.multiplier');
    expect(a.trace.map((r) => r.name)).toEqual(['edge.multiplier', 'dibao.standardMonthly.urban']);
    expect(b.trace.map((r) => r.name)).toEqual([
      'dibao.standardMonthly.urban',
      'gradualExit.months',
      'edge.multiplier',
    ]);
    expect(a.sourceOf('gradualExit.months')).toBeUndefined();
    // A figure no table has is a CoverageError every time, not a remembered undefined value.
    for (let i = 0; i < 2; i++) {
      const taiyuan = new Resolution(operator, '140100', '2026-11-24');
      expect(taiyuan.tryGet('dibao.standardMonthly.rural')).toBeUndefined();
      expect(() => taiyuan.get('dibao.standardMonthly.rural')).toThrow(/农村低保标准还没有配置/);
      expect(taiyuan.trace).toEqual([]);
    }
    // …while the same name on the built-in set, where 太原 is unknown, is no region at all.
    expect(() => new Resolution(builtIn, '140100', '2026-11-24')).toThrow(/暂不支持地区代码 140100/);
  });

  it('a caller changing its report changes nothing for the next screening', () => {
    const first = screen(household, { region: '140800', date: '2026-11-24', parameters: builtIn });
    const expected = JSON.stringify(
      screen(household, { region: '140800', date: '2026-11-24', parameters: fresh(false) }),
    );
    for (const p of first.parameters) {
      p.value = 'changed';
      p.source = 'changed';
    }
    for (const r of first.results) {
      for (const c of r.checks) {
        c.citations.push('changed');
        c.missing.push('changed');
      }
      for (const reason of r.reasons) reason.citations.push('changed');
    }
    expect(JSON.stringify(screen(household, { region: '140800', date: '2026-11-24', parameters: builtIn }))).toBe(
      expected,
    );
  });

  it('within one screening, what one program worked out is not handed to another that asks something else', () => {
    // 2026 in 运城: the 基础养老金 counts for 低保 (unverified) but not for 特困 (第六条), so the two
    // programs compare different incomes with the same standard; 特困 asks about the applicant's own
    // income (第六条), which the household's whole income bounds.
    const report = screen(household, { region: '140800', date: '2026-11-24', parameters: builtIn });
    const check = (program: string, id: string) =>
      report.results.find((r) => r.program === program)?.checks.find((c) => c.id === id);
    expect(check('dibao', 'income')?.text).toBe('家庭人均月收入约 317 元，低于农村低保标准 550 元。');
    expect(check('tekun', 'no_livelihood')?.text).toBe(
      '全家每月收入合计约 433 元，低于农村低保标准 550 元，申请人（66岁）本人的收入只会更低。',
    );
    expect(check('dibao', 'property')?.label).toBe('家庭财产');
    expect(check('tekun', 'property')?.label).toBe('财产符合特困人员财产规定');
    // Each program's checks are its own objects, as before the memo.
    expect(check('dibao', 'property')).not.toBe(check('single_person_dibao', 'property'));
    expect(check('dibao', 'property')?.citations).not.toBe(check('single_person_dibao', 'property')?.citations);
  });

  it('generated households: the same report on a warm set as on a fresh one', () => {
    fc.assert(
      fc.property(
        screeningHouseholdArb,
        fc.constantFrom('140800', '140802', '441700', '441781'),
        fc.constantFrom('2022-10-19', '2025-06-01', '2026-01-01', '2026-11-24'),
        fc.boolean(),
        (h, region, date, op) => {
          const warm = screen(h, { region, date, parameters: op ? operator : builtIn });
          const cold = screen(h, { region, date, parameters: fresh(op) });
          expect(JSON.stringify(warm)).toBe(JSON.stringify(cold));
        },
      ),
      { numRuns: 300 },
    );
  });
});

// Reason texts residents read: plain, short, each figure once, the demo-figures warning said once
// (in the disclaimer), and no line shown where it does not apply. Checked over every golden report.
import { describe, expect, it } from 'vitest';
import { type Household, screen } from '../../screening/index.ts';
import { loadGoldenCases } from '../golden/golden-case.ts';

const reports = loadGoldenCases().map(({ data: c }) => ({
  name: c.name,
  report: screen(c.household, { region: c.region, date: c.date }),
}));

describe('reason texts', () => {
  it('never repeat the demo-figures warning on reason lines; the disclaimer says it once', () => {
    for (const { name, report } of reports) {
      for (const r of report.results) {
        for (const reason of r.reasons) expect(reason.text, `${name} / ${r.program}`).not.toMatch(/示例数据/);
        expect(r.estimatedMonthlyAmount?.basis ?? '', name).not.toMatch(/示例数据/);
      }
      expect(report.disclaimer.match(/示例数据/g)?.length ?? 0, name).toBe(report.demo ? 1 : 0);
    }
  });

  it('print no figure twice in a row and none of the awkward phrasings', () => {
    for (const { name, report } of reports) {
      for (const r of report.results) {
        for (const { text } of r.reasons) {
          expect(text, `${name} / ${r.program}`).not.toMatch(/（每月 ([\d.]+) 元） \1 元/);
          expect(text, `${name} / ${r.program}`).not.toMatch(/家庭成员\d|已知部分|养老金等|至多|（[^（）]*（/);
        }
      }
    }
  });

  it(
    'say a figure once: no stacked brackets, no 合计 of one part, ' +
      'no per-capita figure in two reasons in a row, no clause cited' +
      ' twice',
    () => {
      for (const { name, report } of reports) {
        for (const r of report.results) {
          const basis = r.estimatedMonthlyAmount?.basis ?? '';
          if (basis.includes('合计')) expect(basis, `${name} / ${r.program}`).toMatch(/照料护理标准（/);
          r.reasons.forEach(({ text, citations }, i) => {
            expect(text, `${name} / ${r.program}`).not.toMatch(/）（/);
            expect(new Set(citations).size, `${name} / ${r.program}: ${citations.join(',')}`).toBe(citations.length);
            const next = r.reasons[i + 1]?.text ?? '';
            for (const fig of text.match(/人均月收入(?: |约 )[\d,.]+ 元/g) ?? [])
              expect(next, `${name} / ${r.program}`).not.toContain(fig);
          });
        }
      }
    },
  );

  it('after 2025 the 阳江 特困 estimate shows both figures and always names the care standard', () => {
    const h: Household = {
      hukou: 'rural',
      members: [
        {
          relation: 'self',
          age: 80,
          hasDisability: false,
          seriousIllness: false,
          dailyActivitiesUnable: ['eating', 'dressing'],
        },
      ],
      income: { wages: 0, business: 0, property: 0, pensions: 0, support: [], basicPension: 0 },
      property: { deposits: 0, vehicles: 0, houses: 1, registeredBusiness: false },
      obligors: { exist: false },
      hardship: { none: true },
    };
    const tekun = (date: string) => screen(h, { region: '441781', date }).results.find((r) => r.program === 'tekun')!;
    const in2025 = tekun('2025-06-01');
    expect(in2025.estimatedMonthlyAmount?.yuan).toBe(1790);
    expect(in2025.reasons.map((x) => x.text).join('\n')).not.toMatch(/没有核实/);
    const in2026 = tekun('2026-11-24');
    expect(in2026.estimatedMonthlyAmount?.yuan).toBe(1200);
    expect(in2026.estimatedMonthlyAmount?.basis).toMatch(/另有照料护理标准/);
    expect(in2026.estimatedMonthlyAmount?.basis).toMatch(/1280 元.*510 元.*1790 元/);
    const caveat = in2026.reasons.map((x) => x.text).join('\n');
    expect(caveat).toMatch(/还没有核实/);
    expect(caveat).not.toMatch(/配置/);
  });

  it('show the 脱贫 line only where 低保 is open and the household is not urban', () => {
    const base: Household = {
      tuopin: true,
      members: [
        { relation: 'self', age: 56, hasDisability: false, seriousIllness: false, lostWorkCapacity: 'partial' },
      ],
      income: { wages: 0, business: 2400, property: 0, pensions: 0, support: [] },
      property: { deposits: 0, vehicles: 0, houses: 1, registeredBusiness: false },
      obligors: { exist: false },
      hardship: { none: true },
    };
    const tuopinLine = (h: Household) =>
      screen(h, { region: '441781', date: '2026-11-24' })
        .results.find((r) => r.program === 'dibao')!
        .reasons.some((x) => x.text.includes('脱贫人口'));
    expect(tuopinLine({ ...base, hukou: 'rural' })).toBe(true);
    expect(tuopinLine({ ...base, hukou: 'urban' })).toBe(false);
    expect(tuopinLine({ ...base, hukou: 'rural', income: { ...base.income, business: 120_000 } })).toBe(false);
  });

  it('explain an unlikely 单人保 by what fails only', () => {
    for (const { name, report } of reports) {
      const r = report.results.find((x) => x.program === 'single_person_dibao')!;
      if (r.verdict !== 'unlikely') continue;
      const failing = new Set(r.checks.filter((c) => c.status === 'fail').map((c) => c.text));
      const passing = r.checks.filter((c) => c.status !== 'fail').map((c) => c.text);
      for (const t of passing)
        if (!failing.has(t))
          expect(
            r.reasons.map((x) => x.text),
            name,
          ).not.toContain(t);
    }
  });
});

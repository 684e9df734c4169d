// Reason texts residents read: plain, short, each figure once, the demo-figures warning said once
// (in the disclaimer), and no line shown where it does not apply. Checked over every golden report.
import { describe, expect, it } from 'vitest';
import { type Household, screen } from '../../screening/index.ts';
import { loadGoldenCases } from '../golden/golden-case.ts';

const reports = loadGoldenCases().map(({ data: c }) => ({ name: c.name, report: screen(c.household, { region: c.region, date: c.date }) }));

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

  it('show the 脱贫 line only where 低保 is open and the household is not urban', () => {
    const base: Household = {
      tuopin: true,
      members: [{ relation: 'self', age: 56, hasDisability: false, seriousIllness: false, lostWorkCapacity: 'partial' }],
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
      for (const t of passing) if (!failing.has(t)) expect(r.reasons.map((x) => x.text), name).not.toContain(t);
    }
  });
});

// A region or date the rules do not cover gives need_info with a plain explanation, never a guess.
import { describe, expect, it } from 'vitest';
import { builtInParameterSet, screen, withOperatorConfig } from '../../screening/index.ts';

const household = {
  hukou: 'rural' as const,
  members: [{ relation: 'self' as const, age: 80, hasDisability: false, seriousIllness: false }],
  income: { wages: 0, business: 0, property: 0, pensions: 0, support: [] },
  property: { deposits: 0, vehicles: 0, houses: 1, registeredBusiness: false },
  obligors: { exist: false },
  hardship: { none: true },
};

describe('coverage', () => {
  it('an unknown region is need_info for all four programs, with the reason', () => {
    const r = screen(household, { region: '110000', date: '2026-11-24' });
    expect(r.results.map((x) => x.verdict)).toEqual(['need_info', 'need_info', 'need_info', 'need_info']);
    expect(r.results[0]?.reasons[0]?.text).toContain('110000');
    expect(r.results[0]?.missing).toEqual(['region']);
  });

  it('a date before the coded rules is need_info', () => {
    const r = screen(household, { region: '140800', date: '2020-12-31' });
    expect(new Set(r.results.map((x) => x.verdict))).toEqual(new Set(['need_info']));
    expect(r.results[0]?.reasons[0]?.text).toContain('2021-07-01');
  });

  it('a region added without its 低保 standard is need_info for the programs that need it, not a guess', () => {
    const params = withOperatorConfig(builtInParameterSet(), {
      regions: { '140100': { name: '太原市', level: 'city', parent: '140000' } },
    });
    const r = screen(household, { region: '140100', date: '2026-11-24', parameters: params });
    const dibao = r.results.find((x) => x.program === 'dibao');
    expect(dibao?.verdict).toBe('need_info');
    expect(dibao?.reasons[0]?.text).toContain('低保标准还没有配置');
  });
});

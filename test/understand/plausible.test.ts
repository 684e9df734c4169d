// Figures a listener would query before writing them down (issue 21, item 3): at each bound, one
// side is recorded and the other asked about; unchanged figures are never queried again.
import { describe, expect, it } from 'vitest';
import { doubtOf } from '../../bot/understand/plausible.ts';
import type { Household } from '../../screening/index.ts';

const couple: Household = {
  members: [
    { relation: 'self', age: 76 },
    { relation: 'spouse', age: 73 },
  ],
};
const withIncome = (income: Household['income']): Household => ({ ...couple, income });

describe('plausible figures', () => {
  it('a couple’s basic pension: 30 yuan a month each is believed, 29 is queried, and so is over 1,500', () => {
    expect(doubtOf(couple, withIncome({ basicPension: 30 * 12 * 2 }))).toBeUndefined();
    expect(doubtOf(couple, withIncome({ basicPension: 29 * 12 * 2 }))?.what).toBe('基础养老金每人每月约 29 元');
    expect(doubtOf(couple, withIncome({ basicPension: 1500 * 12 * 2 }))).toBeUndefined();
    expect(doubtOf(couple, withIncome({ basicPension: 1501 * 12 * 2 }))?.what).toContain('1501');
    expect(doubtOf(couple, withIncome({ basicPension: 24 }))?.what).toBe('基础养老金每人每月约 1 元');
  });

  it('a wage of 120 yuan a year is queried, 121 is not; a million is', () => {
    expect(doubtOf(couple, withIncome({ wages: 120 }))?.what).toContain('工资一年一共约 120 元');
    expect(doubtOf(couple, withIncome({ wages: 121 }))).toBeUndefined();
    expect(doubtOf(couple, withIncome({ wages: 1_000_000 }))?.what).toContain('100 万');
  });

  it('tiny interest or farm money is believed', () => {
    expect(doubtOf(couple, withIncome({ property: 50, business: 80 }))).toBeUndefined();
  });

  it('savings of 10 yuan (a 万 lost) are queried, 50 are not, nothing is believed', () => {
    expect(doubtOf(couple, { ...couple, property: { deposits: 10 } })?.what).toBe('存款约 10 元');
    expect(doubtOf(couple, { ...couple, property: { deposits: 50 } })).toBeUndefined();
    expect(doubtOf(couple, { ...couple, property: { deposits: 0 } })).toBeUndefined();
  });

  it('an age over 110 is queried, 110 is not', () => {
    expect(doubtOf({}, { members: [{ relation: 'self', age: 110 }] })).toBeUndefined();
    expect(doubtOf({}, { members: [{ relation: 'self', age: 111 }] })?.what).toBe('年龄 111 岁');
  });

  it('a figure already recorded is not queried again when something else changes', () => {
    const before = withIncome({ wages: 100 });
    expect(doubtOf(before, { ...before, property: { vehicles: 0 } })).toBeUndefined();
  });
});

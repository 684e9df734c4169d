// Round 19 of call summaries: hands-on work said of before (之前打散工, 以前做泥水) does not say someone works
// now; work said hardly possible any more (好难再做工, 很难再干活) is a no to work. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '441704') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;
// (The relative the call is about is the applicant, members[0].)
const employedOf = (text: string) => run(text).members?.[0]?.employed;

describe('hands-on work of before', () => {
  it('粤 and written Chinese: 之前, 以前', () => {
    expect(employedOf('来电人反映哥哥（50岁）上个月脑梗，之前打散工。')).toBeUndefined();
    expect(employedOf('市民称老公（47岁）腰椎间盘突出，以前做泥水。')).toBeUndefined();
  });

  it('said of now it is still work', () => {
    expect(employedOf('市民（47岁）平时做泥水，一日两百蚊。')).toBe(true);
  });
});

describe('hardly able to work any more', () => {
  it('好难再做工, 很难再干活', () => {
    expect(employedOf('来电人称细佬（43岁）撞车断咗脚，"医生话好难再做工"。')).toBe(false);
    expect(employedOf('市民反映丈夫（52岁）脑出血后很难再干活。')).toBe(false);
  });
});

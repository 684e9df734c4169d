// Round 17 readings: months of the busy season said before a rate (旺季三个月每月三千) are the months
// worked in the year; a parent said in a later clause to live with the caller (同其居住, 与来电人同住)
// keeps the caller in the parent's household; 一个小学生 counts a pupil, not a household of one.
// The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('the busy season', () => {
  it('粤: 旺季四个月每月二千五 is four months of pay', () => {
    const h = run('来电人（女，50岁），喺荔枝园做季节工，旺季四个月每月二千五，其余时间冇工开。', '441702');
    expect(h.income?.wages).toBe(10000);
  });

  it('晋南: 旺季（秋天两个月）一个月三千', () => {
    const h = run('来电人（男，55岁），在果库帮人装箱，旺季（秋天两个月）一个月三千，别的时候没活。');
    expect(h.income?.wages).toBe(6000);
  });
});

describe('a parent living with the caller, said later', () => {
  it('同其居住 keeps the caller and the caller’s pay in the household', () => {
    const h = run('市民反映：其母亲（70岁）高血压，住盐湖区，同其居住，来电人在饭店上班月薪三千，问母亲能否吃低保。');
    expect(h.members?.[0]?.age).toBe(70);
    expect(h.members?.some((m) => m.relation === 'child')).toBe(true);
    expect(h.income?.wages).toBe(36000);
  });
});

describe('one pupil', () => {
  it('一个小学生 is not a household of one', () => {
    const h = run('来电人（男，40岁），在厂里上班月薪四千，老婆在家，一个小学生。');
    expect(h.members?.length ?? 0).toBeGreaterThan(1);
    expect(h.members?.some((m) => m.relation === 'spouse')).toBe(true);
  });
});

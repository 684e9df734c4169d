// Pay by the hour with the hours worked in a month (一个钟头…，一个月干…个钟头; 粤 一个钟…，一个月做…个钟):
// the month's pay is the rate times the hours, as a day's rate is times the days. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const wages = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household.income?.wages;

describe('pay by the hour', () => {
  it('晋南: 一个钟头20块，一个月干六十个钟头', () => {
    expect(wages('来电人（女，50岁）在超市理货，一个钟头20块，一个月干六十个钟头。')).toBe(20 * 60 * 12);
  });

  it('written: 每小时18元，每月做100小时', () => {
    expect(wages('来电人（男，47岁）在物业做保洁，每小时18元，一个月做100小时。')).toBe(18 * 100 * 12);
  });

  it('粤: 一个钟20蚊，一个月做七十个钟', () => {
    expect(wages('来电人阿芳，48，做钟点工，一个钟20蚊，一个月做七十个钟。', '441700')).toBe(20 * 70 * 12);
  });
});

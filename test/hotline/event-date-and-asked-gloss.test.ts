// An event's date said earlier in its sentence, not a festival named later ("11月26日夜里鸡棚被撬，
// 鸡全让人偷了…过年都没着落"); and a programme glossed in brackets after the one asked for ("申请“五保”
// （特困人员供养）") is asked about, not held (issue 22, round 10). The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('the date in the event’s sentence', () => {
  it('晋南: 11月26日夜里鸡棚被撬，鸡全让人偷了，今年过年都没着落了', () => {
    const h = run('来电人（男，63岁），11月26日夜里鸡棚被撬，鸡全让人偷了，已报警。来电人说"今年过年都没着落了"。');
    expect(h.hardship?.events?.[0]?.date).toBe('2026-11-26');
  });

  it('粤: 11月27日夜晚鱼塘俾人落药，死晒啲鱼，过年都冇着落', () => {
    const h = run('来电人（男，50岁），11月27日夜晚鱼塘俾人落药，啲鱼死晒，佢话今年过年都冇着落。', '441704');
    expect(h.hardship?.events?.[0]?.date).toBe('2026-11-27');
  });
});

describe('a programme glossed in brackets after the one asked for', () => {
  it('咨询能否申请“五保”（特困人员供养）: not already 特困', () => {
    const h = run('来电人（男，74岁），一个人住。咨询能否申请“五保”（特困人员供养），去哪里办。');
    expect(h.currentBenefits?.tekun).not.toBe(true);
  });

  it('粤: 问可唔可以攞“五保”（特困供养）', () => {
    const h = run('来电人（女，80岁），冇仔冇女，自己住。问可唔可以攞“五保”（特困人员供养）。', '441781');
    expect(h.currentBenefits?.tekun).not.toBe(true);
  });

  it('a status said in brackets is still held: 家里（低保户）', () => {
    const h = run('来电人（女，66岁），家里是低保户，老伴（70岁）住院了。');
    expect(h.currentBenefits?.dibao).toBe(true);
  });
});

// The money area's phrase lists (content/lexicon/phrases-money.ts; repeats and shadowing: ./phrases.test.ts):
// a few readings that rest on them (a little more, compensation received or held by someone else, what
// a car is worth, a field answered no, a couple's two ages, a no that closes every other income).
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { readNumber } from '../../bot/understand/numbers.ts';
import { shareLeft } from '../../bot/understand/share-paid-back.ts';
import { phraseAfterGap, phraseBeforeGap, phrasesEnding, phrasesStarting } from '../../bot/understand/phrases.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string) => intake({ region: '140800', text }, { today: '2026-12-05', parameters });

describe('money phrase lists', () => {
  it('gives every phrase a word starts or ends with, for what follows or precedes each', () => {
    expect(phrasesStarting('没有。', 'fieldNo')).toEqual(['没有', '没']);
    expect(phrasesEnding('被一辆', 'vehicleCounter')).toEqual(['一辆', '辆']);
  });

  it('finds a phrase after or before a bounded gap, not across a stop', () => {
    const gap = { min: 1, max: 6, stops: '，。' };
    expect(phraseAfterGap('在婆婆手里', 1, 'withSomeone', gap)).toBe(true);
    expect(phraseAfterGap('在婆婆，手里', 1, 'withSomeone', gap)).toBe(false);
    expect(phraseAfterGap('在手里', 1, 'withSomeone', gap)).toBe(false);
    expect(phraseBeforeGap('家里啲钱', 4, 'atHome', { max: 3, stops: '\n' })).toBe(true);
    expect(phraseBeforeGap('家里\n钱', 3, 'atHome', { max: 3, stops: '\n' })).toBe(false);
  });
});

describe('readings that rest on the money lists', () => {
  it('"一万多啲" is only a little over ten thousand (aLittle)', () => {
    // Formal numerals as receipts and certificates write them; 伍 and 陆 alone are surnames.
    expect(readNumber('叁仟伍佰元', 0)).toMatchObject({ value: 3500, approx: false });
    expect(readNumber('贰级', 0)).toMatchObject({ value: 2, length: 1 });
    expect(readNumber('伍某', 0)).toBeUndefined();
    expect(readNumber('陆某', 0)).toBeUndefined();
    expect(readNumber('伍仟', 0)).toMatchObject({ value: 5000 });
    expect(readNumber('一万多啲', 0)).toMatchObject({ lo: 10000, hi: 13000 });
    expect(readNumber('一万多', 0)).toMatchObject({ lo: 10000, hi: 16000 });
  });

  it('the share left to pay after 报 (reimbursedMark, halfOrMost, tenths), within the sentence', () => {
    expect(shareLeft('花了两万，报销了一半', 4)).toBe(0.5);
    expect(shareLeft('花了两万，报咗大半', 4)).toBe(0.4);
    expect(shareLeft('花了两万，报了六成', 4)).toBe(0.4);
    expect(shareLeft('花了两万，报完两成半', 4)).toBe(0.8);
    expect(shareLeft('花了两万。报了六成', 4)).toBeUndefined();
  });

  it('compensation after a death is received, unless someone else holds it (deathOrAccident, withSomeone)', () => {
    const told = '来电人（女，52岁），丈夫在矿上出事没了，赔了40万，现在一个人过。';
    expect(run(told).household.income?.otherTransfers).toBe(400000);
    const held = '来电人（女，52岁），丈夫在矿上出事没了，赔了40万，钱在婆婆手里，现在一个人过。';
    expect(run(held).household.income?.otherTransfers).toBeUndefined();
  });

  it('what a car is worth is not income (moneyUnit, propertyWorth)', () => {
    const r = run('来电人（男，45岁），有一辆七万块的车，每月打零工收入一千五。');
    expect(r.household.income?.wages).toBe(18000);
    expect(r.household.income?.otherTransfers).toBeUndefined();
    expect(r.household.income?.business).toBeUndefined();
  });

  it('a work order field answered no is none (fieldNo)', () => {
    const r = run('来电人（男，45岁），每月打零工收入一千五，存款：无。');
    expect(r.household.property?.deposits).toBe(0);
  });

  it('"老两口，男76女74": the second age is the spouse\'s (couple)', () => {
    const r = run('老两口，男76女74，靠养老金过日子，每月各一百五。');
    expect(r.household.members?.map((m) => [m.relation, m.age])).toEqual([
      ['self', 76],
      ['spouse', 74],
    ]);
  });

  it('"无其他收入" closes every other income (otherBesides)', () => {
    const r = run('来电人（女，70岁），独居，每月养老金二百元，无其他收入。');
    expect(r.household.income?.wages).toBe(0);
    expect(r.household.income?.basicPension).toBe(2400);
  });
});

// Round 12 of call summaries: the caller's quoted words right after a kind of money give that money
// (存款“就剩两三千”); 零星 before a job is "now and then", not the number 零; and a new sentence telling
// of work or money with no one named is about the caller, not the child named in the sentence before
// (health or school said on is still about that child). Our own texts, in both cities' ways of writing.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('quoted amount of the money named before the quote', () => {
  it('晋南: 存款“也就剩三四千”', () => {
    const h = run('来电人（男，50岁），城镇户口，打零工“一个月两千来块”。家里没车，存款“也就剩三四千”。', '140802');
    expect(h.property?.deposits).toBe(3500);
    expect(h.income?.wages).toBeGreaterThanOrEqual(24000);
    expect(h.income?.wages).toBeLessThanOrEqual(30000);
  });

  it('粤: 积蓄“得返万把蚊”', () => {
    const h = run('来电人（女，47岁），喺酒楼洗碗“每个月两千五”，积蓄“得返万把蚊”。', '441702');
    expect(h.income?.wages).toBe(30000);
    expect(h.property?.deposits).toBeGreaterThanOrEqual(10000);
    expect(h.property?.deposits).toBeLessThan(20000);
  });
});

describe('零星 is not a number', () => {
  it('现在零星做点家政，一个月八百来块', () => {
    const h = run('来电人（女，45岁），现在零星做点家政，“一个月八百来块”。', '140802');
    expect(h.income?.wages).toBeGreaterThan(9000);
    expect(h.members?.[0]?.employed).toBe(true);
  });
});

describe('a new sentence of work or money is about the caller', () => {
  it('晋南: 带个10岁儿子。原在厂里上班，今年6月下岗', () => {
    const h = run('来电人（女，39岁），离异，带一个10岁儿子（上四年级）。原在厂里上班，今年6月下岗了。', '140802');
    expect(h.members?.[1]?.employed).toBeUndefined();
    expect(h.members?.[1]?.student?.fullTime).toBe(true);
  });

  it('粤: 个仔8岁读二年级。平时喺酒楼做清洁，每月一千八', () => {
    const h = run('来电人（女，36岁），老公走咗，个仔8岁读二年级。平时喺酒楼做清洁，每月一千八。', '441704');
    expect(h.members?.[0]?.employed).toBe(true);
    expect(h.members?.[1]?.employed).toBeUndefined();
    expect(h.income?.wages).toBe(21600);
  });

  it('health said on stays with the one named: 老伴查出肺癌。现在还在化疗', () => {
    const h = run('来电人（男，66岁）和老伴（63岁）两人生活。老伴今年9月查出肺癌。现在还在化疗。', '140823');
    expect(h.members?.[1]?.seriousIllness).toBe(true);
    expect(h.members?.[0]?.seriousIllness).toBeUndefined();
  });
});

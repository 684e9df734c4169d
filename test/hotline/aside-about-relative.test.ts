// A bracketed aside of several clauses about a relative who lives elsewhere ("单身（…个女…喺佛山做护士），
// 打散工…"): the wages and the illness said after the bracket are the caller's, not the relative's.
// The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('an aside about a relative elsewhere', () => {
  it('粤: 单身（老婆过咗身，个女…喺佛山做护士），打散工…；有尿毒症', () => {
    const h = run(
      '来电人姓陈，61岁，单身（老婆过咗身好多年，得一个女，个女三十岁喺佛山做护士），平时打散工，一年大概八千左右；有尿毒症要洗肾。',
      '441700',
    );
    expect(h.members).toHaveLength(1);
    expect(h.members?.[0]).toMatchObject({ relation: 'self', age: 61, employed: true, seriousIllness: true });
    expect(h.income?.wages).toBe(8000);
    expect(h.obligors?.list?.[0]).toMatchObject({ relation: 'child', age: 30 });
  });

  it('north: 一个人过（离婚了，儿子…在太原开车），打零工…；有心脏病', () => {
    const h = run(
      '某村村民，男，59岁，一个人过（早年离婚，有一个儿子，儿子32岁在太原开车），平时打零工，一年挣九千左右；有心脏病常年吃药。',
    );
    expect(h.members).toHaveLength(1);
    expect(h.members?.[0]).toMatchObject({ relation: 'self', age: 59, employed: true, illnessName: '心脏病' });
    expect(h.income?.wages).toBe(9000);
  });
});

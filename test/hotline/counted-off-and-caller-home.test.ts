// Round 9 (issue 22): who is in the household when a summary counts children off or says the caller
// lives with the person the call is about. "两个子女（一个读初二、一个读高一）" counts the two off: the
// last 一个 is one of them, not a household of one (nor is "两个仔女，一个读高二" one). "一个人揸住成头家",
// "一个人撑起这个家" is carrying the family alone, not living alone. A parent the call is about who lives
// "跟来电人一家" keeps the caller at home, and "来电人夫妻俩都上班" is the caller and the caller's spouse (a
// child-in-law to the parent: `other`, no statutory duty of support), both at work. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('children counted off', () => {
  it('the last one counted off in brackets is not the household size', () => {
    const h = run('来电人赵某（男，47岁），家里共四口人：本人、妻子（45岁）和两个孩子（一个上初三、一个上小学）。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse', 'child', 'child']);
    expect(h.obligors?.list ?? []).toHaveLength(0);
  });

  it('one of the group just named, in 粤, with no size said', () => {
    const h = run('来电人陈某（女，41岁），老公（44岁）喺工地跌伤，两个仔女，一个读高一，一个读五年级。', '441700');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse', 'child', 'child']);
    expect(h.obligors?.list ?? []).toHaveLength(0);
  });
});

describe('carrying the family alone', () => {
  it('粤: 一个人揸住成头家 is not living alone', () => {
    const h = run(
      '来电人李某（女，39岁），老公前年过身，同两个女（11岁、6岁）住，佢话“一个人揸住成头家，好辛苦”。',
      '441700',
    );
    expect(h.members).toHaveLength(3);
    expect(h.obligors?.list ?? []).toHaveLength(0);
  });

  it('north: 一个人撑起这个家 is not living alone', () => {
    const h = run('村民刘某（女，44岁）说，丈夫瘫在炕上，她一个人撑起这个家，还有个闺女（13岁）上初中。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse', 'child']);
  });
});

describe('the caller lives with the parent the call is about', () => {
  it('跟来电人一家住: the caller and the caller’s spouse are members, both working', () => {
    const h = run(
      '来电人反映其父亲（70岁）肢体残疾二级，一直跟来电人一家住。来电人夫妻俩都在县城上班，月收入一共七千。',
    );
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'child', 'other']);
    expect(h.members?.[1]?.employed).toBe(true);
    expect(h.members?.[2]?.employed).toBe(true);
    expect(h.members?.[0]?.employed).toBeUndefined();
    expect(h.obligors?.list ?? []).toHaveLength(0);
  });

  it('粤: 同来电人一齐住', () => {
    const h = run('来电人反映其阿妈（78岁）行唔到路，一直同来电人一齐住。', '441700');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'child']);
    expect(h.obligors?.list ?? []).toHaveLength(0);
  });

  it('a caller living apart still owes support, and the caller’s spouse owes nothing', () => {
    const h = run('来电人称其父亲（80岁）瘫痪在床，来电人夫妻俩都在广州打工，每月寄一千。');
    expect(h.members).toHaveLength(1);
    expect(h.obligors?.list?.map((o) => o.relation)).toEqual(['child']);
  });
});

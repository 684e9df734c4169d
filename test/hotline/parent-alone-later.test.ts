// A parent told of first by what befell them, then named again as living alone ("父亲前年没了，母亲
// 一人在家"): the call is about that parent, who is the household, and the caller with brothers or
// sisters are children elsewhere. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('the parent named again as living alone', () => {
  it('north: 母亲（66岁）…摔断腿住院，父亲早年病故，母亲一人在家', () => {
    const h = run('来电人在运城打工，母亲（66岁）上周在村里摔断腿住院，父亲早年病故，母亲一人在家种两亩地。');
    expect(h.members?.map((m) => [m.relation, m.age])).toEqual([['self', 66]]);
    expect(h.obligors?.list?.[0]?.relation).toBe('child');
  });

  it('粤: 阿爸（70岁）…入院，阿妈早几年过身，阿爸一个人住', () => {
    const h = run('市民来电，阿爸（70岁）上个礼拜中风入院，阿妈早几年过身，阿爸一个人住喺乡下。', '441700');
    expect(h.members?.[0]).toMatchObject({ relation: 'self', age: 70 });
    expect(h.members?.length).toBe(1);
  });
});

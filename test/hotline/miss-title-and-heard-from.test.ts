// "谢小姐" is a title for the woman calling, as 女士 is, not 姐 a sister; and a relative or friend named only
// as where the caller heard of a benefit ("咨询其朋友讲嘅补助", "问她姐说的那个补贴") is not whom the call is
// about. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('小姐 as a title', () => {
  it('粤: 何小姐（31岁）…本人 is one woman, no sister', () => {
    const h = run('市民何小姐（31岁）来电，本人喺商场做收银，每月三千五。', '441700');
    expect(h.members).toHaveLength(1);
    expect(h.members?.[0]).toMatchObject({ relation: 'self', age: 31, employed: true });
  });

  it('north: 张小姐代母亲咨询 is a call about the mother, the caller no sister of hers', () => {
    const h = run('市民张小姐（30岁）代母亲咨询：母亲62岁，和父亲（65岁）在村里住，种地一年五千。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
    expect(h.members?.[0]?.age).toBe(62);
  });
});

describe('someone named only as where it was heard', () => {
  it('粤: 咨询其朋友讲嘅补助 is still about the caller', () => {
    const h = run('来电人：黄女士，33岁，一个人租屋住，喺工厂做，月薪四千。咨询其朋友讲嘅补助系咪人人有。', '441700');
    expect(h.members).toHaveLength(1);
    expect(h.members?.[0]).toMatchObject({ relation: 'self', age: 33 });
  });

  it('north: 问她姐姐说的那个补贴 is still about the caller', () => {
    const h = run('来电人（女，45岁），离婚，一个人过，在饭店帮厨，一月两千五。问她姐姐说的那个补贴能不能申请。');
    expect(h.members).toHaveLength(1);
    expect(h.members?.[0]?.age).toBe(45);
  });
});

// Round 17 readings: a child spoken of as 娃/孩子 and then named as a son or daughter is one child; a sum
// paid by a boss who then washes their hands of it ("给三千就不管了") is paid once; delivering meals for a
// platform ("在外卖平台送餐") is work at home, not "在外" away. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('a child spoken of, then named', () => {
  it('晋南: 娃 then 女儿 is one daughter', () => {
    const h = run('居民（女，39岁），11月30日家里失火，"娃明天还得上学哩"。本人在饭店打工月入两千，闺女12岁上六年级。');
    expect(h.members?.filter((m) => m.relation === 'child')).toHaveLength(1);
    expect(h.members?.find((m) => m.relation === 'child')?.age).toBe(12);
  });

  it('粤: 细路 then 个仔 is one son', () => {
    const h = run('居民（女，35岁），屋企火烧，"细路仲要返学"。本人喺超市做，个仔10岁读小学。', '441702');
    expect(h.members?.filter((m) => m.relation === 'child')).toHaveLength(1);
  });

  it('two named after the children spoken of are two', () => {
    const h = run('居民（男，40岁），"娃都要上学"。儿子13岁，女儿9岁。');
    expect(h.members?.filter((m) => m.relation === 'child').map((m) => m.age)).toEqual([13, 9]);
  });
});

describe('paid once, then left', () => {
  it('给三千就不管了 is 3000 once', () => {
    const h = run('来电人（男，31岁），11月26日在厂里被铁架砸伤脚，"厂长说给两千块就不管了"，现在上不了班。');
    expect(h.income?.otherTransfers).toBe(2000);
  });
});

describe('a delivery platform', () => {
  it('在外卖平台送餐 is work with the family', () => {
    const h = run('居民，女，33岁，与丈夫、儿子（6岁）同住。丈夫在外卖平台送餐，一个月四千五。');
    expect(h.members?.find((m) => m.relation === 'spouse')?.employed).toBe(true);
    expect(h.income?.wages).toBe(54000);
    expect(h.obligors?.list ?? []).toHaveLength(0);
  });
});

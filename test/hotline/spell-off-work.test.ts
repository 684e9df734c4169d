// After a mishap, a count of months someone cannot work ("这一下俩三月干不了活", 粤 "呢次三个月做唔到嘢")
// is a spell to come: they still work, and the pay said is still a year's. Promised money then said not
// paid at all ("说好一月给五百，一分没给") is no support (an empty list). The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '441700') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('a spell off work after a mishap', () => {
  it('north: 这一下俩三月干不了活', () => {
    const h = run(
      '村民王某（男，48岁）来电，12月1日在地里叫三轮车压了脚，脚骨头断了。王某一个人过。平时在镇上搬砖，一月两千块。“这一下俩三月干不了活，咋过呀。”',
      '140800',
    );
    expect(h.members?.[0]?.employed).toBe(true);
    expect(h.income?.wages).toBe(24000);
  });

  it('粤: 呢次三个月做唔到嘢', () => {
    const h = run(
      '来电人黄某（男，52岁），独居，平时喺街市帮人卸货，每月两千蚊。12月2日跌亲整断手，“呢次三个月都做唔到嘢，点算”。',
    );
    expect(h.members?.[0]?.employed).toBe(true);
    expect(h.income?.wages).toBe(24000);
  });
});

describe('promised and never paid', () => {
  it('north: 说好一月给五百，一分没给', () => {
    const h = run(
      '村民张某（女，38岁）来电，离婚后带着闺女（9岁）过。前夫“说好一月给五百，到现在一分没给”。张某在厂里打零工，一月一千五。',
      '140800',
    );
    expect(h.income?.support).toEqual([]);
  });

  it('粤: 讲好每月畀八百，一分都冇畀', () => {
    const h = run(
      '来电人（女，35岁），离咗婚带住个仔（8岁）。前夫讲好每月畀八百，一分都冇畀。本人喺餐厅做嘢，每月两千二。',
    );
    expect(h.income?.support).toEqual([]);
  });
});

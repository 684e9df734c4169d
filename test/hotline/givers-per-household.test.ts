// Money said per giver (issue 22, round 22g): "一家一年给两千" opening a clause is each giver's household,
// so the sum is times the givers; the caller and their brothers and sisters counted before ("俺姊妹四个",
// "弟兄两个", "来电人兄弟三人") are the givers of what "each" gives. And the caller's own pay said after
// what they give ("每月给俺娘寄六百，自己…一个月挣三千多") is neither more support nor the household's
// income. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('the number of givers of a sum said per giver', () => {
  it('每人 after the caller and their sisters counted (姊妹)', () => {
    const h = run('来电人称俺爹（80岁）一个人在村里住，俺姊妹四个都在外头，每人每年给他一千五。');
    expect(h.income?.support?.[0]?.amount).toBe(6000);
    expect(h.members).toHaveLength(1);
  });

  it('一家一年给 after brothers counted (弟兄), who take turns', () => {
    const h = run('来电人称父亲（78岁）和母亲（75岁）在村里，俺弟兄两个轮流管，一家一年给三千。');
    expect(h.income?.support?.[0]?.amount).toBe(6000);
  });

  it('一家一年给 after daughters counted in the clause before', () => {
    const h = run('来电人（女，73岁）与老伴（76岁）在村里，四个闺女都嫁出去了，一家一年给八百。');
    expect(h.income?.support?.[0]?.amount).toBe(3200);
    expect(h.members).toHaveLength(2);
    expect(h.obligors?.list).toHaveLength(4);
  });

  it('粤: 每人 after 来电人兄弟三人', () => {
    const h = run('来电人反映阿妈（79岁）自己一个住，来电人兄弟三人都喺外面打工，每人每月俾佢三百。', '441700');
    expect(h.income?.support?.[0]?.amount).toBe(10800);
    expect(h.members).toHaveLength(1);
  });

  it('粤: 一家每年俾 after two daughters', () => {
    const h = run('来电人（女，72岁）同老公（75岁）住村里，两个女都嫁咗出去，一家每年俾三千。', '441700');
    expect(h.income?.support?.[0]?.amount).toBe(6000);
    expect(h.members).toHaveLength(2);
  });

  it('a family’s own income for the year is not each household’s', () => {
    const h = run('来电人（女，47岁），老公做散工，一家一年收入约4万元。');
    expect(h.income?.wages).toBe(40000);
    expect(h.income?.support).toBeUndefined();
  });
});

describe('the caller’s own pay after what they give', () => {
  it('自己…一个月挣 after 每月给俺娘寄 is the caller’s, not support', () => {
    const h = run(
      '来电人为俺娘咨询：俺娘72岁，一个人住某村。来电人是老大，每月给俺娘寄六百，自己在城里租房，一个月挣三千多。',
    );
    expect(h.income?.support?.[0]?.amount).toBe(7200);
    expect(h.income?.support).toHaveLength(1);
    expect(h.income?.wages).toBeUndefined();
    expect(h.members).toHaveLength(1);
  });

  it('粤: 自己…一个月揾 after 来电人每月俾阿妈', () => {
    const h = run(
      '来电人为阿妈咨询：阿妈70岁，一个人住某村。来电人每月俾阿妈五百，自己喺外面租屋，一个月揾四千几。',
      '441700',
    );
    expect(h.income?.support?.[0]?.amount).toBe(6000);
    expect(h.income?.wages).toBeUndefined();
  });

  it('farming said after support is still the farm’s income', () => {
    const h = run('来电人（男，65岁）一个人过，儿子每月给三百，自己种地一年挣三千。');
    expect(h.income?.support?.[0]?.amount).toBe(3600);
    expect(h.income?.business).toBe(3000);
  });
});

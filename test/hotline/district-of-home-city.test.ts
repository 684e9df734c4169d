// With the household placed only as far as a city (a city hospital named first), a county inside that
// city where the caller works is a nearer placing, not somewhere else: the caller who lives with the
// parents stays one of the household, not a child living apart. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('a county of the city the household is placed in', () => {
  it('north: 在运城的医院住院…来电人在垣曲县城打工，和父母一起住', () => {
    const h = run(
      '来电人（女，25岁）称，母亲前阵子查出胃癌，在运城中心医院住了半个月，自己掏了两万多。父亲腰不好干不了重活。来电人在垣曲县城饭店端盘子，一月三千左右，和父母一起住。',
      '140827',
    );
    expect(h.members?.some((m) => m.relation === 'child' && m.age === 25 && m.employed)).toBe(true);
    expect(h.obligors?.list ?? []).toHaveLength(0);
  });

  it('粤: 喺阳江市医院住院…来电人喺阳春市区做收银，同父母一齐住', () => {
    const h = run(
      '来电人（女，29岁）称，老豆上个月查出肺癌，喺阳江市人民医院住咗二十日，自己畀咗三万几。阿妈有糖尿病。来电人喺阳春市区超市做收银，每月三千蚊，同父母一齐住。',
      '441781',
    );
    expect(h.members?.some((m) => m.relation === 'child' && m.age === 29)).toBe(true);
    expect(h.obligors?.list ?? []).toHaveLength(0);
  });
});

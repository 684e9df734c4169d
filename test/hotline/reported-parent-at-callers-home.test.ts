// A parent the caller only reports on (称, 反映), while a later sentence says the caller lives with the
// parents: the household screened is the caller's, the parents its members. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('a reported parent at the caller’s own home', () => {
  it('north: 称，父亲…来电人在镇上打零工，跟爹娘一块住', () => {
    const h = run(
      '来电人（男，30岁）称，父亲前阵子查出胃癌，住院花了两万多。母亲腰不好干不了活。来电人在镇上打零工，一月三千来块，跟爹娘一块住。',
    );
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'parent', 'parent']);
    expect(h.members?.[0]?.age).toBe(30);
    expect(h.members?.[1]?.illnessName).toBe('胃癌');
    expect(h.obligors?.exist).not.toBe(true);
  });

  it('粤: 来电人话，老豆…来电人同父母一齐住', () => {
    const h = run(
      '来电人（女，29岁）话，老豆上个月查出肺癌，住院使咗三万几。阿妈有糖尿病。来电人喺镇上超市做收银，每月三千蚊，同父母一齐住。',
      '441781',
    );
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'parent', 'parent']);
    expect(h.members?.[1]?.illnessName).toBe('肺癌');
  });

  it('asked for (替父亲咨询) the parent stays the one the call is about', () => {
    const h = run('来电人（男，35岁）替父亲咨询，父亲（68岁）瘫痪在床。来电人和父母一起住。');
    expect(h.members?.[0]?.age).toBe(68);
  });
});

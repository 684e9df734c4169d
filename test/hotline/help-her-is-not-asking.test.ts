// A summary already about the caller's parent, quoting the caller's siblings offering help ("我哋两兄妹
// 会轮流返去帮佢煮饭", 俺们兄妹几个…帮他做饭): 帮佢 there is help given, not a new person asked for — the
// parent stays the applicant, living alone, and the siblings stay children living apart. The texts
// are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('帮佢 in a quote is help, not asking for someone', () => {
  it('粤: 我哋两兄妹会轮流返去帮佢煮饭', () => {
    const h = run(
      '来电人喺广州做嘢，称其阿爸（70岁）上个礼拜跌伤咗腰，而家瞓喺床。"阿爸自己一个住，我哋两兄妹会轮流返去帮佢煮饭"。',
      '441781',
    );
    expect(h.members?.map((m) => [m.relation, m.age])).toEqual([['self', 70]]);
    expect(h.obligors?.list?.every((o) => o.relation === 'child')).toBe(true);
  });

  it('north: 俺们兄妹几个轮流回去帮他做饭', () => {
    const h = run(
      '来电人在太原打工，称其父亲（70岁）前几天摔伤了腰，现在躺在床上。"俺爸一个人住，俺们兄妹几个轮流回去帮他做饭"。',
    );
    expect(h.members?.map((m) => [m.relation, m.age])).toEqual([['self', 70]]);
    expect(h.obligors?.list?.every((o) => o.relation === 'child')).toBe(true);
  });
});

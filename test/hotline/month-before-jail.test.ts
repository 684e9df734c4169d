// Round 21 (yj21-h), second pass: a month right before 入狱 ("今年5月入狱", 粤 "上个月入咗监") says when someone
// went to prison, not 月入 (a month's income): the one jailed is in prison, not a member at home. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region: string) => intake({ region, text }, { today: '2026-12-06', parameters });

describe('a month before 入狱', () => {
  it('粤: 老公今年5月入狱', () => {
    const r = run(
      '来电人何某（女，40岁），某街道居民。老公（44岁）因盗窃罪今年5月入狱，判咗4年。本人喺超市做收银，每月2600元，带一个女（14岁）。',
      '441702',
    );
    expect(r.household.members?.map((m) => m.relation)).toEqual(['self', 'child']);
    expect(r.household.obligors?.list?.[0]?.relation).toBe('spouse');
    expect(r.household.obligors?.list?.[0]?.imprisoned).toBe(true);
    expect(r.household.income?.wages).toBe(31200);
  });

  it('晋南: 男人上个月入狱', () => {
    const r = run(
      '某村村民（女，38岁）来电，男人（41岁）打架伤人，上个月入狱了。俺带着俩娃（12岁、9岁）种地。',
      '140800',
    );
    expect(r.household.members?.some((m) => m.relation === 'spouse')).toBe(false);
    expect(r.household.obligors?.list?.[0]?.imprisoned).toBe(true);
  });
});

// A daughter-in-law (or son-in-law) phoning for a parent-in-law (issue 22, round 24): her husband is the
// parent-in-law's son, living elsewhere and owing support, not the subject's spouse living with them; and she
// herself, a child by marriage, owes the subject no support (民法典 第一千零六十七条 binds children), so she is
// no obligor. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') => intake({ region, text }, { today: '2026-12-05', parameters });
const verdict = (r: ReturnType<typeof run>, p: string) => r.report.results.find((x) => x.program === p)?.verdict;

describe("the caller's husband is the parent-in-law's son", () => {
  it('晋南: 替公公咨询…来电人丈夫（公公的独子）在外地打工', () => {
    const r = run(
      '来电人（女，40岁）替公公咨询。公公72岁，婆婆殁了，一个人住老院。来电人丈夫（公公的独子）在外地打工，一年给他两千。',
    );
    expect(r.household.members?.map((m) => m.relation)).toEqual(['self']);
    expect(r.household.obligors?.list?.map((o) => o.relation)).toEqual(['child']);
    expect(verdict(r, 'tekun')).toBe('unlikely');
  });

  it('粤: 替家婆问…来电人老公喺深圳打工', () => {
    const r = run(
      '来电人（女，33岁）替家婆问：家婆70岁，家公过身咗，一个人住。来电人老公喺深圳打工，每月俾家婆三百。',
      '441702',
    );
    expect(r.household.members?.map((m) => m.relation)).toEqual(['self']);
    expect(r.household.members?.[0]?.age).toBe(70);
    expect(r.household.obligors?.list?.map((o) => o.relation)).toEqual(['child']);
    expect(verdict(r, 'tekun')).toBe('unlikely');
  });
});

describe('a son-in-law asking for his mother-in-law', () => {
  it('晋南: 替岳母咨询…来电人妻子在县城上班', () => {
    const r = run('来电人（男，45岁）替岳母咨询。岳母75岁，一个人住。来电人妻子在县城超市上班。');
    expect(r.household.members?.map((m) => m.relation)).toEqual(['self']);
    expect(r.household.obligors?.list?.map((o) => o.relation)).toEqual(['child']);
  });
});

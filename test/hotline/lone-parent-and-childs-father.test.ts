// A lone parent and the children's other parent (issue 22, round 21c): 单亲妈妈 describes the person the
// call is about, not a mother of hers; 孩子爸爸 (as 孩子他爸) is her spouse or former spouse, and one who
// pays 抚养费 lives elsewhere (民法典 第一千零八十五条): he owes support and what he pays is the
// household's income, not a wage of a member. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') => intake({ region, text }, { today: '2026-12-05', parameters });

describe('a lone parent and the children’s father', () => {
  it('a lone mother with two children, their father paying upkeep: three people, his money is support', () => {
    const { household } = run(
      '永济市城西街道居民，女，36岁，单亲妈妈，带着俩娃（11岁、7岁）。在超市当收银员一月两千，孩子爸爸一月给抚养费八百。租的房子。',
    );
    expect(household.members?.map((m) => m.relation)).toEqual(['self', 'child', 'child']);
    expect(household.income?.wages).toBe(24000);
    expect(household.income?.support?.[0]?.amount).toBe(9600);
    expect(household.obligors?.list?.map((o) => o.relation)).toEqual(['spouse']);
  });

  it('in written Cantonese, a lone father: he is the subject, not a parent of his', () => {
    const { household } = run(
      '江城区某街道居民，男，40岁，单亲爸爸，个仔9岁读三年级。本人喺酒楼做杂工，每月两千三，租屋住。',
      '441700',
    );
    expect(household.members?.map((m) => m.relation)).toEqual(['self', 'child']);
    expect(household.members?.[0]?.age).toBe(40);
  });

  it('the children’s mother named in a resident’s own words is the spouse', () => {
    const { household } = run('来电人（男，45岁）称，孩子妈妈前年病了干不了活，俩娃上学，一家四口就靠他打零工。');
    expect(household.members?.[1]?.relation).toBe('spouse');
  });
});

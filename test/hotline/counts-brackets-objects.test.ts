// Counts, brackets and objects in a call summary (issue 22, round 7). Once the household's size was
// said, a count before money words (两人学费合计…) counts those the money is of, not the household. A
// bracket right after a person naming whose relative they are (孩子爸爸（刘某之子）) is the same person.
// Someone named after a word for leaving, with another before it (儿媳改嫁后不理孙女), is its object and
// stays. Compensation another person holds (赔了十万，钱在儿媳手里) is not the household's; 有女人 is
// an affair, not a daughter. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('counts, brackets and objects', () => {
  it('a count before money words after the size is not the size', () => {
    const h = run(
      '来电人（女，46岁），一家四口：丈夫（48岁）；大女儿（20岁）读大二；小儿子（16岁）读高一。两人学费一年合计八千。',
    );
    expect(h.members).toHaveLength(4);
  });

  it('a bracket saying whose relative someone is names the same person', () => {
    const h = run(
      '来电人刘某（男，66岁），与老伴（63岁）、孙子（9岁）三人生活，孩子爸爸（刘某之子）去年病故，儿媳改嫁后不理孙子。',
    );
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse', 'grandchild']);
  });

  it('compensation someone else holds is not the household’s', () => {
    const h = run('来电人（女，70岁），儿子今年在工地摔死，包工头赔了十万，钱在儿媳手里，儿媳已改嫁。');
    expect(h.income?.otherTransfers).toBeUndefined();
    expect(h.income?.wages).toBeUndefined();
  });

  it('有女人 is not a daughter', () => {
    const h = run('来电人 女 40 老公喺外面有女人 唔返屋企 我带住一个仔 十岁', '441700');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'child']);
  });
});

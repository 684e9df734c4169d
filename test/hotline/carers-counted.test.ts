// A count of the carers (issue 22, round 22c): "两人带着外孙（6岁）过", 粤 "两个人带住个孙仔住" counts the couple
// who look after the grandchild, not the household; the grandchild lives with them and owes nobody support.
// A child gone "去南方打工" lives elsewhere. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') => intake({ region, text }, { today: '2026-12-05', parameters });

describe('a count of the people who look after someone', () => {
  it('the couple and the grandson they raise are the household; the daughter in the south owes support', () => {
    const { household } = run(
      '芮城县某村村民，来电人贾某（女，61岁），老汉（63岁）腰不行，两人带着外孙（9岁）过，闺女前年去南方打工了，一年给娃寄两千来块。',
    );
    expect(household.members?.map((m) => m.relation)).toEqual(['self', 'spouse', 'grandchild']);
    expect(household.members?.[2]?.age).toBe(9);
    expect(household.obligors?.list?.map((o) => o.relation)).toEqual(['child']);
  });

  it('in written Cantonese: 两个人带住个孙仔 counts the couple and the grandson', () => {
    const { household } = run(
      '阳西县某村村民冯某（男，72岁），同老婆两个人带住个孙仔（7岁）住，个仔喺深圳打工，好少寄钱返嚟。',
      '441700',
    );
    expect(household.members?.map((m) => m.relation)).toEqual(['self', 'spouse', 'grandchild']);
    expect(household.obligors?.list?.map((o) => o.relation)).toEqual(['child']);
  });

  it('a count alone still says the household', () => {
    const { household } = run('临猗县某村村民张某（男，70岁），老伴（68岁），两人过，儿子在西安打工。');
    expect(household.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
  });
});

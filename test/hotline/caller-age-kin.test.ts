// The caller's bracket before who the caller is (issue 22, round 21c): "来电人（56岁）为其唯一儿子，本人在
// 城里上班" is the son speaking of his mother; his work and wage are his, not hers, and 为 there is the
// copula, unless a request follows (为其母亲咨询). The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { readCallerAgeKin } from '../../bot/hotline/caller-age-kin.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') => intake({ region, text }, { today: '2026-12-05', parameters });

describe("the caller's bracket before who the caller is", () => {
  it('an only son in town: the mother alone is the household, his wage is not hers', () => {
    const { household } = run(
      '村民反映：其母亲（79岁）住闻喜县某村，一个人过，有残疾证，肢体二级。来电人（50岁）为其唯一儿子，本人在县城饭店里打工，一月两千来块，家里也紧巴巴的。',
    );
    expect(household.members?.map((m) => m.relation)).toEqual(['self']);
    expect(household.members?.[0]).toMatchObject({ age: 79, hasDisability: true });
    expect(household.members?.[0]?.employed).toBeUndefined();
    expect(household.income?.wages).toBeUndefined();
    expect(household.obligors?.list?.[0]).toMatchObject({ relation: 'child', age: 50 });
  });

  it('in written Cantonese, a daughter: her wage stays out of her father’s household', () => {
    const { household } = run(
      '市民反映：其老豆（84岁）住阳西县某村，自己一个住。来电人（女，52岁）系其女儿，本人喺阳江打工，每月两千五，自己都要供仔读书。',
      '441700',
    );
    expect(household.members?.map((m) => m.relation)).toEqual(['self']);
    expect(household.members?.[0]?.age).toBe(84);
    expect(household.income?.wages).toBeUndefined();
    expect(household.obligors?.list?.[0]).toMatchObject({ relation: 'child', age: 52 });
  });

  it('keeps the length, and leaves a request for a relative alone', () => {
    const t = '来电人（56岁）为其唯一儿子，本人在城里。';
    const read = readCallerAgeKin(t);
    expect(read).toHaveLength(t.length);
    expect(read.startsWith('来电人系其儿子（56岁）')).toBe(true);
    const asking = '来电人（男，45岁）为其母亲咨询低保。';
    expect(readCallerAgeKin(asking)).toBe(asking);
  });
});

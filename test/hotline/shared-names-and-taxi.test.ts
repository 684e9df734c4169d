// Round 13 of call summaries: a street name both cities have (城东街道, 城北街道) is the one in the city the
// agent chose, for where the family lives and where an emergency happened; driving a taxi (粤 "开的士") is
// work for pay; "月租屋1200" is the rent paid for a rented home, not rent collected. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region: string) => intake({ region, text }, { today: '2026-12-05', parameters });

describe('a street name two cities share', () => {
  it('is read in the city the agent chose', () => {
    const y = run('城北街道居民（女，62岁），老公上个月中风住院，自付三万几。', '441702');
    expect(y.report.region).toBe('441702');
    expect(y.household.hardship?.events?.[0]?.place).toBe('441702');
    const s = run('城北街道居民（女，62岁），老伴上个月中风住院，自己掏了三万多。', '140881');
    expect(s.report.region).toBe('140881');
  });
});

describe('work and rent said in 粤 words', () => {
  it('开的士 with a monthly figure is wages; 月租屋 is a rented home', () => {
    const h = run(
      '城南街道 陈生，40岁，同个仔（10岁）住。本人开的士，每月净收入约四千五，月租屋1000。',
      '441702',
    ).household;
    expect(h.members?.[0]?.employed).toBe(true);
    expect(h.income?.wages).toBe(54000);
    expect(h.income?.property).toBeUndefined();
    expect(h.property?.houses).toBe(0);
  });
});

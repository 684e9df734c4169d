// The city's own name, said by a household in the district the place data lists as its 市区, is where
// the household already lives: someone working "in the city" there is still at home. From a county
// of the same city it is another place. Our own texts.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region: string) => intake({ region, text }, { today: '2026-12-05', parameters });

describe('the city proper, from one of its districts', () => {
  it('a father driving a taxi in the city stays a member, his earnings counted', () => {
    const r = run(
      '盐湖区解州镇村民来电，女儿（12岁）11月底摔断了腿。来电人（41岁）在运城开出租车，一月四千左右；妻子在家。',
      '140802',
    );
    expect(r.household.members?.map((m) => m.relation)).toEqual(['self', 'parent', 'parent']);
    expect(r.household.obligors?.list ?? []).toEqual([]);
    expect(r.household.income?.wages).toBe(48000);
  });

  it('in Cantonese, a son delivering in the city from a district of it', () => {
    const r = run('江城区某街道居民来电（女，52岁），老公前年过身，个仔（23岁）喺阳江送外卖，每月三千几。', '441702');
    expect(r.household.members?.map((m) => m.relation)).toEqual(['self', 'child']);
    expect(r.household.members?.[1]?.age).toBe(23);
  });

  it('from a county of the same city, a son working in the city lives elsewhere', () => {
    const r = run('夏县某村村民来电（男，70岁），和老伴住，儿子在运城开饭店，一年给两千。', '140828');
    expect(r.household.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
    expect(r.household.obligors?.list?.[0]?.relation).toBe('child');
  });
});

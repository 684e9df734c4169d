// Who belongs to the household, round 16: a grown child said to live on their own (已结婚单独生活,
// 粤 "自己租屋住") lives apart; a spouse who went to prison in a named year ("2023年入狱") is in prison,
// not 年入 (a year's income); a parent and child counted as a pair (父女两人, 母子二人) are the person
// and the child; the sex said right after the person's own age ("本人52岁女，") is not a daughter.
// The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('living on their own', () => {
  it('晋南: 闺女已结婚单独生活: an obligor, not a member', () => {
    const h = run('来电人（女，62岁）一个人住，闺女（35岁）在县城上班，已结婚单独生活，逢年过节给点钱。');
    expect(h.members?.length).toBe(1);
    expect(h.obligors?.list?.[0]?.relation).toBe('child');
  });

  it('粤: 个仔做保安，自己租屋住: not a member', () => {
    const h = run('来电人（男，68岁）同老婆两个住。个仔喺城区做保安，自己租屋住。', '441781');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
    expect(h.obligors?.list?.some((o) => o.relation === 'child')).toBe(true);
  });

  it('the caller renting on their own is still a rented home', () => {
    const h = run('来电人（男，40岁），离婚，自己租屋住，喺超市返工。', '441702');
    expect(h.property?.houses).toBe(0);
  });
});

describe('in prison since a year named', () => {
  it('晋南: 丈夫2023年入狱: an obligor in prison, not a member', () => {
    const h = run('来电人（女，50岁）称丈夫因诈骗2023年入狱，判了六年。本人在饭店洗碗，一个月一千六。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self']);
    expect(h.obligors?.list?.[0]).toMatchObject({ relation: 'spouse', imprisoned: true });
  });
});

describe('a parent and child counted as a pair', () => {
  it('晋南: 父女两人 after the father and the daughter: two members', () => {
    const h = run('来电人（男，72岁）跟闺女（44岁）住，闺女有精神残疾。父女两人就靠他一个月一百多的养老金过。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'child']);
  });

  it('粤: 母子二人: two members', () => {
    const h = run('来电人（女，63岁），母子二人住，个仔39岁，智力残疾。', '441704');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'child']);
  });
});

describe('the sex after the person’s own age', () => {
  it('粤: 本人52岁女，乳腺癌: the caller is 52 and ill, no daughter', () => {
    const h = run('阳春市居民来电，本人52岁女，乳腺癌化疗中。老公54岁做散工。个女20岁读大学。', '441781');
    expect(h.members?.[0]).toMatchObject({ relation: 'self', age: 52, seriousIllness: true });
    expect(h.members?.filter((m) => m.relation === 'child').length).toBe(1);
  });

  it('晋南: 带着3岁女儿 still gives the child the age', () => {
    const h = run('来电人（女，30岁）带着3岁女儿在县城租房住。');
    expect(h.members?.[1]).toMatchObject({ relation: 'child', age: 3 });
  });
});

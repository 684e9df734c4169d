// Who lives in the household a call summary describes (issue 22, round 3): a size said that counts
// a son working in the city keeps him a member (his wage is the household's); a driver or a boss who
// ran off is not a missing family member; a child's spouse named right after the child (儿子媳妇,
// 细仔老婆) is not the applicant's spouse. The texts are our own, not items of the blind sets.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') => intake({ region, text }, { today: '2026-12-05', parameters });

describe('the household a summary describes', () => {
  it('"家里四口人" counting a son who works in the city: he is a member, with his wage', () => {
    const r = run(
      '来电人（男，55岁）称家里四口人，老伴（53岁）、儿子（27岁，在运城打工，月工资三千）、女儿（19岁，在读大专）。',
    );
    expect(r.household.members).toHaveLength(4);
    expect(r.household.members?.[2]).toMatchObject({ relation: 'child', age: 27, employed: true });
    expect(r.household.income?.wages).toBe(36000);
    expect(r.household.obligors?.list ?? []).toEqual([]);
  });

  it('without a size said, a son working in another city lives elsewhere', () => {
    const r = run('来电人（男，55岁）与老伴（53岁）在家种地，儿子（27岁）在西安打工。');
    expect(r.household.members).toHaveLength(2);
    expect(r.household.obligors?.list?.[0]).toMatchObject({ relation: 'child' });
  });

  it('the driver who ran off is not a family member gone missing', () => {
    const r = run(
      '来电人（女，40岁）称丈夫（42岁）11月20日在县城被一辆小车撞了，司机跑了，丈夫腿骨折住院。家里还有一个孩子（10岁）。',
    );
    expect(r.household.members?.map((m) => m.relation)).toContain('spouse');
    expect(r.household.obligors?.list?.some((o) => o.declaredMissing)).not.toBe(true);
  });

  it("a son's wife named after him is not the applicant's wife", () => {
    const r = run(
      '来电人（男，60岁），屋企五个人：本人、老婆（58岁）、个仔（30岁）、个仔老婆（28岁，喺屋企）、孙女（3岁）。',
      '441700',
    );
    expect(r.household.members?.filter((m) => m.relation === 'spouse').map((m) => m.age)).toEqual([58]);
  });
});

describe('who the call is about', () => {
  it('a parent who died is not the subject: the caller and the family left are', () => {
    const r = run(
      '来电人（女儿，22岁）称父亲12月1号突发脑出血去世了，办丧事借了三万。家里还有母亲（50岁，肢体残疾三级）。',
    );
    expect(r.household.members?.map((m) => [m.relation, m.age])).toEqual([
      ['self', 22],
      ['parent', 50],
    ]);
    expect(r.household.members?.[0]?.seriousIllness).not.toBe(true);
  });

  it('"妻子打散工" is work at home, not violence she fled', () => {
    const r = run(
      '市民（男，45岁）来电反映，本月1日其在镇上骑摩托车被小车撞倒，腿骨折住院，家中仅妻子打散工，生活困难。',
    );
    expect(r.household.members?.[1]).toMatchObject({ relation: 'spouse', employed: true });
    expect(r.household.obligors?.list ?? []).toEqual([]);
    expect(r.household.hardship?.events?.map((e) => e.kind)).toEqual(['traffic_accident']);
  });
});

describe('a spouse working away', () => {
  it('is still a member of the household a summary describes (配偶 always counts)', () => {
    const r = run(
      '来电人（女，36岁），丈夫（38岁）平时在外打零工，是家里主要收入，11月25日在工地摔伤住院。家里两个孩子（10岁、6岁）。',
    );
    expect(r.household.members?.map((m) => m.relation)).toEqual(['self', 'spouse', 'child', 'child']);
    expect(r.household.obligors?.list ?? []).toEqual([]);
  });

  it('a son working away still lives elsewhere', () => {
    const r = run('来电人（女，66岁）与老伴（68岁）在家种地，儿子（40岁）在外打工。');
    expect(r.household.members).toHaveLength(2);
  });
});

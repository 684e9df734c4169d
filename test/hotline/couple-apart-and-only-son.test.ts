// Round 21 (yj21-h), second pass: a couple joined by 同/和 to a child and living apart (粤 "两老同个女分开住",
// 晋南 "老两口和闺女分开过") sets the child apart, not the spouse in the couple word, and 自己住 right after is the
// couple on their own; an only child named again by the plain word (独生子 … 儿子) is the one child; a shop or
// eatery run by a relative (开快餐店) is work; what was paid all borrowed from relatives (都系问亲戚借嘅) is basic
// living severely hit. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region: string) => intake({ region, text }, { today: '2026-12-06', parameters });
const verdict = (r: ReturnType<typeof run>, p: string) => r.report.results.find((x) => x.program === p)?.verdict;

describe('a couple apart from their child, an only son again, and a deposit borrowed', () => {
  it('粤: 两老同个女分开住，自己住一间旧屋', () => {
    const r = run(
      '某镇居民陈某（男，71岁），与老伴（68岁）靠女儿（43岁）供养，女儿喺县城开快餐店，每月畀佢哋1200元。两老同个女分开住，自己住一间旧屋。',
      '441721',
    );
    const h = r.household;
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
    expect(h.obligors?.list?.map((o) => o.relation)).toEqual(['child']);
    expect(h.obligors?.list?.[0]?.ableBodiedAdult).toBe(true);
  });

  it('晋南: 老两口和闺女分开过，自己住两孔旧窑', () => {
    const r = run(
      '某村村民王某（男，72岁），跟老伴（70岁）靠闺女（45岁）养活，闺女每月给500块。老两口和闺女分开过，自己住两孔旧窑。',
      '140800',
    );
    expect(r.household.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
    expect(r.household.members?.[1]?.age).toBe(70);
    expect(r.household.obligors?.list?.[0]?.relation).toBe('child');
  });

  it('粤: 独生子搬返嚟住，"儿子而家冇工作"', () => {
    const r = run(
      '某街道居民（男，66岁）来电，本人同老伴（64岁）都系退休工人，退休金合共每月约4800元。独生子（36岁）离婚后带住个女（7岁）搬返嚟住，儿子“而家冇工作，日日喺屋企瞓觉”。',
      '441781',
    );
    const m = r.household.members ?? [];
    expect(m.filter((x) => x.relation === 'child')).toHaveLength(2);
    expect(m.find((x) => x.age === 36)?.employed).toBe(false);
    expect(verdict(r, 'dibao')).toBe('unlikely');
  });

  it('晋南: 独生女 … 女儿 is one daughter', () => {
    const r = run('某村村民（女，63岁）来电，独生女（38岁）离了婚回娘家住，女儿现在没工作。', '140800');
    const kids = (r.household.members ?? []).filter((x) => x.relation === 'child');
    expect(kids).toHaveLength(1);
    expect(kids[0]?.employed).toBe(false);
  });

  it('粤: 押金"都系问亲戚借嘅"', () => {
    const r = run(
      '某镇村民（女，60岁）来电，12月5日丈夫（63岁）突发脑出血，而家喺ICU，已交押金3万元，都系问亲戚借嘅。两人种田。',
      '441704',
    );
    expect(r.household.hardship?.events?.[0]?.kind).toBe('sudden_illness');
    expect(r.household.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });

  it('晋南: 押金"都是跟亲戚借的"', () => {
    const r = run(
      '某村村民（女，58岁）来电，12月4日男人（60岁）突发脑梗住院，交了两万块押金，都是跟亲戚借的。两口子种地。',
      '140800',
    );
    expect(r.household.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });
});

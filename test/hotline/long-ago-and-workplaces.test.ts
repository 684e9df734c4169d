// Issue 22, round 7: an accident told with a year long past (2015年, 前些年, 早年, 十多年前) explains a
// disability or a death, it is not an emergency now (临时救助 is for what happened lately); a farm,
// a business or a school named as where someone is employed (在养殖场干活, 蚝排工人, 在幼儿园当保育员)
// makes what they earn a wage, not the family's business income or a school cost; storm damage
// (被打烂) is not a crime and "塌了天" is not a collapse; 脱贫户 is not a 低收入家庭 recognition.
// The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { parseWhen } from '../../bot/understand/dates.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('accidents long past are not emergencies now', () => {
  it('reads years ago and a year alone', () => {
    expect(parseWhen('前些年出了车祸', '2026-12-05')).toBe('2024-01-01');
    expect(parseWhen('十多年前摔伤', '2026-12-05')).toBe('2016-01-01');
    expect(parseWhen('2019年在矿上砸伤', '2026-12-05')).toBe('2019-01-01');
    // A month named still gives the month.
    expect(parseWhen('2026年10月摔伤', '2026-12-05')).toBe('2026-10-01');
    expect(parseWhen('11月3日', '2026-12-05')).toBe('2026-11-03');
  });

  it('a disability from an old injury is no event', () => {
    const h = run('某村，男，52岁，2016年在矿上砸伤了腿，肢体三级残疾，一个人过，问低保。');
    expect(h.hardship?.events ?? []).toEqual([]);
    expect(h.members?.[0]?.hasDisability).toBe(true);
  });

  it('a son lost in an accident years ago is no event; a flood last month is', () => {
    const h = run('某村老两口，78岁、75岁。儿子早年出车祸没了。上个月发大水把院墙冲倒了，问救助。');
    expect(h.hardship?.events?.map((e) => e.kind)).toEqual(['natural_disaster']);
  });

  it('a recent accident stays', () => {
    const h = run('来电人，男，45岁，11月20日骑车被撞倒，腿骨折住院。');
    expect(h.hardship?.events?.[0]?.kind).toBe('traffic_accident');
    expect(h.hardship?.events?.[0]?.date).toBe('2026-11-20');
  });
});

describe('where someone is employed', () => {
  it('a wage earned at a farm or a business', () => {
    expect(run('某村，女，50岁。丈夫52岁，在邻村养鸡场干活，一个月2500元。').income).toEqual({ wages: 30000 });
    expect(run('某村，男，38岁，蚝排工人，每月3500。', '441700').income).toEqual({ wages: 42000 });
  });

  it('a school as a workplace is neither schooling nor a cost', () => {
    const h = run('某镇居民，女，40岁，在镇上小学当生活老师，每月2000元。');
    expect(h.income).toEqual({ wages: 24000 });
    expect(h.members?.[0]?.student).toBeUndefined();
    expect(h.hardship?.expenses).toBeUndefined();
  });

  it('the family farming at home is still business, a child at a kindergarten still a cost', () => {
    expect(run('某村，男，60岁，在家养猪，一年挣两万。').income).toEqual({ business: 20000 });
    expect(run('某村，女，30岁，孩子在镇上上幼儿园，一个月伙食费三百。').hardship?.expenses?.[0]?.kind).toBe(
      'education',
    );
  });
});

describe('words that looked like events or statuses', () => {
  it('a raft broken by a typhoon is damage, not a crime', () => {
    const h = run('某村，男，60岁。上个月台风把鱼排打烂了，损失三万。', '441700');
    expect(h.hardship?.events?.map((e) => e.kind)).toEqual(['natural_disaster']);
  });

  it('"塌了天" after a death says life is hard, not that a house fell', () => {
    const h = run('某镇，女，40岁。丈夫11月2日突发脑出血去世，家里塌了天，两个娃上学。');
    expect(h.hardship?.events?.[0]?.kind).toBe('sudden_illness');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });

  it('脱贫户 is not a 低收入家庭 recognition', () => {
    expect(run('某村脱贫户，男，66岁，和老伴两个人过。').currentBenefits?.lowIncome).toBeUndefined();
    expect(run('某村，男，66岁，家里是低保边缘户。').currentBenefits?.lowIncome).toBe(true);
  });
});

// Emergencies in call summaries written by others (issue 22, round 3): whether basic living is
// severely affected, said in any words ("连…都没了", "押金交不上", "身上只剩…"), or said to be
// manageable ("吃饭不成问题"); kinds of emergency named in everyday words (相撞, 家暴, 传销, a
// boss who ran off with the wages); money the family cannot pay is not money it has; days that
// passed are not a day's pay; and work the caller does is the caller's, not the subject's.
// The texts are our own, not items of the blind evaluation sets.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') => intake({ region, text }, { today: '2026-12-05', parameters });
const event = (r: ReturnType<typeof run>) => r.household.hardship?.events?.[0];
const verdict = (r: ReturnType<typeof run>, program: string) =>
  r.report.results.find((x) => x.program === program)!.verdict;

describe('basic living severely affected, in any words', () => {
  it('"连…都没了" with anything in between', () => {
    const r = run('来电人（女，45岁）称丈夫11月20日在镇上被大货车撞了，住院一个月，现在连给孩子买本子的钱都没了。');
    expect(event(r)).toMatchObject({ kind: 'traffic_accident', basicLivingSevere: true });
    expect(verdict(r, 'temporary_assistance')).toBe('likely');
  });

  it('in Cantonese: 连…都冇', () => {
    const r = run('来电人（男，50岁）话11月28号屋企着咗火，而家连瞓觉嘅被都冇。', '441700');
    expect(event(r)).toMatchObject({ kind: 'fire', basicLivingSevere: true });
  });

  it('连 in 连续 or 连同 is not "even"', () => {
    const r = run(
      '来电人（男，60岁）称11月30日起连续下了三天大雨，房顶塌了一角，连同粮食也泡了一些，但亲戚帮衬，还能维持。',
    );
    expect(event(r)?.basicLivingSevere).toBe(false);
  });

  it('a deposit that cannot be paid, and the sum that cannot be found, is not income', () => {
    const r = run(
      '来电人称其父亲70岁，独居，12月1号在家摔了一跤，腿骨折了，住院押金交不上，来电人一下子拿不出几万块。父亲每月养老金一百五。',
    );
    expect(event(r)).toMatchObject({ kind: 'accident', basicLivingSevere: true });
    expect(r.household.income?.pensions ?? 0).toBe(0);
    expect(r.household.income?.basicPension).toBe(1800);
  });

  it('only a few yuan left on them, no fare home', () => {
    const r = run(
      '来电人（男，40岁），外省人，12月2日在工地干活的包工头跑了，工钱一分没拿到，身上只剩十几块钱，没路费回家。',
    );
    expect(event(r)).toMatchObject({ kind: 'other', basicLivingSevere: true });
  });

  it('said to be manageable: 吃饭不成问题, 生活冇问题', () => {
    expect(
      event(run('来电人（女，70岁）称上个月被人以投资为名骗走五万元积蓄，已报警，吃饭倒不成问题。')),
    ).toMatchObject({ kind: 'crime', basicLivingSevere: false });
    expect(
      event(run('来电人（男，40岁）话11月中喺屋企跌倒骨折，住院自己出咗三千，屋企生活冇问题。', '441700'))
        ?.basicLivingSevere,
    ).toBe(false);
  });
});

describe('kinds of emergency in everyday words', () => {
  it('two vehicles 相撞 or 擦碰 is a traffic accident, even with ICU after it', () => {
    expect(event(run('来电人妻子称：丈夫（40岁）11月25日骑摩托车和小轿车相撞，现在还在ICU。'))?.kind).toBe(
      'traffic_accident',
    );
    expect(event(run('来电人男，45岁，12月3号开三轮车同货车擦碰，跌伤咗手。', '441700'))?.kind).toBe(
      'traffic_accident',
    );
  });

  it("a car in the accident is not the household's car", () => {
    const r = run('来电人（男，35岁）称11月30日晚在路上被一辆货车撞倒，腿骨折，货车司机只垫了两千。');
    expect(r.household.property?.vehicles).toBeUndefined();
  });

  it('fleeing violence at home with a child is an emergency; the husband is not in the household', () => {
    const r = run('某派出所转来：一名女子（30岁）带着6岁儿子，称长期被丈夫打，12月1日从家中跑出来，身上没带钱。');
    expect(event(r)).toMatchObject({ kind: 'other', date: '2026-12-01', basicLivingSevere: true });
    expect(r.household.members?.some((m) => m.relation === 'spouse')).toBe(false);
  });

  it('lured into a pyramid scheme (传销) is a crime', () => {
    const r = run('一名女子（25岁）被人以介绍工作为名骗来参加传销，12月2日逃出来，身上冇钱。', '441700');
    expect(event(r)).toMatchObject({ kind: 'crime', basicLivingSevere: true });
  });
});

describe('who said what', () => {
  it('the caller named as a son, working away, is not the mother the call is about', () => {
    const r = run('来电人称其母亲72岁，独居，农村户口。来电人是儿子，在太原打工，每月给母亲两百块。');
    expect(r.household.members?.[0]?.employed).toBeUndefined();
    expect(r.household.obligors?.list?.[0]).toMatchObject({ relation: 'child', ableBodiedAdult: true });
  });

  it("days that passed are not a day's pay", () => {
    const r = run('来电人（男，38岁）在工地打工，老板跑了，已经三天没怎么吃饭。');
    expect(r.household.income?.wages ?? 0).toBe(0);
  });
});

describe('more words for the same', () => {
  it('身上的钱交完押金就冇晒: nothing left on them', () => {
    const r = run(
      '来电人（男，50岁）外省人，12月3号喺镇上骑摩托车同货车擦碰，跌伤咗脚，身上啲钱交完押金就冇晒。',
      '441700',
    );
    expect(r.household.hardship?.events?.[0]).toMatchObject({ kind: 'traffic_accident', basicLivingSevere: true });
  });

  it('学费生活费都冇着落: a 都 before the words does not hide them', () => {
    const r = run('来电人（男，48岁）称11月中旬卖果被骗，一年收入冇晒，已报警，细路学费生活费都冇着落。', '441700');
    expect(r.household.hardship?.events?.[0]).toMatchObject({ kind: 'crime', basicLivingSevere: true });
  });

  it('a fisherman lost at sea (遇难) is an accident, and a death', () => {
    const r = run(
      '来电人（女，40岁）称老公11月20号出海，船翻咗，老公遇难，屋企仲有个仔（10岁），而家连交学费嘅钱都冇。',
      '441700',
    );
    expect(r.household.hardship?.events?.[0]).toMatchObject({ kind: 'accident', basicLivingSevere: true });
    expect(r.household.members?.some((m) => m.relation === 'spouse')).toBe(false);
  });

  it('savings gone but food no problem: manageable', () => {
    const r = run('来电人（男，70岁）11月中被人电话骗咗五万蚊积蓄，已报警，食饭唔成问题，但系棺材本冇晒。', '441700');
    expect(r.household.hardship?.events?.[0]?.basicLivingSevere).toBe(false);
  });
});

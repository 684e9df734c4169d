// Emergencies as work orders tell them (issue 22, round 22): a vehicle that knocks someone down (被货车刮倒,
// 粤 俾车刮低) or a vehicle overturned while driven is a road accident (a bare 刮倒 stays the wind's); gas
// flaring up at home (漏气爆燃) is a fire; a home no longer fit to live in (墙裂了不能住, 不敢在里头住, 粤 住唔得)
// or money for it raised from everyone (东拼西凑借的) leaves basic living severely hit. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') => intake({ region, text }, { today: '2026-12-05', parameters });
const verdict = (r: ReturnType<typeof run>, program: string) =>
  r.report.results.find((x) => x.program === program)?.verdict;

describe('emergency words, round 22', () => {
  it('晋南: knocked down by a car on the road is a traffic accident', () => {
    const r = run('来电人（男，47岁）称12月2日早上去地里，路上被一辆小车刮倒，胳膊骨折，现在县医院住着。');
    expect(r.household.hardship?.events?.[0]?.kind).toBe('traffic_accident');
  });

  it('粤: 俾车刮低 is a traffic accident', () => {
    const r = run('来电人（女，58岁）话12月1日喺路边俾车刮低，跌断咗只脚，而家喺医院。', '441702');
    expect(r.household.hardship?.events?.[0]?.kind).toBe('traffic_accident');
  });

  it('a wall blown down by the wind stays a natural disaster', () => {
    const r = run('来电人（男，66岁）称12月3日夜里大风刮倒了院墙，压坏了屋顶，问有没有救助。');
    expect(r.household.hardship?.events?.[0]?.kind).toBe('natural_disaster');
  });

  it('晋南: a tricycle he drove overturned is a traffic accident', () => {
    const r = run('来电人（女，50岁）称老汉12月1日开的电动三轮在村口坡上翻了，腿压断了，家里就靠他卖菜。');
    expect(r.household.hardship?.events?.[0]?.kind).toBe('traffic_accident');
  });

  it('晋南: gas flaring up at home is a fire', () => {
    const r = run('来电人（男，39岁）称12月2日晚上家里煤气罐漏气爆燃，厨房烧了，本人手上烫伤。');
    expect(r.household.hardship?.events?.[0]?.kind).toBe('fire');
  });

  it('晋南: after a flood, the house cracked and cannot be lived in: severe, temporary assistance likely', () => {
    const r = run(
      '平陆县某村村民（男，60岁）来电，12月1日夜里发大水，两间房进了水，墙裂了不能住，两口人圪蹴在亲戚家。平时种地一年五千来块。',
    );
    expect(r.household.hardship?.events?.[0]?.kind).toBe('natural_disaster');
    expect(r.household.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
    expect(verdict(r, 'temporary_assistance')).toBe('likely');
  });

  it('粤: after a flood the house 住唔得: severe', () => {
    const r = run('来电人（女，62岁）话12月2日水浸，间屋墙裂晒住唔得，而家一个人暂时喺村委。', '441781');
    expect(r.household.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });

  it('晋南: a sudden illness paid for with money raised from everyone: severe', () => {
    const r = run('来电人（男，45岁）称老娘11月30日突发脑梗，在县医院住院花了三万多，“钱都是东拼西凑借的”。');
    expect(r.household.hardship?.events?.[0]?.kind).toBe('sudden_illness');
    expect(r.household.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });
});

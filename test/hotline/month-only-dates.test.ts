// A call summary that names only the month, week or year of an emergency ("今年8月查出", "上个月",
// 粤 "上个礼拜") leaves its date unset for the village to ask, never guessed as the 1st; a day named or a
// part of a month ("十月初", "11月下旬") still dates it (issue 22, round 11). The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { parseWhen, whenIsRough } from '../../bot/understand/dates.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('month-only dates in a summary', () => {
  it('晋南: 老伴今年9月查出肺癌: the event, no date', () => {
    const h = run('来电人（男，66岁）称老伴今年9月查出肺癌，化疗自己掏了三万多。');
    expect(h.hardship?.events?.[0]?.kind).toBeDefined();
    expect(h.hardship?.events?.[0]?.date).toBeUndefined();
  });

  it('粤: 上个礼拜屋企火烧: the fire, no date', () => {
    const h = run('来电人（女，59岁），上个礼拜屋企火烧，烧咗半间屋。', '441702');
    expect(h.hardship?.events?.[0]?.kind).toBe('fire');
    expect(h.hardship?.events?.[0]?.date).toBeUndefined();
  });

  it('上个月 alone: no date', () => {
    const h = run('来电人（男，50岁）上个月在工地摔伤了腿，现在干不了活。');
    expect(h.hardship?.events?.[0]?.date).toBeUndefined();
  });

  it('a day named still dates it', () => {
    const h = run('来电人（男，50岁）11月20日在工地摔伤了腿。');
    expect(h.hardship?.events?.[0]?.date).toBe('2026-11-20');
  });

  it('a part of a month still dates it (粤 11月下旬)', () => {
    const h = run('来电人（女，45岁），老公11月下旬出海翻船，至今未搵到人。', '441721');
    expect(h.hardship?.events?.[0]?.date).toBe('2026-11-25');
  });
});

describe('whenIsRough', () => {
  it('says which words pin a day', () => {
    expect(whenIsRough('今年8月查出', '2026-12-05')).toBe(true);
    expect(whenIsRough('10月份', '2026-12-05')).toBe(true);
    expect(whenIsRough('上个星期', '2026-12-05')).toBe(true);
    expect(whenIsRough('昨天晚上', '2026-12-05')).toBe(false);
    expect(whenIsRough('12月3号', '2026-12-05')).toBe(false);
    expect(whenIsRough('十月初', '2026-12-05')).toBe(false);
    // (The date read is the same as before: only whether it is a day changes.)
    expect(parseWhen('今年8月查出', '2026-12-05')).toBe('2026-08-01');
  });
});

describe('where an illness happened', () => {
  it('晋南: 今年10月确诊白血病 in another city: not placed at home', () => {
    const h = run('来电人（男，35岁），稷山县某村，女儿今年10月确诊白血病，在太原住院化疗，自己掏了六万。', '140824');
    expect(h.hardship?.events?.[0]?.place).toBeUndefined();
  });

  it('粤: 12月2日喺屋企突然中风: the onset with its day is placed at home', () => {
    const h = run('阳春市某村来电人（女，60岁），老公12月2日喺屋企突然中风，送咗医院。', '441781');
    expect(h.hardship?.events?.[0]?.place).toBe('441781');
  });
});

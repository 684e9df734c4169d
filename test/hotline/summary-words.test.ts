// Call summaries, round 4 (issue 22): kinds of over-reading found on summaries written by others,
// each tested on our own sentences (not items of the blind sets) — a 户口 guessed from where someone
// lives, "一百多" read as half as much again, the caller's own job given to the person the call is
// about, work someone used to do, and the like.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { readNumber } from '../../bot/understand/numbers.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') => intake({ region, text }, { today: '2026-12-05', parameters });

describe('户口 is read from who someone is, not from where they live', () => {
  it('a village named as the address ("某村", "村里") guesses nothing', () => {
    for (const text of [
      '芮城县陌南镇某村，来电人（男，58岁）独居，每月领养老金一百六十元，无其他收入。',
      '来电人（女，61岁）住在村里老屋，丈夫已去世，一个人过。',
      '来电人（男，44岁），江城区某社区，与妻子同住。',
    ])
      expect(run(text).household.hukou).toBeUndefined();
  });

  it('村民 and 农民 still say a rural 户口 (as a guess), and 户口 words say it outright', () => {
    expect(run('夏县某村村民来电（女，66岁），独自生活。').household.hukou).toBe('rural');
    expect(run('来电人（男，40岁），城镇户口，住在村里租的房子。').household.hukou).toBe('urban');
  });
});

describe('rough amounts', () => {
  it('"一X多" is read low (100–160, used as 130), "三千多" keeps its middle', () => {
    expect(readNumber('一百多', 0)).toMatchObject({ lo: 100, hi: 160, value: 130 });
    expect(readNumber('一万多', 0)).toMatchObject({ lo: 10000, hi: 16000, value: 13000 });
    expect(readNumber('三千多', 0)).toMatchObject({ lo: 3000, hi: 4000, value: 3500 });
    expect(readNumber('七十多', 0)).toMatchObject({ lo: 70, hi: 80 });
  });

  it('a pension of "一百多" a month is about 1,560 a year', () => {
    const r = run('来电人（女，80岁）独居，每月只有一百多块的农村养老金，此外没有别的收入。');
    expect(r.household.income?.basicPension).toBe(1560);
  });
});

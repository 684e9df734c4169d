// "两人都冇病冇残" (issue 22, round 24d): a couple said to be neither ill nor disabled, with 都 before the set
// phrase (which the reader took for "none of them"), are neither seriously ill nor disabled, both of them.
// A phrase of good wishes (都冇病冇痛, 都没病没灾) still states nothing. Our texts.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') => intake({ region, text }, { today: '2026-12-05', parameters });

describe('a couple said to be neither ill nor disabled', () => {
  it('in written Cantonese, 两公婆都冇病冇残: both well and able', () => {
    const { household: h, report } = run(
      '阳东区某村村民（男，57岁）来电，老婆55岁，两公婆都冇病冇残，种菜一年卖万几蚊。问能唔能吃低保。',
      '441700',
    );
    for (const m of h.members ?? []) {
      expect(m.hasDisability).toBe(false);
      expect(m.seriousIllness).toBe(false);
    }
    expect(h.members).toHaveLength(2);
    expect(report.results.find((v) => v.program === 'tekun')?.verdict).toBe('unlikely');
  });

  it('in 晋南 words, 两口子都没病没残: both well and able', () => {
    const h = run('临猗县某村村民，男，56岁，老婆54岁，两口子都没病没残，种苹果一年落一万来块。').household;
    expect(h.members?.map((m) => [m.hasDisability, m.seriousIllness])).toEqual([
      [false, false],
      [false, false],
    ]);
  });

  it('都没病 alone: no serious illness, disability not said', () => {
    const h = run('万荣县某村，男，62岁，老伴60岁，俩人都没病，地里一年收入七八千。').household;
    expect(h.members?.map((m) => [m.hasDisability, m.seriousIllness])).toEqual([
      [undefined, false],
      [undefined, false],
    ]);
  });

  it('都冇病冇痛, a good wish, states nothing', () => {
    const h = run('阳西县某村村民（女，64岁），同老公66岁两个住，两个都冇病冇痛，种两亩地。', '441700').household;
    for (const m of h.members ?? []) {
      expect(m.hasDisability).toBeUndefined();
      expect(m.seriousIllness).toBeUndefined();
    }
  });
});

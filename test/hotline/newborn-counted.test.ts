// Round 21 (yj21-h), second pass: a baby just born to the caller or the caller's wife (粤 "老婆啱啱生咗BB",
// 晋南 "媳妇刚生了老二") is a child of the household, age 0, though no count or age names it. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region: string) => intake({ region, text }, { today: '2026-12-06', parameters });
const kids = (r: ReturnType<typeof run>) => (r.household.members ?? []).filter((m) => m.relation === 'child');

describe('a newborn is counted', () => {
  it('粤: 老婆冇返工，啱啱生咗BB', () => {
    const r = run(
      '市民陈生（34岁）来电，喺市区租屋住，老婆（30岁）冇返工，啱啱生咗BB，本人送外卖每月约4500元，大仔5岁。问可唔可以申请低保。',
      '441702',
    );
    expect(
      kids(r)
        .map((m) => m.age)
        .sort(),
    ).toEqual([0, 5]);
    expect(r.household.members?.find((m) => m.relation === 'spouse')?.employed).toBe(false);
    expect(r.report.results.find((x) => x.program === 'dibao')?.verdict).toBe('need_info');
  });

  it('晋南: 媳妇刚生了老二，大的4岁', () => {
    const r = run('某村村民（男，30岁）来电，媳妇（28岁）刚生了老二，在家坐月子，大的4岁。俺在工地打零工。', '140800');
    expect(
      kids(r)
        .map((m) => m.age)
        .sort(),
    ).toEqual([0, 4]);
  });

  it('a baby already named with its age is not counted twice', () => {
    const r = run('某村村民（男，29岁）来电，老婆（27岁）刚生了二胎，两个娃（3岁、1个月）。', '140800');
    expect(kids(r).reduce((k) => k + 1, 0)).toBe(2);
  });

  it("a daughter's baby is not the caller's child", () => {
    const r = run('某村村民（女，58岁）来电，闺女嫁到邻村，刚生了个娃。俺跟老汉种地。', '140800');
    expect(kids(r).every((m) => m.age !== 0)).toBe(true);
  });
});

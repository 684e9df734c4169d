/** Who calls from outside the household: one reading for the family roles and the person words. */
import { describe, expect, it } from 'vitest';
import { opensWithOutsideCaller, reporterAt } from '../../bot/understand/outside-caller.ts';

describe('a caller from outside the household', () => {
  it('finds a cadre, grid worker or neighbour who calls or reports, and where', () => {
    expect(reporterAt('某村村主任来电反映，该村有一户母子')).toBe(2);
    expect(reporterAt('网格员小王反映，村里有个老汉一个人过')).toBe(0);
    expect(reporterAt('来电人系邻居，称隔壁阿婆一个人住')).toBe(0);
  });

  it('does not take a role word without a call or report in the same sentence', () => {
    expect(reporterAt('来电人称村主任上个月来过。俺老汉七十了')).toBe(-1);
    expect(reporterAt('村主任。来电人说屋企得佢一个')).toBe(-1);
  });

  it('counts only a caller named in the opening clause of a summary', () => {
    expect(opensWithOutsideCaller('村干部来电反映：有户人家两公婆都七十几')).toBe(true);
    expect(opensWithOutsideCaller('来电人（女，60岁）称，网格员反映过佢屋企情况')).toBe(false);
    expect(opensWithOutsideCaller('俺一个人过，七十六了')).toBe(false);
  });
});

// Two small readings of a call summary (issue 22, round 7): 女/男 right after 本人 or 来电人 ("本人女，
// 41岁") is the caller's sex, not a daughter; a death said with how it happened (跌死, 淹死, 撞死) is a
// death, so the one who died is not a member, and an accident all the same. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '441700') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('the caller’s sex and deaths said with their cause', () => {
  it('本人女 gives the caller’s sex and her age', () => {
    const h = run('来电人称屋企好难，本人女，41岁，带住两个仔（12岁、9岁）。');
    expect(h.members?.[0]?.age).toBe(41);
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'child', 'child']);
  });

  it('a husband who fell to his death is not a member, and it was an accident', () => {
    const h = run('来电人（女，36岁），老公上个月喺码头跌死，佢同个女（6岁）两个住。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'child']);
    expect(h.hardship?.events?.[0]?.kind).toBe('accident');
  });

  it('撞死 is a traffic accident and a death', () => {
    const h = run('来电人（男，70岁）称，其子今年10月在镇上被货车撞死，现与老伴（68岁）两人生活。', '140800');
    expect(h.members).toHaveLength(2);
    expect(h.hardship?.events?.[0]?.kind).toBe('traffic_accident');
  });
});

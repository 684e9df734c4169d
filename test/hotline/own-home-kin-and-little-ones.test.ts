// Round 15 of the hotline: relatives who "keep their own home" (父母在老家自己过) leave the caller's wife
// and children in the household; "两个小朋友" are the family's children, but "帮人带小朋友" is a job;
// the other driver who fled (粤 "对方车主走咗") is no death in the family; "屋企得几百蚊" while the
// hospital wants money is basic living severely hit. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('relatives living on their own', () => {
  it('晋南: 父母在村里自己过 keeps the wife and children in', () => {
    const h = run('来电人（男，33岁）在县城开出租。老婆在家带一个娃（4岁）。父母在村里种地自己过。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse', 'child']);
  });

  it('粤: 阿爸阿妈喺乡下自己住 keeps the wife and child in', () => {
    const h = run('来电人（男，31），喺市区送外卖。老婆喺屋企凑个仔（2岁）。阿爸阿妈喺乡下自己住。', '441702');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse', 'child']);
  });
});

describe('小朋友', () => {
  it('粤: 屋企有两个小朋友同家婆', () => {
    const h = run('来电人（女，31），老公喺外面揸车。屋企有两个小朋友（9岁、4岁）同家婆（68岁）。', '441781');
    expect(h.members?.filter((m) => m.relation === 'child').map((m) => m.age)).toEqual([9, 4]);
  });

  it('粤: 帮人带小朋友 is work, not a child of the house', () => {
    const h = run('来电人（男，60），老婆（57）帮人带小朋友，每月两千。', '441704');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
    expect(h.members?.[1]?.employed).toBe(true);
  });

  it('晋南: 给人看孩子 is work', () => {
    const h = run('来电人（男，61岁），老伴给人看孩子，一个月一千二。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
    expect(h.members?.[1]?.employed).toBe(true);
  });
});

describe('after a crash', () => {
  it('粤: 对方司机走咗 is not a death, 屋企得几百 is severe', () => {
    const h = run('来电人（女，36），老公喺路口俾货车撞咗住院，司机走咗。医院催交钱，屋企得几百蚊。', '441721');
    expect(h.members?.map((m) => m.relation)).toContain('spouse');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });

  it('晋南: 肇事司机跑了 is not the caller working, 家里就剩几百块 is severe', () => {
    const h = run('来电人（男，52岁）骑电动车被撞，腿断了住院，肇事司机跑了。家里就剩几百块，老婆在家。');
    expect(h.members?.[0]?.employed).toBeUndefined();
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });
});

// A relative said to be married and set up apart in the clause after them ("两个儿子都在村里种地，各自成家",
// 粤 "已经成咗家") lives elsewhere and may owe support; a post said with its verb ("做医生") or a shop kept
// ("开杂货铺", "开店") is work (issue 22, round 11). The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('married and set up apart', () => {
  it('晋南: 两个闺女都在镇上卖菜，各自成家: two obligors, not members', () => {
    const h = run('来电人（女，78岁），老汉前年没了，两个闺女都在镇上卖菜，各自成家，本人每月养老金一百六。');
    expect(h.members).toHaveLength(1);
    expect(h.obligors?.list?.map((o) => o.relation)).toEqual(['child', 'child']);
  });

  it('粤: 个仔喺镇上做嘢，已经成咗家: an obligor able to support', () => {
    const h = run('来电人（女，80岁），老公过咗身，个仔喺镇上做嘢，已经成咗家。', '441702');
    expect(h.members).toHaveLength(1);
    expect(h.obligors?.list?.[0]).toMatchObject({ relation: 'child', ableBodiedAdult: true });
  });

  it('not yet married and living with them stays a member', () => {
    const h = run('来电人（女，60岁），儿子26岁，还没成家，跟我们住。');
    expect(h.members?.[1]).toMatchObject({ relation: 'child', age: 26 });
  });
});

describe('posts and shops', () => {
  it('粤: 个仔喺广州做医生 is work: able to support', () => {
    const h = run('来电人陈伯（75岁），一个人住，有个仔喺广州做医生。', '441702');
    expect(h.obligors?.list?.[0]?.ableBodiedAdult).toBe(true);
  });

  it('晋南: 女儿在县城开杂货铺 is work: able to support', () => {
    const h = run('来电人（男，73岁）和老伴两个人过，女儿在县城开杂货铺。');
    expect(h.obligors?.list?.[0]?.ableBodiedAdult).toBe(true);
  });

  it('医生 alone is who spoke, not a job', () => {
    const h = run('来电人（女，45岁），丈夫12月1日突发脑出血住院，医生说要做手术。');
    expect(h.members?.[0]?.employed).toBeUndefined();
    expect(h.members?.[1]?.employed).toBeUndefined();
  });
});

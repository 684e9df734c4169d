// Kin said only to be in these parts ("一儿一女都在本地", 粤 "两个仔都喺本地"), with nothing else in the clause, live
// apart from the family, as kin said only to be in a named town do; kin who work "在本地" may still be at home.
// The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') => intake({ region, text }, { today: '2026-12-05', parameters });

describe('kin only said to be in these parts', () => {
  it('晋南: 跟老伴两个过，一儿一女都在本地: two members, two children liable', () => {
    const h = run('来电人（男，75岁），跟老伴（72岁）两个过，每月养老金共三百。一儿一女都在本地。').household;
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
    expect(h.obligors?.list?.map((o) => o.relation)).toEqual(['child', 'child']);
  });

  it('粤: 同老公住，两个仔都喺本地: two members', () => {
    const h = run('来电人（女，69岁），同老公（71岁）住自己屋。两个仔都喺本地。', '441700').household;
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
    expect(h.obligors?.exist).toBe(true);
  });

  it('晋南: 两口子都在本地打零工 is work, not living apart', () => {
    const h = run('来电人（女，40岁），家里两口子都在本地打零工，娃（12岁）上学。').household;
    expect(h.members?.length).toBe(3);
  });
});

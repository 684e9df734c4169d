// Someone who went out and has not come back since a date just past ("12月1日出门至今未归", 粤 "出咗门到而家
// 都未返") has gone missing just now: an emergency to the household, not a relative long gone. The texts
// are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('gone out and not back', () => {
  it('north: 老伴12月1日出门至今未归', () => {
    const h = run('某村村民，女，70岁，老伴（74岁）有点糊涂，12月1日上午出门至今未归，已报警。两人靠养老金过日子。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
    expect(h.hardship?.events?.[0]?.date).toBe('2026-12-01');
  });

  it('粤: 老公11月30号出咗门，至今冇返', () => {
    const h = run('某村阿婆（68岁），老公（72岁）11月30号朝早出咗门，至今冇返，已经报咗警。', '441781');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
    expect(h.hardship?.events?.[0]?.date).toBe('2026-11-30');
  });

  it('north: 走丢三天了', () => {
    const h = run('某村村民，男，76岁，老伴（73岁）走丢三天了，报了警还没找到。');
    expect(h.hardship?.events?.[0]?.date).toBe('2026-12-02');
  });
});

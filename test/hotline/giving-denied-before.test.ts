// A figure said right after a clause that denies giving ("前夫一直冇畀抚养费，法院判咗每月800"): the
// clause names no giver, so the child named before stays a member, not a relative paying from
// elsewhere. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '441700') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('giving denied in the clause before a figure', () => {
  it('粤: 带住个三岁仔…前夫冇畀过抚养费，判咗每月六百', () => {
    const h = run('来电人（女，31岁），离咗婚，带住个三岁仔。前夫一直冇畀抚养费，判咗每月六百。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'child']);
    expect(h.members?.[1]?.age).toBe(3);
    expect(h.obligors?.list?.some((o) => o.relation === 'child')).not.toBe(true);
  });

  it('north: 带着5岁闺女…前夫不给抚养费，判的每月五百', () => {
    const h = run('来电人（女，33岁），离婚后带着5岁闺女过。前夫一直不给抚养费，判的每月五百。', '140800');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'child']);
    expect(h.obligors?.list?.some((o) => o.relation === 'child')).not.toBe(true);
  });

  it('a giver named before a giving clause still gives', () => {
    const h = run('来电人（男，70岁），同老伴住。个仔喺深圳打工，逢年过节畀钱，一年三千左右。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
    expect(h.obligors?.list?.[0]?.relation).toBe('child');
  });
});

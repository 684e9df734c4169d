// The caller's name (王某) used again after the call turned to their relative is the caller: their
// age and work are theirs, not the relative's. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe("the caller's name again", () => {
  it('north: 李某反映，其丈夫（45岁）…。李某（43岁）在超市当收银员', () => {
    const h = run(
      '某镇李某反映，其丈夫（45岁）肢体残疾一级，常年卧床，家里还有上初中的女儿（13岁）。李某（43岁）在超市当收银员，月工资2000元。',
    );
    const husband = h.members?.find((m) => m.age === 45);
    const caller = h.members?.find((m) => m.age === 43);
    expect(husband?.disability?.grade).toBe(1);
    expect(husband?.employed).toBeUndefined();
    expect(caller?.employed).toBe(true);
    expect(h.members).toHaveLength(3);
  });

  it('粤: 陈某话其老婆（50岁）…。陈某（52岁）喺工厂做保安', () => {
    const h = run('陈某来电，话其老婆（50岁）精神残疾二级，长期食药。陈某（52岁）喺工厂做保安，每月三千。', '441700');
    const wife = h.members?.find((m) => m.age === 50);
    const caller = h.members?.find((m) => m.age === 52);
    expect(wife?.disability?.kind).toBe('mental');
    expect(caller?.employed).toBe(true);
  });
});

// A household listed as "家有老婆、一个读中专嘅仔": 一个 before a relative counts that relative, not a
// household of one, so the wife and son are members; a grown child said to be somewhere else with
// their age on the way ("儿子27岁在东莞") lives there, not with the caller. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('one relative counted, and a grown child away', () => {
  it('粤: 屋企有老婆同一个读初中嘅女 lists three', () => {
    const h = run('村民黄某（男，50岁）来电，屋企有老婆、一个读初中嘅女，自己做散工。', '441781');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse', 'child']);
    expect(h.obligors?.list ?? []).toEqual([]);
  });

  it('晋南: 家里有老伴、一个上高中的闺女 lists three', () => {
    const h = run('来电人男，47岁，家里有老伴、一个上高中的闺女，自己在县城打零工。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse', 'child']);
  });

  it('一家四口（老母八十几、老婆、一个读大学嘅仔）: the size said and everyone a member', () => {
    const h = run('渔民，男，52，一家四口（老母八十几、老婆、一个读大学嘅仔），休渔冇收入。', '441721');
    expect(h.members?.length).toBe(4);
  });

  it('a son with his age then a far city lives there', () => {
    const h = run('来电人王某（女，55岁）在县城租房住，儿子27岁在东莞，很少联系。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self']);
    expect(h.obligors?.list?.[0]).toMatchObject({ relation: 'child', age: 27 });
  });
});

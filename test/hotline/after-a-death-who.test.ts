// Round 9 (issue 22): who the call is about when it opens on a death. A child told of with its age
// before the word and a date after ("称其9岁女11月2日…") has that age; one who died a clause later
// ("…去河边玩水，溺水身亡") is not whom the call is about, so the parents who call are the household.
// A parent who died told of first, then the other parent left alone ("而家阿妈（77岁）一个人住",
// "家里剩母亲一人"), makes that parent the subject and the caller a child elsewhere; "家里还有母亲"
// after a death stays the caller's household. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('a child who died', () => {
  it('粤: 称其9岁女11月2日…，遇溺身亡: the parents are the household', () => {
    const h = run('居民来电，称其9岁女11月2日同同学去河边玩水，遇溺身亡。两公婆都喺厂返工。', '441700');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
    expect(h.members?.[0]?.age).toBeUndefined();
  });

  it('north: 称儿子（12岁）…，溺水身亡', () => {
    const h = run('村民来电，称儿子（12岁）前天和同学去水库游泳，溺水身亡。两口子都在家种地。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
    expect(h.members?.[0]?.age).toBeUndefined();
  });
});

describe('the parent left after a death', () => {
  it('粤: 其父亲…过身，而家阿妈一个人住', () => {
    const h = run('来电人（男，52岁）反映其父亲（83岁）上周喺屋企突然晕低过身，而家阿妈（79岁）一个人住。', '441700');
    expect(h.members?.map((m) => [m.relation, m.age])).toEqual([['self', 79]]);
    expect(h.obligors?.list?.map((o) => o.relation)).toEqual(['child']);
  });

  it('north: 来电人父亲上月去世，家里剩母亲一人', () => {
    const h = run('来电咨询。来电人父亲上月去世，家里剩母亲一人，母亲73岁。');
    expect(h.members?.map((m) => [m.relation, m.age])).toEqual([['self', 73]]);
  });

  it('家里还有母亲 after a death is the caller’s household', () => {
    const h = run('来电人（女儿，26岁）称父亲上月病故了，办丧事借了一万。家里还有母亲（58岁）。');
    expect(h.members?.[0]?.age).toBe(26);
    expect(h.members?.[1]?.relation).toBe('parent');
  });
});

// A summary that opens on a named person who died, then says their spouse phoned: the household is
// the one left (the caller), not the one who died; "一人在家" after it is the caller living alone.
// The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { readWidowedCaller } from '../../bot/hotline/widowed-caller.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('the spouse phones after a named person died', () => {
  it('north: 村民李某（63岁）…不幸身亡。其妻（61岁）来电，现一人在家', () => {
    const h = run(
      '11月20日，某村村民李某（63岁）骑三轮去镇上赶集，路上翻车不幸身亡。其妻（61岁）来电，现一人在家，每月养老金160，女儿35岁在外地打工。',
    );
    expect(h.members?.map((m) => [m.relation, m.age])).toEqual([['self', 61]]);
    expect(h.obligors?.list?.map((o) => [o.relation, o.age])).toEqual([['child', 35]]);
  });

  it('粤: 陈某（58岁）…过身，其老婆打电话嚟', () => {
    const h = run(
      '居民陈某（58岁）上个月喺工地跌落嚟过身。其老婆（55岁）打电话嚟，话佢同个仔（20岁）住，仔喺读大学。',
      '441700',
    );
    expect(h.members?.[0]).toMatchObject({ relation: 'self', age: 55 });
    expect(h.members?.some((m) => m.age === 58)).toBe(false);
  });

  it('the wife who died, the husband phones: the rewrite turns her name into 妻子', () => {
    const text = '张某（50岁）今年3月病故。其夫来电，家里还有两个孩子。';
    expect(readWidowedCaller(text)).toBe('妻子（50岁）今年3月病故。本人来电，家里还有两个孩子。');
  });

  it('no death in the sentence that names them: nothing is rewritten', () => {
    const text = '村民赵某（45岁）腿摔断了住院。其妻来电，问能不能临时救助。';
    expect(readWidowedCaller(text)).toBe(text);
  });

  it('the caller named first keeps their reading', () => {
    const text = '来电人称丈夫王某上月去世，其妻来电问丧葬补助。';
    expect(readWidowedCaller(text)).toBe(text);
  });
});

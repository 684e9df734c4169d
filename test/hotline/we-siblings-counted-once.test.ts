// Round 23 (issue 22): a caller quoted in the first person counts their brothers and sisters with
// "we" ("我们兄弟三个", 粤 "我哋姊妹三个"): the caller is one of them, so the parent has that many
// children elsewhere, not the caller and that many more. A plural word for children ("儿子们", "闺女们")
// after they were counted is the same children again. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') => intake({ region, text }, { today: '2026-12-05', parameters });

describe('we, the caller among the children', () => {
  it('晋南: 俺们兄弟三个 is three sons, the caller one of them', () => {
    const { household: h } = run(
      '来电人：俺娘今年八十一 一个人在村里住 俺爹早殁了 俺们兄弟三个都在太原打工 一人一个月给她二百 问能不能吃低保',
    );
    expect(h.members?.map((m) => [m.relation, m.age])).toEqual([['self', 81]]);
    expect(h.obligors?.list?.map((o) => o.relation)).toEqual(['child', 'child', 'child']);
  });

  it('粤: 我哋姊妹三个 with two of them named after: still three', () => {
    const { household: h } = run(
      '来电人称：我阿爸七十九岁，一个人住喺乡下，阿妈前年走咗。我哋姊妹三个都嫁咗出去，家姐喺广州，细妹喺阳春，都冇乜钱。想问阿爸可唔可以申请低保。',
      '441700',
    );
    expect(h.members?.map((m) => [m.relation, m.age])).toEqual([['self', 79]]);
    expect(h.obligors?.list?.map((o) => o.relation)).toEqual(['child', 'child', 'child']);
  });

  it('a count before the word (我哋三兄弟) is read as before: three', () => {
    const { household: h } = run(
      '来电人称：阿妈八十三，一个人住，我哋三兄弟都喺外面做嘢，每人每月畀佢两百。问阿妈可唔可以申请低保。',
      '441700',
    );
    expect(h.obligors?.list?.map((o) => o.relation)).toEqual(['child', 'child', 'child']);
  });

  it('the caller asking for himself: his brothers are not obligors', () => {
    const { household: h } = run(
      '来电人（男，58岁）称自己一个人住，我们兄弟三个都没成家，自己腿脚不好。问能不能办低保。',
    );
    expect(h.members?.[0]?.age).toBe(58);
    expect(h.obligors?.list ?? []).toEqual([]);
  });
});

describe('the children counted, then named together again', () => {
  it('晋南: 有两个儿子…儿子们每年给 is the two sons', () => {
    const { household: h } = run(
      '夏县某村居民来电，本人70岁，老伴68岁，农村户口。有两个儿子，大儿子在运城开车，二儿子在家种地另过。儿子们一年给个两千。问老两口能不能办低保。',
    );
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
    expect(h.obligors?.list?.map((o) => o.relation)).toEqual(['child', 'child']);
  });

  it('粤: 三个女都嫁咗…女们: still three daughters', () => {
    const { household: h } = run(
      '来电人（女，72岁）同老公（75岁）两个住，有三个女都嫁咗出去，女们一年畀几千。问可唔可以申请低保。',
      '441700',
    );
    expect(h.obligors?.list?.map((o) => o.relation)).toEqual(['child', 'child', 'child']);
  });
});

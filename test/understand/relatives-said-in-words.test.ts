// Issue 21, round 10 (und10a): how the relatives elsewhere are, in everyday words. Our own sentences,
// both cities' ways of writing. "Fine" without a word for the body (好好的, 粤 好地地) and 好胳膊好腿,
// 身体冇事 say able-bodied; relatives named one by one before 都 ("老大老二都…") are each of them, and a
// third named after is said of alone; 一级 disability is never able-bodied; 晋南 "也吃低保呢" states a
// status (呢 closing a statement); 她儿子 from a cadre is the applicant's son; the writer's brother is the
// one child the dialogue asked about.
import { describe, expect, it } from 'vitest';
import { read, value } from '../support/understanding.ts';

const children = (n: number, ages: number[] = []) => ({
  obligors: {
    exist: true,
    list: Array.from({ length: n }, (_, k) => ({ relation: 'child' as const, ...(ages[k] ? { age: ages[k] } : {}) })),
  },
});

describe('able-bodied in everyday words', () => {
  it('晋南: 好胳膊好腿', () => {
    const u = read('闺女四十出头 好胳膊好腿 就是一年到头不来看俺', 'obligors.situation', '140800', children(1));
    expect(value(u, 'obligors.list[0].ableBodiedAdult')).toBe(true);
  });

  it('粤: 身体冇事 of both, 好地地 of the younger', () => {
    const both = read('两个都喺工厂做，身体冇事', 'obligors.situation', '441700', children(2, [44, 40]));
    expect(value(both, 'obligors.list[0].ableBodiedAdult')).toBe(true);
    expect(value(both, 'obligors.list[1].ableBodiedAdult')).toBe(true);
    const younger = read('大仔係低保户，细仔好地地喺度揸车', 'obligors.situation', '441700', children(2, [41, 36]));
    expect(value(younger, 'obligors.list[0].status')).toBe('dibao');
    expect(value(younger, 'obligors.list[1].ableBodiedAdult')).toBe(true);
  });

  it('好好的 about anyone else is not health ("本来好好的" before an illness)', () => {
    const u = read('老汉本来好好的，去年中风了', 'illness', '140800', {
      members: [
        { relation: 'self', age: 66 },
        { relation: 'spouse', age: 69 },
      ],
    });
    expect(u.facts.some((f) => f.path.endsWith('ableBodiedAdult'))).toBe(false);
  });
});

describe('relatives named one by one', () => {
  it('老大老二都好好的, 老三 severely disabled: each is said of alone', () => {
    const u = read('老大老二都好好的 老三残疾二级 顾不了自己', 'obligors.situation', '140800', children(3));
    expect(value(u, 'obligors.list[0].ableBodiedAdult')).toBe(true);
    expect(value(u, 'obligors.list[1].ableBodiedAdult')).toBe(true);
    expect(value(u, 'obligors.list[2].severeDisability')).toBe(true);
    expect(value(u, 'obligors.list[2].ableBodiedAdult')).toBe(false);
  });

  it('粤: 一级 disability alone is not able-bodied', () => {
    const u = read('个女一级残疾，坐轮椅', 'obligors.situation', '441700', children(1));
    expect(value(u, 'obligors.list[0].ableBodiedAdult')).toBe(false);
  });
});

describe('whose status, whose son', () => {
  it('晋南: "也吃低保呢" states the status; with a question mark it asks', () => {
    const said = read('闺女也吃低保呢 五十八了', 'obligors.situation', '140800', children(1));
    expect(value(said, 'obligors.list[0].status')).toBe('dibao');
    const asked = read('闺女也吃低保呢？', 'obligors.situation', '140800', children(1));
    expect(value(asked, 'obligors.list[0].status')).toBeUndefined();
  });

  it('a cadre\'s "他闺女": the applicant\'s daughter asked about', () => {
    const u = read('他闺女年轻身体也好，就是嫁得远', 'obligors.situation', '140800', children(1));
    expect(value(u, 'obligors.list[0].ableBodiedAdult')).toBe(true);
  });

  it("typed for a parent: the writer's sister is the one child asked about", () => {
    const u = read('我姐是特困户，她自己都顾不了', 'obligors.situation', '140800', children(1));
    expect(value(u, 'obligors.list[0].status')).toBe('tekun');
  });
});

// A caller living with both parents (和父母住一块, 粤 同父母一齐住) who asks whether the father alone can
// be helped: the father is the applicant once, and the mother named after the pair is his wife — not a
// second copy of him inside the pair with the mother left as his parent. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('one of a pair asked for', () => {
  it('north: 和父母住一块 … 问父亲能不能单独办低保', () => {
    const h = run(
      '来电人（男，31岁），在镇上饭店打工，和父母住一块。父亲（62岁）去年查出食道癌，母亲（59岁）在家。问父亲能不能单独办低保。',
    );
    expect(h.members?.map((m) => [m.relation, m.age])).toEqual([
      ['self', 62],
      ['child', 31],
      ['spouse', 59],
    ]);
    expect(h.members?.[0]?.seriousIllness).toBe(true);
  });

  it('粤: 同父母一齐住 … 问父亲可唔可以单独申请低保', () => {
    const h = run(
      '来电人（女，29岁），喺镇上工厂做嘢，同父母一齐住。父亲（61岁）上个月中风，母亲（58岁）冇做嘢。问父亲可唔可以单独申请低保。',
      '441781',
    );
    expect(h.members?.map((m) => [m.relation, m.age])).toEqual([
      ['self', 61],
      ['child', 29],
      ['spouse', 58],
    ]);
  });
});

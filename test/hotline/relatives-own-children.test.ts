// A grown son, daughter or sibling spoken of, then "有两个娃" (粤 "已结婚有两个细路"): the children are that
// relative's own, in their household, not more of the applicant's. And a sibling who calls about a brother
// living with their mother tells of their own job: not the brother's household's wages. Our own sentences.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe("a relative's own children", () => {
  it('after a son working in town (晋南)', () => {
    const h = run('某村村民（女，68岁），老汉71岁，俩人种三亩地。儿子在县城开货车，有三个娃，过年给两千。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
  });

  it('after a married son (粤)', () => {
    const h = run('某镇阿伯（66岁）同老婆（63岁）住。一个仔喺市区做厨师，已结婚有两个细路，冇畀钱。', '441700');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
  });

  it('the brother lived with stays, his children do not count', () => {
    const h = run(
      '某镇村民（男，30岁），智力残疾二级，父母都过身咗，跟大佬一家住（大佬已结婚，有三个细路）。',
      '441700',
    );
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'sibling']);
  });

  it('not the applicant’s own son counted with 有', () => {
    const h = run('某村村民（男，75岁），老伴过世了，有一个儿子在外地打工。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self']);
    expect(h.obligors?.list?.[0]?.relation).toBe('child');
  });
});

describe("a sibling caller's own job", () => {
  it('is not the brother’s household’s wages', () => {
    const h = run(
      '来电人称其弟（45岁，智力残疾二级）与父亲（80岁）住在村里。来电人在县城送快递，月入三千五，有两个小孩。',
    );
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'parent']);
    expect(h.income?.wages).toBeUndefined();
  });

  it('is counted when the brother lives with the caller', () => {
    const h = run('来电人称其弟（45岁，智力残疾二级）一直与其同住。来电人在县城送快递，月入三千五。');
    expect(h.income?.wages).toBe(42000);
  });
});

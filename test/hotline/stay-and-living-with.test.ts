// Round 23 (issue 22): who lives with the household. 住 with a length of time after it ("在省城住了一礼拜",
// 粤 "喺市区住咗半个月") is a stay, in hospital or at a relative's: a spouse who stayed somewhere is still a
// member, not an obligor elsewhere. A grandchild or child said to live with the couple ("跟着老两口生活",
// "同住") stays a member when a count of two said of money ("俩人养老金一个月…") would leave them out.
// The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('a stay is not a home', () => {
  it('晋南: 老伴在太原住了半个月 (hospital) is still the spouse at home', () => {
    const h = run(
      '来电人住万荣县皇甫乡，本人70岁，老伴67岁，上个月老伴脑梗在太原住了半个月，花了三万多，报完还得掏一万。儿子在外头打工。',
    );
    expect(h.members?.map((m) => [m.relation, m.age])).toEqual([
      ['self', 70],
      ['spouse', 67],
    ]);
    expect(h.obligors?.list?.map((o) => o.relation)).toEqual(['child']);
  });

  it('粤: 老公喺广州住咗十几日 is still the husband at home', () => {
    const h = run(
      '来电人住阳西县织篢镇，本人（女，58岁），老公61岁，上个礼拜老公中风喺广州住咗十几日院先返嚟，用咗两万几。个女嫁咗去外地。',
      '441700',
    );
    expect(h.members?.map((m) => [m.relation, m.age])).toEqual([
      ['self', 58],
      ['spouse', 61],
    ]);
    expect(h.obligors?.list?.some((o) => o.relation === 'spouse') ?? false).toBe(false);
  });

  it('living in the city for good still sets a son apart', () => {
    const h = run('来电人本人72岁，老伴70岁，儿子在西安住，成家了，每年给两千。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
    expect(h.obligors?.list?.map((o) => o.relation)).toEqual(['child']);
  });
});

describe('said to live with them, counted', () => {
  it('晋南: 孙子跟着老两口生活 after "俩人养老金" is the third member', () => {
    const h = run(
      '夏县某村居民李某（男，69岁）来电，和老伴（66岁）都是农村户口，“俩人养老金一个月三百来块”。儿子前年病故，儿媳走了，孙子（12岁）跟着老两口生活，在上初中。问能不能办低保。',
    );
    expect(h.members?.map((m) => [m.relation, m.age])).toEqual([
      ['self', 69],
      ['spouse', 66],
      ['grandchild', 12],
    ]);
    expect(h.obligors?.list?.some((o) => o.relation === 'grandchild') ?? false).toBe(false);
  });

  it('粤: 个女（38岁）有精神病同住 after "两人养老金" is a member', () => {
    const h = run(
      '来电人黄某（男，70岁）阳春市春湾镇村民，同老婆（68岁）种田，两人养老金每月合共四百。个女（38岁）有精神病，冇做嘢，同住。',
      '441700',
    );
    expect(h.members?.map((m) => [m.relation, m.age])).toEqual([
      ['self', 70],
      ['spouse', 68],
      ['child', 38],
    ]);
  });

  it('在家务农 said of a son is where he works: the pair stays two', () => {
    const h = run('来电人替爷爷奶奶咨询。爷爷82岁，奶奶80岁，俩人一块过。大伯58岁在家务农，小叔在太原上班。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
  });
});

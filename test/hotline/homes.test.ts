// Where the family lives, as call summaries say it (issue 22, round 3): living in a home of one's
// own or one a relative left (住自己楼, 住父母留下的老房子, 住老豆留低嘅屋, 一个人住自己家) is one house;
// renting (租房住, 租屋住) is none, whoever the clause was about, and the rent the family pays is not
// rent income; a hotel, a dormitory or a friend's home is not a house owned. Our own texts.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') => intake({ region, text }, { today: '2026-12-05', parameters });

describe('the home the family lives in', () => {
  it.each([
    ['来电人（女，66岁），两口子住自己楼，冇车。', '441700'],
    ['来电人（男，45岁），未婚，一个人住父母留下的老房子，种两亩地。', '140800'],
    ['来电人（男，50岁）住老豆留低嘅屋，每月做散工一千几。', '441700'],
    ['来电人（男，70岁）一个人住自己家，每月养老金一百五。', '140800'],
  ])('%s → one house', (text, region) => {
    expect(run(text, region).household.property?.houses).toBe(1);
  });

  it('renting after the children were named: none, and the rent paid is not income', () => {
    const r = run('来电人（女，34岁）带着两个孩子（9岁、5岁）租房住，一个月房租七百，在超市上班每月两千二。');
    expect(r.household.property?.houses).toBe(0);
    expect(r.household.income?.property ?? 0).toBe(0);
    expect(r.household.income?.wages).toBe(26400);
  });

  it('rent the family receives is still income', () => {
    const r = run('来电人（男，68岁）与老伴同住自己楼，楼下一间铺面出租，一个月租金八百。');
    expect(r.household.income?.property).toBe(9600);
  });

  it("a small hotel or a friend's home is not a house owned", () => {
    const r = run('来电人（男，40岁）外地人，12月1日工地老板跑路，现在暂时住在小旅馆，身上没钱了。');
    expect(r.household.property?.houses ?? 0).toBe(0);
  });
});

// Round 13 of call summaries: a caller who tells of a parent at the home they come from ("反映老家父亲",
// "说娘家妈") calls about that parent; money a child sends home by transfer ("每月往家里打五百") is support;
// the workplace paying after an injury ("厂里赔了八万") is compensation received, not a loss that zeroes
// the wages said after; a bare "同住" after a working son's words puts him back in the household.
// The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('a parent at the home the caller comes from', () => {
  it('反映老家父亲（…）: the father is the subject, the caller a child elsewhere', () => {
    const h = run(
      '来电人（女，38，稷山人）在太原打工，反映老家父亲（69）前天摔伤住院，母亲（66）在医院陪着。来电人每月往家里打三百。',
      '140824',
    );
    expect(h.members?.map((m) => [m.relation, m.age])).toEqual([
      ['self', 69],
      ['spouse', 66],
    ]);
    expect(h.obligors?.list?.[0]).toMatchObject({ relation: 'child', age: 38 });
    expect(h.income?.support).toEqual([{ amount: 3600 }]);
  });

  it('说娘家妈（…）独居', () => {
    const h = run('来电人（女，50）说娘家妈（78）独居在村里，只有基础养老金每月150。', '140882');
    expect(h.members?.map((m) => [m.relation, m.age])).toEqual([['self', 78]]);
    expect(h.obligors?.list?.[0]).toMatchObject({ relation: 'child', age: 50 });
  });
});

describe('who pays and who lives there', () => {
  it("the factory paying after an injury is compensation; the father's wage after it stays", () => {
    const h = run(
      '某镇，男，30，今年3月在厂里被压伤左腿，厂里赔了八万。现在跟父母住，父亲在工地干活月2800，母亲在家。',
    );
    expect(h.income?.otherTransfers).toBe(80000);
    expect(h.income?.wages).toBe(33600);
  });

  it('a loss on a business is still no money received', () => {
    const h = run('来电人（男，50岁）开小饭馆，今年赔了三万，老婆在家。');
    expect(h.income?.otherTransfers).toBeUndefined();
  });

  it("粤: a bare 同住 after a son's job puts him back in the household", () => {
    const h = run('来电人（男，57岁），阳春某镇村民，老婆54岁耕田，个仔28岁喺阳江做保安月薪3500，同住。', '441781');
    expect(h.members?.map((m) => [m.relation, m.age])).toEqual([
      ['self', 57],
      ['spouse', 54],
      ['child', 28],
    ]);
    expect(h.income?.wages).toBe(42000);
  });
});

describe('the parent called about lives alone', () => {
  it('"母亲独居" after the call turned to her: the children named later live apart', () => {
    const h = run(
      '市民陈某（女，47岁）反映，其母陈某某（76岁）11月30日在家摔伤。母亲独居，有养老金一百八。陈某同弟弟都是打工的，每月各给母亲两百。',
      '140821',
    );
    expect(h.members?.map((m) => [m.relation, m.age])).toEqual([['self', 76]]);
    expect(h.obligors?.list?.every((o) => o.relation === 'child')).toBe(true);
  });

  it('粤: 阿妈独居', () => {
    const h = run(
      '市民梁某（男，50岁）反映，其母梁某某（80岁）前日跌亲入院。阿妈独居，有养老金二百几。梁某同细佬都系做散工，每月各俾阿妈三百。',
      '441704',
    );
    expect(h.members?.map((m) => [m.relation, m.age])).toEqual([['self', 80]]);
  });
});

describe('a work order naming its subject by a plain word', () => {
  it('小伙（…）is the one the order is about, with his age', () => {
    const h = run('某镇，小伙（26）智力残疾二级，跟奶奶（79）过，奶奶每月养老金一百六。', '140830');
    expect(h.members?.[0]).toMatchObject({ relation: 'self', age: 26 });
  });
});

// Figures in a call summary that are not money the household had or spent (issue 22, round 10):
// a word's 一 ("一分抚养费都冇畀过", "唯一收入来源", 晋南 "一块住"), what treatment will still cost
// ("后面还要好几万"), the own share said with 自付约 or 自己垫付 after a total, wages owed
// ("拖欠工资", "一分没拿到"), and a couple who never had children (冇生育子女). The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('a word’s 一 is not one yuan', () => {
  it('一分抚养费都冇畀过 gives no support of 12 a year', () => {
    const h = run('来电人（女，31岁）带个仔（7岁）租屋住，前夫离婚之后一分抚养费都冇畀过。', '441702');
    // (None given is support 0: gives-none.ts.)
    expect(h.income?.support ?? []).toEqual([]);
  });

  it('唯一收入来源 and 塌了一孔 are no income', () => {
    const h = run('来电人（男，58岁），小货车系屋企唯一收入来源，上个月撞坏咗。', '441702');
    expect(h.income?.business ?? 0).toBe(0);
    const g = run('来电人（男，66岁），住的窑洞塌了一孔，平时帮人放羊，一年挣个三四千。');
    expect(g.income?.support).toBeUndefined();
  });

  it('晋南 一块住 is living together, not a yuan spent', () => {
    const h = run('来电人（男，39岁），带俩娃（11岁、8岁，都念书），还有老父亲（72岁）一块住。');
    expect(h.hardship?.expenses ?? []).toEqual([]);
    expect(h.members).toHaveLength(4);
  });
});

describe('what treatment will still cost is not spent yet', () => {
  it('已花了三万多，后面还要好几万: the three-odd ten-thousands', () => {
    const h = run('来电人（女，50岁）反映，老汉（53岁）11月30日突发脑梗住院，已花了3万多，大夫说后面还要好几万。');
    expect(h.hardship?.expenses?.[0]?.amount).toBeGreaterThanOrEqual(30000);
    expect(h.hardship?.expenses?.[0]?.amount).toBeLessThan(40000);
  });

  it('粤: 自己出咗两万，跟住仲要几万', () => {
    const h = run('来电人（男，40岁），个女（6岁）11月29日烫伤，已经自己出咗2万，跟住植皮仲要几万。', '441702');
    expect(h.hardship?.expenses?.[0]?.amount).toBe(20000);
  });
});

describe('the own share after a total', () => {
  it('总共花咗九万几，报销后自付约五万', () => {
    const h = run(
      '来电人（男，47岁），老婆（45岁）11月18日突发脑出血，总共花咗9万几，医保报销后自付约5万元。',
      '441781',
    );
    expect(h.hardship?.expenses?.[0]?.amount).toBe(50000);
  });

  it('已花六万，对方垫付两万，其余自己垫付约四万', () => {
    const h = run(
      '来电人（女，36岁）反映，儿子（9岁）12月1日被三轮车撞伤，已花6万，对方垫付了2万，其余自己垫付约4万。',
    );
    expect(h.hardship?.expenses?.[0]?.amount).toBe(40000);
  });
});

describe('wages owed are not income', () => {
  it('老板拖欠工资两万没给', () => {
    const h = run('来电人（男，45岁），户籍外省，在工地干活，老板拖欠四个月工资2万元没给，身上没钱了。');
    expect(h.income?.wages ?? 0).toBe(0);
  });

  it('粤: 人工两万几一蚊都冇攞到', () => {
    const h = run('来电人（男，39岁），喺工地做咗半年，人工两万几冇攞到，老板走佬。', '441702');
    expect(h.income?.wages ?? 0).toBe(0);
  });
});

describe('a couple who never had children', () => {
  it('两公婆冇生育子女: no child in the household, no one owes support', () => {
    const h = run('来电人（女，74岁），老公（77岁），两公婆冇生育子女，每人每月养老金约230元。', '441704');
    expect(h.members?.some((m) => m.relation === 'child')).toBe(false);
    expect(h.obligors?.exist).toBe(false);
    expect(h.income?.basicPension).toBe(2 * 230 * 12);
  });

  it('老两口没有生育子女', () => {
    const h = run('来电人（男，72岁）和老伴（70岁），老两口没有生育子女，种二亩地。');
    expect(h.members).toHaveLength(2);
    expect(h.obligors?.exist).toBe(false);
  });
});

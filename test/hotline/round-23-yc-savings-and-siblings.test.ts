// Round 23 (晋南 summaries) readings: a lump sum received and put by is savings, savings said to be gone are none
// left; three siblings, the speaker one of them, are three (仨 is not an age); driving a company's taxi is a job
// for wages, not a business or a car let out. The texts are our own, in 晋南 colloquial and written Cantonese.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') => intake({ region, text }, { today: '2026-12-05', parameters });

describe('savings kept or gone', () => {
  it('晋南: compensation "给闺女存着上学用" is savings, not a year of income', () => {
    const h = run(
      '稷山县某村村民张某（女，41岁），老汉前年在矿上出事没了，矿上赔了三十万，她给闺女存着上学用。闺女12岁上六年级。',
      '140824',
    ).household;
    expect(h.property?.deposits).toBe(300000);
    expect(h.income?.otherTransfers).toBeUndefined();
  });

  it('粤: compensation "存咗落银行" is savings', () => {
    const h = run('村民何姐（45岁），老公旧年车祸过身，对方赔咗二十万，存咗落银行俾个仔读书。', '441721').household;
    expect(h.property?.deposits).toBe(200000);
    expect(h.income?.otherTransfers).toBeUndefined();
  });

  it('晋南: "存的六万块钱全没了" after a swindle leaves no savings', () => {
    const out = run(
      '市民王某（男，68岁），城镇户口，每月退休金2500元。上个月叫人骗了，存的六万块钱全没了，已经报了警。',
      '140802',
    );
    expect(out.household.property?.deposits).toBe(0);
    expect(out.household.hardship?.events?.[0]?.kind).toBe('crime');
  });

  it('粤: "五万蚊积蓄俾人呃晒" leaves no savings', () => {
    const h = run('街坊李伯（70岁）独居，每月退休金2800蚊。上个月接到假电话，五万蚊积蓄俾人呃晒。', '441702').household;
    expect(h.property?.deposits).toBe(0);
  });
});

describe('three siblings with the speaker', () => {
  it('晋南: "俺兄弟仨轮着管，一人一年给两千" is three children paying 6000 in all, no age 3', () => {
    const h = run(
      '来电人刘某（男，45岁，在县城上班）为母亲咨询。母亲78岁，闻喜县某村村民，一个人过。“俺兄弟仨轮着管，一人一年给两千”。母亲每月领一百六的养老金。',
      '140823',
    ).household;
    expect((h.income?.support ?? []).reduce((s, x) => s + (x.amount ?? 0), 0)).toBe(6000);
    const kids = (h.obligors?.list ?? []).filter((o) => o.relation === 'child');
    expect(kids).toHaveLength(3);
    expect(kids.some((o) => o.age === 3)).toBe(false);
  });
});

describe('driving a company taxi is a job', () => {
  it('晋南: "老汉开公司的出租车，一月三千五" is wages, no car, no business', () => {
    const h = run(
      '市民赵某（女，44岁），永济市某街道居民。老汉46岁开公司的出租车，一月三千五。娃15岁上初三。',
      '140881',
    ).household;
    expect(h.income?.wages).toBe(42000);
    expect(h.income?.property).toBeUndefined();
    expect(h.property?.vehicles).toBeUndefined();
    expect(h.property?.registeredBusiness).toBeUndefined();
    expect(h.members?.[1]?.employed).toBe(true);
  });

  it('粤: "老公开公司嘅的士，月入四千" is wages', () => {
    const h = run('市民黄姐（40岁），老公（43岁）开公司嘅的士，月入四千，个仔10岁读四年级。', '441702').household;
    expect(h.income?.wages).toBe(48000);
    expect(h.property?.registeredBusiness).toBeUndefined();
  });
});

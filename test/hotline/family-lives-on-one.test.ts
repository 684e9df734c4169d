// Basic living after an emergency, said in three more ways: the family lived on one earner named by relation or
// name (家里就靠丈夫打工, 粤 屋企一直靠老公开船), the family's income said to be gone (家里就没啦进项, 粤 屋企冇晒收入),
// or the bedding, clothes and grain lost to the fire or the flood (被子衣裳烧得没啦, 粤 被铺衫裤冲晒). And "一个人在
// <workplace>上班" is the one earner, not someone living alone. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') => intake({ region, text }, { today: '2026-12-05', parameters });

describe('the one the family lives on, struck', () => {
  it('晋南: 家里就靠男人打工, he had a stroke: severe, temporary assistance likely', () => {
    const out = run(
      '来电人（女，44岁），村民，男人（46岁）11月30日在工地上突发脑梗，住院花了五万多。家里就靠男人打工，一年三万来块，俩娃都在念书。',
    );
    expect(out.household.hardship?.events?.[0]?.kind).toBe('sudden_illness');
    expect(out.household.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
    expect(out.report.results.find((x) => x.program === 'temporary_assistance')?.verdict).toBe('likely');
  });

  it('晋南: 家里原来靠李某跑车过活, he was hurt: severe', () => {
    const h = run(
      '来电人为村干部，反映村民李某（男，40岁）12月2日开三轮翻到沟里，腰摔断了。家里原来靠李某跑车过活，媳妇在家看娃。',
    ).household;
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });

  it('粤: 屋企一直靠老公开船 is already a breadwinner word; 屋企就靠个仔返工 by relation: severe', () => {
    const h = run(
      '来电人（女，66岁），11月29日个仔（40岁）喺工地跌落嚟整断咗条腿，入院使咗两万几。屋企就靠个仔返工，一个月四千。',
      '441702',
    ).household;
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });

  it('living on pensions and what a son gives is not one earner: not severe by that', () => {
    const h = run(
      '来电人（男，70岁），12月1日在院里滑倒摔伤了胳膊，看病花了六百。家里靠养老金和儿子给的钱过。',
    ).household;
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBeUndefined();
  });
});

describe('the family income said to be gone', () => {
  it('晋南: "俺这一住院家里就没啦进项": severe', () => {
    const h = run(
      '来电人（男，41岁），11月27日骑摩托让人撞了，腿骨折住院，自己垫了一万二。“俺这一住院家里就没啦进项。”',
    ).household;
    expect(h.hardship?.events?.[0]?.kind).toBe('traffic_accident');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });

  it('粤: "屋企冇晒收入": severe', () => {
    const h = run(
      '来电人（男，50岁），12月1日喺码头跌伤咗腰，入院使咗八千。佢话而家屋企冇晒收入。',
      '441702',
    ).household;
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });
});

describe('bedding, clothes and grain lost', () => {
  it('晋南: a kitchen fire and "铺盖衣裳都烧得没啦": severe', () => {
    const h = run(
      '来电人（女，70岁），村民，12月3日灶房着火，连带一间住房，“铺盖衣裳都烧得没啦，这冬天咋过”。',
    ).household;
    expect(h.hardship?.events?.[0]?.kind).toBe('fire');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });

  it('粤: a flood, "被铺衫裤冲晒": severe', () => {
    const h = run('来电人（男，62岁），12月2日落大雨屋企水浸，被铺衫裤冲晒。', '441702').household;
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });

  it('the kitchen burnt and nothing said of the basics: not severe by that', () => {
    const h = run('来电人（女，70岁），村民，12月3日灶房着火，烧了些柴火，人没事。').household;
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBeUndefined();
  });
});

describe('alone, at work somewhere', () => {
  it('晋南: "她一个人在超市上班" with a husband and two children at home: four, not one', () => {
    const h = run(
      '诉求人王女士（40岁）称，男人患尿毒症三年，常年透析。她一个人在饭店上班，月工资1800，闺女14岁上初二，小子8岁。',
    ).household;
    expect(h.members?.length).toBe(4);
    expect(h.members?.[1]?.relation).toBe('spouse');
    expect(h.members?.[1]?.seriousIllness).toBe(true);
    expect(h.members?.[0]?.employed).toBe(true);
    expect(h.obligors?.list ?? []).toEqual([]);
  });

  it('粤: "佢一个人喺酒楼做嘢": not living alone', () => {
    const h = run(
      '来电人陈女士（42岁），老公中风瘫咗喺床。佢一个人喺酒楼做嘢，每月两千五，个女12岁读六年级。',
      '441702',
    ).household;
    expect(h.members?.length).toBe(3);
  });

  it('"一个人在村里住" still lives alone', () => {
    const h = run('来电人（男，75岁），老伴殁了，一个人在村里住，儿子在太原。').household;
    expect(h.members?.length).toBe(1);
  });
});

// Round 18 readings: basic living severely hit in more words (no income source left, only a few hundred on
// one, the belongings burnt, a child left with no one, one living rough), the other party's lack of money
// not the family's, a quote opening a sentence not about the relative named before it, a child said to live
// with the family who works in town, and a parent calling called by what she is. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('basic living severely hit', () => {
  it('粤: 冇收入来源 after a boat lost: severe', () => {
    const h = run(
      '诉求人（男，50岁），阳西县沙扒镇渔民，12月1日出海条艇俾浪打翻，只脚受伤，艇报废，而家冇收入来源。',
      '441721',
    );
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });

  it('晋南: 身上仅剩几百 after a fall at work: severe', () => {
    const h = run('来电人（男，42岁）外省人，12月2日在工地上摔伤腿，老板不管，身上仅剩三百块。');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });

  it('written: 家当全部烧毁 in a fire: severe', () => {
    const h = run('12月1日夜里村民刘某家里失火，人跑出来了，家当全部烧毁。', '140821');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });

  it('粤: a child left with no one after the father died: severe', () => {
    const h = run('来电人系街坊，话隔篱屋陈生（45岁）前日喺屋企过身，留低个10岁仔冇人睇。', '441702');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });

  it('one living rough struck by illness: severe', () => {
    const h = run('来电人为医院社工，一名流浪人员（男，约55岁）今早突发脑梗送院，身份不明。', '441702');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });

  it('粤: 对方冇钱赔 is the other party, not the family: not severe', () => {
    const h = run('来电人（男，38岁）12月1日喺路口俾摩托撞亲，对方冇钱赔，手骨折。老婆喺超市返工月入3000。', '441702');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).not.toBe(true);
  });
});

describe('who lives in the household', () => {
  it('a quote opening a sentence is not about the spouse named before it', () => {
    const h = run('村民李某（男，52岁），开自家货车拉货，12月1日翻车受伤。老婆49岁在家。“货车是饭碗，现在也没了”。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
    expect(h.members?.[1]?.age).toBe(49);
  });

  it('粤: an unmarried son said to live with them, working in town, is a member with his age', () => {
    const h = run('村民黄某，58岁，与老婆（55岁）及一个30岁未婚仔同住，仔喺阳江市区做保安，月入约4000。', '441721');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse', 'child']);
    expect(h.members?.[2]?.age).toBe(30);
    expect(h.obligors?.list ?? []).toHaveLength(0);
  });

  it('a young mother calling is the caller, her husband a member', () => {
    const h = run('城区居民，年轻妈妈（27岁）来电，女儿3岁，白血病。丈夫30岁跑外卖，一月五千。一家三口租房住。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'child', 'spouse']);
    expect(h.members?.[0]?.age).toBe(27);
    expect(h.obligors?.list ?? []).toHaveLength(0);
  });

  it('晋南: a son who 自己有家 lives apart', () => {
    const h = run('居民张某，男，63岁。老伴61岁，没收入。闺女36岁在县城上班，自己有家。');
    expect(h.members).toHaveLength(2);
    expect(h.obligors?.list?.[0]?.relation).toBe('child');
  });

  it('粤: 我阿妈 alone, the writer working away: the mother is the household, the writer owes support', () => {
    const h = run('来电人：沙扒镇，我阿妈70岁，自己住，我喺深圳打工每月俾佢600。想帮佢申请低保。', '441721');
    expect(h.members).toHaveLength(1);
    expect(h.members?.[0]?.age).toBe(70);
    expect(h.obligors?.list?.[0]?.relation).toBe('child');
  });

  it('晋南, third person: the caller away, the old mother alone at home, is a call for the mother', () => {
    const h = run('来电人称本人在西安打工，家里老母亲一个人在村里，想问给老人办低保要不要本人回来。');
    expect(h.members).toHaveLength(1);
    expect(h.members?.[0]?.employed).toBeUndefined();
    expect(h.obligors?.list?.[0]?.relation).toBe('child');
  });

  it('粤: the writer and her husband working away are not the parents’ household', () => {
    const h = run(
      '来电人称：阳春市春湾镇，我阿爸（60岁）脑梗瘫咗，屋企我阿妈（58岁）照顾佢，我同老公喺东莞打工，每月寄八百返去。',
      '441781',
    );
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
    expect(h.members?.[0]?.age).toBe(60);
  });

  it('粤: brothers each paying a monthly share live apart', () => {
    const h = run('来电人称其阿爸（80岁）住江城区，中风，佢同两个细佬轮流睇，每人每月俾400蚊。', '441702');
    expect(h.members).toHaveLength(1);
    expect(h.income?.support).toBeDefined();
  });
});

describe('money', () => {
  it('晋南: 今年一季卖了 is the year’s one crop, not a quarter', () => {
    const h = run('村民赵某（男，60岁）。家里种红枣，今年一季卖了八千。');
    expect(h.income?.business).toBe(8000);
  });

  it('晋南: wages from a 麻花厂 are wages, not a medical cost', () => {
    const h = run('村民赵某（男，60岁）。冬天在镇上麻花厂帮工两个月，每月2000。');
    expect(h.income?.wages).toBe(4000);
    expect(h.hardship?.expenses ?? []).toHaveLength(0);
  });

  it('晋南: what the owner of the house paid the one hurt is compensation, not support', () => {
    const h = run('12月2日村民孙某（50岁）帮人盖房时从架子上摔下，腿骨折，主家给了三千。');
    expect(h.income?.otherTransfers).toBe(3000);
    expect(h.income?.support).toBeUndefined();
  });

  it('晋南: 给小区看大门 is a wage, not support', () => {
    const h = run('居民王某，男，61岁。现给小区看大门，一月1600。');
    expect(h.income?.wages).toBe(19200);
    expect(h.income?.support).toBeUndefined();
  });
});

// Money and the situation, round 10 (issue 21): general ways of stating pay, rent and pensions.
// Our own sentences, not the blind sets', each in both cities' ways of writing where it applies.
import { describe, expect, it } from 'vitest';
import { parseWhen } from '../../bot/understand/dates.ts';
import { read, value } from '../support/understanding.ts';

describe('the month right before the pay is its period, not how long it lasted', () => {
  it('晋南: 干一个月 then the pay, months worked said later', () => {
    const u = read('在砖厂干一个月两千五，一年也就干六个月', 'income.amount', '140800', {}, 'wages');
    expect(value(u, 'income.wages')).toBe(15000);
  });
  it('粤: 做一个月 then the pay, months worked said later', () => {
    const u = read('喺厂度做一个月三千，一年做得九个月', 'income.amount', '441700', {}, 'wages');
    expect(value(u, 'income.wages')).toBe(27000);
  });
  it('a month worked with no pay right after it is still how long', () => {
    const u = read('今年就干了一个月，挣了两千', 'income.amount', '140800', {}, 'wages');
    expect(value(u, 'income.wages')).toBe(2000);
  });
});

describe('a count of months is more exact than the half year it fell in', () => {
  it('粤: 下半年做咗四个月', () => {
    const u = read('下半年做咗四个月散工，每个月两千', 'income.amount', '441700', {}, 'wages');
    expect(value(u, 'income.wages')).toBe(8000);
  });
  it('晋南: 上半年干了三个月', () => {
    const u = read('上半年干了三个月，一个月四千', 'income.amount', '140800', {}, 'wages');
    expect(value(u, 'income.wages')).toBe(12000);
  });
});

describe('days worked in a month, said with 日', () => {
  it('粤: 一个月开工十几日 after a day rate', () => {
    const u = read('帮人搬货，一日二百，一个月开工十几日', 'income.amount', '441700', {}, 'wages');
    const v = value(u, 'income.wages') as number;
    expect(v).toBeGreaterThanOrEqual(200 * 11 * 12);
    expect(v).toBeLessThanOrEqual(200 * 19 * 12);
  });
  it('a day of the month with no month named before it stays a date', () => {
    const u = read('一日一百八，十号开始做', 'income.amount', '441700', {}, 'wages');
    expect(value(u, 'income.wages')).toBe(180 * 20 * 12);
  });
});

describe('money brought home from work away is a total, not a month', () => {
  it('晋南: 拿回来', () => {
    const u = read('俺在外头干了五个月 拿回来八千', 'income.amount', '140800', {}, 'wages');
    expect(value(u, 'income.wages')).toBe(8000);
  });
  it('粤: 攞返嚟', () => {
    const u = read('我出去做咗几个月，攞返嚟一万二', 'income.amount', '441700', {}, 'wages');
    expect(value(u, 'income.wages')).toBe(12000);
  });
});

describe('asked about one kind of income, a bare 给 with no relative named pays that kind', () => {
  it('晋南: a pension paid (给) to a retired teacher', () => {
    const u = read('俺是村里代课老师退的 一个月给一千五', 'income.amount', '140800', {}, 'pensions');
    expect(value(u, 'income.pensions')).toBe(18000);
    expect(value(u, 'income.support')).toBeUndefined();
  });
  it('粤: land used by a factory, a yearly sum paid (畀)', () => {
    const u = read('块地畀个厂用咗，一年畀两千', 'income.amount', '441700', {}, 'property');
    expect(value(u, 'income.property')).toBe(2000);
  });
  it('a relative named still gives support', () => {
    const u = read('闺女一个月给三百', 'income.amount', '140800', {}, 'pensions');
    expect(value(u, 'income.support')).toBe(3600);
  });
});

describe('both of them, then one sum: each one has it', () => {
  it('粤: 两个都係', () => {
    const u = read('我哋两个都係一百九', 'basicPension', '441700');
    expect(value(u, 'income.basicPension')).toBe(190 * 2 * 12);
  });
  it('晋南: 两个都是', () => {
    const u = read('俺两个都是一百六', 'basicPension', '140800');
    expect(value(u, 'income.basicPension')).toBe(160 * 2 * 12);
  });
  it('粤: a count (两个) before 都係 is the group too', () => {
    const u = read('两个都係230', 'basicPension', '441700');
    expect(value(u, 'income.basicPension')).toBe(230 * 2 * 12);
  });
  it('晋南: 三个都是 … each', () => {
    const u = read('三个都是一百八', 'basicPension', '140800');
    expect(value(u, 'income.basicPension')).toBe(180 * 3 * 12);
  });
  it('together (一共) stays the whole', () => {
    const u = read('两个人一共三百二', 'basicPension', '140800');
    expect(value(u, 'income.basicPension')).toBe(320 * 12);
  });
});

describe('rooms let, each at a rent', () => {
  it('粤: 三间 … 每间, by the month; the rooms are not houses', () => {
    const u = read('上面三间房租咗出去，每间三百', 'income.amount', '441700', {}, 'property');
    expect(value(u, 'income.property')).toBe(300 * 3 * 12);
    expect(value(u, 'property.houses')).toBeUndefined();
  });
  it('晋南: 两间 … 租出去 … 每间', () => {
    const u = read('临街两间房租出去了，每间五百', 'income.amount', '140800', {}, 'property');
    expect(value(u, 'income.property')).toBe(500 * 2 * 12);
  });
});

describe('a few of the next place on top (两万好几)', () => {
  it('晋南: 一万好几 is 13,000–19,000', () => {
    const u = read('看病一年花了一万好几', 'hardship.expense', '140800');
    const e = value(u, 'hardship.expenses[0]') as { amount: number };
    expect(e.amount).toBeGreaterThanOrEqual(13000);
    expect(e.amount).toBeLessThanOrEqual(19000);
  });
  it('粤: 三万好几千', () => {
    const u = read('睇病使咗三万好几千', 'hardship.expense', '441700');
    const e = value(u, 'hardship.expenses[0]') as { amount: number };
    expect(e.amount).toBeGreaterThanOrEqual(33000);
    expect(e.amount).toBeLessThanOrEqual(39000);
  });
});

describe('the money spent to the end is no savings', () => {
  it('晋南: 把钱都花完了, and a debt', () => {
    const u = read('给俺娘看病把钱都花完了，还欠了三万', 'deposits', '140800');
    expect(value(u, 'property.deposits')).toBe(0);
    expect(value(u, 'debt')).toBe(30000);
  });
  it('粤: 啲钱都使晒', () => {
    const u = read('啲钱都使晒喇', 'deposits', '441700');
    expect(value(u, 'property.deposits')).toBe(0);
  });
});

describe('a knock in a fall is an accident, not a crash', () => {
  it('粤: 跌落 … 撞伤', () => {
    const u = read('2 喺码头跌落去撞伤只脚', 'hardship', '441700');
    expect(value(u, 'hardship.events[0].kind')).toBe('accident');
  });
  it('晋南: 摔了 … 撞伤', () => {
    const u = read('老汉摔了一跤撞伤了头', 'hardship', '140800');
    expect(value(u, 'hardship.events[0].kind')).toBe('accident');
  });
  it('a car that hit someone is still a crash', () => {
    const u = read('俺儿叫车撞伤了', 'hardship', '140800');
    expect(value(u, 'hardship.events[0].kind')).toBe('traffic_accident');
  });
});

describe('hard, but still eating: getting by', () => {
  it('粤: 好难，但係仲食得饭', () => {
    const u = read('真係好难，但係仲食得饭', 'hardship.severe', '441700');
    expect(value(u, 'hardship.events[0].basicLivingSevere')).toBe(false);
  });
  it('晋南: 很困难，不过吃饭还行', () => {
    const u = read('是很困难，不过还吃得上饭', 'hardship.severe', '140800');
    expect(value(u, 'hardship.events[0].basicLivingSevere')).toBe(false);
  });
  it('hard alone stays hard', () => {
    const u = read('很困难，连买面的钱都没了', 'hardship.severe', '140800');
    expect(value(u, 'hardship.events[0].basicLivingSevere')).toBe(true);
  });
});

describe('dialysis told by how often, and 俩/仨 in dates', () => {
  it('晋南: 一个礼拜透两回 is 尿毒症', () => {
    const u = read('有，俺老伴一个礼拜透两回', 'illness', '140800', {
      members: [
        { relation: 'self', age: 66 },
        { relation: 'spouse', age: 65 },
      ],
    });
    expect(value(u, 'members[1].illnessName')).toBe('尿毒症');
  });
  it('粤: 个礼拜透三次', () => {
    const u = read('我自己，个礼拜透三次', 'illness', '441700', { members: [{ relation: 'self', age: 58 }] });
    expect(value(u, 'members[0].illnessName')).toBe('尿毒症');
  });
});

describe('俩 and 仨 are numerals in "how long ago"', () => {
  it('俩月前, 仨礼拜前', () => {
    expect(parseWhen('俩月前', '2026-12-05')?.slice(0, 7)).toBe('2026-10');
    expect(parseWhen('仨礼拜前', '2026-12-05')).toBe('2026-11-14');
  });
});

describe('traditional characters typed by habit', () => {
  it('粤: 轉咗城鎮戶口 after 以前係農村 is the kind now', () => {
    const u = read('以前係農村，後來轉咗城鎮戶口', 'hukou', '441700');
    expect(value(u, 'hukou')).toBe('urban');
  });
  it('粤: 三個禮拜前 is a date', () => {
    expect(parseWhen('三個禮拜前俾車撞咗', '2026-12-05')).toBe('2026-11-14');
  });
  it('粤: 個仔讀書 is a child at school', () => {
    const u = read('我同個仔兩個，我四十五，佢十四歲讀緊書', 'members', '441700');
    expect(value(u, 'members[1].student.fullTime')).toBe(true);
  });
});

describe("homes: rented in, a relative's, and one described", () => {
  it('粤: 住嘅係租返嚟 is no house of their own', () => {
    expect(value(read('冇铺，住嘅係租返嚟嘅', 'property', '441700'), 'property.houses')).toBe(0);
  });
  it('晋南: 房子是租来的', () => {
    expect(value(read('车没有，房子是租来的', 'property', '140800'), 'property.houses')).toBe(0);
  });
  it('晋南: 房子是俺兄弟的', () => {
    expect(value(read('没车，房子是俺兄弟的', 'property', '140800'), 'property.houses')).toBe(0);
  });
  it('粤: 间屋系我阿叔嘅', () => {
    expect(value(read('冇车，间屋系我阿叔嘅', 'property', '441700'), 'property.houses')).toBe(0);
  });
  it('a house then what it is (泥砖屋嚟嘅, 土坯房来的) is one house', () => {
    expect(value(read('得一间旧屋，泥砖屋嚟嘅，其他都冇', 'property', '441700'), 'property.houses')).toBe(1);
    expect(value(read('就一院房，土坯房来的', 'property', '140800'), 'property.houses')).toBe(1);
  });
});

describe('drawing 低保 now, and pensions none for both', () => {
  it('粤: 食紧低保 is 低保 now', () => {
    expect(value(read('我哋而家食紧低保，想问下啲嘢', 'opening', '441700'), 'currentBenefits.dibao')).toBe(true);
  });
  it('粤: 两个都冇退休金', () => {
    expect(value(read('我七十佢六十八，两个都冇退休金', 'opening', '441700'), 'income.pensions')).toBe(0);
  });
  it('晋南: 俺俩都没退休金', () => {
    expect(value(read('俺俩都没退休金，就种点地', 'opening', '140800'), 'income.pensions')).toBe(0);
  });
});

describe("good times and bad are each person's own", () => {
  it('粤: one steady wage and one "sometimes none" add up', () => {
    const u = read('老婆返工一个月三千，我帮人打散工有时八百有时冇', 'income.amount', '441700', {}, 'wages');
    const v = value(u, 'income.wages') as number;
    expect(v).toBeGreaterThanOrEqual(36000);
    expect(v).toBeLessThanOrEqual(36000 + 9600);
  });
  it('晋南: the same, 有时候没有', () => {
    const u = read('老汉在砖厂一个月两千五，俺打零工有时候几百有时候没有', 'income.amount', '140800', {}, 'wages');
    expect(value(u, 'income.wages') as number).toBeGreaterThan(30000);
  });
  it("one person's good and bad months stay a range", () => {
    const u = read('有时两千有时四千', 'income.amount', '140800', {}, 'wages');
    expect(value(u, 'income.wages')).toBe(36000);
  });
  it('a season is no pay by the day (冬天就没活了)', () => {
    const u = read('有时候两千有时候四千，冬天就没活了', 'income.amount', '140800', {}, 'wages');
    expect(value(u, 'income.wages')).toBe(36000);
  });
});

describe('asked a month "or a year", a bare sum of 万 is the year', () => {
  it('晋南: 1万5', () => {
    expect(value(read('1万5', 'income.amount', '140800', {}, 'business'), 'income.business')).toBe(15000);
  });
  it('粤: 两万蚊左右', () => {
    const v = value(read('两万蚊左右', 'income.amount', '441700', {}, 'wages'), 'income.wages') as number;
    expect(v).toBeGreaterThanOrEqual(18000);
    expect(v).toBeLessThanOrEqual(22000);
  });
  it('a month said stays a month', () => {
    expect(value(read('一个月一万', 'income.amount', '140800', {}, 'wages'), 'income.wages')).toBe(120000);
  });
});

describe('months off are taken from the year', () => {
  it('晋南: 冬天两个月不出去', () => {
    const u = read('收破烂一个月挣一千五，冬天两个月不出去', 'income.amount', '140800', {}, 'business');
    expect(value(u, 'income.business')).toBe(15000);
  });
  it('粤: 休渔期两个半月冇得做', () => {
    const u = read('出海一个月净赚三千，休渔期两个半月冇得做', 'income.amount', '441700', {}, 'business');
    expect(value(u, 'income.business')).toBe(28500);
  });
  it('months named without a no are not time off', () => {
    const u = read('一个月两千，三个月前开始做', 'income.amount', '140800', {}, 'business');
    expect(value(u, 'income.business')).toBe(24000);
  });
});

describe('a sale said roughly is still the year so far', () => {
  it('粤: 卖咗大概五千, costs taken off', () => {
    const u = read('种花生，卖咗大概五千，化肥用咗两千', 'income.amount', '441700', {}, 'business');
    expect(value(u, 'income.business')).toBe(3000);
  });
  it('晋南: 卖了差不多一万', () => {
    const u = read('花椒今年卖了差不多一万', 'income.amount', '140800', {}, 'business');
    expect(value(u, 'income.business') as number).toBeLessThanOrEqual(11000);
  });
});

describe("a relative's 户口 moved is not the family's", () => {
  it('晋南: 俺是农村的，儿子当兵把户口迁走了', () => {
    expect(value(read('俺是农村的，儿子上大学把户口迁到城里了', 'hukou', '140800'), 'hukou')).toBe('rural');
  });
  it('粤: 我哋係农村户口，个女读书迁咗城镇', () => {
    expect(value(read('我哋係农村户口，个女读书迁咗城镇户口', 'hukou', '441700'), 'hukou')).toBe('rural');
  });
});

describe('on the local list: a guess, and nobody ever said', () => {
  const one = { members: [{ relation: 'self' as const, age: 66 }] };
  it('晋南: 应该是吧, with a reason, is a (hedged) yes', () => {
    expect(read('应该是吧，大夫说这个能报大病', 'illness.list', '140800', one).yes).toBe(true);
  });
  it('粤: 冇人同我讲过 is not known, whatever the guess', () => {
    expect(read('应该係啩，不过冇人同我讲过', 'illness.list', '441700', one).idk).toBe(true);
  });
  it('晋南: 没人跟俺说过', () => {
    expect(read('没人跟俺说过', 'illness.list', '140800', one).idk).toBe(true);
  });
});

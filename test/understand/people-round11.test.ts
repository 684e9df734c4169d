// Round 11 (und11a): people in answers to the questions about members (disability, illness, work,
// household). Our own sentences, not the blind sets', each with the other city's way of writing.
import { describe, expect, it } from 'vitest';
import type { SlotId } from '../../bot/understand/extract.ts';
import type { Household } from '../../screening/index.ts';
import { read, value } from '../support/understanding.ts';

const yj = (text: string, slot: SlotId, household: Household = {}) => read(text, slot, '441700', household);
const yc = (text: string, slot: SlotId, household: Household = {}) => read(text, slot, '140800', household);

describe('a writer naming themself before any household is known', () => {
  it('"有 俺自个 胳膊残了 二级": the kind and grade are the writer\'s', () => {
    const u = yc('有 俺自个 胳膊残了 二级', 'disability');
    expect(value(u, 'members[0].disability.kind')).toBe('physical');
    expect(value(u, 'members[0].disability.grade')).toBe(2);
  });

  it('the same in 粤 words: "有，我自己，眼睇唔到，一级"', () => {
    const u = yj('有，我自己，眼睇唔到，一级', 'disability');
    expect(value(u, 'members[0].disability.kind')).toBe('visual');
    expect(value(u, 'members[0].disability.grade')).toBe(1);
  });

  it('"有 俺白血病 在医院化疗": the illness is named for the writer', () => {
    const u = yc('有 俺白血病 在医院化疗', 'illness');
    expect(value(u, 'members[0].seriousIllness')).toBe(true);
    expect(value(u, 'members[0].illnessName')).toBe('白血病');
  });

  it('"我自己喺酒楼洗碗": the writer works', () => {
    expect(value(yj('我自己喺酒楼洗碗', 'employed'), 'members[0].employed')).toBe(true);
    expect(value(yc('就俺自个 在砖厂干', 'employed'), 'members[0].employed')).toBe(true);
  });

  it("a money question is not about members: illness said of no one named is not the writer's", () => {
    const u = yc('俺老伴透析一个月得一千多', 'hardship.expense');
    expect(value(u, 'members[0].seriousIllness')).toBeUndefined();
  });
});

describe('a pair word that includes the writer', () => {
  const couple: Household = {
    members: [
      { relation: 'self', age: 71 },
      { relation: 'spouse', age: 69 },
      { relation: 'grandchild', age: 10 },
    ],
  };
  it('"我哋两个都有", asked which member: the writer and the spouse, not the spouse alone', () => {
    expect(yj('我哋两个都有', 'illness.which', couple).mentioned).toEqual([0, 1]);
  });

  it('the same in 晋南 words: "俺俩都是"', () => {
    expect(yc('俺俩都是', 'disability.which', couple).mentioned).toEqual([0, 1]);
  });
});

describe('a child named by birth order past the eldest', () => {
  const four: Household = {
    members: [
      { relation: 'self', age: 44 },
      { relation: 'child', age: 19 },
      { relation: 'child', age: 16 },
      { relation: 'child', age: 12 },
    ],
  };
  it('"三闺女 尿毒症": the third child by age, with the illness named', () => {
    const u = yc('三闺女 尿毒症', 'illness.which', four);
    expect(u.mentioned).toEqual([3]);
    expect(value(u, 'members[3].illnessName')).toBe('尿毒症');
  });

  it('"二闺女", "三儿子" are one child each, not a count', () => {
    expect(yc('二闺女', 'disability.which', four).mentioned).toEqual([2]);
    expect(yc('三儿子', 'disability.which', four).mentioned).toEqual([3]);
  });

  it('the same in 粤 words: "三女 白血病"', () => {
    const u = yj('三女 白血病', 'illness.which', four);
    expect(u.mentioned).toEqual([3]);
  });
});

describe('a pair that counts the writer, answering who lives at home', () => {
  it('"俺娘八十一 俺五十六 就俺俩": the writer and the mother, two, no spouse', () => {
    const u = yc('俺娘八十一 俺五十六 就俺俩', 'members');
    expect(value(u, 'size')).toBe(2);
    expect(value(u, 'members[1].relation')).toBe('parent');
    expect(value(u, 'members[1].age')).toBe(81);
  });

  it('the same in 粤 words: "阿爸七十九，我五十，我哋两个住"', () => {
    const u = yj('阿爸七十九，我五十，我哋两个住', 'members');
    expect(value(u, 'size')).toBe(2);
    expect(value(u, 'members[1].relation')).toBe('parent');
  });

  it('"俺跟老伴俩 俺66他70": 俩 closing the clause counts the two named, not an age of two', () => {
    const u = yc('俺跟老伴俩 俺66他70', 'members');
    expect(value(u, 'size')).toBe(2);
    expect(value(u, 'members[1].age')).toBe(70);
  });

  it('粤: "我同老婆两个，我七十，佢六十八" the same', () => {
    const u = yj('我同老婆两个，我七十，佢六十八', 'members');
    expect(value(u, 'size')).toBe(2);
    expect(value(u, 'members[1].age')).toBe(68);
  });

  it('粤 "两个老嘢，七十八同七十五" is the couple', () => {
    const u = yj('两个老嘢，七十八同七十五', 'members');
    expect(value(u, 'size')).toBe(2);
    expect(value(u, 'members[1].relation')).toBe('spouse');
  });
});

describe('a relative named and then none, asked about family elsewhere', () => {
  it('粤: "个女都冇，老婆早就走咗" is no one elsewhere', () => {
    const u = yj('个女都冇，老婆早就走咗', 'obligors');
    expect(value(u, 'obligors.exist')).toBe(false);
    expect(value(u, 'obligors.list[0].relation')).toBeUndefined();
  });

  it('晋南: "闺女也没有，老伴早没了" the same', () => {
    expect(value(yc('闺女也没有，老伴早没了', 'obligors'), 'obligors.exist')).toBe(false);
  });

  it('"儿子也没有 闺女在太原": the daughter is the one elsewhere, the son is no one', () => {
    const u = yc('儿子也没有 闺女在太原', 'obligors');
    expect(value(u, 'obligors.exist')).toBe(true);
    expect(value(u, 'obligors.list[0].relation')).toBe('child');
    expect(value(u, 'obligors.list[1].relation')).toBeUndefined();
  });
});

describe('brothers and sisters by birth order', () => {
  it('粤: "我同两个细佬住，我五十八，二佬五十五，三佬五十" gives each their own age', () => {
    const u = yj('我同两个细佬住，我五十八，二佬五十五，三佬五十', 'members');
    expect(value(u, 'size')).toBe(3);
    expect(value(u, 'members[1].relation')).toBe('sibling');
    expect(value(u, 'members[1].age')).toBe(55);
    expect(value(u, 'members[2].age')).toBe(50);
  });

  it('晋南: "俺跟俩妹子过 俺六十 二妹五十七 三妹五十三" the same', () => {
    const u = yc('俺跟俩妹子过 俺六十 二妹五十七 三妹五十三', 'members');
    expect(value(u, 'members[1].age')).toBe(57);
    expect(value(u, 'members[2].age')).toBe(53);
  });
});

describe("the writer describing themself by an old person's word", () => {
  it('晋南: "就俺一个老头子 八十一了" is the writer alone, eighty-one, no spouse', () => {
    const u = yc('就俺一个老头子 八十一了', 'members');
    expect(value(u, 'size')).toBe(1);
    expect(value(u, 'members[0].age')).toBe(81);
    expect(value(u, 'obligors.list[0].relation')).toBeUndefined();
  });

  it('粤: "得我一个阿婆，八十三" the same', () => {
    const u = yj('得我一个阿婆，八十三', 'members');
    expect(value(u, 'size')).toBe(1);
    expect(value(u, 'members[0].age')).toBe(83);
  });

  it('"俺是万荣的老婆子七十九了 老汉八十一": the writer is seventy-nine, the husband eighty-one', () => {
    const u = yc('俺是万荣的老婆子七十九了 老汉八十一', 'opening');
    expect(value(u, 'members[0].age')).toBe(79);
    expect(value(u, 'members[1].relation')).toBe('spouse');
    expect(value(u, 'members[1].age')).toBe(81);
  });
});

describe('ages listed with 、 and 岁 only on the last', () => {
  it('粤: "我40，老婆38，三个仔16、12、9岁" keeps the order', () => {
    const u = yj('我40，老婆38，三个仔16、12、9岁', 'members');
    expect(value(u, 'members[2].age')).toBe(16);
    expect(value(u, 'members[3].age')).toBe(12);
    expect(value(u, 'members[4].age')).toBe(9);
  });

  it('晋南: "俺和媳妇还有仨娃 俺42 她40 娃17、13、8岁" the same', () => {
    const u = yc('俺和媳妇还有仨娃 俺42 她40 娃17、13、8岁', 'members');
    expect(value(u, 'members[3].age')).toBe(13);
    expect(value(u, 'members[4].age')).toBe(8);
  });
});

describe('an age for someone not named, between people who are', () => {
  it('粤: "我80 佢78 阿妹72都同我住": the unnamed one is second, the sister third', () => {
    const u = yj('我80 佢78 阿妹72都同我住', 'members');
    expect(value(u, 'members[1].age')).toBe(78);
    expect(value(u, 'members[2].relation')).toBe('sibling');
    expect(value(u, 'members[2].age')).toBe(72);
  });

  it('晋南: "俺76 他74 俺兄弟70 都在一搭住" the same', () => {
    const u = yc('俺76 他74 俺兄弟70 都在一搭住', 'members');
    expect(value(u, 'members[1].age')).toBe(74);
    expect(value(u, 'members[2].relation')).toBe('sibling');
  });
});

describe('applying for a parent', () => {
  it('晋南: "想给俺娘申请个低保 她有残疾证 视力二级": the mother is the applicant, member 0', () => {
    const u = yc('想给俺娘申请个低保 她有残疾证 视力二级', 'opening');
    expect(value(u, 'askingFor')).toBe('mother');
    expect(value(u, 'members[0].disability.kind')).toBe('visual');
    expect(value(u, 'members[0].disability.grade')).toBe(2);
  });

  it('粤: "想帮我阿爸申请低保，佢八十一" the same', () => {
    const u = yj('想帮我阿爸申请低保，佢八十一', 'opening');
    expect(value(u, 'askingFor')).toBe('father');
    expect(value(u, 'members[0].age')).toBe(81);
  });
});

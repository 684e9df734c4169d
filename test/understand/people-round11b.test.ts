// Round 11, second pass (p11a): people left after the first pass. Our own sentences, not the blind
// sets', each in both cities' ways of writing where it applies.
import { describe, expect, it } from 'vitest';
import type { SlotId } from '../../bot/understand/extract.ts';
import type { Household } from '../../screening/index.ts';
import { read, value } from '../support/understanding.ts';

const yj = (text: string, slot: SlotId = 'members', h: Household = {}) => read(text, slot, '441700', h);
const yc = (text: string, slot: SlotId = 'members', h: Household = {}) => read(text, slot, '140800', h);

describe('living in a relative’s home', () => {
  it('粤 "住喺我阿哥屋企": the brother is not one of the household, and the family owns no house', () => {
    const u = yj('我四十岁，同个女住喺我阿哥屋企，个女十二');
    expect(value(u, 'size')).toBe(2);
    expect(value(u, 'members[1].relation')).toBe('child');
    expect(value(u, 'property.houses')).toBe(0);
  });

  it('晋南 "住在俺兄弟家": the same', () => {
    const u = yc('俺跟孙子住在俺兄弟家，俺七十一，孙子九岁');
    expect(value(u, 'size')).toBe(2);
    expect(value(u, 'members[1].relation')).toBe('grandchild');
    expect(value(u, 'property.houses')).toBe(0);
  });

  it('the relative named after 住 is not who lives there: "就俺一个…住的外甥家的旧房" is 0 houses', () => {
    const u = yc('就俺一个老汉 七十九了 住的外甥家的旧房');
    expect(value(u, 'size')).toBe(1);
    expect(value(u, 'property.houses')).toBe(0);
  });
});

describe('the old ones counted beside the writer', () => {
  it('粤 "屋企四个人，两个老人，我同老婆": the old ones are the writer’s parents, named in order', () => {
    const u = yj('屋企四个人，两个老人，我同老婆', 'opening');
    expect(value(u, 'size')).toBe(4);
    expect(value(u, 'members[1].relation')).toBe('parent');
    expect(value(u, 'members[2].relation')).toBe('parent');
    expect(value(u, 'members[3].relation')).toBe('spouse');
  });

  it('晋南 "俩老人都七十多 俺两口子四十几": parents with their ages, then the couple', () => {
    const u = yc('四口人 俩老人都七十多 俺两口子四十几');
    expect(value(u, 'members[1].relation')).toBe('parent');
    expect(value(u, 'members[2].relation')).toBe('parent');
    expect(value(u, 'members[3].relation')).toBe('spouse');
  });

  it('"我哋两个老人家" is the writer and spouse, and the old ones after grandparents named are those two', () => {
    const u = yj('我哋两个老人家，我七十二，老婆七十');
    expect(value(u, 'members[1].relation')).toBe('spouse');
    const v = yj('帮阿公问，阿公八十，阿婆七十八，两个老人家喺乡下', 'opening');
    expect(value(v, 'members[2].relation')).toBeUndefined();
  });
});

describe('one parent counted, then named again by the writer’s word', () => {
  it('晋南 "两口子加一个老娘 … 俺娘" is one mother', () => {
    const u = yc('两口子还有一个老娘 俺六十她五十八 俺娘八十三');
    expect(value(u, 'size')).toBe(3);
    expect(value(u, 'members[2].relation')).toBe('parent');
    expect(value(u, 'members[2].age')).toBe(83);
    expect(value(u, 'members[3].relation')).toBeUndefined();
  });

  it('粤 "我同老婆加一个阿妈 … 阿妈" the same', () => {
    const u = yj('我同老婆加一个阿妈，我五十佢四十八，阿妈七十九');
    expect(value(u, 'size')).toBe(3);
    expect(value(u, 'members[2].age')).toBe(79);
  });
});

describe('relatives elsewhere: ages said of a group, missing in everyday words', () => {
  const two: Household = { obligors: { exist: true, list: [{ relation: 'child' }, { relation: 'child' }] } };
  it('粤 "两个仔都係三十几，身体好" gives both sons the age', () => {
    const u = yj('两个仔都係三十几，身体好，都喺外面', 'obligors.situation', two);
    expect(value(u, 'obligors.list[0].age')).toBe(35);
    expect(value(u, 'obligors.list[1].age')).toBe(35);
    expect(value(u, 'obligors.list[1].ableBodiedAdult')).toBe(true);
  });

  it('晋南 "俩闺女都四十来岁" the same', () => {
    const u = yc('俩闺女都四十来岁 身体都好', 'obligors.situation', two);
    expect(value(u, 'obligors.list[0].age')).toBeDefined();
    expect(value(u, 'obligors.list[1].age')).toBeDefined();
  });

  const one: Household = { obligors: { exist: true, list: [{ relation: 'spouse' }] } };
  it('粤 "之后冇咗音讯，报咗警都揾唔到佢" is missing', () => {
    const u = yj('佢走咗去外省之后冇咗音讯，报咗警都揾唔到佢', 'obligors.situation', one);
    expect(value(u, 'obligors.list[0].declaredMissing')).toBe(true);
  });

  it('晋南 "没了音讯 报了警都找不到" is missing', () => {
    const u = yc('他出门以后就没了音讯 报了警都找不到', 'obligors.situation', one);
    expect(value(u, 'obligors.list[0].declaredMissing')).toBe(true);
  });
});

describe('who works and who is at school, in a known household', () => {
  const couple: Household = {
    members: [
      { relation: 'self', age: 50 },
      { relation: 'spouse', age: 47 },
    ],
  };
  it('粤 "老公喺工厂做，我出海": the works is the husband’s work, the sea the writer’s', () => {
    const u = yj('老公喺工厂做，我出海打鱼', 'employed', couple);
    expect(value(u, 'members[0].employed')).toBe(true);
    expect(value(u, 'members[1].employed')).toBe(true);
  });

  it('晋南 "老汉进工厂了" the same', () => {
    const u = yc('老汉进工厂了，俺种地', 'employed', couple);
    expect(value(u, 'members[1].employed')).toBe(true);
  });

  const withKids: Household = {
    members: [
      { relation: 'self', age: 44 },
      { relation: 'child', age: 16 },
      { relation: 'child', age: 12 },
    ],
  };
  it('粤 "冇人做嘢，两个都读紧书": the two children are at school, not the writer', () => {
    const u = yj('冇人做嘢，两个都读紧书', 'employed', withKids);
    expect(value(u, 'members[1].student.fullTime')).toBe(true);
    expect(value(u, 'members[2].student.fullTime')).toBe(true);
    expect(value(u, 'members[0].student.fullTime')).toBeUndefined();
  });

  it('晋南 "没人干活 俩都念书哩" the same', () => {
    const u = yc('没人干活 俩都念书哩', 'employed', withKids);
    expect(value(u, 'members[1].student.fullTime')).toBe(true);
    expect(value(u, 'members[0].student.fullTime')).toBeUndefined();
  });
});

describe('unmarried, at home', () => {
  it('晋南 "小子三十了没成家在家里": the son is at home (没 does not reach 在家)', () => {
    const u = yc('俺六十五 老婆子六十二 还有个小子三十了没成家在家里');
    expect(value(u, 'size')).toBe(3);
    expect(value(u, 'members[2].relation')).toBe('child');
    expect(value(u, 'obligors.exist')).toBeUndefined();
  });

  it('粤 "个女三十几仲未结婚，喺屋企住" the same', () => {
    const u = yj('我六十，老公六十三，个女三十二仲未结婚喺屋企住');
    expect(value(u, 'size')).toBe(3);
    expect(value(u, 'obligors.exist')).toBeUndefined();
  });
});

describe('one named, then ages counted off', () => {
  it('粤 "仲有个孙，一个十一岁一个五岁" is two grandchildren', () => {
    const u = yj('我六十九老婆六十六仲有个孙一个十一岁一个五岁');
    expect(value(u, 'members[2].age')).toBe(11);
    expect(value(u, 'members[3].relation')).toBe('grandchild');
    expect(value(u, 'members[3].age')).toBe(5);
  });

  it('晋南 "还有孙子 一个十二一个八岁" the same', () => {
    const u = yc('俺七十 老汉七十二 还有孙子 一个十二岁一个八岁');
    expect(value(u, 'members[3].relation')).toBe('grandchild');
    expect(value(u, 'members[3].age')).toBe(8);
  });
});

describe('"my two …" and their parents', () => {
  it('晋南 "俺两个孙子都是俺带着 他爸在监狱里": two grandchildren, their father the writer’s son in prison', () => {
    const u = yc('俺两个孙子都是俺带着 他爸在监狱里 他妈走了 俺六十九', 'opening');
    expect(value(u, 'members[1].relation')).toBe('grandchild');
    expect(value(u, 'members[2].relation')).toBe('grandchild');
    expect(value(u, 'obligors.list[0].relation')).toBe('child');
    expect(value(u, 'obligors.list[0].imprisoned')).toBe(true);
    // (The grandchildren's mother, the son's wife, owes the writer nothing and is no member.)
    expect(value(u, 'members[3].relation')).toBeUndefined();
    expect(value(u, 'obligors.list[1].relation')).toBeUndefined();
  });

  it('粤 "我两个女都嫁咗": two daughters elsewhere, not the writer and one other', () => {
    const u = yj('我两个女都嫁咗，屋企得返我同老公');
    expect(value(u, 'size')).toBe(2);
    expect(value(u, 'obligors.list[0].relation')).toBe('child');
    expect(value(u, 'obligors.list[1].relation')).toBe('child');
  });
});

describe('a relative named, asked about health, when one member’s relation was never asked', () => {
  const h: Household = {
    members: [
      { relation: 'self', age: 41 },
      { relation: 'spouse', age: 43 },
      { age: 70 },
      { relation: 'child', age: 12 },
    ],
  };
  it('晋南 "俺公公 肺癌" is the member with no relation', () => {
    const u = yc('俺公公 肺癌 去年查出来的', 'illness', h);
    expect(value(u, 'members[2].seriousIllness')).toBe(true);
    expect(value(u, 'members[2].illnessName')).toBe('肺癌');
  });

  it('粤 "我家婆，尿毒症" the same', () => {
    const u = yj('我家婆，尿毒症', 'illness', h);
    expect(value(u, 'members[2].seriousIllness')).toBe(true);
  });
});

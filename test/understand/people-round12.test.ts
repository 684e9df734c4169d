// Round 12: people in resident answers. Our own sentences, not the blind sets', each in both cities'
// ways of writing where it applies.
import { describe, expect, it } from 'vitest';
import type { SlotId } from '../../bot/understand/extract.ts';
import type { Household } from '../../screening/index.ts';
import { read, value } from '../support/understanding.ts';

const yj = (text: string, slot: SlotId = 'members', h: Household = {}) => read(text, slot, '441700', h);
const yc = (text: string, slot: SlotId = 'members', h: Household = {}) => read(text, slot, '140800', h);

describe('the older and the younger of a group counted earlier', () => {
  it('晋南 "俩外孙…大外孙…小的…": with the couple’s ages between, 小的 is the other of the two', () => {
    const u = yc('俺两口子带着俩外孙 俺七十一 老伴六十八 大外孙十四 小的九岁');
    expect(value(u, 'size')).toBe(4);
    expect(value(u, 'members[2].age')).toBe(14);
    expect(value(u, 'members[3].relation')).toBe('grandchild');
    expect(value(u, 'members[3].age')).toBe(9);
  });

  it('粤 "我同两个女 我五十 大嘅十五 细嘅十": the writer’s age between the count and the two', () => {
    const u = yj('我同两个女 我五十 大嘅十五 细嘅十岁');
    expect(value(u, 'size')).toBe(3);
    expect(value(u, 'members[1].age')).toBe(15);
    expect(value(u, 'members[2].age')).toBe(10);
  });
});

describe('a rough age for the couple, then each one’s exact age', () => {
  it('粤 "两公婆 六十几岁 我六十八佢六十三": the exact ages replace the rough one', () => {
    const u = yj('两公婆 六十几岁 我六十八佢六十三');
    expect(value(u, 'members[0].age')).toBe(68);
    expect(value(u, 'members[1].age')).toBe(63);
  });

  it('晋南 "俺老两口都八十多了 俺八十三她八十一"', () => {
    const u = yc('俺老两口都八十多了 俺八十三她八十一');
    expect(value(u, 'members[0].age')).toBe(83);
    expect(value(u, 'members[1].age')).toBe(81);
  });

  it('an exact age outside the rough range does not replace it', () => {
    const u = yc('俺老两口都七十多了 俺八十五');
    expect(value(u, 'members[0].age')).not.toBe(85);
  });
});

describe('who works: both of a pair', () => {
  const couple: Household = {
    members: [
      { relation: 'self', age: 41 },
      { relation: 'spouse', age: 39 },
      { relation: 'child', age: 10 },
    ],
  };
  it('晋南 "俺跟老汉都打零工": casual work said of the writer and the spouse is both of them', () => {
    const u = yc('俺跟老汉都在县里打零工，有活才干', 'employed', couple);
    expect(value(u, 'members[0].employed')).toBe(true);
    expect(value(u, 'members[1].employed')).toBe(true);
  });

  it('粤 "我同老公都系做散工": the same', () => {
    const u = yj('我同老公都系揾散工，冇固定', 'employed', couple);
    expect(value(u, 'members[0].employed')).toBe(true);
    expect(value(u, 'members[1].employed')).toBe(true);
  });

  const withSon: Household = {
    members: [
      { relation: 'self', age: 66 },
      { relation: 'child', age: 40 },
      { relation: 'other', age: 37 },
      { relation: 'grandchild', age: 8 },
    ],
  };
  it('粤 "仔同新抱喺佛山返工": a son and his wife named together both work, not the writer', () => {
    const u = yj('仔同新抱喺佛山返工', 'employed', withSon);
    expect(value(u, 'members[1].employed')).toBe(true);
    expect(value(u, 'members[2].employed')).toBe(true);
    expect(value(u, 'members[0].employed')).not.toBe(true);
  });

  it('晋南 "儿子跟儿媳妇在西安打工": the same', () => {
    const u = yc('儿子跟儿媳妇在西安打工', 'employed', withSon);
    expect(value(u, 'members[1].employed')).toBe(true);
    expect(value(u, 'members[2].employed')).toBe(true);
  });
});

describe('health and certificates', () => {
  const one: Household = { members: [{ relation: 'self', age: 63 }] };
  const two: Household = {
    members: [
      { relation: 'self', age: 68 },
      { relation: 'spouse', age: 70 },
    ],
  };

  it('晋南 莫 for 没: "腿脚不利索 莫办过证" says no certificate', () => {
    expect(yc('腿脚不利索 莫办过证', 'disability', one).noCertificate).toBe(true);
  });

  it('"是不是重病俺也不知道" asks whether; 重病 there is no illness said', () => {
    const u = yc('俺也不知道算不算重病，就是血压高', 'illness', one);
    expect(value(u, 'members[0].illnessName')).toBeUndefined();
    expect(value(u, 'members[0].seriousIllness')).not.toBe(true);
    const v = yj('唔知算唔算大病，我有风湿', 'illness', one);
    expect(value(v, 'members[0].illnessName')).toBeUndefined();
    expect(value(v, 'members[0].seriousIllness')).not.toBe(true);
  });

  it('"俺有高血压" asked about a serious illness: 有 is not a yes', () => {
    const u = yc('俺有高血压', 'illness', one);
    expect(u.yes).toBeUndefined();
    expect(value(u, 'members[0].seriousIllness')).toBe(false);
  });

  it('先心病 is 先天性心脏病', () => {
    const u = yc('外孙女先心病，得做手术', 'illness', {
      members: [
        { relation: 'self', age: 58 },
        { relation: 'grandchild', age: 6 },
      ],
    });
    expect(value(u, 'members[1].seriousIllness')).toBe(true);
    expect(value(u, 'members[1].illnessName')).toBe('先天性心脏病');
  });

  it('asked of two, 佢/他 alone is the other one', () => {
    const u = yj('唔知算唔算，佢肝硬化好多年', 'illness', two);
    expect(value(u, 'members[1].illnessName')).toBe('肝硬化');
    expect(value(u, 'members[0].seriousIllness')).not.toBe(true);
    const v = yc('他是脑梗 瘫了两年了', 'illness', two);
    expect(value(v, 'members[1].seriousIllness')).toBe(true);
  });
});

describe('living with the couple, counted', () => {
  it('晋南 "…小子跟着俺俩": the pair’s count is no one’s age', () => {
    const u = yc('俺七十一 老伴六十九 还有个小子没成家 跟着俺俩');
    expect(value(u, 'size')).toBe(3);
    expect(value(u, 'members[2].relation')).toBe('child');
    expect(value(u, 'members[2].age')).toBeUndefined();
  });

  it('粤 "…个仔同我哋两个住" the same', () => {
    const u = yj('我七十 老婆六十八 个仔同我哋两个住');
    expect(value(u, 'size')).toBe(3);
    expect(value(u, 'members[2].age')).toBeUndefined();
  });
});

describe('one of a group who died', () => {
  const alone: Household = { members: [{ relation: 'self', age: 82 }] };
  it('晋南 "仨闺女 大的前些年没了": two daughters remain, relatives elsewhere', () => {
    const u = yc('仨闺女 大的前些年没了 剩下俩都嫁到外村了', 'obligors', alone);
    expect(value(u, 'obligors.exist')).toBe(true);
    expect(value(u, 'obligors.list[1].relation')).toBe('child');
    expect(value(u, 'obligors.list[2].relation')).toBeUndefined();
  });

  it('粤 "两个女 细嘅前年过咗身": one daughter remains', () => {
    const u = yj('两个女 细嘅前年过咗身', 'obligors', alone);
    expect(value(u, 'obligors.exist')).toBe(true);
    expect(value(u, 'obligors.list[0].relation')).toBe('child');
    expect(value(u, 'obligors.list[1].relation')).toBeUndefined();
  });
});

describe('gone to sea and never back', () => {
  it('粤 "老公出海就冇返嚟": the husband is missing, not one of the household', () => {
    const u = yj('老公前年出海就冇返嚟，我同个女两个', 'opening');
    expect(value(u, 'obligors.list[0].relation')).toBe('spouse');
    expect(value(u, 'obligors.list[0].declaredMissing')).toBe(true);
    expect(value(u, 'members[1].relation')).toBe('child');
  });

  it('"出海没回来" the same; "过年冇返来" alone is no one missing', () => {
    const u = yc('男人出海就没回来 俺带着俩娃', 'opening');
    expect(value(u, 'obligors.list[0].declaredMissing')).toBe(true);
    const v = yj('个仔过年冇返来', 'obligors', { members: [{ relation: 'self', age: 70 }] });
    expect(value(v, 'obligors.list[0].declaredMissing')).toBeUndefined();
  });
});

// Round 10 (r10p): people and money conventions left over after round 10's helpers. Our own sentences,
// not the blind sets', each with the other city's way of writing where it applies.
import { describe, expect, it } from 'vitest';
import type { SlotId } from '../../bot/understand/extract.ts';
import { read, value } from '../support/understanding.ts';

const yj = (text: string, slot: SlotId = 'opening') => read(text, slot, '441700');
const yc = (text: string, slot: SlotId = 'opening') => read(text, slot, '140800');

describe('asking for a parent, with the verb right after the parent', () => {
  it('"帮我阿妈问嘅" makes the mother the applicant; 阿爸 after it is her husband', () => {
    const u = yj('帮我阿妈问嘅，佢七十八，阿爸八十一，得两老喺乡下');
    expect(value(u, 'askingFor')).toBe('mother');
    expect(value(u, 'members[0].age')).toBe(78);
    expect(value(u, 'members[1].relation')).toBe('spouse');
    expect(value(u, 'members[1].age')).toBe(81);
  });

  it('给俺娘问, in 晋南 words', () => {
    const u = yc('给俺娘问个事，她七十九了，俺爹八十');
    expect(value(u, 'askingFor')).toBe('mother');
    expect(value(u, 'members[1].relation')).toBe('spouse');
  });
});

describe('typing for someone who lives with the writer', () => {
  it('"我帮佢打字…得我同佢两个": the writer is counted, the parent is a member', () => {
    const u = yj('阿妈盲咗眼 我帮佢打字 屋企得我同佢两个');
    expect(value(u, 'askingFor')).toBeUndefined();
    expect(value(u, 'members[0].relation')).toBe('self');
    expect(value(u, 'members[1].relation')).toBe('parent');
  });

  it('the same in 晋南 words', () => {
    const u = yc('俺爹瘫在炕上 俺帮他问问 家里就俺跟他两个');
    expect(value(u, 'askingFor')).toBeUndefined();
    expect(value(u, 'members[0].relation')).toBe('self');
    expect(value(u, 'members[1].relation')).toBe('parent');
  });
});

describe('an exact age right after a rough one', () => {
  it('"佢七十几啦，七十二" narrows the rough age to the exact one', () => {
    const u = yj('我同老公，我六十八，佢七十几啦，七十二', 'members');
    expect(value(u, 'members[1].age')).toBe(72);
  });

  it('the same in 晋南 words', () => {
    const u = yc('俺和老婆子，俺七十，她六十几来着，六十七', 'members');
    expect(value(u, 'members[1].age')).toBe(67);
  });
});

describe('gone with no news since', () => {
  it('"走咗…冇音讯" is missing, not dead', () => {
    const u = yj('个老公走咗七八年，之后冇音讯', 'obligors');
    expect(value(u, 'obligors.exist')).toBe(true);
    expect(value(u, 'obligors.list[0].relation')).toBe('spouse');
    expect(value(u, 'obligors.list[0].declaredMissing')).toBe(true);
  });

  it('the same in 晋南 words; 走了 alone is still a death', () => {
    const u = yc('她男人走了好些年了，没音讯', 'obligors');
    expect(value(u, 'obligors.list[0].declaredMissing')).toBe(true);
    const dead = yc('老伴前年走了', 'obligors');
    expect(value(dead, 'obligors.list[0].declaredMissing')).toBeUndefined();
  });
});

describe('他/佢 asked which of two known members', () => {
  const couple = {
    members: [
      { relation: 'self' as const, age: 61 },
      { relation: 'spouse' as const, age: 59 },
    ],
  };
  it('"两个都有，佢…，我…" binds each illness to its own member', () => {
    const u = read('两个都有，佢肝癌，我尿毒症要洗肾', 'illness.which', '441700', couple);
    expect(value(u, 'members[1].illnessName')).toBe('肝癌');
    expect(value(u, 'members[0].illnessName')).toBe('尿毒症');
  });

  it('the same in 晋南 words', () => {
    const u = read('俩人都有，他是白血病，我是肺癌', 'illness.which', '140800', couple);
    expect(value(u, 'members[1].illnessName')).toBe('白血病');
    expect(value(u, 'members[0].illnessName')).toBe('肺癌');
  });
});

describe('how the relatives elsewhere are: one age for both, and their pension', () => {
  const parents = {
    obligors: {
      exist: true,
      list: [
        { relation: 'parent' as const, age: 81 },
        { relation: 'parent' as const, age: 79 },
      ],
    },
  };
  it('"两个都八十几，靠嗰百几蚊养老金": both past working age; the pension is not the household\'s', () => {
    const u = read('两个都八十几，靠嗰百几蚊养老金', 'obligors.situation', '441700', parents);
    expect(value(u, 'obligors.list[0].ableBodiedAdult')).toBe(false);
    expect(value(u, 'obligors.list[1].ableBodiedAdult')).toBe(false);
    expect(value(u, 'income.basicPension')).toBeUndefined();
  });

  it('the same in 晋南 words', () => {
    const u = read('两个人都八十几，就靠那一百多的养老金', 'obligors.situation', '140800', parents);
    expect(value(u, 'obligors.list[1].ableBodiedAdult')).toBe(false);
    expect(value(u, 'income.basicPension')).toBeUndefined();
  });
});

describe('a parent applying for their own child', () => {
  it('"我个女…想帮佢申请": the child is a member of the writer\'s household', () => {
    const u = yj('我个女精神残疾一级，三十几岁，我想帮佢申请');
    expect(value(u, 'askingFor')).toBeUndefined();
    expect(value(u, 'members[1].relation')).toBe('child');
    expect(value(u, 'members[1].disability.kind')).toBe('mental');
    expect(value(u, 'members[0].hasDisability')).toBeUndefined();
  });

  it('the same in 晋南 words', () => {
    const u = yc('俺儿子肢体残疾二级，二十八了，俺想给他申请');
    expect(value(u, 'askingFor')).toBeUndefined();
    expect(value(u, 'members[1].relation')).toBe('child');
    expect(value(u, 'members[1].age')).toBe(28);
  });
});

describe('an old resident naming themself by what others call them', () => {
  it('粤: "阿婆我七十六，自己一个住" is the writer, no grandmother elsewhere', () => {
    const u = yj('阿婆我七十六，自己一个住', 'members');
    expect(value(u, 'members[0].age')).toBe(76);
    expect(value(u, 'size')).toBe(1);
    expect(value(u, 'obligors.exist')).toBeUndefined();
    expect(value(u, 'askingFor')).toBeUndefined();
  });

  it('晋南: "老汉我今年七十四 老婆子七十一" is the writer and his wife', () => {
    const u = yc('老汉我今年七十四 老婆子七十一', 'members');
    expect(value(u, 'members[0].age')).toBe(74);
    expect(value(u, 'members[1].relation')).toBe('spouse');
    expect(value(u, 'members[1].age')).toBe(71);
  });

  it('"我阿婆七十六" is still the writer’s grandmother', () => {
    const u = yj('我阿婆七十六，自己一个住', 'members');
    expect(value(u, 'askingFor')).toBe('grandmother');
  });
});

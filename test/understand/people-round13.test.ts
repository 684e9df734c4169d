// Round 13: people, their ages and the commands typed in their place, in resident answers. Our own
// sentences, not the blind sets', each in both cities' ways of writing where it applies.
import { describe, expect, it } from 'vitest';
import type { SlotId } from '../../bot/understand/extract.ts';
import { wholeNumber } from '../../bot/understand/numbers.ts';
import type { Household } from '../../screening/index.ts';
import { read, value } from '../support/understanding.ts';

const yj = (text: string, slot: SlotId = 'members', h: Household = {}) => read(text, slot, '441700', h);
const yc = (text: string, slot: SlotId = 'members', h: Household = {}) => read(text, slot, '140800', h);
const range = (u: ReturnType<typeof read>, path: string) => u.facts.find((f) => f.path === path)?.range;

describe('rough ages: 好几 after a round age, 出头 with no one named', () => {
  it('晋南 "俺俩都六十好几了": three to nine over sixty, for both', () => {
    const u = yc('就俺俩 都六十好几了');
    expect(value(u, 'size')).toBe(2);
    expect(range(u, 'members[0].age')).toEqual([63, 69]);
    expect(range(u, 'members[1].age')).toEqual([63, 69]);
    expect(u.unclear).toEqual([]);
  });

  it('粤 "得我一个，五十出头": fifty to fifty-four, and nothing left unread', () => {
    const u = yj('得我一个，五十出头');
    expect(value(u, 'size')).toBe(1);
    expect(range(u, 'members[0].age')).toEqual([50, 54]);
    expect(u.unclear).toEqual([]);
  });

  it('the figure itself: 七十好几 is 73–79, and a sum said so keeps its reading (三千好几)', () => {
    expect(wholeNumber('七十好几')).toMatchObject({ lo: 73, hi: 79, approx: true });
    expect(wholeNumber('三千好几')).toMatchObject({ lo: 3300, hi: 3900, approx: true });
  });
});

describe('a group and one rough age for all of them', () => {
  it('粤 "两个老人家七十几": each of the two', () => {
    const u = yj('四口，两个老人家七十几，我同老婆四十几');
    expect(range(u, 'members[1].age')).toEqual([71, 79]);
    expect(range(u, 'members[2].age')).toEqual([71, 79]);
  });

  it('晋南 "俺爹妈都八十多了还种着地": the people, 都, the age, though the clause goes on', () => {
    const u = yc('俺爹妈都八十多了还种着地', 'obligors.situation', {
      obligors: { exist: true, list: [{ relation: 'parent' }, { relation: 'parent' }] },
    });
    expect(range(u, 'obligors.list[0].age')).toEqual([80, 90]);
    expect(range(u, 'obligors.list[1].age')).toEqual([80, 90]);
  });

  it('粤 "五个人 … 啲仔女都十几岁": the children together fill the count said', () => {
    const u = yj('五个人 我四十五 老公四十七 啲仔女都十几岁');
    expect(value(u, 'size')).toBe(5);
    for (const k of [2, 3, 4]) {
      expect(value(u, `members[${k}].relation`)).toBe('child');
      expect(range(u, `members[${k}].age`)).toEqual([11, 19]);
    }
  });

  it('晋南 "娃们都上小学" with no count: one child, nobody made up', () => {
    const u = yc('俺三十五 娃们都上小学');
    expect(u.facts.some((f) => f.path === 'members[2].relation')).toBe(false);
  });
});

describe('他/她 for the one other person named', () => {
  it('晋南 "就俺老两口 她七十四 俺七十六": 她 is the spouse', () => {
    const u = yc('就俺老两口 她七十四 俺七十六');
    expect(value(u, 'members[0].age')).toBe(76);
    expect(value(u, 'members[1].age')).toBe(74);
    expect(u.unclear).toEqual([]);
  });

  it('晋南 "跟大小子一搭住，他五十了": 一搭 is together, not an age of one', () => {
    const u = yc('俺八十一，跟大小子一搭住，他五十了');
    expect(value(u, 'size')).toBe(2);
    expect(value(u, 'members[1].age')).toBe(50);
  });

  it('with two others named, the ages go in the order said', () => {
    const u = yc('俺和老汉带着个孙子，俺六十他六十三，孙子八岁');
    expect(value(u, 'members[1].age')).toBe(63);
    expect(value(u, 'members[2].age')).toBe(8);
  });
});

describe('粤 女 alone after a daughter was named', () => {
  it('"我同个女住。我七十，女四十二": her age, not the sex of someone', () => {
    const u = yj('两个，我同个女住。我七十，女四十二');
    expect(value(u, 'members[1].relation')).toBe('child');
    expect(value(u, 'members[1].age')).toBe(42);
  });
});

describe('"we are N" and the question said back', () => {
  it('粤 "问几口人？我哋六个"', () => {
    const u = yj('问几口人？我哋六个');
    expect(value(u, 'size')).toBe(6);
    expect(u.unclear).toEqual([]);
  });

  it('晋南 "俺们四个"', () => {
    expect(value(yc('俺们四个'), 'size')).toBe(4);
  });
});

describe('commands typed in place of an answer', () => {
  it('going back: "我想改上一题", 粤 "改下上一个"', () => {
    expect(yc('我想改上一题', 'relations').commands).toContain('back');
    expect(yj('改下上一个', 'relations').commands).toContain('back');
  });

  it('asking why: "问这跟救助有什么关系", 粤 "呢个同低保有乜关系", "这些都得讲？"', () => {
    expect(yc('问这跟救助有什么关系', 'disability').commands).toContain('why');
    expect(yj('呢个同低保有乜关系', 'disability').commands).toContain('why');
    expect(yc('这些都得讲？', 'income').commands).toContain('why');
  });

  it('asking for help: "看不懂，不知道咋选", 粤 "睇唔懂 点选"', () => {
    expect(yc('看不懂，不知道咋选', 'hardship').commands).toContain('help');
    expect(yj('睇唔懂 点选', 'hardship').commands).toContain('help');
  });
});

describe('大的/小的 asked about health, no one named', () => {
  const h: Household = {
    members: [
      { relation: 'self', age: 45 },
      { relation: 'spouse', age: 44 },
      { relation: 'child', age: 19 },
      { relation: 'child', age: 12 },
    ],
  };

  it('晋南 "小的那个 白血病": the younger child, not the writer', () => {
    const u = yc('小的那个 白血病', 'illness', h);
    expect(value(u, 'members[3].seriousIllness')).toBe(true);
    expect(value(u, 'members[3].illnessName')).toBe('白血病');
    expect(value(u, 'members[0].seriousIllness')).not.toBe(true);
  });

  it('粤 "大嘅个 尿毒症": the elder child, not the spouse', () => {
    const u = yj('大嘅个 尿毒症', 'illness.which', h);
    expect(value(u, 'members[2].seriousIllness')).toBe(true);
    expect(value(u, 'members[1].seriousIllness')).not.toBe(true);
  });
});

describe('first messages: whom the writer speaks of', () => {
  it('粤 "我先生有残疾证二级": the husband has it, not the writer', () => {
    const u = yj('一家三口，我先生有残疾证二级', 'opening');
    expect(value(u, 'members[1].relation')).toBe('spouse');
    expect(value(u, 'members[1].disability.grade')).toBe(2);
    expect(value(u, 'members[0].hasDisability')).toBeUndefined();
  });

  it('粤 "靓女请问，我哋两公婆都六十几": the helper called by name is nobody in the family', () => {
    const u = yj('靓女请问，我哋两公婆都六十几', 'opening');
    expect(value(u, 'members[1].relation')).toBe('spouse');
    expect(u.facts.some((f) => f.path.endsWith('.relation') && f.value === 'sibling')).toBe(false);
  });

  it('"帮我爸问问，他八十了，我在外地打工": the writer works, not the father, and is family elsewhere', () => {
    for (const [say, city] of [
      ['帮俺爹问问，他八十了一个人过，俺在外地打工', '140800'],
      ['帮我阿爸问下，佢八十岁一个人住，我喺深圳打工', '441700'],
    ] as const) {
      const u = read(say, 'opening', city);
      expect(value(u, 'members[0].age')).toBe(80);
      expect(value(u, 'members[0].employed')).toBeUndefined();
      expect(value(u, 'obligors.list[0].relation')).toBe('child');
    }
  });

  it('"照顾佢冇得出去做嘢": the one cared for is not said to work', () => {
    const u = yj('屋企三个人，老公中风瘫咗，我要照顾佢冇得出去做嘢', 'opening');
    expect(value(u, 'members[1].employed')).toBeUndefined();
  });
});

describe('health said of someone by the words around them', () => {
  it('"跟残疾的闺女一起过" / 粤 "同有残疾嘅个仔住": the one after 的/嘅 has it, not the writer', () => {
    const u = yc('俺七十九，跟残疾的闺女一起过，她五十');
    expect(value(u, 'members[1].hasDisability')).toBe(true);
    expect(value(u, 'members[0].hasDisability')).toBeUndefined();
    const v = yj('我八十，同有残疾嘅个仔住，佢五十五');
    expect(value(v, 'members[1].hasDisability')).toBe(true);
  });

  it('grandparents raising a grandchild: "娃得了白血病" is the grandchild', () => {
    const h: Household = {
      members: [
        { relation: 'self', age: 66 },
        { relation: 'spouse', age: 68 },
        { relation: 'grandchild', age: 9 },
      ],
    };
    const u = yc('娃得了白血病', 'illness.which', h);
    expect(value(u, 'members[2].seriousIllness')).toBe(true);
    expect(value(u, 'members[2].illnessName')).toBe('白血病');
  });

  it('asked which kind: "中风以后半边身子动不了", 粤 "半边身郁唔到" is physical', () => {
    const h: Household = { members: [{ relation: 'self', age: 70, hasDisability: true }] };
    expect(value(yc('中风以后半边身子动不了', 'disability.kind', h), 'members[0].disability.kind')).toBe('physical');
    expect(value(yj('中风之后半边身郁唔到', 'disability.kind', h), 'members[0].disability.kind')).toBe('physical');
  });

  it('laughter beside the answer is nothing unread ("得我一个 呵呵 我六十八")', () => {
    const u = yj('得我一个 呵呵 我六十八');
    expect(value(u, 'members[0].age')).toBe(68);
    expect(u.unclear).toEqual([]);
  });
});

// Round 14: who is in the household — kin words beyond the closest family, counts typed with a gap,
// two ages for one child word, and children counted off after the size was said. Our own sentences,
// not the blind sets', in both cities' ways of writing where it applies.
import { describe, expect, it } from 'vitest';
import type { SlotId } from '../../bot/understand/extract.ts';
import type { Household } from '../../screening/index.ts';
import { read, value } from '../support/understanding.ts';

const yj = (text: string, slot: SlotId = 'members', h: Household = {}) => read(text, slot, '441700', h);
const yc = (text: string, slot: SlotId = 'members', h: Household = {}) => read(text, slot, '140800', h);
const rel = (u: ReturnType<typeof read>, i: number) => value(u, `members[${i}].relation`);
const age = (u: ReturnType<typeof read>, i: number) => value(u, `members[${i}].age`);

describe('kin words beyond the closest family', () => {
  it('晋南 "后妈", "妯娌": a step-parent is a parent, a brother\'s wife another relative', () => {
    const u = yc('三口 俺 俺后妈 俺妯娌');
    expect(value(u, 'size')).toBe(3);
    expect(rel(u, 1)).toBe('parent');
    expect(rel(u, 2)).toBe('other');
  });

  it('"娃他奶七十九": the child\'s grandmother, a parent of the couple, with her age', () => {
    const u = yc('娃他奶七十九 俺四十四 娃十二 就仨人');
    expect(value(u, 'size')).toBe(3);
    expect(rel(u, 1)).toBe('parent');
    expect(age(u, 1)).toBe(79);
    expect(rel(u, 2)).toBe('child');
    expect(age(u, 2)).toBe(12);
  });

  it('晋南 "俺女" is a daughter, and "女子" after it the same girl; "俺女婿" is a son-in-law', () => {
    const u = yc('就俺和俺女 俺三十八 女子十一');
    expect(value(u, 'size')).toBe(2);
    expect(rel(u, 1)).toBe('child');
    expect(age(u, 1)).toBe(11);
    const w = yc('俺女婿 三十五', 'members', { members: [{ relation: 'self', age: 62 }] });
    expect(w.facts.some((f) => /relation$/.test(f.path) && f.value === 'child')).toBe(false);
  });

  it('粤 "我个女 … 女仔七岁": one daughter named twice', () => {
    const u = yj('我同我个女，我三十，女仔七岁');
    expect(value(u, 'size')).toBe(2);
    expect(age(u, 1)).toBe(7);
  });

  it('粤 "我舅母": the uncle\'s wife whole, not 我舅 and a mother', () => {
    const u = yj('得我同我舅母，我廿六，舅母七十');
    expect(value(u, 'size')).toBe(2);
    expect(rel(u, 1)).toBe('other');
    expect(age(u, 1)).toBe(70);
  });

  it('晋南 "俺兄弟俩": a pair that includes the writer, not a third person', () => {
    const u = yc('两口人 俺六十五 俺哥六十八 俺兄弟俩一块过');
    expect(value(u, 'size')).toBe(2);
    expect(rel(u, 1)).toBe('sibling');
    expect(value(u, 'members[2].relation')).toBeUndefined();
  });
});

describe('counts and ages typed with gaps', () => {
  it('粤 "4 个，…": the count and its counter across a space are the size', () => {
    const u = yj('4 个，我 39，老公 41，两个女 10 同 8');
    expect(value(u, 'size')).toBe(4);
    expect(age(u, 2)).toBe(10);
    expect(age(u, 3)).toBe(8);
  });

  it('晋南 "娃 4岁 和 1岁": two ages joined by 和 after one child word are two children', () => {
    const u = yc('俺 29 娃 4岁 和 1岁');
    expect(value(u, 'size')).toBe(3);
    expect(rel(u, 1)).toBe('child');
    expect(age(u, 1)).toBe(4);
    expect(rel(u, 2)).toBe('child');
    expect(age(u, 2)).toBe(1);
  });

  it('粤 "个仔八岁同五岁": the same in written Cantonese', () => {
    const u = yj('我三十三，个仔八岁同五岁');
    expect(value(u, 'size')).toBe(3);
    expect(age(u, 2)).toBe(5);
  });
});

describe('children counted off after the size', () => {
  it('晋南 "五口人 … 仨娃，一个上初中，一个还没上学": one of them, not a household of one', () => {
    const u = yc('五口人，我，俺老汉，仨娃，一个上初中，一个还没上学');
    expect(value(u, 'size')).toBe(5);
    expect(rel(u, 1)).toBe('spouse');
    expect(u.facts.some((f) => f.path.startsWith('obligors'))).toBe(false);
    expect(value(u, 'members[2].student.fullTime')).toBe(true);
    expect(value(u, 'members[3].student.fullTime')).toBeUndefined();
  });

  it('粤 "两个细路，一个读紧书，一个未读书": only the first is at school', () => {
    const u = yj('四个，我，老婆，两个细路，一个读紧书，一个未读书');
    expect(value(u, 'size')).toBe(4);
    expect(value(u, 'members[2].student.fullTime')).toBe(true);
    expect(value(u, 'members[3].student.fullTime')).toBeUndefined();
  });
});

describe('illness: which one, and whether it is still there', () => {
  const fourOfUs: Household = {
    members: [
      { relation: 'self', age: 41 },
      { relation: 'spouse', age: 40 },
      { relation: 'child', age: 13 },
      { relation: 'child', age: 7 },
    ],
  };

  it('粤 "细个女，白血病": the younger of the two children known', () => {
    const u = yj('细个女，白血病', 'illness.which', fourOfUs);
    expect(value(u, 'members[3].seriousIllness')).toBe(true);
    expect(value(u, 'members[3].illnessName')).toBe('白血病');
    expect(value(u, 'members[2].seriousIllness')).toBeUndefined();
  });

  it('"七十几岁那个", 粤 "七十几岁嗰个": the one listed with an age in that range, no new age for anyone', () => {
    const h: Household = { members: [{ relation: 'self', age: 48 }, { age: 76 }, { age: 19 }] };
    for (const u of [yc('七十几岁那个 肺癌', 'illness.which', h), yj('七十几岁嗰个，肺癌', 'illness.which', h)]) {
      expect(value(u, 'members[1].seriousIllness')).toBe(true);
      expect(value(u, 'members[0].age')).toBeUndefined();
      expect(u.mentioned).toEqual([1]);
    }
  });

  it('an illness said to be over is no serious illness now, in both cities', () => {
    const self: Household = { members: [{ relation: 'self', age: 63 }] };
    for (const u of [
      yc('前些年有过肠癌 开了刀 早就好了', 'illness', self),
      yj('以前有过乳腺癌，医好咗好多年', 'illness', self),
    ]) {
      expect(value(u, 'members[0].seriousIllness')).toBe(false);
      expect(u.yes).not.toBe(true);
    }
  });

  it('a word groped for ("那个什么") is no 么 = 没 before the illness', () => {
    const u = yc('俺老汉查出来是那个什么肝硬化', 'illness', {
      members: [
        { relation: 'self', age: 58 },
        { relation: 'spouse', age: 60 },
      ],
    });
    expect(value(u, 'members[1].seriousIllness')).toBe(true);
    expect(value(u, 'members[1].illnessName')).toBe('肝硬化');
  });

  it('heart bypass and a tumour said as grown are named illnesses', () => {
    const h: Household = {
      members: [
        { relation: 'self', age: 70 },
        { relation: 'spouse', age: 69 },
      ],
    };
    expect(value(yc('老伴心脏搭了桥', 'illness', h), 'members[1].illnessName')).toBe('冠心病');
    expect(value(yj('老婆生咗个瘤', 'illness', h), 'members[1].illnessName')).toBe('肿瘤');
  });

  it('in a call summary, a bypass years ago is not a serious illness now', () => {
    const u = read('来电人58岁，丈夫60岁，三年前做了心脏搭桥，现在在家', 'summary', '441700');
    expect(u.facts.some((f) => f.path.endsWith('seriousIllness') && f.value === true)).toBe(false);
  });
});

describe('disability said roughly, and a grade re-assessed', () => {
  it('the grade said first stands when an earlier one follows with 以前; said in that order, the later one', () => {
    const h: Household = { members: [{ relation: 'self', age: 52, hasDisability: true }] };
    expect(value(yc('证上是一级 原来是二级', 'disability.grade', h), 'members[0].disability.grade')).toBe(1);
    expect(value(yj('以前系二级，旧年评咗一级', 'disability.grade', h), 'members[0].disability.grade')).toBe(1);
  });

  it('晋南 "残急证", a slip of the pinyin, is the certificate', () => {
    const u = yc('俺老汉有残急证', 'disability', {
      members: [
        { relation: 'self', age: 60 },
        { relation: 'spouse', age: 62 },
      ],
    });
    expect(value(u, 'members[1].hasDisability')).toBe(true);
  });

  it('"腰不行" says the kind, physical, when a certificate is said', () => {
    const u = yc('俺哥有证 腰不行', 'disability', {
      members: [
        { relation: 'self', age: 55 },
        { relation: 'sibling', age: 58 },
      ],
    });
    expect(value(u, 'members[1].disability.kind')).toBe('physical');
  });
});

describe('full-time work and full-time caring', () => {
  it('粤 "老婆全职湊细路（两个，六岁、三岁）": the children stay people, the wife has no job', () => {
    const u = read('来电人：男，36岁，做保安，老婆全职湊细路（两个，六岁、三岁）。', 'summary', '441700');
    expect(value(u, 'size')).toBe(4);
    expect(value(u, 'members[1].employed')).not.toBe(true);
  });
});

describe('the one earner, and a giver who lives apart', () => {
  it('晋南 "就俺一个人挣钱" and 粤 "得我一个揾钱": the writer earns, the others named live there', () => {
    for (const u of [
      yc('就俺一个人挣钱 老伴身体不好 俩娃上学', 'opening'),
      yj('得我一个揾钱，老公病咗，个女读书', 'opening'),
    ]) {
      expect(value(u, 'size')).not.toBe(1);
      expect(value(u, 'members[0].employed')).toBe(true);
      expect(value(u, 'members[1].relation')).toBe('spouse');
      expect(u.facts.some((f) => f.path.startsWith('obligors.list'))).toBe(false);
    }
  });

  it('晋南 "闺女每月给三百", 粤 "个女每个月畀三百": the daughter gives from where she lives, no member', () => {
    for (const u of [
      yc('俺老两口都七十多了 闺女每月给三百', 'opening'),
      yj('两公婆七十几，个女每个月畀三百', 'opening'),
    ]) {
      expect(value(u, 'members[2].relation')).toBeUndefined();
      expect(value(u, 'obligors.list[0].relation')).toBe('child');
    }
  });
});

describe('a story whose household changed: the present counts', () => {
  it('晋南 "原来五口人 … 现在就俺老两口", 粤 "以前四个人，而家得返我同老公": the size now', () => {
    for (const u of [
      yc('原来五口人 闺女嫁出去了 俺爹也没了 现在就俺老两口'),
      yj('以前四个人，个女嫁咗去广州，而家得返我同老公两个'),
    ]) {
      expect(value(u, 'size')).toBe(2);
      expect(value(u, 'members[1].relation')).toBe('spouse');
      expect(value(u, 'members[2].relation')).toBeUndefined();
    }
  });

  it('a count said of the past with nothing said of now is still the count', () => {
    expect(value(yc('原来五口人'), 'size')).toBe(5);
  });
});

describe("an age told against the writer's", () => {
  it('晋南 "老汉比俺大五岁", 粤 "老婆比我细两岁": the writer\'s age plus or minus', () => {
    const a = yc('俺六十六 老汉比俺大五岁');
    expect(age(a, 0)).toBe(66);
    expect(age(a, 1)).toBe(71);
    const b = yj('我七十，老婆比我细两岁');
    expect(age(b, 0)).toBe(70);
    expect(age(b, 1)).toBe(68);
  });
});

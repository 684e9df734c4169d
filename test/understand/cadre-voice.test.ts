// A village cadre filling the link for a household speaks of it in the third person (issue 21,
// round 6b): the head (户主) is the applicant and 他老伴, 他妈, 他儿子 are the head's relatives.
// Our own sentences, not the blind sets'.
import { describe, expect, it } from 'vitest';
import { type SlotId, understand } from '../../bot/understand/extract.ts';
import { echo } from '../../bot/understand/echo.ts';
import { applyFacts } from '../../bot/understand/apply.ts';
import { defaultParameters, type Household } from '../../screening/index.ts';
import { value } from '../support/understanding.ts';

const parameters = defaultParameters();
const read = (text: string, slot: SlotId, household: Household = { members: [] }) =>
  understand(text, { slot, household, today: '2026-12-05', region: '140800', parameters });

describe("a cadre's third-person answers", () => {
  it('户主 then 他老伴: the head and his wife, after 老两口 named the couple', () => {
    const u = read('这家就老两口，户主七十五，他老伴七十', 'members');
    expect(value(u, 'size')).toBe(2);
    expect(value(u, 'members[0].age')).toBe(75);
    expect(value(u, 'members[1].relation')).toBe('spouse');
    expect(value(u, 'members[1].age')).toBe(70);
    expect(echo(u.facts, applyFacts({ members: [] }, u.facts), parameters)).toContain('老伴70岁');
  });

  it("他妈 after the head's wife was named is the head's mother, not an in-law", () => {
    const u = read('户主五十三，他老婆去年走了，跟他过的是他妈，八十一了', 'members');
    expect(value(u, 'members[0].age')).toBe(53);
    const mother = u.facts.find((f) => f.path.endsWith('.age') && f.value === 81)!.path.replace('.age', '.relation');
    expect(value(u, mother)).toBe('parent');
  });

  it('他 with nobody named, in a message about 这户, is the head', () => {
    const household: Household = {
      members: [
        { relation: 'self', age: 60 },
        { relation: 'spouse', age: 58 },
        { relation: 'child', age: 33 },
      ],
    };
    const u = read('这户就他儿子在砖厂上班，户主在家种地', 'employed', household);
    expect(value(u, 'members[2].employed')).toBe(true);
  });

  it('a couple named by the cadre: the first named is the head, the second the spouse', () => {
    const u = read('他家三口，老汉七十，老伴六十八，闺女四十没出嫁', 'members');
    expect(value(u, 'size')).toBe(3);
    expect(value(u, 'members[0].age')).toBe(70);
    expect(value(u, 'members[1].relation')).toBe('spouse');
    expect(value(u, 'members[1].age')).toBe(68);
  });

  it('"帮俺村张老汉家问": which household, not a member; the members follow', () => {
    const u = read('我是村里的协理员，帮俺村张老汉家问问，这户就老两口，老汉八十老婆子七十七', 'opening');
    expect(value(u, 'size')).toBe(2);
    expect(value(u, 'members[0].age')).toBe(80);
    expect(value(u, 'members[1].age')).toBe(77);
  });

  it('the resident speaking of her own 老汉 is unchanged: 俺 is one of the household', () => {
    const u = read('俺老汉七十，俺六十八', 'members');
    expect(value(u, 'members[0].age')).toBe(68);
    expect(value(u, 'members[1].age')).toBe(70);
  });

  it('the grandchild named last: 他爸妈 are his parents, not the head’s', () => {
    const u = read('户主六十七，跟她过的还有个孙子十岁，他爸妈在外地打工', 'members');
    expect(u.facts.filter((f) => f.path.endsWith('.relation') && f.value === 'parent')).toHaveLength(0);
  });
});

describe('a day typed after the month without 号', () => {
  it('"11月28" is the 28th, not an amount of 28 a month', () => {
    const u = read('1 她11月3摔了腿 看病花了三千', 'hardship', { members: [{ relation: 'self', age: 63 }] });
    expect(value(u, 'hardship.events[0].date')).toBe('2026-11-03');
    expect(u.facts.filter((f) => f.path.startsWith('hardship.expenses')).map((f) => f.value)).toEqual([
      { kind: 'medical', amount: 3000 },
    ]);
  });
});

describe('a couple the cadre names, in either dialect', () => {
  it('"呢户两公婆，阿伯七十六，阿婆七十一": the old man is the head, the old woman his wife', () => {
    const yue = understand('呢户两公婆，阿伯七十六，阿婆七十一', {
      slot: 'members',
      household: { members: [] },
      today: '2026-12-05',
      region: '441700',
      parameters,
    });
    expect(value(yue, 'size')).toBe(2);
    expect(value(yue, 'members[0].age')).toBe(76);
    expect(value(yue, 'members[1].relation')).toBe('spouse');
    expect(value(yue, 'members[1].age')).toBe(71);
  });

  it("the head's father named after the daughter (同埋佢阿爸) is the head's father", () => {
    const u = understand('户主五十，老婆走咗，同佢住嘅係个仔十五岁，同埋佢阿妈八十', {
      slot: 'members',
      household: { members: [] },
      today: '2026-12-05',
      region: '441700',
      parameters,
    });
    const eighty = u.facts.find((f) => f.path.endsWith('.age') && f.value === 80)!.path.replace('.age', '.relation');
    expect(value(u, eighty)).toBe('parent');
  });
});

describe('男的 and 女的', () => {
  it('"他家三口 男的50 女的47 娃19": the man is the head, the woman his wife', () => {
    const u = read('他家三口 男的50 女的47 娃19', 'members');
    expect(value(u, 'size')).toBe(3);
    expect(value(u, 'members[0].age')).toBe(50);
    expect(value(u, 'members[1].relation')).toBe('spouse');
    expect(value(u, 'members[1].age')).toBe(47);
    expect(value(u, 'members[2].relation')).toBe('child');
  });

  it('a wife speaking of 俺家男的 names her husband', () => {
    const u = read('俺家男的在外头打工，俺在家', 'employed', {
      members: [
        { relation: 'self', age: 44 },
        { relation: 'spouse', age: 46 },
      ],
    });
    expect(value(u, 'members[1].employed')).toBe(true);
  });
});

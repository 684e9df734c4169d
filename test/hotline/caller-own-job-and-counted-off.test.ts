// Round 11, second pass (issue 22): what a summary says of the caller who phones for a parent stays the
// caller's, and children counted off one by one each get what their clause says.
// - 自己/本人 while the sentence still talks of the caller ("来电人系独女，嫁去佛山，自己开档口") is the
//   caller: their job makes them a child able to support (特困人员认定办法 第八条), not the parent a worker.
// - "来电人…咨询：老母亲80岁…" and "称老家在X镇，父亲…" turn the call to the parent named next.
// - "两个仔，一个喺佛山做嘢，一个喺镇上做保安": each 一个 is the next of the group, and their work is theirs.
// - "来电人与哥哥每月各给母亲…": the mother given to is not one of the givers.
// The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('the caller phoning for a parent keeps their own job', () => {
  it('粤: 来电人系独女，嫁去佛山，自己喺工厂返工', () => {
    const h = run(
      '来电人陈小姐代其阿爸来电。阿爸陈某，79岁，独居阳西县程村镇，每月领养老金两百几。来电人系独女，嫁去佛山，自己喺工厂返工，每月畀阿爸四百蚊。',
      '441721',
    );
    expect(h.members?.[0]?.age).toBe(79);
    expect(h.members?.[0]?.employed).toBeUndefined();
    expect(h.obligors?.list?.[0]).toMatchObject({ relation: 'child', ableBodiedAdult: true });
  });

  it('晋南: 来电人是闺女，本人在太原上班', () => {
    const h = run(
      '来电人替母亲咨询。母亲78岁，一个人在村里住。来电人是闺女，嫁到外地，本人在太原上班，每月给母亲三百。',
    );
    expect(h.members?.[0]?.age).toBe(78);
    expect(h.members?.[0]?.employed).toBeUndefined();
    expect(h.obligors?.list?.[0]).toMatchObject({ relation: 'child', ableBodiedAdult: true });
  });

  it('粤: 来电人话自己系独生仔，喺广州做嘢 — one son, not two', () => {
    const h = run('来电人问：“我阿妈81岁，一个人喺乡下住，点申请五保？”来电人话自己系独生仔，喺广州做嘢。', '441781');
    expect(h.members?.[0]?.employed).toBeUndefined();
    expect(h.obligors?.list).toHaveLength(1);
    expect(h.obligors?.list?.[0]).toMatchObject({ relation: 'child', ableBodiedAdult: true });
  });

  it('a 自己 in a later sentence about the parent stays the parent', () => {
    const h = run('来电人替父亲咨询，来电人在外地打工。父亲80岁，一个人过，自己种了两亩地。');
    expect(h.members?.[0]?.age).toBe(80);
    expect(h.obligors?.list?.[0]?.relation).toBe('child');
  });
});

describe('the parent named after the caller asks or says where home is', () => {
  it('晋南: 来电人（男，50岁，在县城打工）咨询：老母亲80岁', () => {
    const h = run('来电人（男，50岁，在县城打工）咨询：老母亲80岁，在村里一个人过，想给老人办五保。');
    expect(h.members?.[0]?.age).toBe(80);
    expect(h.obligors?.list?.[0]).toMatchObject({ relation: 'child', age: 50, ableBodiedAdult: true });
  });

  it('粤: 来电人在东莞打工，话乡下喺阳春，阿爸…', () => {
    const h = run(
      '来电人（男，40岁）喺东莞打工，话乡下喺阳春市春湾镇，阿爸（70岁）同细佬（35岁，精神残疾二级）两个住。',
      '441700',
    );
    expect(h.members?.[0]?.age).toBe(70);
    expect(h.members?.[1]).toMatchObject({ relation: 'child', age: 35 });
    expect(h.obligors?.list?.[0]).toMatchObject({ relation: 'child', age: 40 });
  });

  it('a caller who says where home is and speaks of her own family keeps it', () => {
    const h = run('来电人（女，40岁）称老家在夏县，老公（42岁）在工地受伤，家里还有两个孩子上学。');
    expect(h.members?.[0]?.age).toBe(40);
    expect(h.members?.[1]?.relation).toBe('spouse');
  });
});

describe('children counted off one by one', () => {
  it('粤: 两个仔，一个喺佛山做嘢，一个喺镇上做保安', () => {
    const h = run(
      '来电人（女，64岁），同老公（66岁）两个人住。两个仔，一个喺佛山做嘢，一个喺中山做保安，过年先畀几百蚊。',
      '441702',
    );
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
    expect(h.members?.[0]?.employed).toBeUndefined();
    expect(h.obligors?.list).toHaveLength(2);
    for (const o of h.obligors?.list ?? []) expect(o).toMatchObject({ relation: 'child', ableBodiedAdult: true });
  });

  it('晋南: 俩儿子，一个在西安打工，一个在城里开饭店', () => {
    const h = run('来电人（男，70岁），和老伴（68岁）一起过。俩儿子都成家了，一个在西安打工，一个在城里开饭店。');
    expect(h.members?.[0]?.employed).toBeUndefined();
    expect(h.obligors?.list).toHaveLength(2);
    for (const o of h.obligors?.list ?? []) expect(o).toMatchObject({ relation: 'child', ableBodiedAdult: true });
  });

  it('one who died and one elsewhere: neither is a member', () => {
    const h = run('两公婆，男80女78，两个仔一个已经过身，一个喺广州做保安。', '441721');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
    expect(h.obligors?.list).toHaveLength(1);
    expect(h.obligors?.list?.[0]).toMatchObject({ relation: 'child', ableBodiedAdult: true });
  });

  it('what the next clause says of them all is said of each (俩娃一个12岁一个9岁，在老家上学)', () => {
    const h = run('来电人（男，38岁），在外省打工。老婆（36岁）有病在家。俩娃一个12岁一个9岁，在老家上学。');
    const kids = (h.members ?? []).filter((m) => m.relation === 'child');
    expect(kids.map((k) => k.age)).toEqual([12, 9]);
    for (const k of kids) expect(k.student?.fullTime).toBe(true);
  });
});

describe('support given to the person the call is about', () => {
  it('来电人与哥哥每月各给母亲三百: two givers', () => {
    const h = run(
      '来电人（女，45岁）在外地打工，称老家在万荣县，母亲（75岁）一个人住，没有别的收入。来电人与哥哥每月各给母亲三百元。',
    );
    expect(h.income?.support).toEqual([{ amount: 7200 }]);
  });
});

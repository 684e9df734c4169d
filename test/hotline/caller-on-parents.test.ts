// Round 9 (issue 22): a caller reporting on a parent or another relative. "家里就父母二人" after the call
// turned to one parent is that parent and their spouse, not the parent's own parents. A caller quoted
// in the first person ("来电人：我妈…", "俺爸68，俺妈66") calls about them: 在家 says where the mother
// was, not that the caller lives with her, and "我妈一个人住" is the subject living alone. "来电人为女儿，
// 说她爸…" says who the caller is (为女儿咨询 still asks for the daughter), and 她爸 after 说 is the caller's
// father; "反映其叔叔", "其舅父" with 其 apart from the word is the relative the call is about. The texts
// are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('the pair after one parent', () => {
  it('家里就父母二人 is the father and his wife', () => {
    const h = run('来电人称其父亲（66岁）昨天在地里摔伤住院。家里就父母二人，母亲62岁。来电人在外地打工。');
    expect(h.members?.map((m) => [m.relation, m.age])).toEqual([
      ['self', 66],
      ['spouse', 62],
    ]);
    expect(h.obligors?.list?.map((o) => o.relation)).toEqual(['child']);
  });

  it('粤: 屋企得两老', () => {
    const h = run('来电人话其阿妈（70岁）跌亲，屋企得父母两个，阿爸72岁。', '441700');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
    expect(h.obligors?.list?.some((o) => o.relation === 'parent') ?? false).toBe(false);
  });
});

describe('the caller in the first person', () => {
  it('来电人：我妈… 在家 is where she was; 我妈一个人住 is her living alone', () => {
    const h = run(
      '新绛县某村，来电人：我妈昨晚在家煤气中毒，现在还在医院。我爸前年没了，我妈一个人住，66。我们兄妹三个都在外地。',
    );
    expect(h.members?.map((m) => [m.relation, m.age])).toEqual([['self', 66]]);
    expect(h.obligors?.list?.every((o) => o.relation === 'child')).toBe(true);
  });

  it('俺爸…俺妈… with the caller working in town: the parents are the household', () => {
    const h = run('夏县某乡，来电人：我是某村的，俺爸70，俺妈67，两个老人种了几亩地。俺在县城上班，俺哥在太原。');
    expect(h.members?.map((m) => [m.relation, m.age])).toEqual([
      ['self', 70],
      ['spouse', 67],
    ]);
    expect(h.members?.[0]?.employed).toBeUndefined();
    expect(h.obligors?.list?.map((o) => o.relation)).toEqual(['child', 'child']);
  });

  it('a third-person summary is not read this way', () => {
    const h = run('来电人（女，45岁）与母亲（72岁）同住，本人在超市上班。');
    expect(h.members?.[0]?.age).toBe(45);
    expect(h.members?.[1]?.relation).toBe('parent');
  });
});

describe('who the caller is, then whom they tell of', () => {
  it('来电人为女儿，说她爸…: the father is the subject', () => {
    const h = run('来电人为女儿，说她爸（58岁）前天干活时从房上摔下来，腰摔坏了。');
    expect(h.members?.[0]?.age).toBe(58);
    expect(h.obligors?.list?.map((o) => o.relation)).toEqual(['child']);
  });

  it('来电人为女儿咨询 still asks for the daughter', () => {
    const h = run('来电人（男，62岁）为女儿咨询单人保，女儿30岁，精神残疾二级。');
    expect(h.members?.[0]?.age).toBe(30);
  });

  it('来电人为侄子，反映其叔叔…: the uncle is the subject', () => {
    const h = run('某村，来电人为侄子，反映其叔叔（男，68岁）一辈子没成家，一人生活。');
    expect(h.members?.map((m) => [m.relation, m.age])).toEqual([['self', 68]]);
  });

  it('粤: 来电人系外甥，反映其舅父', () => {
    const h = run('来电人系外甥，反映其舅父（79岁）冇仔冇女，一个人住喺村度。', '441700');
    expect(h.members?.map((m) => [m.relation, m.age])).toEqual([['self', 79]]);
  });
});

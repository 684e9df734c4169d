// Round 15 of the hotline: a person named by surname and title with their age right after ("何伯（74）",
// "邱阿姨，61岁", 粤 "麦生（43）") is the person the call names, with that age; a parent's age said right
// before the word after 同/和 or a count ("同86岁老母住", "还有一个75岁老爹") is theirs; a relative married
// off with 去/给 ("嫁去湛江", "嫁给邻村的") lives apart; a sentence opening on the sex ("。女，38") is the
// subject. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('surname and title', () => {
  it('粤: 何伯（74）同老婆住', () => {
    const h = run('市民反映：江城区埠场镇，何伯（74），同老婆（70）两个住，靠养老金。', '441702');
    expect(h.members?.[0]).toMatchObject({ relation: 'self', age: 74 });
    expect(h.members?.[1]).toMatchObject({ relation: 'spouse', age: 70 });
  });

  it('粤: 麦生（43），老婆冇返工', () => {
    const h = run('来电人：阳春市春湾镇，麦生（43），喺工地做嘢，老婆冇返工。', '441781');
    expect(h.members?.[0]).toMatchObject({ relation: 'self', age: 43 });
  });

  it('晋南: 邱阿姨，61岁', () => {
    const h = run('盐湖区某村村民邱阿姨，61岁，老伴前年没了，一个人过。');
    expect(h.members?.map((m) => [m.relation, m.age])).toEqual([['self', 61]]);
  });

  it('a kin word of its own is left as it is', () => {
    const h = run('来电人（女，45岁），家婆（72岁）同我哋住。', '441702');
    expect(h.members?.some((m) => m.relation === 'parent' && m.age === 72)).toBe(true);
  });
});

describe('a sentence opening on the sex', () => {
  it('粤: 。女，38，同老公（40）住 — the subject, not a daughter', () => {
    const h = run('江城区。女，38，农村户口。同老公（40）、个女（12）住。', '441702');
    expect(h.members?.map((m) => [m.relation, m.age])).toEqual([
      ['self', 38],
      ['spouse', 40],
      ['child', 12],
    ]);
  });
});

describe("a parent's age before the word", () => {
  it('粤: 同86岁老母住', () => {
    const h = run('诉求人：男，52岁，冇结过婚，同86岁老母住。', '441704');
    expect(h.members?.find((m) => m.relation === 'parent')?.age).toBe(86);
  });

  it('晋南: 还有一个75岁老爹', () => {
    const h = run('来电人（男，47岁），老婆在家种地，还有一个75岁老爹。');
    expect(h.members?.find((m) => m.relation === 'parent')?.age).toBe(75);
  });

  it('not the age of one calling: 一位78岁阿婆来电', () => {
    const h = run('一位78岁阿婆来电，自己住，问点样申请低保。', '441702');
    expect(h.members?.[0]?.age).toBe(78);
    expect(h.obligors?.list ?? []).toHaveLength(0);
  });
});

describe('married off', () => {
  it('粤: 有个妹妹嫁去湛江', () => {
    const h = run('来电人（男，50），同阿妈住。有个妹妹嫁去湛江。', '441702');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'parent']);
  });

  it('晋南: 一个闺女嫁给邻村的', () => {
    const h = run('来电人（女，70岁），老伴没了，一个人住。有一个闺女嫁给邻村的。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self']);
  });
});

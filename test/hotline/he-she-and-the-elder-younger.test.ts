// Round 15 of the hotline: a written 他/她 right after a relative of the other sex is the person the call
// is about ("…还有个老娘。家里就靠他打工"), and "家里就靠他" names the one the family lives on; a child
// word with no count, then "大的…小的…" with ages, is two children; food and bedding burnt, or "往后咋办"
// after an emergency, is basic living severely hit. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('他/她 after a relative of the other sex', () => {
  it('晋南: 还有个老娘。家里就靠他打工 — he works, and the family lives on him', () => {
    const h = run('村民王某（男，45岁）12月2日在砖厂被砸伤腿住院。老婆在家，还有个老娘。家里就靠他打工挣钱。');
    expect(h.members?.[0]?.employed).toBe(true);
    expect(h.members?.find((m) => m.relation === 'parent')?.employed).toBeUndefined();
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });

  it('晋南: 老汉在外打工，她辞了工作 — she is the caller', () => {
    const h = run('来电人（女，40岁），老汉在外打工一月四千，她辞了工作在家照顾生病的闺女。');
    expect(h.members?.[0]?.employed).toBe(false);
    expect(h.members?.find((m) => m.relation === 'spouse')?.employed).toBe(true);
  });
});

describe('大的…小的… after an uncounted child word', () => {
  it('晋南: 媳妇在家看娃；大的九岁，小的四岁', () => {
    const h = run('来电人（男，35岁）在县城跑运输；媳妇在家看孩子；大的九岁，小的四岁。');
    expect(h.members?.filter((m) => m.relation === 'child').map((m) => m.age)).toEqual([9, 4]);
  });

  it('粤: 老婆喺屋企湊仔，大嘅八岁，细嘅三岁', () => {
    const h = run('来电人（男，34），喺工地做嘢，老婆喺屋企湊仔，大嘅八岁，细嘅三岁。', '441702');
    expect(h.members?.filter((m) => m.relation === 'child').map((m) => m.age)).toEqual([8, 3]);
  });
});

describe('severe after an emergency', () => {
  it('晋南: 粮食和被褥都烧了', () => {
    const h = run('来电人（女，60岁）称12月1日夜里家里着火，烧了一间房，粮食和被褥都烧了。');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });

  it('粤: 被铺都烧晒', () => {
    const h = run('来电人（男，58），12月2日屋企火烧，厨房同房间烧坏，被铺都烧晒。', '441704');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });

  it('晋南: 往后咋办 after a death in a crash', () => {
    const h = run('来电人（女，38岁）称丈夫11月30日出车祸走了，两个娃还小，"往后咋办"。');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });
});

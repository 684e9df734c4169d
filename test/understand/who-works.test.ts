// Who works, and where an emergency happened (issue 21, round 4): the one looked after (伺候她, 带两个
// 孩子) is not who works; 都 after two people named is both of them; work that was (之前, 原来) or a
// workplace closed (厂执咗, 倒闭) is no work now; what the speaker says of themselves in a first
// message is about them. An emergency told with the one county the message names happened there,
// unless its own clause says somewhere else. Our own examples, not the blind sets'.
import { describe, expect, it } from 'vitest';
import { read, value } from '../support/understanding.ts';

describe('who works', () => {
  it('not the one looked after', () => {
    const u = read('俺跟俺爹两个人，俺四十八，俺爹七十九，俺在家照顾他出不去干活', 'members');
    expect(value(u, 'members[0].employed')).toBe(false);
    expect(value(u, 'members[1].employed')).toBeUndefined();
  });
  it('not the children someone raises alone', () => {
    const u = read('我一个人带两个娃，平时打零工', 'opening');
    expect(value(u, 'members[0].employed')).toBe(true);
    expect(u.facts.some((f) => /members\[[12]\]\.employed/.test(f.path))).toBe(false);
  });
  it('both, when 都 follows the two named', () => {
    const u = read('我同老婆两个，一个六十五一个六十三，两个都冇返工', 'members', '441700');
    expect(value(u, 'members[0].employed')).toBe(false);
    expect(value(u, 'members[1].employed')).toBe(false);
  });
  it('work that was is not work now', () => {
    for (const [say, region] of [
      ['以前在砖厂干，厂子倒闭了，现在闲着', '140800'],
      ['之前喺电子厂，厂执咗之后冇做', '441700'],
    ] as const) {
      const u = read(say, 'employed', region, { members: [{ relation: 'self', age: 45 }] });
      expect(value(u, 'members[0].employed')).toBe(false);
    }
  });
  it('a first message about oneself', () => {
    const u = read('我琴日喺制衣厂返工嗰阵跌亲', 'opening', '441700');
    expect(value(u, 'members[0].employed')).toBe(true);
  });
});

describe('where the emergency happened', () => {
  it('the county the message names', () => {
    const u = read('家里失火了，俺是稷山的', 'opening');
    expect(value(u, 'hardship.events[0].place')).toBe('140824');
    const v = read('屋企水浸，喺阳东', 'hardship', '441700');
    expect(value(v, 'hardship.events[0].place')).toBe('441704');
  });
  it('not when the emergency was somewhere else', () => {
    const u = read('俺是绛县的，俺娃在外地打工出了车祸', 'opening');
    expect(value(u, 'hardship.events[0].place')).toBeUndefined();
  });
});

// Issue 21, round 9 (und9a): our own sentences. Asked about family elsewhere who owe support, an
// answer whose only spouse, child or parent named has died says there is none; a living one named
// beside the dead, or not knowing whether they live, is not that.
import { describe, expect, it } from 'vitest';
import { read, value } from '../support/understanding.ts';

const alone = { members: [{ relation: 'self' as const, age: 72 }] };

describe('the only relative named has died', () => {
  it('晋南: "就一个闺女，前几年病没了"', () => {
    const u = read('就一个闺女，前几年病没了', 'obligors', '140800', alone);
    expect(value(u, 'obligors.exist')).toBe(false);
  });

  it('粤: "得一个仔，旧年出海冇咗"', () => {
    const u = read('得一个仔，旧年出海死咗', 'obligors', '441700', alone);
    expect(value(u, 'obligors.exist')).toBe(false);
  });

  it('a living child named beside a dead spouse: there is one', () => {
    const u = read('老汉没了，闺女在运城', 'obligors', '140800', alone);
    expect(value(u, 'obligors.exist')).toBe(true);
  });

  it('粤: not knowing whether he lives is no answer of none', () => {
    const u = read('有个仔，好多年冇联系，唔知佢死咗未', 'obligors', '441700', alone);
    expect(value(u, 'obligors.exist')).not.toBe(false);
  });
});

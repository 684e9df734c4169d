// A grandchild asking for a grandparent: the uncle named by the formal word (舅父, 叔父) is the
// grandparent's son, a child who owes support, as 舅舅 and 叔叔 are. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('an uncle by the formal word, for a grandparent', () => {
  it('粤: 为外公咨询…舅父喺深圳打工', () => {
    const h = run('来电人（女，30岁），为外公咨询。外公（85岁）一个人住老屋，舅父喺深圳打工，好少返嚟。', '441721');
    expect(h.members?.map((m) => [m.relation, m.age])).toEqual([['self', 85]]);
    expect(h.obligors?.list?.map((o) => o.relation)).toEqual(['child']);
  });

  it('north: 替爷爷问…叔父在太原打工', () => {
    const h = run('来电人（男，28岁），替爷爷问。爷爷（83岁）一个人过，叔父在太原打工，一年回来一趟。');
    expect(h.members?.[0]?.age).toBe(83);
    expect(h.obligors?.list?.map((o) => o.relation)).toEqual(['child']);
  });
});

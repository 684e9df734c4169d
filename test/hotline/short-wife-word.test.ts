// A work order lists members tersely ("本人52岁，妻49岁，子20岁"): 妻 alone is the wife, with her age; the
// couple word 夫妻 and 其妻 read as before. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('妻 alone in a list of members', () => {
  it('本人52岁，妻49岁 gives the wife her age', () => {
    const h = run('闻喜县村民来电：家中三口人，本人52岁，妻49岁，女儿上初中。');
    expect(h.members?.[1]).toMatchObject({ relation: 'spouse', age: 49 });
    expect(h.members?.length).toBe(3);
  });

  it('夫妻 still names the couple, not a third person', () => {
    const h = run('来电人男，60岁，夫妻二人在家种地，一年收入五千。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
  });
});

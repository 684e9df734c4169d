// The spouse's parents said to live with the caller by a with-word (与…住, 跟自己过, 粤 同…住): counted
// with the household; said to live apart, they stay out. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') => intake({ region, text }, { today: '2026-12-05', parameters });
const rels = (text: string, region?: string) => run(text, region).household.members?.map((m) => m.relation);

describe('in-laws living with the caller, said with a with-word', () => {
  it('与丈夫、公婆住: both in-laws counted', () => {
    expect(rels('来电人（女，44岁）反映自己腰椎有病，与丈夫、公婆住，丈夫在镇上开货车。')).toEqual([
      'self',
      'spouse',
      'parent',
      'parent',
    ]);
  });

  it('婆婆…，跟自己过: the mother-in-law lives with her, the caller does not live alone', () => {
    const r = run('来电人（女，39岁）称丈夫在外地打工，婆婆80岁腿脚不好，跟自己过。');
    expect(r.household.members?.map((m) => [m.relation, m.age])).toContainEqual(['parent', 80]);
    expect(r.household.members).toHaveLength(3);
  });

  it('in Cantonese: 同老公、家婆住', () => {
    expect(rels('来电人（女，36岁）同老公、家婆住，老公喺工厂做嘢。', '441700')).toHaveLength(3);
  });

  it('said to live apart: not counted', () => {
    expect(rels('来电人（女，41岁）丈夫在外打工，和公公婆婆分开住。')).toEqual(['self', 'spouse']);
  });
});

// Round 12 of call summaries: the caller's own home named right after the reporting verb and before a
// relative (称家中儿子, 粤 话屋企个女) makes that relative one of the caller's household, not the person
// the call is about with the caller set aside: the caller stays members[0]. Our own texts, in both cities'
// ways of writing.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('the caller’s own home before a relative', () => {
  it('晋南: 称家中女儿（19岁）有癫痫，来电人（男，50岁）', () => {
    const h = run('市民来电，称家中女儿（19岁）有癫痫，精神残疾二级，来电人（男，50岁）在县城打零工。', '140822');
    expect(h.members?.[0]).toMatchObject({ relation: 'self', age: 50 });
    expect(h.members?.[1]).toMatchObject({ relation: 'child', age: 19, hasDisability: true });
  });

  it('粤: 话屋企个仔（25岁）有精神病，来电人（女，52岁）', () => {
    const h = run('市民来电，话屋企个仔（25岁）有精神病，精神残疾一级，来电人（女，52岁）喺屋企睇住佢。', '441702');
    expect(h.members?.[0]).toMatchObject({ relation: 'self', age: 52 });
    expect(h.members?.[1]).toMatchObject({ relation: 'child', age: 25 });
  });
});

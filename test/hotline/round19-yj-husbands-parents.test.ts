// Round 19 of call summaries where Cantonese is typed: 公公, 婆婆 after the woman's husband was named are her
// husband's parents (as written Chinese has them), not her grandparents; with no husband named before, the
// spoken meaning stands. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '441781') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;
const relations = (text: string) => run(text).members?.map((m) => m.relation);

describe('公公, 婆婆 after the husband', () => {
  it('written Chinese: 家有丈夫、公公', () => {
    const h = run('来电人（女，40岁）称家有丈夫、公公（78岁）和一个读初中的女儿，丈夫在镇上修车。');
    expect(h.members?.find((m) => m.age === 78)?.relation).toBe('parent');
  });

  it('粤: 老公…屋企仲有婆婆', () => {
    expect(relations('市民（女，36岁）：老公喺工地做嘢，屋企仲有婆婆（72岁）同两个细路。')).toContain('parent');
  });

  it('with no husband named first, 公公 is a grandparent', () => {
    expect(relations('来电人（女，16岁）同公公（80岁）住，读高一。')).not.toContain('parent');
  });
});

// Work told in a story (issue 21, round 6b): work lost (裁了, 冇咗份工, 厂子搬走了) is no work now, the work
// said after it (现在…打个零工) is the work now, and someone looked after (照顾俺娘) does not become who
// the next clause is about. Our own sentences.
import { describe, expect, it } from 'vitest';
import { understand } from '../../bot/understand/extract.ts';
import { echo } from '../../bot/understand/echo.ts';
import { applyFacts } from '../../bot/understand/apply.ts';
import { defaultParameters, type Household } from '../../screening/index.ts';
import { value } from '../support/understanding.ts';

const parameters = defaultParameters();
const family: Household = {
  members: [
    { relation: 'self', age: 50 },
    { relation: 'spouse', age: 48 },
    { relation: 'parent', age: 77 },
  ],
};
const read = (text: string, region = '140800') =>
  understand(text, { slot: 'employed', household: family, today: '2026-12-05', region, parameters });

describe('work in a story', () => {
  it('laid off, and the wife works now: said back', () => {
    const u = read('以前我在水泥厂，夏天厂里把我裁了，现在就我老婆在饭店洗碗');
    expect(value(u, 'members[0].employed')).toBe(false);
    expect(value(u, 'members[1].employed')).toBe(true);
    const said = echo(u.facts, applyFacts(family, u.facts), parameters);
    expect(said).toContain('您没有工作');
  });

  it('粤: the job gone when the place closed, the husband working now', () => {
    const u = read('我本来喺商场做清洁，旧年商场执笠冇咗份工，而家得老公喺码头搬货', '441700');
    expect(value(u, 'members[0].employed')).toBe(false);
    expect(value(u, 'members[1].employed')).toBe(true);
  });

  it('looking after a mother, then odd jobs: the writer works, not the mother', () => {
    const u = read('原先在外头厂里干，厂子搬走了，俺要照顾俺娘就回来了，现在村里打个零工');
    expect(value(u, 'members[0].employed')).toBe(true);
    expect(value(u, 'members[2].employed')).toBeUndefined();
  });
});

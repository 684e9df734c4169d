// Someone gone missing within the month is an emergency to the household; of what kind depends on how
// they went: lost at sea is an accident, wandering off or falling out of touch after leaving for work is
// a sudden hardship of another kind (突发困难). The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region: string) => intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('the kind of a disappearance', () => {
  it('an old man who wandered off is a sudden hardship, not an accident', () => {
    const h = run('来电人（女，68岁）说老汉（71岁）糊涂了，12月2日早上出门后走丢了，派出所还在找。', '140826');
    expect(h.hardship?.events?.[0]).toMatchObject({ kind: 'other', date: '2026-12-02' });
  });

  it('a husband out of touch since leaving for work, as 阳江 people type it', () => {
    const h = run('来电人（女，39岁）话老公11月25日去广州揾工，之后就失联，已经报警。', '441702');
    expect(h.hardship?.events?.[0]).toMatchObject({ kind: 'other', date: '2026-11-25' });
  });

  it('a fisherman lost at sea is still an accident', () => {
    const h = run('来电人（女，44岁），老公（46岁）12月1日跟船出海，至今失联，仲搵紧。', '441721');
    expect(h.hardship?.events?.[0]).toMatchObject({ kind: 'accident', date: '2026-12-01' });
  });
});

// Round 14 emergencies: put out of a rented room (被房东赶出来, 粤 俾业主赶走) is an event that just
// happened, so "冇饭食" beside it marks basic living hit; 粤 冇工开 is out of work; "冇老婆仔女" is no
// spouse and no children (not a child member); "而家一分钱都冇" after a loss is basic living hit.
// The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') => intake({ region, text }, { today: '2026-12-05', parameters });

describe('put out, out of work, not a cent', () => {
  it('粤: 冇工开, 俾业主赶走, 冇饭食 — an event now with basic living hit', () => {
    const { household: h, report } = run(
      '来电人（男，50岁左右）话自己喺江城冇工开成个月，前日俾业主赶走，冇饭食，冇老婆仔女。',
      '441702',
    );
    expect(h.members?.map((m) => m.relation)).toEqual(['self']);
    expect(h.members?.[0]?.employed).toBe(false);
    expect(h.obligors?.exist).toBe(false);
    expect(h.hardship?.events?.[0]).toMatchObject({ kind: 'other', basicLivingSevere: true });
    expect(report.results.find((x) => x.program === 'temporary_assistance')?.verdict).toBe('likely');
  });

  it('晋南: 被房东撵出来, 饭都吃不上', () => {
    const h = run('来电人男，39岁，在运城打零工，上个月工地停了，昨天被房东撵出来，饭都吃不上，没老婆孩子。').household;
    expect(h.hardship?.events?.[0]).toMatchObject({ kind: 'other', basicLivingSevere: true });
    expect(h.obligors?.exist).toBe(false);
  });

  it('粤: 而家一分钱都冇 after a fire', () => {
    const h = run('阳春某村村民（男，60岁）话本月2号间屋起火烧咗，而家一分钱都冇。', '441781').household;
    expect(h.hardship?.events?.[0]).toMatchObject({ kind: 'fire', basicLivingSevere: true });
  });

  it('晋南: 现在一分钱都没有 after a flood', () => {
    const h = run('平陆县某村村民，女，55岁，上周暴雨把院墙冲倒了，屋里进了水，现在一分钱都没有。').household;
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });
});

// "投入七八万打晒水漂" (issue 22, round 24d): the money put into a crop or a trade (投入) is an outlay, lost or
// not, never what the farm earned: no income is read from it. Our texts.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') => intake({ region, text }, { today: '2026-12-05', parameters });

describe('money put into a crop is no income', () => {
  it('in written Cantonese, 投入六七万全部冇晒: no business income, 低保 not ruled out', () => {
    const { household: h, report } = run(
      '阳西县某村村民（男，52岁）来电，种咗十五亩番薯，10月水浸全部浸死，投入六七万全部冇晒，仲欠人两万。老婆50岁。',
      '441700',
    );
    expect(h.income?.business).toBeUndefined();
    expect(h.hardship?.events?.[0]?.kind).toBe('natural_disaster');
    expect(report.results.find((v) => v.program === 'dibao')?.verdict).not.toBe('unlikely');
  });

  it('in 晋南 words, 前后投入了十来万: no business income', () => {
    const h = run('临猗县某村村民，男，50岁，包了三十亩地种桃，前后投入了十来万，今年冰雹一打全瞎了。').household;
    expect(h.income?.business).toBeUndefined();
  });

  it('what the crop sold for is still income', () => {
    const h = run('万荣县某村，男，61岁，种了五亩苹果，投入了一万多，一年卖了两万来块。').household;
    expect(h.income?.business).toBeGreaterThan(15000);
  });
});

// Compensation the family received (issue 22, round 5): "赔了40万" after a death at work, "对方赔咗
// 一万" after a crash, is a transfer the household received (转移性收入), which the notices count as
// income; "赔了两万" said of a crop or a business is a loss, not money in. Our own texts.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') => intake({ region, text }, { today: '2026-12-05', parameters });

describe('compensation received', () => {
  it.each([
    ['来电人（女，45岁），丈夫今年5月在工地出事去世，老板赔了30万，带着一个孩子过。', '140800', 300000],
    ['来电人（男，52岁）上个月骑车被货车撞了，住院花了两万。对方赔咗三万。', '441700', 30000],
    ['户主（女，39岁），老公出海失踪，船东赔咗五万，两个细路读书。', '441700', 50000],
  ])('%s → other transfers', (text, region, amount) => {
    expect(run(text, region).household.income?.otherTransfers).toBe(amount);
  });

  // Round 9: compensation right after spending, and less than it, pays part of it back (the labels of
  // five summaries out of six take it off the spending).
  it('compensation smaller than the spending just before it is taken off that spending', () => {
    const r = run('来电人（男，52岁）上个月骑车被货车撞了，住院花了两万。对方赔咗八千。', '441700');
    expect(r.household.income?.otherTransfers).toBeUndefined();
    expect(r.household.hardship?.expenses?.[0]?.amount).toBe(12000);
  });

  it('a loss on a crop is not money received', () => {
    const r = run('来电人（男，58岁）今年种西瓜赔了两万，老伴在家。');
    expect(r.household.income?.otherTransfers).toBeUndefined();
  });
});

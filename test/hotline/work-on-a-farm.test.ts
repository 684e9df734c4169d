// Work for others on a farm or a pond ("帮人看果园，一年挣一万二", 粤 "帮人睇鱼塘，一个月两千五") is a
// wage: the orchard or the pond is what the work is on, not a business of the household's own. A pension
// from the works one retired from stays a pension. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('work for others on a farm', () => {
  it('north: 帮人看果园，一年挣一万；老伴种地，一年纯收入六千', () => {
    const h = run(
      '某村村民，男，56岁，与老伴（54岁）一起过。本人帮人看果园，一年挣一万左右；老伴在家种了两亩地，一年纯收入六千左右。',
    );
    expect(h.income?.wages).toBe(10000);
    expect(h.income?.business).toBe(6000);
  });

  it('粤: 帮人睇鱼塘，一个月两千五', () => {
    const h = run('某村村民（男，52岁），同老婆两个人住，本人帮人睇鱼塘，一个月两千五。', '441781');
    expect(h.income?.wages).toBe(30000);
    expect(h.income?.business ?? 0).toBe(0);
  });
});

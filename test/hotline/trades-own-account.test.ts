// Round 12 of call summaries: trades on one's own account are business income, not wages — collecting
// scrap (收废品, 晋南 收破烂), drying fish to sell (晒鱼干卖), a crop grown said with 啲/咗 (种啲砂仁).
// Our own texts, in both cities' ways of writing.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('trades on one’s own account', () => {
  it('晋南: 老两口在村里收破烂，一个月挣个一千', () => {
    const h = run('来电人（男，67岁），和老伴（65岁）在村里收破烂，一个月挣个一千。', '140821');
    expect(h.income?.business).toBe(12000);
    expect(h.income?.wages).toBeUndefined();
  });

  it('粤: 两公婆晒鱼干卖，一年赚八千', () => {
    const h = run('来电人（女，62岁），两公婆平时晒鱼干卖，一年赚八千蚊。', '441721');
    expect(h.income?.business).toBe(8000);
    expect(h.income?.wages).toBeUndefined();
  });

  it('粤: 种啲花生，一年卖三千', () => {
    const h = run('来电人（男，70岁），同老婆两个住，种啲花生，一年卖三千蚊左右。', '441781');
    expect(h.income?.business).toBe(3000);
  });
});

// A relative said to work, then found to live elsewhere, is able to support (特困人员认定办法 第八条;
// issue 22, round 10): "儿子在广东打工，每月给一千", a caller working in another city. Old, ill or
// disabled relatives, or ones whose own household is hard up, are not. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('working elsewhere and giving', () => {
  it('晋南: 儿子在广东打工，一年给三千', () => {
    const h = run('来电人（女，69岁），和老汉（71岁）过。儿子在广东打工，一年给三千。');
    expect(h.obligors?.list?.[0]).toMatchObject({ relation: 'child', ableBodiedAdult: true });
  });

  it('粤: 个女喺深圳做嘢，每月寄五百返嚟', () => {
    const h = run('来电人（男，72岁），同老婆（70岁）住。个女喺东莞做嘢，每月寄500元返嚟。', '441704');
    expect(h.obligors?.list?.[0]).toMatchObject({ relation: 'child', ableBodiedAdult: true });
  });

  it('one whose own household is hard up is not taken as able', () => {
    const h = run('来电人（女，69岁），和老汉（71岁）过。儿子在广东打工，一年给三千，自己家也困难。');
    expect(h.obligors?.list?.[0]?.ableBodiedAdult).not.toBe(true);
  });
});

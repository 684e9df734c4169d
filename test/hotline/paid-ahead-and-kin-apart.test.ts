// Issue 22, round 22: money an employer or the other side of an accident paid ahead (垫了) is not the
// household's spending; a relative "有个儿子跟前妻在省城" lives elsewhere; going out said with a no
// ("冇出去做嘢") puts nobody elsewhere; feed for livestock is a cost of raising them. Our own texts.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') => intake({ region, text }, { today: '2026-12-05', parameters });
const rels = (r: ReturnType<typeof run>) => (r.household.members ?? []).map((m) => m.relation);

describe('paid ahead by someone outside the family', () => {
  it.each([
    ['来电人（女，41岁），老汉在砖厂干活，前天叫机器轧了手住院了，老板只给垫了八千。', '140800'],
    ['来电人（男，45岁），前日返工路上畀货车撞咗，住咗院，司机先垫咗三千。', '441700'],
  ])('%s → no spending of the family', (text, region) => {
    const r = run(text, region);
    expect(r.household.hardship?.expenses).toBeUndefined();
    expect(r.household.income?.otherTransfers).toBeUndefined();
  });

  it('垫了 by the family itself is still its spending', () => {
    const r = run('来电人（女，41岁），老汉前天叫机器轧了手住院了，俺自己垫了八千。');
    expect(r.household.hardship?.expenses?.[0]?.amount).toBe(8000);
  });
});

describe('a relative living in another place', () => {
  it('晋南: 有个儿子跟前妻在省城，从不来往', () => {
    const r = run('来电人（男，63岁），离了婚，一个月给人扫院子挣八百。有个儿子跟前妻在太原，多少年不来往了。');
    expect(rels(r)).toEqual(['self']);
    expect(r.household.obligors?.list?.[0]?.relation).toBe('child');
  });

  it('粤: 有个女跟咗前夫喺深圳', () => {
    const r = run('户主（女，59岁），自己一个，帮人洗碗一个月一千二。有个女跟咗前夫喺深圳，好少返嚟。', '441700');
    expect(rels(r)).toEqual(['self']);
    expect(r.household.obligors?.list?.[0]?.relation).toBe('child');
  });
});

describe('not having gone out to work', () => {
  it('粤: 为照顾阿爸冇出去做嘢 — the father is still at home', () => {
    const r = run('来电人（女，50岁）称，同阿爸（80岁，中风瘫咗）住，自己为照顾阿爸冇出去做嘢。', '441700');
    expect(rels(r)).toEqual(['self', 'parent']);
    expect(r.household.members?.[1]?.age).toBe(80);
  });

  it('晋南: 伺候婆婆没出去打工 — the mother-in-law is still at home', () => {
    const r = run('来电人（女，47岁），跟老婆婆（82岁，瘫在炕上）一搭里过，为伺候婆婆没出去打工。');
    expect(r.household.members?.some((m) => m.age === 82)).toBe(true);
  });
});

describe('feed for livestock', () => {
  it('晋南: 羊吃的料得花四千 is taken off what the sheep sell for', () => {
    const r = run('来电人（男，66岁），一个人过，养了十几只羊，一年卖羊一万左右，羊吃的料还得花四千。');
    expect(r.household.income?.business).toBe(6000);
    expect(r.household.hardship?.expenses).toBeUndefined();
  });

  it('粤: 啲猪食嘅料使咗三千', () => {
    const r = run('户主（男，62岁），自己一个住，养咗几只猪，一年卖猪八千，啲猪食嘅料要使三千。', '441700');
    expect(r.household.income?.business).toBe(5000);
  });
});

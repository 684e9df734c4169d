// An emergency that strikes the one the family lives on (经济支柱, 顶梁柱, 唯一收入, 粤 "唯一揾钱",
// "屋企一直靠老公") leaves basic living severely hit (临时救助); a fall told without 来 ("从梯子上摔下，")
// and a fall into water (粤 "跌落水") are accidents (issue 22, round 11). The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('the breadwinner struck', () => {
  it('晋南: 儿子是家里顶梁柱, hurt in a crash: severe', () => {
    const h = run(
      '来电人（女，66岁）称儿子（40岁）11月25日开三轮在镇上翻了，腿断了住院，儿子是家里的顶梁柱，孙子上初中。',
    );
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });

  it('粤: 老公系屋企唯一揾钱嘅人, lost at sea: severe', () => {
    const h = run('来电人（女，40岁），老公11月29日出海翻船冇咗，老公系屋企唯一揾钱嘅人，两个细路读小学。', '441721');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });

  it('粤: 屋企一直靠老公 and he is in hospital: severe', () => {
    const h = run('来电人（女，35岁），老公12月1日喺工地跌伤住院，屋企一直靠老公做泥水。', '441702');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });

  it('said to be managing stays managing', () => {
    const h = run('来电人（女，50岁）称丈夫11月28日摔伤住院，丈夫是家里顶梁柱，家里基本生活还能维持。');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(false);
  });

  it('no emergency told: no event and nothing severe', () => {
    const h = run('来电人（男，45岁），自己是家里顶梁柱，在县城打工每月三千，问孩子上学有没有补助。');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBeUndefined();
  });
});

describe('not a cent coming in now', () => {
  it('晋南: 现在一分收入都没有 after the emergency: severe', () => {
    const h = run('来电人（女，40岁）称11月26日家里失火，烧了两间房，现在一分收入都没有。');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });

  it('粤: 而家一蚊都冇得揾 after the boat sank: severe', () => {
    const h = run('来电人（男，48岁），12月1日出海条船沉咗，而家一蚊都冇得揾。', '441721');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });
});

describe('falls told without 来, and into water', () => {
  it('从梯子上摔下，is an accident with its date', () => {
    const h = run('来电人（女，52岁）称老汉11月18日在院里从梯子上摔下，腰断了。');
    expect(h.hardship?.events?.[0]).toMatchObject({ kind: 'accident', date: '2026-11-18' });
  });

  it('从架子上掉下 is an accident', () => {
    const h = run('来电人（男，30岁）称父亲11月22日在工地从架子上掉下，住院了。');
    expect(h.hardship?.events?.[0]?.kind).toBe('accident');
  });

  it('粤: 跌落水浸死咗 is an accident, not a flood', () => {
    const h = run('来电人（女，60岁），个仔11月26日喺鱼塘边跌落水浸死咗。', '441781');
    expect(h.hardship?.events?.[0]?.kind).toBe('accident');
  });
});

// Round 19 of call summaries (written Cantonese and standard written Chinese): basic living hit when the
// family's income is said to rest on the one who died (家庭收入主要靠他), when the house burnt down (房屋烧毁,
// 两间瓦房烧塌; not 二楼烧毁 or 烧毁偏房), when a fire left nothing but the clothes worn (仅剩身上衣服); a boat
// lost on a reef is an accident; a pension said right after a spouse's death is the survivor's; 一百几十 is
// about 150. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { wholeNumber } from '../../bot/understand/numbers.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '441702') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;
const severe = (text: string, region?: string) => run(text, region).hardship?.events?.[0]?.basicLivingSevere;

describe('basic living hit', () => {
  it('the family income rested on the one who died', () => {
    expect(severe('12月2日，市民称其姐夫（48岁）喺国道被货车撞死，留下家姐同两个细路，屋企收入全靠佢。')).toBe(true);
    expect(severe('来电人称弟弟（40岁）11月30日工地坠落身亡，弟媳无工作，家庭收入主要靠他。', '441721')).toBe(true);
  });

  it('the house itself burnt down', () => {
    expect(severe('12月1日夜，某村村民李某（70岁）家中电线起火，三间瓦房烧塌两间，人无事。', '441781')).toBe(true);
    expect(severe('工单：12月3日，蔡某（58岁）屋企因蚊香引燃起火，旧屋烧毁，两公婆暂时冇嘢食。', '441704')).toBe(true);
  });

  it('an upper floor or an outbuilding burnt is not the home lost', () => {
    expect(severe('12月2日夜某居民楼二楼全部烧毁，无人受伤，住户开店，有车。', '441702')).toBeUndefined();
    expect(
      severe('12月2日夜电动车充电起火，烧毁偏房同一架三轮车，正屋冇事，一家人一年卖荔枝五六万。', '441781'),
    ).toBeUndefined();
  });

  it('nothing left but the clothes worn', () => {
    expect(severe('诉求人（男，33岁）外地人，12月1日租住嘅铁皮屋起火，行李钱包全部烧晒，净低身上件衫。')).toBe(true);
    expect(severe('来电人（女，41岁）11月29日夜出租屋失火，被褥衣物都烧没了，只剩身上穿的。', '441704')).toBe(true);
  });
});

describe('a boat lost on a reef', () => {
  it('触礁, 沉没 are an accident at sea', () => {
    const h = run('阳西某渔村渔民（50岁）称12月2日条船撞礁，人游返上岸。', '441721');
    expect(h.hardship?.events?.[0]?.kind).toBe('accident');
    expect(run('渔民陈某（46岁）11月30日出海，渔船触礁沉没，船员获救。', '441721').hardship?.events?.[0]?.kind).toBe(
      'accident',
    );
  });
});

describe('a pension right after a death', () => {
  it('is the survivor’s, not the dead spouse’s', () => {
    expect(run('何婆（女，80岁）冇仔冇女，老公早年过咗身，每月退休金一千二。').income?.pensions).toBe(14400);
    expect(run('陈某（女，70岁）无儿无女，老伴早年病逝，每月退休金1300元。').income?.pensions).toBe(15600);
  });

  it('what the dead earned while alive stays theirs', () => {
    const h = run('来电人（女，45岁）称丈夫上月病故，生前每月工资3000元，本人无业。');
    expect(h.income?.wages ?? 0).toBe(0);
  });
});

describe('一百几十', () => {
  it('is a hundred and some tens, not over a thousand', () => {
    const a = wholeNumber('一百几十');
    expect(a?.value).toBeGreaterThan(110);
    expect(a?.value).toBeLessThan(200);
    const b = wholeNumber('三千几百');
    expect(b?.value).toBeGreaterThan(3100);
    expect(b?.value).toBeLessThan(4000);
  });
});

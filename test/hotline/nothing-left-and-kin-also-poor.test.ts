// After an emergency: not a cent left, no money for the funeral said verb-last, the clothes burnt, or a caller at a
// loss what to do — basic living severely hit; but a relative's own home said to be hard as well (弟弟家里也困难)
// is their household, not the one the call is for. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('nothing left after an emergency', () => {
  it('晋南: 一分钱也没了 after a crash: severe', () => {
    const h = run('来电人（女，41岁）称丈夫12月1日开三轮送货出了车祸，在县医院躺着，"屋里一分钱也没了"。');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });

  it('粤: 一蚊都冇晒 after a crash: severe', () => {
    const h = run('来电人（男，50岁）讲老婆12月1日骑摩托车撞车入院，"屋企一蚊都冇晒"。', '441781');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });

  it('晋南: 后事都没钱办 after a sudden death: severe', () => {
    const h = run('来电人（男，52岁）称老伴12月2日夜里突发脑出血没了，"后事都没钱办"，家里种三亩地。');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });

  it('晋南: 不知道咋弄了 after a fire: severe', () => {
    const h = run('来电人（女，39岁）称12月2日晚租的房子着火，衣裳全烧了，"俺真不知道咋弄了"。');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });

  it("a brother's home hard as well after the father's stroke: not the household's hardship", () => {
    const h = run(
      '来电人王某，女，反映母亲（78岁）12月1日在家突发脑出血，送县医院，父亲已去世。王某兄妹二人，哥哥在村里种地家里也困难，她嫁到外县。',
    );
    expect(h.hardship?.events?.[0]?.kind).toBe('sudden_illness');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).not.toBe(true);
  });
});

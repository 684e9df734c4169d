// After an emergency, the earner's pay or trade stopped by it ("工资停发", "出事后已停业", 粤 "呢个月开唔到工"),
// no money to bury the dead ("冇钱搞后事", "无人出丧葬费") or only a little left on one (粤 "身上得八百蚊")
// leave basic living hit (临时救助). 一名 before who someone is ("一名高中生（17岁）") is no age; 粤
// "喺监仔度" is in prison; a gas cylinder blowing up at home is a fire. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('the earner stopped, a funeral unpaid, a little left', () => {
  it('晋南: 丈夫在厂里压伤了手，工资停发', () => {
    const h = run('来电人女，40岁，丈夫11月25日在厂里压伤了手，住院了，原来一个月五千，现在工资停发，两个娃上学。');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });

  it('粤: 老公跌伤，间铺出事后已停业', () => {
    const h = run('来电人（女，50岁）话老公11月30日喺屋企跌伤入院，两公婆开粉店，出事后已停业。', '441702');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });

  it('粤: 冇钱搞后事 after a death', () => {
    const h = run('来电人（女，45岁）称老公12月3日喺工地突发脑出血过身，冇钱搞后事，两个仔读书。', '441781');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });

  it('粤: 身上得八百蚊 after a crash', () => {
    const h = run('来电人（男，30岁）前日揸电单车俾人撞断脚，喺医院，身上得八百蚊。', '441702');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });

  it('一名高中生（17岁）is 17, not one', () => {
    const h = run('来电人系一名高中生（17岁），父母都过身咗，同阿嫲住。', '441702');
    expect(h.members?.[0]?.age).toBe(17);
  });

  it('a gas cylinder blowing up at home is a fire (晋南 and 粤)', () => {
    expect(run('万荣县某村村民来电，12月2日家里液化气罐爆炸，厨房塌了，老汉烧伤。').hardship?.events?.[0]?.kind).toBe(
      'fire',
    );
    expect(run('阳春某村阿婆话前日屋企石油气罐爆炸，烧咗半间屋。', '441781').hardship?.events?.[0]?.kind).toBe('fire');
  });

  it('粤: 个仔喺监仔度 is imprisoned', () => {
    const h = run('阿伯（80岁）话老婆早死，得一个仔，喺监仔度，自己一个住。', '441721');
    expect(h.obligors?.list?.[0]).toMatchObject({ relation: 'child', imprisoned: true });
  });
});

// 某 before a workplace ("在某煤矿", "喺某酒楼") is a place left unnamed, not the person the order is about:
// the relative who died there stays dead and their past pay is not the household's. Living said to be
// kept up now (粤 "而家仲维持到", 晋南 "现在还能维持") is the summary's word on basic living, over a hint such
// as lodging with kin. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('某 before a workplace', () => {
  it('晋南: 丈夫在某煤矿出事去世, his former pay named later: not a member, no wages', () => {
    const h = run(
      '来电人（女，41岁）称，11月18日丈夫（43岁）在外省某煤矿干活时出事故去世了。家里还有两个娃上学。丈夫原来一个月挣六千。',
    );
    expect(h.members?.some((m) => m.relation === 'spouse')).toBe(false);
    expect(h.income?.wages ?? 0).toBe(0);
  });

  it('粤: 老公喺某酒楼做嘢时过身: not a member', () => {
    const h = run(
      '来电人（女，39岁），老公（42岁）11月25日喺某酒楼做嘢时跌落楼梯过身咗。屋企仲有个女读初中。',
      '441702',
    );
    expect(h.members?.some((m) => m.relation === 'spouse')).toBe(false);
    expect(h.members?.length).toBe(2);
  });

  it('在某工地打工 still reads as work', () => {
    const h = run('来电人（男，45岁）称自己在某工地打工，一个月三千五，老婆在家。');
    expect(h.members?.[0]?.employed).toBe(true);
    expect(h.income?.wages).toBe(42000);
  });
});

describe('living kept up now', () => {
  it('粤: lodging with kin after a flood, but 而家仲维持到: not severe', () => {
    const h = run(
      '来电人（男，55岁）称10月初水浸，屋企厨房塌咗，而家住喺亲戚屋企。屋企四口人，"而家仲维持到"。',
      '441704',
    );
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(false);
  });

  it('晋南: 暂住邻居家, 现在还能维持: not severe', () => {
    const h = run('来电人（女，60岁）称7月暴雨后房子漏了，暂住邻居家，家里两口人，现在还能维持。');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(false);
  });

  it('without those words, lodging with kin after a flood stays severe', () => {
    const h = run('来电人（女，60岁）称7月暴雨后房子塌了，暂住邻居家，家里两口人。');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });
});

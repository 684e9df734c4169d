// A son or daughter calling for a parent who lives alone tells of their own shop or trade (来电人在镇上开
// 饭馆, 粤 来电人喺镇上开士多): it is the caller's, who lives apart and is an obligor, not the parent's
// household's income; what they give the parent still counts (审核确认办法 第七条). The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe("the caller's own trade when calling for a parent", () => {
  it('north: 来电人在镇上开饭馆，一年落四五万', () => {
    const h = run(
      '来电人（男，45岁）称其母亲（74岁）一个人住在老院，今年中风后走路不利索，每月养老金一百四。来电人在镇上开饭馆，一年落四五万，自己一家住在镇上。',
    );
    expect(h.members?.map((m) => m.relation)).toEqual(['self']);
    expect(h.income?.business ?? 0).toBe(0);
    expect(h.income?.basicPension).toBe(1680);
  });

  it('粤: 来电人喺镇上开士多，每月俾阿爸三百蚊', () => {
    const h = run(
      '来电人（女，40岁）反映其阿爸（76岁）自己一个住喺村度，上个月跌断脚。来电人喺镇上开士多，一年赚三万左右，每月俾阿爸三百蚊。',
      '441721',
    );
    expect(h.income?.business ?? 0).toBe(0);
    expect(h.income?.support).toEqual([{ amount: 3600 }]);
  });
});

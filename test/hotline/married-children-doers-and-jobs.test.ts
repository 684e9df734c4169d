// Who is counted and whose money: grown children "都已工作成家" live apart; the one who did the harm ("被邻居打伤",
// 粤 "俾人打伤") is not a member; cooking at a school or a canteen ("在幼儿园做饭", 粤 "喺学校饭堂煮饭") is a job,
// not schooling; a loan taken ("本钱是贷的款五万") is a debt, not farm income; selling online ("网上卖点水果")
// is a trade of one's own. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('grown children working and married', () => {
  it('晋南: "俩娃都已工作成家": the couple alone, the children owe support', () => {
    const h = run('来电人（男，58岁），村民，和老伴（55岁）种地一年一万来块，俩娃都已工作成家。');
    expect(h.members?.length).toBe(2);
    expect(h.obligors?.list?.map((o) => o.relation)).toEqual(['child', 'child']);
  });

  it('粤: "两个仔都成咗家": apart', () => {
    const h = run('来电人（女，63岁），同老公（66岁）两个住，两个仔都成咗家。', '441702');
    expect(h.members?.length).toBe(2);
  });
});

describe('the one who did the harm', () => {
  it('晋南: "在地头被邻居打伤": the neighbour is not counted', () => {
    const h = run('来电人（女，52岁），12月3日她男人（55岁）在地头被邻居打伤，住院花了四千多，已报警。');
    expect(h.members?.length).toBe(2);
    expect(h.hardship?.events?.[0]?.kind).toBe('crime');
  });

  it('粤: "喺街市俾人打伤": no one more at home', () => {
    const h = run('来电人（男，60岁），同老婆住，12月2日喺街市俾邻居打伤，入院使咗三千。', '441702');
    expect(h.members?.length).toBe(2);
  });
});

describe('a job at a school or a canteen', () => {
  it('晋南: "她在乡里幼儿园做饭一月一千五": employed, wages 18000, no schooling', () => {
    const h = run('来电人（女，44岁），村民，男人（46岁）在家种地。她在镇上幼儿园做饭一月一千五。');
    expect(h.members?.[0]?.employed).toBe(true);
    expect(h.members?.[0]?.student).toBeUndefined();
    expect(h.income?.wages).toBe(18000);
  });

  it('粤: "喺学校饭堂煮饭，每月两千": employed', () => {
    const h = run('来电人（女，47岁），老公（50岁）瘫咗。本人喺学校饭堂煮饭，每月两千。', '441702');
    expect(h.members?.[0]?.employed).toBe(true);
    expect(h.members?.[0]?.student).toBeUndefined();
  });
});

describe('a loan is no income; selling online is a trade', () => {
  it('晋南: "本钱是贷的款五万": no business income of 50000', () => {
    const h = run(
      '来电人（男，60岁），11月20日家里养的二十头羊得病死完了，本钱是贷的款五万。老两口领养老金一人一月一百五。',
    );
    expect(h.income?.business).toBeUndefined();
  });

  it('"网上卖点水果，一年挣一万" after a wife\'s wages: business, not more wages', () => {
    const h = run(
      '来电人（男，50岁），跟老婆（47岁）过。老婆在镇上超市上班，每月2000。本人网上卖点水果，一年挣一万左右。',
    );
    expect(h.income?.wages).toBe(24000);
    expect(h.income?.business).toBe(10000);
  });
});

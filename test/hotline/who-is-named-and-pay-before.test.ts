// Round 11, second pass (issue 22), each a kind of reading tested on summaries we wrote:
// - 粤 "二女14岁": with an age right after it, the second daughter, not two daughters;
// - "来电人阿婆（71岁）" inside a sentence: the caller is the old woman, and 阿婆 again later is her;
// - "同几个兄弟合股有条船", "跟表哥合伙": business partners, not members;
// - "某小区3栋": a block number, not three houses;
// - "弟弟…和老母亲一起住…娘俩": the pair is the one the call is about and the mother, not one more;
// - pay until a recent accident or sudden illness ("老公之前做泥水每月五千…11月28日跌伤") is income of the
//   look-back period (household model: the last 12 months), while one who died earned it no longer.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('a child named by birth order with an age', () => {
  it('粤: 大仔16岁，二女12岁，细仔5岁 are three children', () => {
    const h = run('来电人（男，42岁），同老婆住，三个细路：大仔16岁读高一，二女12岁，细仔5岁。', '441704');
    const kids = (h.members ?? []).filter((m) => m.relation === 'child');
    expect(kids.map((k) => k.age)).toEqual([16, 12, 5]);
  });

  it('育有二女（10岁、8岁） after a verb of having is two daughters, not three children', () => {
    const h = run('来电人（男，38岁），一家四口，同老婆育有二女（10岁、8岁），都读小学。', '441704');
    const kids = (h.members ?? []).filter((m) => m.relation === 'child');
    expect(kids.map((k) => k.age)).toEqual([10, 8]);
  });
});

describe('the caller named by an old person’s word', () => {
  it('粤: 隔篱起火，来电人阿婆（74岁）屋企烧坏咗…阿婆同老公两个住', () => {
    const h = run(
      '市民来电：今朝隔篱屋起火，来电人阿婆（74岁）屋企都烧坏咗，而家暂住喺村委会。阿婆同老公两个人住，两人都有退休金。',
      '441702',
    );
    expect(h.members?.[0]?.age).toBe(74);
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
    expect(h.obligors?.list ?? []).toEqual([]);
  });

  it('"来电人阿婆代个孙问" is still the grandmother asking for the grandchild', () => {
    const h = run('来电人阿婆代个孙问：孙仔（15岁）读初三，阿爸阿妈都过身咗。', '441702');
    expect(h.members?.[0]?.age).toBe(15);
  });
});

describe('business partners', () => {
  it('粤: 同几个兄弟合股有条渔船 are not members', () => {
    const h = run('来电人（男，48岁）讲：同几个兄弟合股有条渔船，一年分得四万，屋企三口人，老婆同个女。', '441704');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse', 'child']);
  });

  it('晋南: 跟表哥合伙开了个小卖部', () => {
    const h = run('来电人（男，40岁），跟表哥合伙开了个小卖部，家里三口人，媳妇和儿子（10岁）。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse', 'child']);
  });
});

describe('an address is not property', () => {
  it('某小区5栋 is where the caller lives', () => {
    const h = run('市民来电：盐湖区某小区5栋，来电人（男，70岁）一个人住，自己的房子。');
    expect(h.property?.houses).toBe(1);
  });
});

describe('a parent-and-child pair after both were named', () => {
  it('晋南: 哥哥50岁…和老母亲一起住…娘俩种地', () => {
    const h = run('来电人为其哥哥咨询：哥哥50岁，精神残疾二级，和78岁的老母亲一起住。娘俩种一亩地。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'parent']);
  });
});

describe('pay until a recent emergency', () => {
  it('粤: 老公之前做泥水每月五千，11月28日跌伤: his pay counts', () => {
    const h = run(
      '来电人（女，45岁）反映老公（47岁）11月28日喺工地跌落嚟，盆骨骨折住院。老公之前做泥水每月五千，来电人自己做散工每月一千。',
      '441702',
    );
    expect(h.income?.wages).toBe(72000);
  });

  it('晋南: 丈夫原来每月工资四千，12月1日突发脑梗: his pay counts', () => {
    const h = run('来电人（女，50岁）称丈夫（52岁）12月1日突发脑梗住院。丈夫原来每月工资四千，来电人在家种地。');
    expect(h.income?.wages).toBe(48000);
  });

  it('pay of long ago with no recent emergency stays past', () => {
    const h = run('来电人（男，58岁），以前在厂里上班每月三千，厂子倒闭了，现在没有工作。');
    expect(h.income?.wages ?? 0).toBe(0);
  });

  it('one who died earned it no longer', () => {
    const h = run('来电人（女，44岁）称丈夫11月20日出车祸去世了，丈夫以前跑运输，一个月挣五千。');
    expect(h.income?.wages ?? 0).toBe(0);
  });
});

describe('gone, said of a thing', () => {
  it('晋南: 家里没了收入来源 after the husband was hurt: he is alive and a member', () => {
    const h = run('来电人（女，45岁）称丈夫（47岁）11月30日在砖厂干活摔伤，丈夫原来每月三千。家里没了收入来源。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
    expect(h.income?.wages).toBe(36000);
  });

  it('粤: 老公冇咗份工 is a job lost, not a death', () => {
    const h = run('来电人（女，38岁），老公（40岁）上个月冇咗份工，两个仔读小学。', '441702');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse', 'child', 'child']);
  });

  it('老公没了 with nothing after it is still a death', () => {
    const h = run('来电人（女，60岁）称老公上个月没了，她一个人过。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self']);
  });
});

describe('earning said with no kind of work', () => {
  it('晋南: 丈夫是家里顶梁柱，一个月挣四千来块 is a wage', () => {
    const h = run('来电人（女，40岁），丈夫（43岁）是家里顶梁柱，一个月挣四千来块，两个娃上学。');
    expect(h.income?.wages).toBeGreaterThan(45000);
  });

  it('粤: 屋企全靠老公每月揾五千, after he died, is no income now', () => {
    const h = run('来电人（女，36岁），老公11月3号出海跌落水过身。屋企全靠老公每月揾五千，两个细路读书。', '441721');
    expect(h.income?.wages ?? 0).toBe(0);
  });

  it('"鱼塘也没了" is the pond gone, and the wife who works stays a member', () => {
    const h = run('来电人（男，50岁），8月台风鱼塘崩咗。老婆喺镇上做清洁每月一千五。而家鱼塘也没了。', '441721');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
    expect(h.income?.wages).toBe(18000);
  });
});

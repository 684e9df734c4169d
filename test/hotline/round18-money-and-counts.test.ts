// Round 18 readings of money and counts: a monthly income said after the person with no kind is a wage and
// says they work, picking rubbish to sell and land one has to farm are a business, money given by the school
// term is twice a year, a labourer's crew, a shop promoter and 干装修 are work, a school for disabled children
// is school, twins are two children, a count before a trade's land is no household size, the in-laws whose
// flat the family lives in are not members, and a rented room with its landlord is no house owned. The
// texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('money', () => {
  it('粤: 老婆喺酒楼月入2800 is a wage', () => {
    const h = run('来电人黄某（男，39岁）。屋企老婆喺酒楼月入2800，一个女6岁。', '441702');
    expect(h.income?.wages).toBe(33600);
  });

  it('晋南: 他在建筑队当小工，一天一百 is work and a wage', () => {
    const h = run('村民刘某（男，47岁），他在建筑队当小工，一天一百，一年干两百天。');
    expect(h.members?.[0]?.employed).toBe(true);
    expect(h.income?.wages).toBeGreaterThan(0);
  });

  it('粤: 在商场做促销，月收入两千 is work and a wage', () => {
    const h = run('市民何某（女，41岁），本人在商场做促销，月收入两千，一个仔读小学。', '441702');
    expect(h.members?.[0]?.employed).toBe(true);
    expect(h.income?.wages).toBe(24000);
  });

  it('粤: 执纸皮卖几百 is a business, not the pension before it', () => {
    const h = run('市民反映：一位阿婆（72岁）自己住，每月有180元养老金，执纸皮卖几百。', '441702');
    expect(h.income?.basicPension).toBe(2160);
    expect(h.income?.business).toBeGreaterThan(0);
    expect(h.income?.pensions).toBeUndefined();
  });

  it('晋南: 婆婆有点地种，一年千把块 is a business, not support', () => {
    const h = run('村民。来电人（女，35岁），婆婆66岁跟着住，有点地种，一年也就千把块。');
    expect(h.income?.business).toBeGreaterThan(0);
    expect(h.income?.support).toBeUndefined();
  });

  it('晋南: 舅舅每学期给两千 is twice a year', () => {
    const h = run('来电人小王（男，18岁），在太原上大一。父母都没了，跟姥姥住，舅舅每学期给他两千。');
    expect(h.income?.support?.[0]?.amount).toBe(4000);
  });
});

describe('work and school', () => {
  it('粤: the wife 喺超市月入两千三 works', () => {
    const h = run('来电人（男，44岁），老婆喺超市月入两千三，个女读初一。', '441702');
    expect(h.members?.[1]?.relation).toBe('spouse');
    expect(h.members?.[1]?.employed).toBe(true);
  });

  it('晋南: 丈夫生前月入五千 is pay of the past, no work now', () => {
    const h = run('来电人（女，44岁），丈夫生前月入五千，上个月病故。');
    expect(h.income?.wages).toBeUndefined();
  });

  it('晋南: 丈夫在西安干装修 works', () => {
    const h = run('村民来电，来电人（女，36岁）。丈夫（39岁）在西安干装修，每月往家打两千。');
    expect(h.members?.find((m) => m.relation === 'spouse')?.employed).toBe(true);
  });

  it('晋南: 在县特教学校 is at school; 粤: 读培智学校 too', () => {
    const a = run('村民来电，来电人（女，40岁）说女儿12岁，智力残疾二级，在县特教学校。');
    expect(a.members?.[1]?.student?.fullTime).toBe(true);
    const b = run('来电人（男，45岁），个仔10岁，智力残疾，读培智学校。', '441702');
    expect(b.members?.[1]?.student?.fullTime).toBe(true);
  });
});

describe('counts and who lives there', () => {
  it('粤: 一对双胞胎读小学 are two children', () => {
    const h = run('来电人（女，38岁）阳春人，喺镇上做散工，一对双胞胎读小学。', '441781');
    expect(h.members?.filter((m) => m.relation === 'child')).toHaveLength(2);
    expect(h.members?.[0]?.student).toBeUndefined();
  });

  it('粤: 自家三个果园 counts the orchards, not the household', () => {
    const h = run(
      '来电人陈某（48岁）称12月1日台风过境，自家三个果园冚晒。家中有老婆、阿妈（75岁）、一个喺广州读大学嘅仔。',
      '441704',
    );
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse', 'parent', 'child']);
  });

  it('粤: 住老公父母嘅楼 — the in-laws owning the flat are not members', () => {
    const h = run('市民反映：本人同老公都喺江城区，老公做司机，仔读初一。住老公父母嘅楼。', '441702');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse', 'child']);
  });

  it('粤: 同阿妈住喺阿妈嘅楼 — the mother named as living with them stays a member', () => {
    const h = run('来电人（男，33岁），江城区。同阿妈（62岁，每月养老金两千）住喺阿妈嘅楼。', '441702');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'parent']);
  });

  it('晋南: 租了间房 and 房东 — no house owned', () => {
    const h = run('来电人为其弟弟求助：弟弟46岁，一个人在县城租了间房。房东说下月不续租了。');
    expect(h.property?.houses).toBe(0);
  });
});

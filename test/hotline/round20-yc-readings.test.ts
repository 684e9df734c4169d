// Round 20 (运城) readings of who lives in the household and whose money is whose: a grown child said to
// live "with the old couple" after the couple's farm counted the two; a pension by the month after a
// yearly farm figure; rent the family pays is no income; what an ex-spouse gives toward a child's fees is
// support; a parent said to live alone, asked for, is the applicant even when the caller gave an age;
// 广东 is far away for a 晋南 caller. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('the couple who farm, and a child living with them', () => {
  it('晋南: 俩人种三亩地…闺女跟老两口住', () => {
    const h = run(
      '夏县某村村民，男，67岁，老伴65岁，俩人种三亩地一年落五千来块。闺女38岁，二级精神残疾，没出嫁，跟老两口住。',
      '140828',
    );
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse', 'child']);
    expect(h.members?.[2]).toMatchObject({ age: 38, hasDisability: true });
  });

  it('the pension "each" after the farm is for the two, by the month', () => {
    const h = run(
      '来电人（女，63岁），老汉66岁，两人种了四亩地一年卖六千左右，养老金每人每月一百四。儿子跟二老住。',
      '140828',
    );
    expect(h.income?.basicPension).toBe(3360);
  });

  it('晋南: a pension after a yearly farm figure, no period of its own, is by the month', () => {
    const h = run('来电人男，68岁，老伴66岁，种地一年收入六千来块，基础养老金一人一百六。', '140828');
    expect(h.income?.basicPension).toBe(3840);
  });
});

describe('rent paid out', () => {
  it('晋南: 月薪两千三，租房住每月六百', () => {
    const h = run('来电人男，40岁，在县城饭店当厨师月薪两千三，租房住每月六百，带一个上小学的儿子。', '140821');
    expect(h.income?.wages).toBe(27600);
    expect(h.income?.property).toBeUndefined();
    expect(h.property?.houses).toBe(0);
  });

  it('粤: 做清洁一个月两千一，租间屋一个月四百', () => {
    const h = run('来电人女，45岁，喺酒店做清洁一个月两千一，租间屋一个月四百。', '441702');
    expect(h.income?.wages).toBe(25200);
    expect(h.income?.property).toBeUndefined();
  });
});

describe('given toward a cost by someone outside', () => {
  it('晋南: 前夫每年给闺女学费四千', () => {
    const h = run(
      '来电人女，40岁，离婚，带着闺女，闺女上高中。自己打零工一年一万五。前夫每年给闺女学费四千。',
      '140821',
    );
    expect(h.income?.support?.[0]?.amount).toBe(4000);
    expect(h.hardship?.expenses ?? []).toHaveLength(0);
  });

  it('粤: 佢前夫每年俾个女学费三千', () => {
    const h = run('来电人女，38岁，离咗婚，个女读高中。前夫每年俾个女学费三千。', '441702');
    expect(h.income?.support?.[0]?.amount).toBe(3000);
  });

  it('what the caller pays toward it stays spending', () => {
    const h = run('来电人女，40岁，离婚，闺女上大学。我每年给闺女学费六千。', '140821');
    expect(h.income?.support).toBeUndefined();
    expect(h.hardship?.expenses?.[0]).toMatchObject({ kind: 'education', amount: 6000 });
  });
});

describe('a parent living alone, asked for', () => {
  it('晋南: the caller gave his age, then asks for his mother who lives alone', () => {
    const h = run(
      '闻喜县某村，来电人男，49岁，在县城开出租，媳妇在家带孙女。问“我老娘83了一个人在村里住，能不能办个五保”。',
      '140823',
    );
    expect(h.members).toHaveLength(1);
    expect(h.members?.[0]?.age).toBe(83);
    expect(h.obligors?.list?.[0]).toMatchObject({ relation: 'child', age: 49 });
    expect(h.income?.wages).toBeUndefined();
  });

  it('晋南: a caller working in 广东, the father (with his age in brackets) alone at home', () => {
    const h = run(
      '来电人称自己是夏县某镇人，现在在广东打工，家里老父亲（79岁）一个人在家，前天摔了一跤骨折住院。',
      '140828',
    );
    expect(h.members).toHaveLength(1);
    expect(h.members?.[0]?.age).toBe(79);
    expect(h.obligors?.list?.[0]?.relation).toBe('child');
  });

  it('the caller asking for themself keeps their own household', () => {
    const h = run('来电人男，55岁，下岗在家，老伴52岁。老父亲一个人在村里住。咨询自己能不能吃低保。', '140828');
    expect(h.members?.[0]?.age).toBe(55);
  });
});

describe('a caller who lives with the parents the call is about', () => {
  it('晋南: 来电人…还没结婚，和父母一起住', () => {
    const h = run(
      '来电人（女，26岁）称，母亲上个月查出乳腺癌，自付两万多。父亲腿有残疾干不了活。来电人在县城超市上班，一月三千左右，和父母一起住。',
      '140828',
    );
    expect(h.members?.some((m) => m.relation === 'child' && m.age === 26)).toBe(true);
    expect(h.income?.wages).toBe(36000);
    expect(h.obligors?.list ?? []).toHaveLength(0);
  });
});

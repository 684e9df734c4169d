// 殁 (晋南 and written Chinese for died: "老伴年时殁了", "父母早殁") is a death, so the one who died is no relative
// owing support; and "不给钱" left on the household's own subject after a reflexive ("闺女嫁到外县，自家日子也
// 紧，不给钱"; 粤 "个仔喺外省，自己都唔够使，唔畀钱") is said of the relatives apart: no support from them. And
// "一个人在<workplace>上班" is tested beside the emergencies (family-lives-on-one.test.ts); here "一个人喺<city>
// 做工", far from the family, still lives alone. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;
/** The support read, a year's total (the household keeps it as a list of givers). */
const support = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).facts.find((f) => f.path === 'income.support')?.value;

describe('殁, died', () => {
  it('晋南: "老汉年时殁了": no spouse among those owing support', () => {
    const h = run('来电人（女，72岁），村民，称老汉年时殁了，现在一个人过。有一个儿子在太原打工。');
    expect(h.members?.length).toBe(1);
    expect(h.obligors?.list?.map((o) => o.relation)).toEqual(['child']);
  });

  it('"无儿无女，父母早殁": no one owes support', () => {
    const h = run('来电人为邻居，反映村民李某（男，58岁）独居，一辈子没成家，无儿无女，父母早殁。');
    expect(h.obligors?.exist).toBe(false);
  });
});

describe('不给钱 after a reflexive, said of the relatives apart', () => {
  it('晋南: "闺女嫁到外县了，自家日子也紧，基本不给钱": support 0', () => {
    expect(
      support('来电人（男，70岁），老伴殁了，一个人住。“俺就一个闺女，嫁到外县了，自家日子也紧，基本不给钱。”'),
    ).toBe(0);
  });

  it('粤: "个仔喺外省，自己都唔够使，唔畀钱": support 0', () => {
    expect(
      support('来电人（女，69岁），老公过咗身，自己一个住。佢话个仔喺外省，自己都唔够使，唔畀钱。', '441702'),
    ).toBe(0);
  });

  it('asked whether money is given ("钱还给不给") is no refusal', () => {
    expect(support('来电人问：俺爹在敬老院住着，俺要接回家自己照顾，钱还给不给？')).toBeUndefined();
  });

  it('a benefit not granted ("低保不给批") is not support withheld', () => {
    expect(support('来电人（女，68岁），独居，儿子在外地。问俺没有收入，为啥低保不给批。')).toBeUndefined();
  });
});

describe('alone at work far from the family', () => {
  it('粤: "佢一个人喺<city>做工，老婆仔女喺老家": lives alone', () => {
    const h = run(
      '来电人黄某（男，45岁，外省户籍）12月1日喺工地跌伤。佢一个人喺阳江做工，月薪四千，老婆仔女喺老家。',
      '441702',
    );
    expect(h.members?.length).toBe(1);
  });
});

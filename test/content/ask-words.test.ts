// Residents' words reach the documents' terms: written Cantonese and 晋南 colloquial rewritten
// into standard Mandarin, numbers with 十 in figures, and the words of the shared lexicon and of
// the concept table mapped to what the texts say (五保户 → 特困人员, 坐牢 → 服刑, 取消 → 终止).
import { describe, expect, it } from 'vitest';
import { ask } from '../../content/ask.ts';
import { tensToFigures, toMandarin as rewrite } from '../../content/ask/dialect.ts';
import { dialectOfRegion } from '../../content/lexicon/index.ts';
import { defaultParameters } from '../../screening/index.ts';
import { impliedTerms } from '../../content/ask/intent.ts';
import { readQuestion } from '../../content/ask/terms.ts';

const YJ = '441700';
const YC = '140800';
const toMandarin = (text: string, region: string) =>
  rewrite(text, region === '000000' ? 'all' : dialectOfRegion(region, defaultParameters()));

describe('written Cantonese and 晋南 colloquial into standard Mandarin', () => {
  it.each([
    [YJ, '佢冇工开，计唔计佢', '他没有工作，算不算他'],
    [YJ, '要准备啲乜嘢', '要准备些什么'],
    [YJ, '点样申请，要等几耐', '怎么申请，要等多久'],
    [YJ, '一个月有几多钱', '一个月有多少钱'],
    [YJ, '我哋屋企嘅细路', '我们家里的孩子'],
    [YJ, '阿妈过咗身', '母亲去世'],
    [YC, '俺咋申请，要带啥', '我怎么申请，要带什么'],
    [YC, '单另给娃办', '单独给孩子办'],
  ])('%s: %s → %s', (region, said, mandarin) => {
    expect(toMandarin(said, region)).toBe(mandarin);
  });

  it('keeps standard words that hold a Cantonese character (关系, 系统) and rewrites 系 alone only in 阳江', () => {
    expect(toMandarin('跟他有没有关系，系统里查', YJ)).toBe('跟他有没有关系，系统里查');
    expect(toMandarin('系唔系', YJ)).toBe('是不是');
    expect(toMandarin('中文系', YC)).toBe('中文系');
  });

  it('reads both dialects before the resident’s city is known', () => {
    expect(toMandarin('俺屋企冇人', '000000')).toBe('我家里没有人');
    expect(ask('000000', '五保户要乜嘢条件').citations[0]?.id).toBe('mz2021-43.a4');
  });

  it('reads ages with 十 as figures, and leaves other numbers', () => {
    expect(tensToFigures('六十三岁')).toBe('63岁');
    expect(tensToFigures('十七了')).toBe('17了');
    expect(tensToFigures('七十多')).toBe('70多');
    expect(tensToFigures('一个人')).toBe('一个人');
  });
});

describe('residents’ words mapped to the documents’ terms', () => {
  // The terms of the words themselves and those implied by what the question asks (how long, what to bring).
  const terms = (q: string, region = YC) => {
    const mandarin = toMandarin(q, region);
    const reading = readQuestion(mandarin, q, region.startsWith('44') ? 'yue' : 'north');
    return [...reading.terms, ...impliedTerms(reading.tags)].join(' ');
  };

  it.each([
    ['五保户', '特困人员'],
    ['男人在坐牢', '服刑'],
    ['多长时间能批', '工作日'],
    ['要带什么东西', '申请材料'],
    ['种不动地了', '无劳动能力'],
    ['闺女嫁出去了', '共同生活的家庭成员'],
    ['老伴去世了', '死亡'],
    ['家里着火了', '火灾'],
    ['有辆小轿车', '车辆'],
  ])('%s → %s', (q, term) => {
    expect(terms(q)).toContain(term);
  });

  it('reads the lexicon’s dialect words in their own city (粤 words in 阳江)', () => {
    expect(terms('个仔坐紧监', YJ)).toContain('服刑');
    expect(terms('屋企有残疾证', YJ)).toContain('残疾人证');
  });
});

describe('questions in residents’ words find the clause', () => {
  it.each([
    // 晋南
    [YC, '俺姑是五保户，她咋样会给取消了', 'mz2021-43.a24'],
    [YC, '俺家老二判了刑蹲监狱，申请低保还算他一口不', 'mz2021-57.a7'],
    [YC, '俺爹七十了没儿没女，种不动地，能当五保户不', 'mz2021-43.a4'],
    [YC, '吃低保的人家多会儿查一回', 'yc59.2-1.review'],
    // Cantonese
    [YJ, '阿嫲瘫咗喺床，有冇人上门照顾佢', 'yj14.2-7.service'],
    [YJ, '申请特困要带啲乜嘢', 'mz2021-43.a10'],
    [YJ, '屋企揾到工，收入高过低保线，低保会唔会即刻冇晒', 'yj14.2-1.gradual-exit'],
    [YJ, '个女喺佛山读书，全日制，申请低保计唔计佢', 'mz2021-57.a7'],
  ])('%s: %s → %s first', (region, q, id) => {
    expect(ask(region, q).citations[0]?.id).toBe(id);
  });
});

// Round 23 (晋南 summaries) readings: food and clothing said to be covered is the summary's word that basic living
// is not severely hit, over a loss told before it; the family said to have collapsed is a figure of speech, not a
// house that fell; hauling goods or fares on one's own vehicle is business income; a good year's takings are not
// this year's. The texts are our own, in 晋南 colloquial and written Cantonese.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') => intake({ region, text }, { today: '2026-12-05', parameters });
const verdict = (out: ReturnType<typeof run>, program: string) =>
  out.report.results.find((x) => x.program === program)?.verdict;

describe('food and clothing covered: basic living not severely hit', () => {
  it('晋南: a cave home fallen in, "吃穿还能凑合，就是没处住": not severe, no 临时救助 likely', () => {
    const out = run(
      '夏县某村村民王某（男，63岁）来电，11月连下几天雨，后院两孔窑塌了，老两口搬到侄儿家住着。“吃穿还能凑合，就是没处住。”',
      '140828',
    );
    expect(out.household.hardship?.events?.[0]?.kind).toBe('natural_disaster');
    expect(out.household.hardship?.events?.[0]?.basicLivingSevere).toBe(false);
    expect(verdict(out, 'temporary_assistance')).not.toBe('likely');
  });

  it('晋南: savings lost to a swindle, "工资还够吃饭": not severe', () => {
    const out = run(
      '市民李某（男，60岁），城镇户口，每月退休金3000元。上个月叫人骗了，存的五万块全没了。“紧巴是紧巴，工资还够吃饭。”',
      '140802',
    );
    expect(out.household.hardship?.events?.[0]?.kind).toBe('crime');
    expect(out.household.hardship?.events?.[0]?.basicLivingSevere).toBe(false);
  });

  it('粤: a shop flooded, "食饭仲够": not severe', () => {
    const out = run('市民陈生（52岁）话上个礼拜水浸咗间铺，货全部冇晒。“食饭仲够嘅，就系唔知点重新开铺。”', '441702');
    expect(out.household.hardship?.events?.[0]?.basicLivingSevere).toBe(false);
  });
});

describe('the family said to have collapsed', () => {
  it('晋南: "家里一下子塌了" after a stroke is the illness, severely hit, not a disaster', () => {
    const out = run(
      '绛县某村村民张某（男，55岁）12月1日下地回来突发脑出血，住院报完自家掏了四万。“他这一病，家里一下子塌了。”',
      '140826',
    );
    const e = out.household.hardship?.events?.[0];
    expect(e?.kind).toBe('sudden_illness');
    expect(e?.basicLivingSevere).toBe(true);
    expect(verdict(out, 'temporary_assistance')).toBe('likely');
  });

  it('粤: "成头家冧咗" after a fall at work is severe, no disaster', () => {
    const out = run('来电人（女，40岁）话老公12月2日喺地盘跌落嚟，断咗条腿。“佢一跌，成头家冧咗。”', '441702');
    const e = out.household.hardship?.events?.[0];
    expect(e?.kind).toBe('accident');
    expect(e?.basicLivingSevere).toBe(true);
  });
});

describe('hauling on one own vehicle is business income', () => {
  it('晋南: "开着三轮拉活，一月挣个一千五" is business, not wages', () => {
    const h = run(
      '万荣县某村村民刘某（男，50岁），一个人过，开着电动三轮拉活，“一月挣个一千五”。问能不能吃低保。',
      '140822',
    ).household;
    expect(h.income?.business).toBe(18000);
    expect(h.income?.wages).toBeUndefined();
  });

  it('粤: "揸三轮车搭客，一个月揾两千" is business', () => {
    const h = run('村民黄生（48岁），自己一个住，揸三轮车搭客，一个月揾两千。', '441721').household;
    expect(h.income?.business).toBe(24000);
    expect(h.income?.wages).toBeUndefined();
  });
});

describe('a good year is not this year', () => {
  it('晋南: "好年景落个三万，今年也就一万五" takes this year', () => {
    const h = run(
      '临猗县某村村民赵某（男，58岁），老伴56岁，种着五亩梨，“好年景落个三万，今年个行情差，也就一万五”。',
      '140821',
    ).household;
    expect(h.income?.business).toBe(15000);
  });

  it('粤: "好年景有两万，今年得八千" takes this year', () => {
    const h = run('村民梁生（60岁）同老婆两个，种荔枝，好年景有两万，今年得八千。', '441781').household;
    expect(h.income?.business).toBe(8000);
  });
});

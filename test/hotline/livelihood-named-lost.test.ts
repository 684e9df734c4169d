// Basic living after an emergency, said in three more ways: what the family lives by named as its livelihood and
// then lost (铺子是全家的收入来源, 粤 只艇系成家人嘅饭碗), the family's income said to be none (家里没有收入, 粤
// 屋企冇收入) or the earner's work stopped (粤 而家冇得做), and the family put up in a clan temple (粤 挤喺祠堂).
// The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') => intake({ region, text }, { today: '2026-12-05', parameters });
const event = (r: ReturnType<typeof run>) => r.household.hardship?.events?.[0];
const verdict = (r: ReturnType<typeof run>, program: string) =>
  r.report.results.find((x) => x.program === program)!.verdict;

describe('the livelihood named, then lost', () => {
  it('晋南: 磨面坊是全家的收入来源, burnt down: severe, temporary assistance likely', () => {
    const r = run(
      '来电人（男，48岁），村民，12月1日夜里自家磨面坊着火，机器全烧坏了。媳妇（46岁）在家，娃（15岁）上初中。来电人说磨面坊是全家的收入来源，这下啥都没了。',
    );
    expect(event(r)).toMatchObject({ kind: 'fire', basicLivingSevere: true });
    expect(verdict(r, 'temporary_assistance')).toBe('likely');
  });

  it('粤: 只艇系成家人嘅饭碗, sunk: severe', () => {
    const r = run(
      '来电人（男，50岁），渔民，12月1日出海遇大风，只艇翻咗沉落海，人冇事。老婆（47岁）喺屋企，个女（13岁）读初一。“只艇系成家人嘅饭碗，而家冇咗”。',
      '441700',
    );
    expect(event(r)?.basicLivingSevere).toBe(true);
    expect(verdict(r, 'temporary_assistance')).toBe('likely');
  });

  it('a livelihood named with no emergency sets nothing', () => {
    const r = run('来电人（女，60岁），小卖部是全家的收入来源，一个月挣一千来块。问低保。');
    expect(r.household.hardship?.events ?? []).toHaveLength(0);
  });
});

describe('the family without income, or the earner unable to work, after an emergency', () => {
  it('晋南: 男人得了癌症，家里没有收入: severe', () => {
    const r = run(
      '来电人（女，41岁），男人（44岁）11月中旬查出胃癌，做了手术自己掏了六万多。来电人辞了工照顾他，家里没有收入。',
    );
    expect(event(r)).toMatchObject({ kind: 'sudden_illness', basicLivingSevere: true });
  });

  it('粤: 屋企冇收入 after a fall: severe', () => {
    const r = run(
      '来电人（女，38岁），老公（40岁）12月2日喺地盘跌落嚟，腰骨断咗，住院自付两万几。两个仔读小学，屋企冇收入。',
      '441700',
    );
    expect(event(r)?.basicLivingSevere).toBe(true);
  });

  it('粤: 靠自己开三轮，而家冇得做 after an accident: severe', () => {
    const r = run(
      '来电人（男，49岁），12月3日开三轮车送货撞咗树，脚骨折住院。老婆（47岁）有病喺屋企。屋企靠佢开三轮，一个月两千几，而家冇得做。',
      '441700',
    );
    expect(event(r)?.basicLivingSevere).toBe(true);
  });
});

describe('put up in a clan temple after the home fell', () => {
  it('粤: 屋倒咗，一家人挤喺祠堂: severe', () => {
    const r = run(
      '来电人系村干部，反映村民陈某（男，47岁）间泥砖屋12月2日夜晚因暴雨塌咗，一家四口冇受伤，而家一家人挤喺祠堂。',
      '441700',
    );
    expect(event(r)).toMatchObject({ kind: 'natural_disaster', basicLivingSevere: true });
  });

  it('晋南: 房子塌了，全家暂住祠堂: severe', () => {
    const r = run('来电人（男，55岁），村民，12月1日连着下雨，土坯房塌了，老两口现在暂住祠堂。');
    expect(event(r)?.basicLivingSevere).toBe(true);
  });
});

// Round 9 (issue 22): what a call summary's health words and 户口 words store. A standing, ordinary
// illness (高血压, 风湿) is not a 重病 and has no name to match against the local list; an acute illness
// long past (去年中风后, 前年脑梗后, 脑出血后遗症) left a disability, and one the person died of left a
// death: neither is a 重病 under treatment. A 户口 stated outright is not undone by a later guess from
// where somebody else lives. The texts are our own, in both cities' ways of writing.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;
const health = (text: string, region?: string) =>
  (run(text, region).members ?? []).map((m) => [m.seriousIllness, m.illnessName]);

describe('a standing illness named in a summary', () => {
  it('高血压, 风湿: nothing stored, whether anyone is seriously ill stays open', () => {
    expect(health('某村村民，女，71岁，一个人过，有高血压，腿脚不灵便，每月养老金一百六。')).toEqual([
      [undefined, undefined],
    ]);
    expect(health('某村村民（男，69岁），老婆（66岁）有风湿，行路唔得，两老每月养老金共四百。', '441700')).toEqual([
      [undefined, undefined],
      [undefined, undefined],
    ]);
  });

  it('a serious illness is still stored with its name', () => {
    expect(health('某村，男，52岁，今年查出肝癌，在化疗，老婆50岁在家。')[0]).toEqual([true, '肝癌']);
  });
});

describe('an acute illness long past or died of', () => {
  it('去年中风后, 前年脑梗后: a lasting state, not a 重病 now', () => {
    expect(health('某村，女，63岁，老汉65，去年中风后半边身子不能动，在家躺着。')[1]).toEqual([undefined, undefined]);
    expect(health('某村村民，男，57岁，前年脑梗后右手唔郁得，喺屋企。', '441700')[0]).toEqual([undefined, undefined]);
  });

  it('后遗症 right after the illness: the same', () => {
    expect(health('某镇，女，52岁，老公55岁脑出血后遗症，行走不便，靠她种地。')[1]).toEqual([undefined, undefined]);
  });

  it('one struck lately is still a 重病 and an emergency', () => {
    const h = run('某村，女，60岁，老汉62岁上个月突发脑梗，在县医院住了二十天。');
    expect(h.members?.[1]?.seriousIllness).toBe(true);
    expect(h.hardship?.events?.[0]?.kind).toBe('sudden_illness');
  });

  it('an illness someone died of is not stored as a 重病', () => {
    const h = run('某村支书来电，村民李某（60岁）前天突发心梗去世，留下老伴（58岁）一个人。');
    expect((h.members ?? []).some((m) => m.seriousIllness === true)).toBe(false);
  });
});

describe('户口 stated, then somebody else in the countryside', () => {
  it('城镇户口 … 公公婆婆在农村 stays urban', () => {
    expect(run('市民王某（女，33岁），城镇户口，一个人带女儿（6岁）租房，公婆在农村，每月给两百。').hukou).toBe(
      'urban',
    );
    expect(run('居民陈某（女，38岁），城镇户口，带住个仔（7岁）租屋，家公家婆喺农村。', '441700').hukou).toBe('urban');
  });

  it('a guess alone still reads rural, and a 户口 stated later still wins over a guess', () => {
    expect(run('某村村民张某（男，70岁）来电，和老伴两个人过。').hukou).toBe('rural');
    expect(run('村民李某（男，45岁），其实系城镇户口，喺镇上做散工。', '441700').hukou).toBe('urban');
  });
});

// A summary asking whether a parent living with the caller can get 低保 on their own (单独吃低保,
// 粤 单独攞低保): the parent is the applicant, the caller and the caller's family stay in the household,
// counted from the parent's side. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('a parent asked for on their own', () => {
  it('粤: 同老公、阿妈一齐住…问阿妈可唔可以单独攞低保', () => {
    const h = run(
      '来电人黄某（女，46岁），同老公、阿妈（79岁）一齐住。阿妈前年跌断腿，肢体残疾二级，行唔到路。来电人同老公喺厂做嘢。问阿妈可唔可以单独攞低保。',
      '441700',
    );
    expect(h.members?.[0]).toMatchObject({ relation: 'self', age: 79, hasDisability: true });
    expect(h.members?.[0]?.disability).toMatchObject({ kind: 'physical', grade: 2 });
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'child', 'other']);
    expect(h.members?.[1]?.age).toBe(46);
  });

  it('north: 父亲（81岁）…问父亲能不能单独吃低保', () => {
    const h = run(
      '某村村民来电，男，50岁，和妻子、父亲（81岁）一起过。父亲前年脑梗，持肢体残疾一级证，常年卧床。本人在县城打零工。问父亲能不能单独吃低保。',
    );
    expect(h.members?.[0]).toMatchObject({ relation: 'self', age: 81, hasDisability: true });
    expect(h.members?.find((m) => m.relation === 'child')?.age).toBe(50);
    expect(h.members).toHaveLength(3);
  });

  it('a child asked for stays counted from the caller (the parent calling is the household head)', () => {
    const h = run('某村村民来电，女，58岁，儿子（30岁）精神残疾二级，一直在家。问儿子能不能单独吃低保。');
    expect(h.members?.[0]).toMatchObject({ relation: 'self', age: 58 });
    expect(h.members?.[1]).toMatchObject({ relation: 'child', age: 30 });
  });
});

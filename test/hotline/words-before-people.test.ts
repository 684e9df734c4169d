// Words that look like people or ages but are not, and a disability said before the person who has it
// (issue 22, round 6c). The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('娘家 is a place', () => {
  it('a daughter back at 娘家 brings no parent into the household', () => {
    const h = run('来电人（男，66岁）和闺女（40岁）两人过，闺女离婚后回娘家住，在镇上饭店打工。');
    expect(h.members?.some((m) => m.relation === 'parent')).toBe(false);
    expect(h.obligors?.list?.some((o) => o.relation === 'parent') ?? false).toBe(false);
  });

  it('a daughter-in-law staying at her 娘家 makes no parent owe support', () => {
    const h = run('来电人说自己七十一，老婆七十，就老两口，儿子在外地干活不寄钱，媳妇跟孙女在娘家住。');
    expect(h.obligors?.list?.some((o) => o.relation === 'parent') ?? false).toBe(false);
  });
});

describe('an age bound someone quotes is nobody’s age', () => {
  it('听说六十五岁以上 gives no one 65', () => {
    const h = run('来电人（女，67岁），老伴（68岁），儿子女儿都在省城。来电人听说六十五岁以上都能领补贴。');
    const ages = [...(h.members ?? []), ...(h.obligors?.list ?? [])].map((m) => m.age);
    expect(ages).not.toContain(65);
    expect(h.members?.[0]?.age).toBe(67);
  });

  it('八十岁以下 is a bound too', () => {
    const h = run('来电人（男，71岁），儿子儿女在外地，问八十岁以下的老人有没有高龄补贴。');
    const ages = [...(h.members ?? []), ...(h.obligors?.list ?? [])].map((m) => m.age);
    expect(ages).not.toContain(80);
  });
});

describe('a disability said right before the person', () => {
  it('家有残疾闺女: the daughter is disabled, not the caller', () => {
    const h = run('来电人说家有残疾闺女，闺女今年三十一岁，不能干活，三口人种地为生。');
    const daughter = h.members?.find((m) => m.relation === 'child');
    expect(daughter?.hasDisability).toBe(true);
    expect(h.members?.[0]?.relation).toBe('self');
    expect(h.members?.[0]?.hasDisability).not.toBe(true);
  });

  it('有个残疾的儿子 after the caller’s age', () => {
    const h = run('来电人（女，61岁），家里有个残疾的儿子（33岁）。');
    expect(h.members?.[0]?.hasDisability).not.toBe(true);
    expect(h.members?.find((m) => m.relation === 'child')).toMatchObject({ age: 33, hasDisability: true });
  });

  it('the son named before is the same son, not a new one', () => {
    const h = run('来电人（男，55岁），妻子（52岁），儿子（26岁，智力残疾二级）。问残疾的儿子能不能单独吃低保。');
    expect(h.members?.filter((m) => m.relation === 'child')).toHaveLength(1);
  });

  it('the caller’s own disability stays the caller’s', () => {
    const h = run('来电人（女，50岁）肢体残疾，儿子（20岁）在外打工。');
    expect(h.members?.[0]?.hasDisability).toBe(true);
    expect(h.members?.find((m) => m.relation === 'child')?.hasDisability).not.toBe(true);
  });
});

describe('a group of children elsewhere, then each named', () => {
  it('子女：一儿一女 living away, each giving, are two relatives who owe support', () => {
    const h = run(
      '户主：王某，男，70岁；家庭成员：老伴（68岁）；子女：一儿一女，都在太原，儿子每年给2000，女儿给1000。',
    );
    expect(h.obligors?.list?.map((o) => o.relation)).toEqual(['child', 'child']);
    expect(h.members?.some((m) => m.relation === 'child')).toBe(false);
  });

  it('in 粤: 一仔一女都喺深圳, 个仔 and 个女 each giving', () => {
    const h = run('户主：何某，女，72岁，一个人住；一仔一女都喺深圳，个仔每月畀500，个女畀300。', '441702');
    expect(h.obligors?.list).toHaveLength(2);
  });
});

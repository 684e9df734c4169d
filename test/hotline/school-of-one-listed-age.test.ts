// A group of children listed with their ages, schooling said with one of them ("两个孩子（8岁上小学、2岁）",
// 粤 "三个细路（15岁读高一、11岁、4岁）"): a toddler is not at school, nor is one younger than the level
// said starts. Schooling said of the whole group ("两个娃（10岁、7岁，都上学）") still holds for each. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;
const students = (h: ReturnType<typeof run>) =>
  (h.members ?? []).filter((m) => m.relation === 'child').map((m) => [m.age, m.student?.fullTime ?? false]);

describe('schooling said with one age of a list', () => {
  it('north: 两个孩子（8岁上小学、2岁）', () => {
    const h = run('来电人（女，31岁），丈夫前年病故，自己带着两个孩子（8岁上小学、2岁）过，在家种地。');
    expect(students(h)).toEqual([
      [8, true],
      [2, false],
    ]);
  });

  it('粤: 三个细路（15岁读高一、11岁、4岁）', () => {
    const h = run(
      '来电人（男，44岁），同老婆（41岁）、三个细路（15岁读高一、11岁、4岁）住，本人喺镇上做散工。',
      '441721',
    );
    expect(students(h)).toEqual([
      [15, true],
      [11, false],
      [4, false],
    ]);
  });

  it('north: 两个娃（10岁、7岁，都上学）', () => {
    const h = run('来电人（男，38岁），和媳妇带着两个娃（10岁、7岁，都上学）过。');
    expect(students(h)).toEqual([
      [10, true],
      [7, true],
    ]);
  });
});

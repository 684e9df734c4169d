// A family an outsider reports by its head's role (男主人, 女主人): the head is the one the call is about,
// and an old man (老汉) much older than the head, listed with them, is the head's father. The texts are
// our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('a reported family by its head', () => {
  it('north: 村主任反映…屋里剩下个老汉（78岁）、男主人（47岁）', () => {
    const h = run(
      '来电人是村主任，反映村里有户人家11月30日夜里房子塌了，屋里剩下一个老汉（78岁）、男主人（47岁，腿砸伤了）、一个念初中的小子。',
    );
    expect(h.members?.map((m) => [m.relation, m.age])).toEqual([
      ['self', 47],
      ['parent', 78],
      ['child', undefined],
    ]);
  });

  it('粤: 村委反映…屋企得返女主人（45岁）同个仔', () => {
    const h = run(
      '来电人系村委干部，反映村入面有户人家12月1号屋企着火，屋企得返女主人（45岁，手烧伤咗）同一个读高中嘅仔。',
      '441781',
    );
    expect(h.members?.[0]?.relation).toBe('self');
    expect(h.members?.[0]?.age).toBe(45);
  });

  it('an old man not much older than the head is left alone', () => {
    const h = run('来电人是村主任，反映村里有户人家着火了，剩下一个老汉（60岁）、男主人（50岁）。');
    expect(h.members?.some((m) => m.relation === 'parent' && m.age === 60)).toBe(false);
  });
});

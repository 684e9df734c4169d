// Round 21 (yj21-h), second pass: living in a brother's or sister's family home (粤 "同大佬一家住", 晋南 "跟他哥
// 一家过"), that sibling's spouse and children named after are members of the household, not relatives set
// aside. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region: string) => intake({ region, text }, { today: '2026-12-06', parameters });

describe("a sibling's family lived with", () => {
  it('粤: 同大佬（55岁）一家住，阿嫂、侄女', () => {
    const r = run(
      '某镇村民（男，50岁），听力一级残疾，未婚，同大佬（55岁）一家同住。大佬耕田，阿嫂（52岁）喺屋企，侄女（20岁）出去打工。',
      '441781',
    );
    const m = r.household.members ?? [];
    expect(m.map((x) => x.relation)).toEqual(['self', 'sibling', 'other', 'other']);
    expect(m.find((x) => x.age === 20)?.employed).toBe(true);
  });

  it('晋南: 跟他哥（60岁）一家过，嫂子', () => {
    const r = run(
      '某村村民（女，57岁），智力二级残疾，没嫁人，跟哥哥（60岁）一家过。嫂子（58岁）种地，侄子（30岁）在县城上班。',
      '140800',
    );
    const m = r.household.members ?? [];
    expect(m.filter((x) => x.relation === 'other').map((x) => x.age)).toEqual([58, 30]);
  });

  it('without 一家, the sibling alone is lived with', () => {
    const r = run('某村村民（男，52岁），未婚，跟哥哥（56岁）住。嫂子早年改嫁了。', '140800');
    expect((r.household.members ?? []).some((x) => x.relation === 'other')).toBe(false);
  });
});

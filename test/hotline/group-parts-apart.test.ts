// A group named and then taken one by one after a colon ("两个女：大女已嫁人…细女喺深圳打工", "俩儿子：大的成家另过，
// 小的在外地打工"): each one said to live elsewhere is not a member, as one of a group counted off is not. The texts are
// our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') => intake({ region, text }, { today: '2026-12-05', parameters });

describe('a group taken one by one, each living elsewhere', () => {
  it('粤: 两个女：大女已嫁人，细女喺广州打工: the couple only, both daughters liable', () => {
    const h = run(
      '来电人（女，57岁），老公（60岁）中风瘫咗。两个女：大女（32岁）已嫁人，每月畀500；细女（26岁）喺广州打工，每月畀800。',
      '441700',
    ).household;
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
    expect(h.obligors?.list?.length).toBe(2);
  });

  it('晋南: 两个儿子：大儿子（35岁）已成家另过，二儿子（30岁）在太原打工: the couple only', () => {
    const h = run(
      '来电人（男，63岁），跟老伴（61岁）两个过。两个儿子：大儿子（35岁）已成家另过，二儿子（30岁）在太原打工，一年给两千。',
    ).household;
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
  });

  it('粤: 两个仔：大仔（14岁）读初二，细仔（9岁）读三年级: both at home', () => {
    const h = run('来电人（女，40岁），离婚带住两个仔：大仔（14岁）读初二，细仔（9岁）读三年级。', '441700').household;
    expect(h.members?.length).toBe(3);
  });
});

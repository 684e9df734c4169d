// A grandchild phoning about a grandparent (issue 22, round 21c): after 之孙代为来电 or 孙女来电反映, the
// caller's 奶奶/阿婆 is the person the call is about, 爷爷 her husband, 他爸 her son and 姑姑 her daughter,
// who owe her support; none of them is a grandparent living in the household. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { readGrandchildCaller } from '../../bot/hotline/grandchild-caller.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') => intake({ region, text }, { today: '2026-12-05', parameters });

describe('a grandchild phoning about a grandparent', () => {
  it('a widowed granny living alone, one son away: she alone is the household', () => {
    const { household } = run(
      '稷山县某村村民郭某（女，79岁）之孙女代为来电：奶奶一个人过，爷爷早就没了，奶奶就一个儿（52岁）在太原打工，一月给奶奶三百块。奶奶有养老金一月一百五。',
    );
    expect(household.members?.map((m) => m.relation)).toEqual(['self']);
    expect(household.members?.[0]?.age).toBe(79);
    expect(household.obligors?.list?.[0]).toMatchObject({ relation: 'child', age: 52 });
  });

  it('both grandparents together, the caller unnamed: the couple is the household', () => {
    const { household } = run(
      '盐湖区某村村民薛某（81岁）与老伴（78岁）。孙子来电反映：爷爷奶奶两个人过，他爸前年病故，姑姑嫁到外县，光景也不好。',
    );
    expect(household.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
    expect(household.members?.map((m) => m.age)).toEqual([81, 78]);
    expect(household.obligors?.list?.map((o) => o.relation)).toEqual(['child']);
  });

  it('in written Cantonese: 阿婆 is the subject and her sons owe her support', () => {
    const { household, report } = run(
      '阳东区某村村民黄某（女，83岁）之孙来电：阿婆自己一个住，阿公早几年过咗身，有两个仔都喺广州打工。阿婆每月养老金两百。',
      '441700',
    );
    expect(household.members?.map((m) => m.relation)).toEqual(['self']);
    expect(household.members?.[0]?.age).toBe(83);
    expect(household.obligors?.list?.every((o) => o.relation === 'child')).toBe(true);
    expect(report.results.find((r) => r.program === 'tekun')?.verdict).toBe('unlikely');
  });

  it('keeps every length, and leaves a summary without a grandchild caller alone', () => {
    const t = '村民王某（男，80岁）之孙代为来电：爷爷独居，奶奶去世，他爸在外打工，姑姑在县城。';
    const read = readGrandchildCaller(t);
    expect(read).toHaveLength(t.length);
    expect(read).toContain('老人独居，老伴去世，其子在外打工，其女在县城');
    const none = '来电人（女，70岁）与孙子同住，爷爷去世多年。';
    expect(readGrandchildCaller(none)).toBe(none);
  });
});

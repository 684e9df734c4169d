// Round 21 (yj21-h): a relative said to be at home in their own aside or by coming home every weekend or
// night is a member of the household, whatever else the summary says of them: a son's wife "（30岁，在家带
// 孩子）", a son working in town who "周末返屋企", a son "（40岁，同住）" after a count of the pair. The
// texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region: string) => intake({ region, text }, { today: '2026-12-05', parameters });

describe('at home, said of them', () => {
  it('粤: 儿媳（在家带孩子）and a son who comes home every weekend are members', () => {
    const { household: h } = run(
      '某镇村民（女，58岁）来电，屋企有：本人、老公（60岁）、个仔（33岁，喺市区打工月入约3500，周末返屋企）、儿媳（30岁，在家带孩子）、孙仔（3岁）。',
      '441704',
    );
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse', 'child', 'other', 'grandchild']);
    expect(h.members?.map((m) => m.age)).toEqual([58, 60, 33, 30, 3]);
    expect(h.members?.[2]?.employed).toBe(true);
    expect(h.income?.wages).toBe(42000);
    expect(h.obligors?.exist).not.toBe(true);
  });

  it('晋南: 儿子在城里打工每晚回家, 侄子（17岁，跟俺们一起住）', () => {
    const { household: h } = run(
      '某村村民（男，62岁）来电，老伴59岁，儿子（36岁，在县城打工一个月三千，每晚回家）。侄子（17岁，一起住）。',
      '140800',
    );
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse', 'child', 'other']);
    expect(h.members?.[2]?.employed).toBe(true);
    expect(h.obligors?.exist).not.toBe(true);
  });

  it('粤: a pair counted (两人靠…) does not push out a son said in his aside to live with them', () => {
    const { household: h, report } = run(
      '某镇村民（女，67岁）来电，与老公（70岁）住，两人靠每月约400元养老金同个仔（41岁，同住，打散工，月入两千左右）过日子。',
      '441721',
    );
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse', 'child']);
    expect(h.members?.[2]?.age).toBe(41);
    expect(h.obligors?.list ?? []).toEqual([]);
    expect(report.results.find((x) => x.program === 'tekun')?.verdict).toBe('need_info');
  });

  it('晋南: a pair counted and a son said to live with them', () => {
    const { household: h } = run(
      '某村村民（男，69岁）来电，跟老伴（66岁）过，俩人靠养老金和儿子（40岁，同住，打零工）过活。',
      '140800',
    );
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse', 'child']);
  });

  it('a relative without a duty named with an age and no word of living there is still not a member', () => {
    const { household: h } = run(
      '某镇村民（女，58岁）来电，与老公（60岁）住，侄仔（30岁，喺深圳打工）有时畀啲钱。',
      '441704',
    );
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
  });
});

// "来电人为其子/其女" in a summary says who the caller is (as 来电人系其子 does), not that the caller asks on
// the relative's behalf; "来电人为其子咨询" still asks for the son. The texts are our own.
import { describe, expect, it } from 'vitest';
import { readCallerIsKin } from '../../bot/hotline/caller-is-kin.ts';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region: string) => intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('来电人为其子: the caller is the son', () => {
  it('晋南: the sick father stays the person the call is about, the son an obligor', () => {
    const h = run(
      '某村村民来电：其父（72岁）今年查出肺癌，在家养病。父亲跟母亲（69岁）种地，一年收入五千左右。来电人为其子，在西安打工，一月三千多。',
      '140800',
    );
    expect(h.members?.[0]).toMatchObject({ age: 72, seriousIllness: true });
    expect(h.members?.length).toBe(2);
    expect(h.obligors?.list?.map((o) => o.relation)).toEqual(['child']);
    expect(h.income?.wages).toBeUndefined();
  });

  it('粤: 来电人为其女, working away, is not the mother', () => {
    const h = run(
      '某镇村民来电：其母（70岁）中风瘫咗，同阿爸（73岁）住，两老种菜一年几千蚊。来电人为其女，喺广州打工每月四千。',
      '441781',
    );
    expect(h.members?.[0]).toMatchObject({ age: 70, hasDisability: true });
    expect(h.members?.length).toBe(2);
    expect(h.income?.wages).toBeUndefined();
  });

  it('a request right after (为其子咨询, 为其父母申请) is still asking for them: the text is kept', () => {
    for (const t of ['来电人为其子咨询，儿子30岁，一个人住。', '来电人为其父母申请低保，两老都七十几。'])
      expect(readCallerIsKin(t)).toBe(t);
    expect(readCallerIsKin('来电人为其女，喺佛山做嘢。')).toBe('来电人系其女，喺佛山做嘢。');
  });
});

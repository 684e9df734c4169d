// 他/她 giving money, of the caller's own sex, in a call for the caller's parents: the caller (away)
// gives it, so it is support from outside, not a member's wages. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { writerSex } from '../../bot/understand/writer-sex.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('the caller gives', () => {
  it('north: 来电人（女）…母亲70岁…她每月给300', () => {
    const h = run(
      '来电人（女，40岁，在县城住）反映：父亲（74岁）脑梗瘫在床上，父母俩在村里住，母亲70岁，两人每月养老金共三百。她每月给300，还有个哥哥在外地。',
    );
    expect(h.income?.support?.[0]?.amount).toBe(3600);
    expect(h.income?.wages).toBeUndefined();
  });

  it('a man calling: 来电人（男）…他每个月俾600', () => {
    const h = run(
      '来电人（男，50岁）反映：阿妈（78岁）中风，两老喺乡下住，阿爸80岁，两个每月养老金共四百。他每个月俾600，仲有个家姐喺广州。',
      '441700',
    );
    expect(h.income?.support?.[0]?.amount).toBe(7200);
  });

  it('reads the sex said after the caller', () => {
    expect(writerSex('来电人（女，45岁）反映', 0)).toBe('f');
    expect(writerSex('本人男，62岁', 0)).toBe('m');
    expect(writerSex('来电人王某，女，50岁', 0)).toBe('f');
    expect(writerSex('来电人女儿称', 0)).toBeUndefined();
  });
});

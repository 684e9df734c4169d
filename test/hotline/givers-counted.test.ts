// How many give (issue 22, round 7): a group of givers in brackets after the field that names the money
// (子女给付（两个女儿每人每月给…）) is as many as its count; a group named again with its count (三个孙女
// 都在外…，三个孙女每人…) is the group named first, not one more; and 等 before a count closes a list, so
// the people named before it are among the count (长子（45岁）等四个子女). Giving said in a clause that
// names no one ("儿子45岁在县城开饭馆，每月给五百") is by the relative talked about, who lives apart;
// one whose own family is just getting by (家里也一般) is not taken as able to support. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('how many give', () => {
  it('a counted group in brackets after the kind of money', () => {
    const h = run(
      '诉求人：赵某（女，73）；家庭情况：独居；子女：4人，均在外成家；经济来源：子女给付（四个儿子每人每月给300），养老金每月140元。',
    );
    expect(h.income?.support?.[0]?.amount).toBe(14400);
    expect(h.obligors?.list).toHaveLength(4);
  });

  it('the same counted group named again is one group', () => {
    const h = run(
      '来电人称：本人郑某，69岁，与老伴（67岁）住某村；两个女儿都已出嫁在外，两个女儿每人每月给800；老两口每人每月养老金180元。',
      '441700',
    );
    expect(h.members).toHaveLength(2);
    expect(h.obligors?.list).toHaveLength(2);
    expect(h.income?.support?.[0]?.amount).toBe(19200);
  });

  it('等 before a count takes in those named before it', () => {
    const h = run(
      '来电人之女（最小的38岁）等四个子女都在外地成家，每人每月给500。来电人孙某（80岁）和老伴（78岁）在村里住。',
    );
    expect(h.members).toHaveLength(2);
    expect(h.obligors?.list).toHaveLength(4);
    expect(h.income?.support?.[0]?.amount).toBe(24000);
  });

  it('giving said after the relative was named is theirs, and they live apart', () => {
    const h = run('来电人（女，73岁）与老伴（75岁）在村里住，儿子45岁在县城开饭馆，每月给五百。');
    expect(h.members).toHaveLength(2);
    expect(h.obligors?.list?.[0]).toMatchObject({ relation: 'child', age: 45 });
    expect(h.income?.support?.[0]?.amount).toBe(6000);
  });

  it('a giver whose own family is just getting by is not taken as able', () => {
    const h = run('来电人（女，70岁）独居，有一个女儿（44岁）嫁在邻村，家里也一般，每月给两百元。');
    expect(h.obligors?.list?.[0]?.relation).toBe('child');
    expect(h.obligors?.list?.[0]?.ableBodiedAdult).toBeUndefined();
  });
});

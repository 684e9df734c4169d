// A sentence after a relative's death (issue 22, round 6b): "老伴前几年病故，一个人住。有视力二级残疾证"
// — the new sentence names no one, so it is about the person the call is for, not the dead spouse.
// Within the same sentence the dead stay the topic ("丈夫去世，生前跑运输"). The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('after a death', () => {
  it('a certificate in the next sentence is the subject’s', () => {
    const h = run('孙某（女，79岁），老伴前几年病故，一个人住。有视力二级残疾证。每月养老金140元。');
    expect(h.members).toHaveLength(1);
    expect(h.members?.[0]).toMatchObject({ age: 79, hasDisability: true, disability: { kind: 'visual', grade: 2 } });
    expect(h.income?.basicPension).toBe(1680);
  });

  it('the same sentence still speaks of the dead', () => {
    const h = run('来电人（女，50岁），丈夫今年3月去世，生前在外跑运输。来电人在家种地，一年三千元。');
    expect(h.members?.[0]?.employed).not.toBe(true);
    expect(h.income?.business).toBe(3000);
  });
});

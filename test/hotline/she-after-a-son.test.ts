// A summary's 她 (she) or 他 (he) right after a child of the other sex, named by the child's word only
// (儿子, 闺女, 个仔): the written pronoun is the person the call is about, not that child. The texts are
// our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region: string) => intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('a pronoun after a child of the other sex', () => {
  it('她 after a son is the woman who called', () => {
    const h = run('来电人孙女士，46岁，城镇户口。家里还有儿子（17岁，读高二）。她在超市理货，每月1900。', '140802');
    expect(h.members?.[0]).toMatchObject({ relation: 'self', age: 46, employed: true });
    expect(h.members?.[1]?.employed).not.toBe(true);
    expect(h.income?.wages).toBe(22800);
  });

  it('他 after a daughter is the man who called, as 阳江 people type it', () => {
    const h = run('诉求人黄生，48岁，农村户口，同个女（16岁，读高一）住。他在镇上做保安，每月2300。', '441702');
    expect(h.members?.[0]).toMatchObject({ relation: 'self', age: 48, employed: true });
    expect(h.members?.[1]?.employed).not.toBe(true);
  });
});

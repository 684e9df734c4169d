// A call summary saying people are in good health says none of them has a 重病 (issue 22, round 7):
// who is covered follows the words (家里人, a count, a group, 都 after the people just named, or the one
// person talked about); a hedged word (身体还行) says nothing. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;
const ill = (text: string) => (run(text).members ?? []).map((m) => m.seriousIllness);

describe('good health said in a summary', () => {
  it('the whole household: 家里人身体都好', () => {
    expect(ill('某村来电人60岁，家里三口人：本人、老伴58岁、孙女10岁。家里人身体都好。')).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('a count: the first that many, the person called about first', () => {
    expect(ill('某村，男，40岁，带着12岁的儿子和8岁的闺女过。爷仨身体都好，问低保。')).toEqual([false, false, false]);
  });

  it('都 after the couple covers the two, not the grandchildren who come after', () => {
    expect(ill('某村来电人70岁，老伴68岁，都没啥病。跟孙子孙女一起住，孙子12岁，孙女9岁。')).toEqual([
      false,
      false,
      undefined,
      undefined,
    ]);
  });

  it('said of the one person the summary is about', () => {
    expect(ill('市民，女，31岁，一个人在城区租房住，身体没毛病，现在没工作。')).toEqual([false]);
  });

  it('hedged (身体还行, 还算硬朗) says nothing', () => {
    expect(ill('某村，女，80岁，独居，身体还算硬朗，每月养老金150元。')).toEqual([undefined]);
    expect(ill('某村老两口，82岁、79岁，身体还行，能自己做饭。')).toEqual([undefined, undefined]);
  });

  it('a named serious illness is not undone by the others being well', () => {
    expect(ill('某村来电人55岁，老伴53岁患尿毒症在透析，儿子20岁。父子俩身体都好。')).toEqual([false, true, false]);
  });

  it('grown children named before "两人身体都好" are not made able by it', () => {
    const h = run('某村，男，63岁。老伴60岁。两个儿子都成家了，各过各的。两人身体都好，问低保。');
    expect(h.members?.map((m) => m.seriousIllness)).toEqual([false, false]);
    expect(h.obligors?.list?.some((o) => o.ableBodiedAdult === true)).toBe(false);
  });
});

// A grandchild phoning about grandparents who live with an uncle's family (issue 22, round 22c): after
// 孙女王某来电 or 来电人系…的外孙（20岁），反映, the caller's 外婆/奶奶 is the person the call is about, and the
// caller's 舅舅/叔叔 is her son, not a second grandparent or the caller's age. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { readGrandchildCaller } from '../../bot/hotline/grandchild-caller.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') => intake({ region, text }, { today: '2026-12-05', parameters });

describe('a grandchild phoning about grandparents living with an uncle', () => {
  it('a named granddaughter: 爷爷 is the subject, 奶奶 his wife, 叔叔 their son', () => {
    const { household } = run(
      '夏县某村村民，孙女王某来电，说爷爷（88岁）和奶奶（84岁）跟她叔叔一搭里过，叔叔腿脚不利索，在屋里喂几头猪。',
    );
    expect(household.members?.slice(0, 3).map((m) => m.relation)).toEqual(['self', 'spouse', 'child']);
    expect(household.members?.slice(0, 2).map((m) => m.age)).toEqual([88, 84]);
  });

  it('in written Cantonese, the caller said to be a grandson with his own age: 外婆 is the subject, 舅舅 her son', () => {
    const { household } = run(
      '来电人系阳西县某村村民陈某的外孙（21岁），反映外婆（82岁）同舅舅（55岁）一齐住，舅舅视力残疾一级，外婆每月有养老金两百几。',
      '441700',
    );
    expect(household.members?.[0]).toMatchObject({ relation: 'self', age: 82 });
    expect(household.members?.[1]).toMatchObject({ relation: 'child', age: 55, hasDisability: true });
    expect(household.members?.some((m) => m.age === 21)).toBe(false);
  });

  it('reads aunts and uncles from the grandparents side, keeping every length', () => {
    const t = '孙子李某来电：奶奶跟伯伯住，婶婶种地，姨妈在外地。';
    const read = readGrandchildCaller(t);
    expect(read).toHaveLength(t.length);
    expect(read).toContain('老人跟其子住，儿媳种地，其女在外地');
    const none = '来电人系村民李某的邻居，反映老人跟叔叔住。';
    expect(readGrandchildCaller(none)).toBe(none);
  });
});

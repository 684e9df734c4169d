// Homes counted as people say them and the first question over-answered (issue 21, round 4): "城里还有
// 一套" is one more besides the home; houses named in two clauses add up; "屋就冇", "车没有" at a
// clause's end are a no (but "住房没有受影响" is not); "住在两间旧房里" is one home of two rooms; "租人嘅"
// is renting. The region question answered with the household ("我一个人住，七十八岁") or "农村嘅"
// keeps those too. Our own examples, not the blind sets'.
import { describe, expect, it } from 'vitest';
import { read, value } from '../support/understanding.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();

describe('houses', () => {
  it('one more besides the home', () => {
    expect(value(read('县城还有一套房子，给儿子买的', 'property'), 'property.houses')).toBe(2);
    expect(value(read('村里一处院子，城里还在还贷一套', 'property'), 'property.houses')).toBe(2);
  });
  it('a no after the thing named', () => {
    expect(value(read('车没有，屋就冇', 'property', '441700'), 'property.houses')).toBe(0);
    expect(value(read('车没有', 'property'), 'property.vehicles')).toBe(0);
  });
  it('a house not harmed is still a house', () => {
    expect(value(read('房子着火了，住房没有受影响，烧了柴房', 'hardship'), 'property.houses')).not.toBe(0);
  });
  it('the rooms of the home lived in', () => {
    expect(value(read('一个人住在两间土房里', 'summary'), 'property.houses')).toBe(1);
  });
  it('renting, in Cantonese', () => {
    expect(value(read('冇屋，租人嘅', 'property', '441700'), 'property.houses')).toBe(0);
  });
});

describe('the region question, over-answered', () => {
  it('with the household', () => {
    const u = read('夏县，俺一个人过，七十四岁', 'region');
    expect(value(u, 'region')).toBe('140828');
    expect(value(u, 'size')).toBe(1);
    expect(value(u, 'members[0].age')).toBe(74);
  });
  it('with "rural", said back as a guess', () => {
    const u = read('阳春，乡下人', 'region', '441700');
    expect(value(u, 'hukou')).toBe('rural');
    expect(u.facts.find((f) => f.path === 'hukou')?.hedged).toBe(true);
  });
  it('a place alone names no household', () => {
    const u = read('盐湖区城里', 'region');
    expect(u.facts.map((f) => f.path)).toEqual(['region']);
  });
});

describe('a why with an answer', () => {
  it('is taken as the answer, never asked again and again', async () => {
    const { step } = await import('../../bot/engine.ts');
    const { stateFor } = await import('../eval/answers-eval.ts');
    const state = stateFor({ id: 't', city: '140800', kind: 'deposits', say: '', facts: {} });
    for (const say of ['问这个干啥 早花完了', '为啥问这个？没有']) {
      const res = step(state, { channel: 'test', userId: 't', text: say }, { parameters, today: '2026-12-05' });
      expect(res.state?.household.property?.deposits).toBe(0);
    }
    const why = step(state, { channel: 'test', userId: 't', text: '为啥问这个' }, { parameters, today: '2026-12-05' });
    expect(why.state?.household.property?.deposits).toBeUndefined();
  });
});

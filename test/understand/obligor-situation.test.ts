// The situation of relatives who live elsewhere (issue 21, round 3): two relatives of the same kind
// (two sons) are two people, so "两个都系后生仔" is said of both, and "大的身体好 小的是重残" goes to the
// older and the younger by the ages already known. Our own examples, not items of the blind sets.
import { describe, expect, it } from 'vitest';
import { understand } from '../../bot/understand/extract.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const read = (text: string, list: { relation: 'child'; age?: number }[], region = '140800') =>
  understand(text, {
    slot: 'obligors.situation',
    household: { obligors: { exist: true, list } },
    today: '2026-12-05',
    region,
    parameters,
  });
const value = (u: ReturnType<typeof read>, path: string) => u.facts.find((f) => f.path === path)?.value;

describe('two sons elsewhere', () => {
  it('"两个都身体好" is said of both', () => {
    const u = read('两个仔都后生，身体冇问题', [{ relation: 'child' }, { relation: 'child' }], '441700');
    expect(value(u, 'obligors.list[0].ableBodiedAdult')).toBe(true);
    expect(value(u, 'obligors.list[1].ableBodiedAdult')).toBe(true);
  });

  it('the older and the younger by the ages known, whatever order they were named in', () => {
    const u = read('小的是重残 大的身体好好的', [
      { relation: 'child', age: 40 },
      { relation: 'child', age: 46 },
    ]);
    expect(value(u, 'obligors.list[1].ableBodiedAdult')).toBe(true);
    expect(value(u, 'obligors.list[0].severeDisability')).toBe(true);
    // (Severely disabled is not able-bodied, household model: ableBodiedAdult means not disabled.)
    expect(value(u, 'obligors.list[0].ableBodiedAdult')).toBe(false);
  });
});

// Issue 21, round 7 (und7a): how relatives elsewhere are, our own sentences. Young and well
// ("年轻，身体也好", "后生，身体又好", "身子骨硬朗") is able to work; asked how they are, 60 or older
// is not (特困人员认定办法 第七条), nor a severe disability with no income; a status they hold
// (低保户) is said instead.
import { describe, expect, it } from 'vitest';
import { read, value } from '../support/understanding.ts';

const one = { obligors: { exist: true, list: [{ relation: 'child' as const }] } };

describe('young and well', () => {
  it('晋南: 身子骨硬朗', () => {
    const u = read('才三十八，身子骨硬朗着哩，就是不来看俺', 'obligors.situation', '140800', one);
    expect(value(u, 'obligors.list[0].ableBodiedAdult')).toBe(true);
  });

  it('粤: 后生，身体又好', () => {
    const u = read('佢好后生，身体又好，就系唔畀钱', 'obligors.situation', '441700', one);
    expect(value(u, 'obligors.list[0].ableBodiedAdult')).toBe(true);
  });
});

describe('not able to work', () => {
  it('60 or older', () => {
    const u = read('他都六十八了，种点地', 'obligors.situation', '140800', one);
    expect(value(u, 'obligors.list[0].ableBodiedAdult')).toBe(false);
  });

  it('a severe disability and no income', () => {
    const u = read('佢肢体一级，冇收入', 'obligors.situation', '441700', one);
    expect(value(u, 'obligors.list[0].ableBodiedAdult')).toBe(false);
  });

  it('a status they hold is what is recorded, not a guess from the age', () => {
    const u = read('他也是低保户，六十五了', 'obligors.situation', '140800', one);
    expect(value(u, 'obligors.list[0].status')).toBe('dibao');
    expect(value(u, 'obligors.list[0].ableBodiedAdult')).toBeUndefined();
  });
});

// Issue 21, round 7 (und7a): asked how many work, our own words. A rhetorical "谁还上班" is nobody;
// "以前有，…厂子倒了" is a yes about the past that the works closing undoes; 七老八十 is old age, not
// an amount; someone named as working still counts.
import { describe, expect, it } from 'vitest';
import { step } from '../../bot/engine.ts';
import { newState } from '../../bot/state.ts';
import { defaultParameters } from '../../screening/index.ts';

const run = (text: string) => {
  const state = {
    ...newState(),
    mode: 'screening' as const,
    region: '140800',
    household: {
      members: [
        { relation: 'self' as const, age: 58 },
        { relation: 'spouse' as const, age: 60 },
      ],
    },
    pending: 'employed',
  };
  return step(
    state as never,
    { channel: 'test', userId: 't', text },
    { parameters: defaultParameters(), today: '2026-12-05' },
  ).state?.household;
};

const working = (text: string) => run(text)?.members?.filter((m) => m.employed === true).length;

describe('nobody works now', () => {
  it('"都七老八十了谁还上班" is none, and no wage', () => {
    const h = run('俺俩都七老八十了谁还上班');
    expect(h?.members?.every((m) => m.employed === false)).toBe(true);
    expect(h?.income?.wages).toBeUndefined();
  });

  it('"以前有，厂子黄了" is none now', () => {
    expect(working('以前有，去年厂子黄了')).toBe(0);
  });

  it('someone named as working still counts', () => {
    expect(working('老汉厂子倒了，俺在饭店洗碗')).toBe(1);
  });
});

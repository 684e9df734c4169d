// "来电人由女儿代为打电话": the relative after 由 is who makes the call for them, not whom it is for; the
// call stays about the person the summary began with. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region: string) => intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('a relative who phones for the family', () => {
  it('由女儿代为 keeps the call about the man named first', () => {
    const h = run(
      '居民吕某（男，52岁），城镇户口，肢体残疾二级，妻子50岁在家。女儿16岁上高一。由女儿代为打电话咨询低保。',
      '140802',
    );
    expect(h.members?.[0]).toMatchObject({ relation: 'self', age: 52, hasDisability: true });
    expect(h.members?.find((p) => p.age === 16)).toMatchObject({ relation: 'child' });
  });

  it('由其子代为, as 阳江 people type it', () => {
    const h = run(
      '阳东区村民冯某（女，70岁），农村户口，独居，每月养老金二百。由其子代为来电，问可唔可以申请低保。',
      '441704',
    );
    expect(h.members?.[0]).toMatchObject({ relation: 'self', age: 70 });
  });
});

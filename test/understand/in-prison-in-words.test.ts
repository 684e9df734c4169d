// Issue 21, round 10 (und10a): a relative in prison, as people say it. Our own sentences, both cities'
// ways of writing: "还得判几年", a crime then 进去了 ("打架进去了"), 粤 "犯咗事入咗去". 进去了 alone is not
// prison ("看病把钱都搭进去了").
import { describe, expect, it } from 'vitest';
import { read, value } from '../support/understanding.ts';

describe('in prison, in words', () => {
  it('晋南: a crime, then 进去了', () => {
    const u = read('有个小子 偷东西犯法进去了', 'obligors');
    expect(value(u, 'obligors.list[0].relation')).toBe('child');
    expect(value(u, 'obligors.list[0].imprisoned')).toBe(true);
  });

  it('晋南: 判了几年', () => {
    const u = read('闺女女婿都在外头，闺女前年判了几年', 'obligors');
    expect(value(u, 'obligors.list[0].imprisoned')).toBe(true);
  });

  it('粤: 犯咗事入咗去', () => {
    const u = read('有个仔，旧年犯咗事入咗去', 'obligors', '441700');
    expect(value(u, 'obligors.list[0].imprisoned')).toBe(true);
  });

  it('money gone into something is not prison', () => {
    const u = read('儿子在外头打工，俺看病把钱都搭进去了', 'obligors');
    expect(u.facts.some((f) => f.path.endsWith('imprisoned'))).toBe(false);
  });
});

// The family's money gone on an emergency (issue 22, round 6): "屋企啲钱都使晒", "家里的钱花光了",
// "积蓄都用晒" in a summary say basic living is severely hit (临时救助: 基本生活陷入困境), as "身上
// 冇钱" already did, and the savings are 0; the hospital deposit raised by relatives says the same.
// Money said not to be gone says nothing of the kind. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe("the family's money gone", () => {
  it('屋企啲钱都使晒 and 家里的钱花光了: severe, no savings', () => {
    const yj = run('来电人（女，50岁）称老公12月1日中风入院，而家喺ICU，屋企啲钱都使晒。', '441700');
    expect(yj.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
    expect(yj.property?.deposits).toBe(0);
    const yc = run('来电人（男，58岁）称老伴11月查出肺癌，住院花了五万，家里的钱花光了。');
    expect(yc.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });

  it('the deposit raised by relatives', () => {
    const h = run('来电人（男，45岁）称其兄12月2日突发脑出血，而家喺ICU，按金都系亲戚凑嘅。', '441700');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });

  it('money not gone says nothing of it', () => {
    const h = run('来电人（女，60岁）称老伴11月摔伤住院，花了一万，家里的钱没有花光，还能维持。');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).not.toBe(true);
  });
});

// Round 12 of call summaries: a deposit the hospital demands before treatment (先交两万押金, 粤 要先俾
// 一万按金) is neither income nor money spent yet; read before as a month's income of whatever kind the
// summary named last. Our own texts, in both cities' ways of writing.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('a deposit demanded', () => {
  it('晋南: 在苹果园打药时晕倒，医院让先交三万押金', () => {
    const h = run(
      '来电人（男，36岁），母亲（61岁）今天在苹果园打药时晕倒，送县医院，医院让先交三万押金，家里拿不出来。',
      '140821',
    );
    expect(h.income?.business).toBeUndefined();
    expect(h.hardship?.expenses ?? []).toHaveLength(0);
  });

  it('粤: 老豆中风入院，医院话要先俾一万按金', () => {
    const h = run('来电人（男，38岁），喺工厂返工每月四千。老豆（66岁）琴日中风入院，医院话要先俾一万按金。', '441704');
    expect(h.income?.wages).toBe(48000);
    expect(h.hardship?.expenses ?? []).toHaveLength(0);
  });
});

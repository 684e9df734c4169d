// Herding one's own sheep is farm income and herding for others is paid work; and a summary that opens on an
// old couple by two spouse words ("老汉七十五、老伴七十二") is about the first of them. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('herding, and a couple opening a summary', () => {
  it('晋南: 家里靠老汉放羊一年收入八千左右: farm income', () => {
    const h = run('绛县某村村民（女，63岁）来电，家里靠老汉放羊一年收入八千左右。');
    expect(h.income?.business).toBe(8000);
  });

  it('晋南: 给村里放羊，一年挣三千: wages', () => {
    const h = run('来电人反映其舅舅（66岁）单身，平时给村里放羊，一年挣三千。');
    expect(h.income?.wages).toBe(3000);
    expect(h.income?.business).toBeUndefined();
  });

  it('晋南: 老汉75岁、老伴72岁 opening the summary: the first is the applicant', () => {
    const h = run('夏县水头镇。老汉75岁、老伴72岁，两人每月养老金各一百六。');
    expect(h.members?.[0]?.relation).toBe('self');
    expect(h.members?.[0]?.age).toBe(75);
    expect(h.members?.[1]?.relation).toBe('spouse');
    expect(h.members?.[1]?.age).toBe(72);
  });

  it('俺老汉 said by the caller is still her husband', () => {
    const h = run('来电人（女，70岁）称俺老汉75岁，卧床三年。');
    expect(h.members?.[0]?.age).toBe(70);
    expect(h.members?.[1]?.relation).toBe('spouse');
    expect(h.members?.[1]?.age).toBe(75);
  });
});

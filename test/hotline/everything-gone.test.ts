// Everything the family had said to be gone after an emergency (粤 "所有嘢都冇晒", 晋南 "所有东西都没了",
// "家当全没了"): basic living severely hit, as 乜都冇晒 already was. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('everything gone', () => {
  it('粤: 屋企所有嘢都冇晒 after a flood: severe', () => {
    const h = run('来电人（男，47岁），12月2日夜晚河水浸入屋，屋企所有嘢都冇晒。', '441781');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });

  it('晋南: 家当全没了 after a crash: severe', () => {
    const h = run('来电人（女，63岁）称老伴12月3日开三轮拉苹果翻到沟里，人住院了，一车苹果和三轮都毁了，家当全没了。');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });

  it("a fire with nothing said of the family's means: not read as severe", () => {
    const h = run('来电人（女，63岁）称12月3日夜里院里柴房着了，烧了些柴火，房子没事，一家人照常过日子。');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).not.toBe(true);
  });
});

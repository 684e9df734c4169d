// Issue 21: the situation's phrase lists (content/lexicon/phrases-situation.ts) that replaced word
// alternations in the reader's regexes (dates, cues, clause reading, commands, the request's replies):
// the matchers for two lists in a row as the regexes read them, and a
// handful of sentences that depend on a list still read as before.
import { describe, expect, it } from 'vitest';
import { exactCommand } from '../../bot/commands.ts';
import { shortName } from '../../bot/cities.ts';
import { intake } from '../../bot/hotline/intake.ts';
import { parseWhen } from '../../bot/understand/dates.ts';
import {
  endingPhrase,
  endsWithPhrases,
  hasPhrases,
  isPhrase,
  startsWithPhrases,
} from '../../bot/understand/phrases.ts';
import { defaultParameters } from '../../screening/index.ts';
import { read, value } from '../support/understanding.ts';

const today = '2026-12-05';

describe('two lists in a row', () => {
  it('at the end: asking how to get a certificate, not having one', () => {
    expect(endsWithPhrases('残疾人怎么办', 'howOrWantTo', 'applyFor')).toBe(true);
    expect(endsWithPhrases('我想办理', 'howOrWantTo', 'applyFor')).toBe(true);
    expect(endsWithPhrases('已经办', 'howOrWantTo', 'applyFor')).toBe(false);
  });

  it('at the start: asked how to raise, not raising alone', () => {
    expect(startsWithPhrases('点样养两', 'howOrMust', 'raiseChild')).toBe(true);
    expect(startsWithPhrases('住在村', 'howOrMust', 'raiseChild')).toBe(false);
  });

  it('anywhere, trying every place the first phrase occurs', () => {
    expect(hasPhrases('停了又说取消了', 'stopped', 'doneMark')).toBe(true);
    expect(hasPhrases('取消低保的事', 'stopped', 'doneMark')).toBe(false);
    expect(hasPhrases('一直跟着她家过', 'livingAlongWith', 'callerSide')).toBe(true);
  });

  it('the longest ending is the one a short name leaves off', () => {
    expect(endingPhrase('甲乙自治县', 'countyLevelEnding')).toBe('自治县');
    expect(shortName('甲乙自治县')).toBe('甲乙');
    expect(shortName('甲乙街道')).toBe('甲乙');
    expect(shortName('甲县')).toBe('甲县');
  });
});

describe('dates read from the lists', () => {
  it('yesterday, a few days ago, last week, in 粤 too', () => {
    expect(parseWhen('琴日', today)).toBe('2026-12-04');
    expect(parseWhen('呢几日', today)).toBe('2026-12-02');
    expect(parseWhen('上个礼拜', today)).toBe('2026-11-28');
    expect(parseWhen('半年前', today)).toBe('2026-06-01');
  });

  it('the part of a month, but not 中风 after a month', () => {
    expect(parseWhen('九月底', today)).toBe('2026-09-25');
    expect(parseWhen('十月份中旬', today)).toBe('2026-10-15');
    expect(parseWhen('十月中风了', today)).toBe('2026-10-01');
    expect(parseWhen('旧年三月', today)).toBe('2025-03-01');
  });
});

describe('whole messages', () => {
  it('a command only as the whole message', () => {
    expect(exactCommand('返回')).toBe('back');
    expect(exactCommand('/apply')).toBe('refer');
    expect(exactCommand('？')).toBe('help');
    expect(exactCommand('返回吧')).toBeUndefined();
  });

  it('a confirmation only as the whole reply', () => {
    expect(isPhrase('系啊', 'confirmYes')).toBe(true);
    expect(isPhrase('讲错咗', 'confirmNo')).toBe(true);
    expect(isPhrase('是的吧', 'confirmYes')).toBe(false);
  });
});

describe('sentences that depend on a list', () => {
  it('raising children alone is not living alone (raisingAlong)', () => {
    expect(value(read('我一个人住，七十多了', 'opening'), 'size')).toBe(1);
    expect(value(read('我一个人带两个娃，平时打零工', 'opening'), 'size')).toBeUndefined();
  });

  it('a restated figure in a summary replaces the first (restated, earned)', () => {
    const income = intake(
      { region: '140800', text: '来电人钱某，男，52岁，独居，当保安每月2000元，后又称每月收入约2300元。' },
      { today, parameters: defaultParameters() },
    ).household.income;
    expect(income?.wages).toBe(27600);
  });
});

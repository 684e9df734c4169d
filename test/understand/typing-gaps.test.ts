// Spaces a slow typist puts inside a phrase or a number are not commas ("老 伴", "六十 五", "2 千 3");
// the spaces that are ("我 七十五 老伴 七十二", "1 3" as two choices, "仔 女" as two people) stay.
// Our own sentences, not the blind sets'.
import { describe, expect, it } from 'vitest';
import { closeTypingGaps } from '../../bot/understand/typing-gaps.ts';
import { tokenize } from '../../bot/understand/tokens.ts';
import { chat } from '../support/chat.ts';
import { read, value } from '../support/understanding.ts';

describe('spaces typed inside a phrase or a number', () => {
  it('closes a run of single characters, a split number and a count before what it counts', () => {
    expect(closeTypingGaps('稷 山')).toBe('稷山');
    expect(closeTypingGaps('我 和 老 伴 都 六 十 几')).toBe('我和老伴都六十几');
    expect(closeTypingGaps('每月 3 千 2')).toBe('每月 3千2');
    expect(closeTypingGaps('七十 五 岁')).toBe('七十五岁');
    expect(closeTypingGaps('三千 五百')).toBe('三千五百');
    expect(closeTypingGaps('就 一套 旧楼')).toBe('就一套旧楼');
  });

  it('keeps the spaces that separate', () => {
    expect(closeTypingGaps('我 七十五 老伴 七十二')).toBe('我 七十五 老伴 七十二');
    expect(closeTypingGaps('1 3')).toBe('1 3');
    expect(closeTypingGaps('六十 六十')).toBe('六十 六十');
    expect(closeTypingGaps('三万 两万')).toBe('三万 两万');
    expect(closeTypingGaps('我六十 一个孙子八岁')).toBe('我六十 一个孙子八岁');
    expect(closeTypingGaps('儿 儿')).toBe('儿 儿');
    expect(closeTypingGaps('有\n没')).toBe('有\n没');
    expect(closeTypingGaps('两个 我跟老婆都在厂里')).toBe('两个 我跟老婆都在厂里');
  });

  it('keeps people named one by one apart, but not 俺 from whom it owns', () => {
    const words = (t: string) =>
      tokenize(t, 'yue')
        .tokens.filter((x) => x.kind === 'word')
        .map((x) => x.text);
    expect(words('老公 仔 女')).toEqual(['老公', '仔', '女']);
    expect(words('有 我 妈')).toContain('我妈');
  });

  it('reads what a slow typist means, across question kinds', () => {
    expect(value(read('稷 山', 'region'), 'region')).toBe('140824');
    const two = read('我 和 老 伴 俩 都 六 十 几', 'members');
    expect(value(two, 'size')).toBe(2);
    expect(value(two, 'members[1].relation')).toBe('spouse');
    expect(value(two, 'members[1].age')).toBeGreaterThanOrEqual(60);
    const ages = read('两个 我 七十 二 老伴 六十 九', 'members');
    expect(value(ages, 'members[0].age')).toBe(72);
    expect(value(ages, 'members[1].age')).toBe(69);
    expect(value(read('养老金 每月 2 千 3', 'income.amount', '140800', {}, 'pensions'), 'income.pensions')).toBe(
      27_600,
    );
    expect(value(read('有 三 万 存 在 银 行', 'deposits'), 'property.deposits')).toBe(30_000);
    expect(value(read('没 有 车 房 子 一 间 旧 房', 'property'), 'property.houses')).toBe(1);
  });

  it('says back what it read', async () => {
    const say = chat();
    await say('', true);
    await say('1');
    expect(await say('我 和 老 伴 俩 都 七 十 三')).toContain('老伴73岁');
  });
});

describe('a count of the people just named', () => {
  it('is not an age or another person', () => {
    const u = read('我跟老伴俩都六十多', 'members');
    expect(value(u, 'size')).toBe(2);
    expect(value(u, 'members[0].age')).toBeGreaterThanOrEqual(60);
    expect(value(u, 'members[1].age')).toBeGreaterThanOrEqual(60);
    const v = read('我同老婆两个人都五十几', 'members', '441700');
    expect(value(v, 'size')).toBe(2);
    expect(value(v, 'members[1].age')).toBeGreaterThanOrEqual(50);
  });
});

describe('savings and debts in the words of slow typists and 晋南', () => {
  it('reads 定期 as savings and 贷了, 该人家 as debts', () => {
    expect(value(read('有两万定期 留着给孙子上学', 'deposits'), 'property.deposits')).toBe(20_000);
    const owe = read('存款没有 还该人家一万', 'deposits');
    expect(value(owe, 'property.deposits')).not.toBe(10_000);
    expect(value(owe, 'debt')).toBe(10_000);
    const loan = read('没有存款 在银行贷了五万', 'deposits');
    expect(value(loan, 'property.deposits')).toBe(0);
    expect(value(loan, 'debt')).toBe(50_000);
  });
});

describe('the household size typed bare before the people', () => {
  it('is the size when that many are named or that many ages follow', () => {
    const named = read('4 我45 老公47 个女19 个仔15', 'members', '441700');
    expect(value(named, 'size')).toBe(4);
    expect(value(named, 'members[0].age')).toBe(45);
    expect(value(named, 'members[3].age')).toBe(15);
    expect(value(read('3 老伴66 孙子10', 'members'), 'size')).toBe(3);
    const ages = read('2 71 69', 'members');
    expect(value(ages, 'size')).toBe(2);
    expect(value(ages, 'members[0].age')).toBe(71);
  });
});

describe('a price per 亩 and the 亩 counted after it', () => {
  it('is the year’s money, as when the 亩 come first', () => {
    expect(
      value(read('地包出去了 一亩一年七百 五亩', 'income.amount', '140800', {}, 'property'), 'income.property'),
    ).toBe(3500);
    expect(value(read('一亩一年七百', 'income.amount', '140800', {}, 'property'), 'income.property')).toBeUndefined();
  });
});

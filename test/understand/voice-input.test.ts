// WeChat voice input (语音转文字, issue 21 round 5): misheard forms of the words that matter are read
// (老半/我老板 for 老伴 and 脑埂 for 脑梗 as lexicon data; 低包 for 低保, 惨疾 for 残疾, 爱症 for 癌症 by
// their sound, bot/understand/sound-words.ts), the
// fillers said while thinking (那个, 哎呀) are dropped, and digits with 千/万 and 块钱 read as said.
// Our own sentences, not the blind sets'.
import { describe, expect, it } from 'vitest';
import { understand } from '../../bot/understand/extract.ts';
import { defaultParameters, type Household } from '../../screening/index.ts';

const parameters = defaultParameters();
type Slot = Parameters<typeof understand>[1]['slot'];
const me: Household = { members: [{ relation: 'self', age: 66 }] };
const read = (text: string, slot: Slot, household: Household = {}, incomeKey?: 'business' | 'wages') =>
  understand(text, {
    slot,
    household,
    today: '2026-12-05',
    region: '140800',
    parameters,
    ...(incomeKey ? { incomeKey } : {}),
  });
const value = (u: ReturnType<typeof read>, path: string) => u.facts.find((f) => f.path === path)?.value;

describe('voice input', () => {
  it('老伴 misheard as 老半 or 我老板 is the spouse', () => {
    for (const say of ['我六十八我老半六十五', '俺老板六十五 俺六十八', '嗯就我跟我老板两个 我六十八他六十五']) {
      const u = read(say, 'members');
      expect(value(u, 'members[1].relation'), say).toBe('spouse');
      expect(value(u, 'members[1].age'), say).toBe(65);
    }
  });

  it('老板 alone is still a boss: working for one adds no spouse', () => {
    const u = read('给老板看仓库，一个月两千', 'employed', me);
    expect(u.facts.some((f) => f.path.endsWith('.relation') && f.value === 'spouse')).toBe(false);
  });

  it('misheard 低保, 残疾, 癌症, 脑梗', () => {
    expect(value(read('俺吃低包哩，一个月三百', 'opening'), 'currentBenefits.dibao')).toBe(true);
    const d = read('有 俺老半腿是惨疾 有证', 'disability', { members: [{ relation: 'self' }, { relation: 'spouse' }] });
    expect(value(d, 'members[1].hasDisability')).toBe(true);
    expect(value(read('我自己 去年查出来爱症', 'illness', me), 'members[0].illnessName')).toBe('癌症');
    expect(value(read('我自己 前年脑埂了', 'illness', me), 'members[0].seriousIllness')).toBe(true);
  });

  it('fillers do not stand between a sale and its amount', () => {
    const u = read('今年卖了那个1万5千块钱', 'income.amount', me, 'business');
    expect(value(u, 'income.business')).toBe(15000);
  });
});

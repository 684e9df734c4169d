// Short answers in residents' words, and resuming a dialogue within 30 days.
import { describe, expect, it } from 'vitest';
import { parseAges, parseAnnualAmount, parseAmount, parseChoices, parseYesNo } from '../../bot/answers/parse.ts';
import { parseWhen } from '../../bot/understand/dates.ts';
import { handleMessage } from '../../bot/engine.ts';
import { MemorySessionStore } from '../../bot/memory-store.ts';
import { defaultParameters } from '../../screening/index.ts';
import { replyText } from '../support/transcripts.ts';

describe('answers in residents words', () => {
  it('ages', () => {
    expect(parseAges('七十八')).toEqual([78]);
    expect(parseAges('78岁')).toEqual([78]);
    expect(parseAges('七十多')).toEqual([70]);
    expect(parseAges('就我一个，78岁')).toEqual([78]);
    expect(parseAges('７８，７５')).toEqual([78, 75]);
    expect(parseAges('<script>1</script>')).toBeUndefined();
    expect(parseAges('不知道')).toBeUndefined();
  });
  it('money with and without a period', () => {
    expect(parseAnnualAmount('一千五', 'month')).toBe(18000);
    expect(parseAnnualAmount('两万一年', 'month')).toBe(20000);
    expect(parseAnnualAmount('每月800', 'year')).toBe(9600);
    expect(parseAnnualAmount('没有', 'month')).toBe(0);
    expect(parseAmount('3万')).toBe(30000);
    expect(parseAmount('十几万')).toBe(150000);
  });
  it('yes/no and several choices', () => {
    expect(parseYesNo('没有了')).toBe(false);
    expect(parseYesNo('有')).toBe(true);
    const cs = [{ id: '1', label: '汽车' }, { id: '2', label: '住房' }, { id: '3', label: '公司' }];
    expect(parseChoices('1 3', cs)?.map((c) => c.id)).toEqual(['1', '3']);
    expect(parseChoices('1、2', cs)?.map((c) => c.id)).toEqual(['1', '2']);
    expect(parseChoices('13', cs)?.map((c) => c.id)).toEqual(['1', '3']);
  });
  it('when things happened', () => {
    expect(parseWhen('三天前', '2026-11-24')).toBe('2026-11-21');
    expect(parseWhen('上个月', '2026-11-24')).toBe('2026-10-01');
    expect(parseWhen('10月5日', '2026-11-24')).toBe('2026-10-05');
    expect(parseWhen('12月1号', '2026-11-24')).toBe('2025-12-01');
  });
});

describe('resuming', () => {
  it('resumes within 30 days and starts afresh after', async () => {
    const store = new MemorySessionStore();
    let now = new Date('2026-11-01T04:00:00Z');
    const clock = { now: () => now, today: () => now.toISOString().slice(0, 10) };
    const say = async (text: string, start = false) =>
      replyText(await handleMessage({ channel: 'test', userId: 'u', text, ...(start ? { kind: 'start' as const } : {}) }, { store, clock, parameters: defaultParameters() }));
    await say('', true);
    await say('1');
    await say('78');
    now = new Date('2026-11-25T04:00:00Z');
    expect(await say('', true)).toContain('欢迎回来');
    now = new Date('2027-01-10T04:00:00Z');
    expect(await say('你好')).toContain('你家住在哪个市');
  });
});

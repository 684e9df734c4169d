// Short answers in residents' words, and resuming a dialogue within 30 days.
import { describe, expect, it } from 'vitest';
import { parseChoice, parseChoices } from '../../bot/understand/choices.ts';
import { parseWhen } from '../../bot/understand/dates.ts';
import { handleMessage } from '../../bot/engine.ts';
import { MemorySessionStore } from '../../bot/memory-store.ts';
import { defaultParameters } from '../../screening/index.ts';
import { replyText } from '../support/transcripts.ts';

describe('choices and dates in residents words', () => {
  it('a numbered choice by number, numeral or the words of its label', () => {
    const cs = [
      { id: '1', label: '农村户口' },
      { id: '2', label: '城镇户口' },
      { id: '3', label: '不清楚' },
    ];
    expect(parseChoice('2', cs)?.id).toBe('2');
    expect(parseChoice('二', cs)?.id).toBe('2');
    expect(parseChoice('２', cs)?.id).toBe('2');
    // The formal numerals a certificate is written in (残疾证上写的是贰级).
    expect(parseChoice('贰', cs)?.id).toBe('2');
    expect(parseChoice('壹', cs)?.id).toBe('1');
    expect(parseChoice('城镇户口。', cs)?.id).toBe('2');
    expect(parseChoice('4', cs)).toBeUndefined();
    expect(parseChoice('户口', cs)).toBeUndefined();
  });
  it('several choices', () => {
    const cs = [
      { id: '1', label: '汽车' },
      { id: '2', label: '住房' },
      { id: '3', label: '公司' },
    ];
    expect(parseChoices('1 3', cs)?.map((c) => c.id)).toEqual(['1', '3']);
    expect(parseChoices('1、2', cs)?.map((c) => c.id)).toEqual(['1', '2']);
    expect(parseChoices('13', cs)?.map((c) => c.id)).toEqual(['1', '3']);
    expect(parseChoices('汽车和公司', cs)?.map((c) => c.id)).toEqual(['1', '3']);
    expect(parseChoices('1 9', cs)).toBeUndefined();
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
      replyText(
        await handleMessage(
          { channel: 'test', userId: 'u', text, ...(start ? { kind: 'start' as const } : {}) },
          { store, clock, parameters: defaultParameters() },
        ),
      );
    await say('', true);
    await say('1');
    await say('78');
    now = new Date('2026-11-25T04:00:00Z');
    expect(await say('', true)).toContain('欢迎回来');
    now = new Date('2027-01-10T04:00:00Z');
    expect(await say('你好')).toContain('你家住在哪个市');
  });
});

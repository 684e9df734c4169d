// Issue 21, round 7 (und7a): when something happened, said roughly, our own words. The part of a
// month (初, 中旬, 底/尾) is a day inside it; "两个多月前", "半年前"; traditional 禮拜; an emergency picked
// from the list with when it happened in the same answer keeps that date; asked when, an answer that
// also says what happened (俾车撞咗) names the kind the list left as "other", said back.
import { describe, expect, it } from 'vitest';
import { step } from '../../bot/engine.ts';
import type { OutboundMessage } from '../../bot/ports.ts';
import { newState } from '../../bot/state.ts';
import { parseWhen } from '../../bot/understand/dates.ts';
import { defaultParameters } from '../../screening/index.ts';
import { replyText } from '../support/transcripts.ts';

const today = '2026-12-05';

describe('the part of a month', () => {
  it('初, 中旬, 底 and 尾 are days inside the month', () => {
    expect(parseWhen('八月初', today)).toBe('2026-08-05');
    expect(parseWhen('八月中旬', today)).toBe('2026-08-15');
    expect(parseWhen('八月底', today)).toBe('2026-08-25');
    expect(parseWhen('上个月尾', today)).toBe('2026-11-25');
    expect(parseWhen('上上个月中旬', today)).toBe('2026-10-15');
  });

  it('a part of this month not yet come is its first day; 中风 is not 中', () => {
    expect(parseWhen('这个月底', today)).toBe('2026-12-01');
    expect(parseWhen('九月中风住院', today)).toBe('2026-09-01');
  });

  it('a little more than a count of months or weeks, half a year, 禮拜 typed in traditional', () => {
    expect(parseWhen('三个多月前', today)).toBe('2026-08-22');
    expect(parseWhen('两个多礼拜前', today)).toBe('2026-11-18');
    expect(parseWhen('半年前', today)).toBe('2026-06-01');
    expect(parseWhen('兩個禮拜前', today)).toBe('2026-11-21');
  });
});

const run = (pending: string, text: string, sub?: object) => {
  const state = {
    ...newState(),
    mode: 'screening' as const,
    region: '140800',
    household: {
      members: [{ relation: 'self' as const, age: 66 }],
      ...(sub ? { hardship: { none: false, events: [{ kind: 'other' as const }], expenses: [] } } : {}),
    },
    pending,
    ...(sub ? { sub } : {}),
  };
  const res = step(state as never, { channel: 'test', userId: 't', text }, { parameters: defaultParameters(), today });
  return { household: res.state?.household, reply: replyText(res.out as OutboundMessage[]) };
};

describe('an emergency and when it happened', () => {
  it('picked by number with the time in the same answer', () => {
    const { household } = run('hardship', '2 上个月中旬在地里摔了');
    expect(household?.hardship?.events?.[0]?.date).toBe('2026-11-15');
  });

  it('asked when, the answer also says what happened', () => {
    const sub = { question: 'hardship', step: 'when', data: { asked: [], expense: false } };
    const { household, reply } = run('hardship', '前两天骑电动车叫车撞了', sub);
    expect(household?.hardship?.events?.[0]?.kind).toBe('traffic_accident');
    expect(reply).toContain('车祸');
  });
});

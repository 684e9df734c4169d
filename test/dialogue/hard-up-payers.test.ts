// Issue 21, round 7 (und7a): asked whether the relatives who give money are hard up themselves, our
// own words. Getting by ("日子还过得去") is no; "不知道他们评上没" is not knowing (评上没 asks, it does
// not deny); "旧年评咗低保" is 低保.
import { describe, expect, it } from 'vitest';
import { step } from '../../bot/engine.ts';
import type { OutboundMessage } from '../../bot/ports.ts';
import { newState } from '../../bot/state.ts';
import { defaultParameters } from '../../screening/index.ts';
import { replyText } from '../support/transcripts.ts';

const run = (text: string, region = '140800') => {
  const state = {
    ...newState(),
    mode: 'screening' as const,
    region,
    household: { members: [{ relation: 'self' as const, age: 70 }], income: { support: [{ amount: 1200 }] } },
    pending: 'supportPayer',
  };
  const res = step(
    state as never,
    { channel: 'test', userId: 't', text },
    { parameters: defaultParameters(), today: '2026-12-05' },
  );
  return {
    status: res.state?.household.income?.support?.[0]?.payerStatus,
    reply: replyText(res.out as OutboundMessage[]),
  };
};

describe('whether those who give are hard up', () => {
  it('getting by is no', () => {
    expect(run('他们日子还过得去').status).toBe('none');
  });

  it('not knowing whether they were assessed is unknown, not no', () => {
    const { status, reply } = run('不知道他们评上没');
    expect(status).toBeUndefined();
    expect(reply).toContain('不清楚');
  });

  it('粤: 评咗低保', () => {
    expect(run('个女嗰边都难，旧年评咗低保', '441700').status).toBe('dibao');
  });
});

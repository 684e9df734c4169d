// 返回 restores the household exactly from what each answer changed (bot/household-undo.ts), after many answers
// and on sessions stored before, whose history keeps whole households.
import { describe, expect, it } from 'vitest';
import { step } from '../../bot/engine.ts';
import { undoOf, undone } from '../../bot/household-undo.ts';
import type { DialogueState } from '../../bot/state.ts';
import { defaultParameters, type Household } from '../../screening/index.ts';
import { replyText } from '../support/transcripts.ts';

const deps = { parameters: defaultParameters(), today: '2026-12-05' };

/** One message through the engine, the state kept as a store keeps it (JSON). */
function send(state: DialogueState | undefined, text: string, start = false) {
  const r = step(state, { channel: 'test', userId: 'u', text, ...(start ? { kind: 'start' as const } : {}) }, deps);
  return { state: r.state && (JSON.parse(JSON.stringify(r.state)) as DialogueState), text: replyText(r.out) };
}

function play(says: string[]): { state: DialogueState; households: Map<number, string> } {
  let state: DialogueState | undefined;
  const households = new Map<number, string>();
  for (const [i, say] of says.entries()) {
    state = send(state, say, i === 0).state!;
    households.set(state.history.length, JSON.stringify(state.household));
  }
  return { state: state!, households };
}

const FAMILY = ['你好', '2', '3口人', '50，48，22', '老伴，儿子', '有', '3', '肢体一级', '没有了', '1', '每月三千一'];

describe('返回 and what each answer changed', () => {
  it('undoes each of many answers, back to the household as it was before it', () => {
    const played = play(FAMILY);
    let { state } = played;
    expect(state.history.length).toBeGreaterThan(8);
    expect(JSON.stringify(state.history)).not.toContain('"household"');
    // Labels are the questions' own, kept once in the code rather than in every entry.
    expect(JSON.stringify(state.history)).not.toContain('"label"');
    const listed = send(state, '我的回答').text;
    for (const line of ['1. 住在哪里：阳江市', '家里的人和年龄：3口人', '家里人和你的关系：', '残疾情况：有', '收入：'])
      expect(listed).toContain(line);
    while (state.history.length > 0) {
      const r = send(state, '返回');
      state = r.state!;
      expect(r.text).toContain('回到上一题');
      expect(JSON.stringify(state.household)).toBe(played.households.get(state.history.length) ?? '{}');
      expect(state.region).toBe(state.history.length > 0 ? '441700' : undefined);
    }
    expect(state.household).toEqual({});
  });

  it('takes back a first message that named the place: no region, no household', () => {
    const first = send(undefined, '我七十八了，住在运城');
    expect(first.state?.region).toBe('140800');
    expect(first.state?.history.at(-1)?.before.region).toBeNull();
    const r = send(first.state, '返回');
    expect(r.state?.region).toBeUndefined();
    expect(r.state?.household).toEqual({});
    expect(r.text).toContain('你家住在哪个市');
  });

  it('opens a session stored with whole households and goes back through it, and through answers after it', () => {
    const old = {
      mode: 'screening',
      household: {
        members: [{ relation: 'self', age: 78, hasDisability: false, seriousIllness: false }],
        income: { wages: 0, property: 0, pensions: 0, support: [] },
      },
      history: [
        { question: 'region', label: '住在哪里', answer: '运城市', before: { household: {} } },
        {
          question: 'members',
          label: '家里的人和年龄',
          answer: '1人：你自己（78岁）',
          before: { household: {}, region: '140800' },
        },
        {
          question: 'disability',
          label: '残疾情况',
          answer: '没有残疾证',
          before: { household: { members: [{ relation: 'self', age: 78 }] }, region: '140800' },
        },
        {
          question: 'illness',
          label: '重病情况',
          answer: '没有',
          before: { household: { members: [{ relation: 'self', age: 78, hasDisability: false }] }, region: '140800' },
        },
        {
          question: 'income',
          label: '收入',
          answer: '种地、养殖或做生意的收入',
          before: {
            household: { members: [{ relation: 'self', age: 78, hasDisability: false, seriousIllness: false }] },
            region: '140800',
          },
        },
      ],
      misunderstood: 0,
      pending: 'income',
      region: '140800',
      sub: { question: 'income', step: 'amount', data: { key: 'business', rest: [] } },
    } as DialogueState;
    const answered = send(old, '一年一千二');
    expect(answered.text).toContain('城乡居民养老金');
    let state = answered.state!;
    expect(state.history.at(-1)?.before.undo).toEqual([[['income', 'business']]]);
    const restored = [
      old.household,
      { members: [{ relation: 'self', age: 78, hasDisability: false, seriousIllness: false }] },
      { members: [{ relation: 'self', age: 78, hasDisability: false }] },
      { members: [{ relation: 'self', age: 78 }] },
      {},
      {},
    ];
    for (const household of restored) {
      state = send(state, '返回').state!;
      expect(JSON.stringify(state.household)).toBe(JSON.stringify(household));
    }
    expect(state.history).toEqual([]);
    expect(state.region).toBeUndefined();
  });
});

describe('undoOf and undone', () => {
  const cases: [string, Household, Household][] = [
    ['keys added', {}, { hukou: 'rural', members: [{ relation: 'self', age: 70 }] }],
    [
      'a nested value changed and one added',
      { income: { wages: 0, pensions: 100, support: [] } },
      { income: { wages: 2000, pensions: 100, support: [], business: 0 } },
    ],
    ['a member added', { members: [{ relation: 'self' }] }, { members: [{ relation: 'self' }, { age: 40 }] }],
    ['a key taken away', { hukou: 'urban', size: 2 }, { size: 2 }],
    ['the same keys in another order', { size: 2, hukou: 'urban' }, { hukou: 'urban', size: 2 }],
    ['nothing changed', { size: 1 }, { size: 1 }],
    ['a member taken away', { members: [{ relation: 'self' }, { age: 40 }] }, { members: [{ relation: 'self' }] }],
    ['a key left undefined', { size: 2, hukou: undefined }, { hukou: 'rural', size: 2 }],
  ];
  for (const [name, before, after] of cases)
    it(`gives the household back, in its key order: ${name}`, () => {
      const kept = JSON.stringify(after);
      const undo = JSON.parse(JSON.stringify(undoOf(before, after)));
      expect(JSON.stringify(undone(after, undo))).toBe(JSON.stringify(before));
      expect(JSON.stringify(after)).toBe(kept);
    });

  it('keeps only what changed', () => {
    const member = { relation: 'self' as const, age: 80, hasDisability: false };
    expect(undoOf({ members: [member] }, { members: [{ ...member, seriousIllness: true }] })).toEqual([
      [['members', 0, 'seriousIllness']],
    ]);
    expect(undoOf({ size: 1 }, { size: 1 })).toEqual([]);
  });
});

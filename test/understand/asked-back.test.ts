// A yes asked back as a question ("咋不是", "谁说不是") is a yes, and a disability never certified,
// said with 去 or 过 ("证没去办过", "冇去办证"), is no certificate. Our own sentences, answered to the
// question in the dialogue (the way the evaluation asks them).
import { describe, expect, it } from 'vitest';
import { runAnswer } from '../eval/answers-eval.ts';
import type { AnswerItem } from '../eval/format.ts';

const two = {
  members: [
    { relation: 'self', age: 70 },
    { relation: 'spouse', age: 68 },
  ],
};

function answer(kind: string, city: string, say: string, facts: Record<string, unknown>) {
  const r = runAnswer({ id: 'own', city, kind, say, known: two, facts } as unknown as AnswerItem)!;
  return { understood: r.understood, wrong: r.scored.wrong, missed: r.scored.missed };
}

describe('a yes asked back', () => {
  it('is a yes, not the 不是 inside it', () => {
    expect(answer('expenditureType', '140800', '咋不是 看病一年就花两万', { expenditureType: true })).toMatchObject({
      understood: true,
      wrong: [],
      missed: [],
    });
    expect(
      answer('expenditureType', '140800', '谁说不是呢，药钱比养老金还多', { expenditureType: true }),
    ).toMatchObject({ understood: true, wrong: [], missed: [] });
  });
});

describe('a disability never certified', () => {
  it('is no certificate', () => {
    for (const [city, say] of [
      ['140800', '我腿脚不利索，证没去办过'],
      ['441700', '我只眼睇唔到嘢，冇去办证'],
    ] as const)
      expect(answer('disability', city, say, { 'members[0].hasDisability': false })).toMatchObject({
        understood: true,
        wrong: [],
        missed: [],
      });
  });
});

describe('all of them have a certificate', () => {
  it('is every member when no one is named and any count said is the household', () => {
    expect(
      answer('disability', '140800', '有 俩人都有', {
        'members[0].hasDisability': true,
        'members[1].hasDisability': true,
      }),
    ).toMatchObject({ understood: true, wrong: [], missed: [] });
    // A count that is not the household leaves the question of which ones.
    expect(answer('disability', '140800', '三个都有', {}).wrong).toEqual([]);
  });
});

describe('two costs in one answer about spending', () => {
  it('keeps school and medicine apart, each with its own amount', () => {
    const three = {
      members: [
        { relation: 'self', age: 48 },
        { relation: 'spouse', age: 50 },
        { relation: 'child', age: 15 },
      ],
    };
    const r = runAnswer({
      id: 'own',
      city: '140800',
      kind: 'hardship.expense',
      say: '娃上初中住校 一年三千 俺吃药一年两千',
      known: three,
      facts: {
        'hardship.expenses[0].kind': 'education',
        'hardship.expenses[0].amount': 3000,
        'hardship.expenses[1].kind': 'medical',
        'hardship.expenses[1].amount': 2000,
      },
    } as unknown as AnswerItem)!;
    expect(r.scored.wrong).toEqual([]);
    expect(r.scored.missed).toEqual([]);
  });
});

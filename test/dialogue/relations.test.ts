// Who each other member is: asked only when it can change a verdict, one question for all of
// them, in words or numbers; a count that does not match the members is asked again.
import { describe, expect, it } from 'vitest';
import { relationsQuestion } from '../../bot/flows/screening/questions.ts';
import { newState } from '../../bot/state.ts';
import { defaultParameters } from '../../screening/index.ts';

const ctx = (ages: number[]) => ({
  state: {
    ...newState(),
    household: { members: ages.map((age, i) => ({ age, ...(i === 0 ? { relation: 'self' as const } : {}) })) },
  },
  today: '2026-12-02',
  parameters: defaultParameters(),
});

describe('relations question', () => {
  it('reads words and numbers in order, for one or several members', () => {
    const two = relationsQuestion.parse('老伴，儿子', ctx([70, 68, 40]));
    expect(two.ok && two.household.members?.map((m) => m.relation)).toEqual(['self', 'spouse', 'child']);
    const nums = relationsQuestion.parse('1、7', ctx([70, 68, 40]));
    expect(nums.ok && nums.household.members?.map((m) => m.relation)).toEqual(['self', 'spouse', 'other']);
    const one = relationsQuestion.parse('侄子', ctx([70, 40]));
    expect(one.ok && one.household.members?.[1]?.relation).toBe('other');
    const choice = relationsQuestion.parse('3', ctx([40, 70]));
    expect(choice.ok && choice.household.members?.[1]?.relation).toBe('parent');
  });

  it('asks again when the count does not match or a word is not understood', () => {
    expect(relationsQuestion.parse('老伴', ctx([70, 68, 40])).ok).toBe(false);
    expect(relationsQuestion.parse('不知道', ctx([70, 68])).ok).toBe(false);
  });

  it('shows numbered choices for one member and the list form for several', () => {
    const one = relationsQuestion.prompt(ctx([70, 68]));
    expect(one.type === 'choices' && one.text).toContain('第2位（68岁）是你的什么人');
    const many = relationsQuestion.prompt(ctx([70, 68, 40]));
    expect(many.type === 'choices' && many.text).toContain('第2位（68岁）、第3位（40岁）分别是你的什么人');
  });
});

describe('agent questions', () => {
  it('a missing relation becomes a question the agent can read aloud', async () => {
    const { questionsFor } = await import('../../bot/messages/facts.ts');
    expect(questionsFor(['members[1].relation', 'members[2].relation'])).toEqual([
      '一起生活的其他人分别是您的什么人（老伴、子女、父母、兄弟姐妹，还是侄子、儿媳等其他亲戚）？',
    ]);
  });
});

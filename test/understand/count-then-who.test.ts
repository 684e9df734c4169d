// Asked how many work, a count and then who ("1 我爸", "两个 老伴 儿子") marks the ones named, not
// the writer by default. Our own sentences, answered to the question in the dialogue.
import { describe, expect, it } from 'vitest';
import { runAnswer } from '../eval/answers-eval.ts';
import type { AnswerItem } from '../eval/format.ts';

const three = {
  members: [
    { relation: 'self', age: 30 },
    { relation: 'parent', age: 56 },
    { relation: 'sibling', age: 25 },
  ],
};

function employed(say: string, facts: Record<string, unknown>) {
  const r = runAnswer({
    id: 'own',
    city: '140800',
    kind: 'employed',
    say,
    known: three,
    facts,
  } as unknown as AnswerItem)!;
  return { understood: r.understood, wrong: r.scored.wrong, missed: r.scored.missed };
}

describe('a count of who works, then who', () => {
  it('marks the ones named', () => {
    expect(
      employed('1 我爸', { employedCount: 1, 'members[0].employed': false, 'members[1].employed': true }),
    ).toMatchObject({ understood: true, wrong: [], missed: [] });
    expect(
      employed('2 我爸 我弟', { employedCount: 2, 'members[0].employed': false, 'members[2].employed': true }),
    ).toMatchObject({ understood: true, wrong: [], missed: [] });
  });

  it('still marks the writer when the writer is named or no one is', () => {
    expect(employed('1 我', { employedCount: 1, 'members[0].employed': true })).toMatchObject({
      wrong: [],
      missed: [],
    });
  });
});

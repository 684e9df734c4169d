// What one answer played through the dialogue recorded on a path the test gave no label for: the tests
// written in our own words label nothing, so everything the answer set is in `scored.extra`.
import type { runAnswer } from '../eval/answers-eval.ts';

export const recorded = (r: NonNullable<ReturnType<typeof runAnswer>>, path: string) =>
  r.scored.extra.find((x) => x.path === path)?.got;

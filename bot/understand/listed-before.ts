/**
 * "来电人之子（最大的50岁）等三个子女", "长子、次子等三人": 等 before a count closes a list, so the people
 * named before it in the same sentence are among the count, not that many more. They become parts of
 * the group (as 大孙 is of 两个孙), so what is said of the group (均已在外成家, 每人每月给) is said of them
 * and each is counted once.
 */
import type { Person } from './people.ts';
import type { Reading } from './reading.ts';

/** Makes the people of the group's relation named earlier in its sentence parts of the group. */
export function includeListed(r: Reading, group: Person): void {
  const window = r.text.slice(Math.max(0, group.at - 60), group.at);
  const sentenceStart = group.at - window.length + Math.max(window.lastIndexOf('。'), window.lastIndexOf('；')) + 1;
  for (const q of r.people.list)
    if (
      q !== group &&
      q !== r.people.self &&
      q.rel === group.rel &&
      q.n === 1 &&
      q.partOf === undefined &&
      q.known === undefined &&
      q.at >= sentenceStart &&
      q.at < group.at &&
      (group.filled ?? 0) < group.n
    ) {
      q.partOf = group.key;
      group.filled = (group.filled ?? 0) + 1;
    }
}

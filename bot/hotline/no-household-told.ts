/**
 * A call that tells of no household — a complaint about how a village rates 低保, a question about the rules
 * ("某村村民来电反映…", "村民来电咨询低保咋申请，未说家庭情况") — screens no one: 村民 there says who called,
 * not the 户口 of a household the summary never describes. So when no member, count, income, relative or
 * mishap was read, a hukou read only from such a word is left out (a 户口 said in those words is kept).
 */
import type { Fact } from '../understand/extract.ts';

/** Paths that tell of a household: who is in it, what it lives on, who owes it support, what befell it. */
const TOLD = ['size', 'members[', 'income.', 'obligors.', 'hardship.'];

export function withoutLoneHukou<F extends Pick<Fact, 'path' | 'start' | 'end'>>(facts: F[], text: string): F[] {
  const told = facts.some((f) => TOLD.some((p) => f.path.startsWith(p)));
  if (told) return facts;
  return facts.filter((f) => f.path !== 'hukou' || text.slice(f.start, f.end).includes('户口'));
}

/**
 * Whose "no work" it is when young children were just named as looked after: the one who looks after them.
 */
import type { ClauseReading } from './clause-reading.ts';
import type { Person } from './people.ts';
import type { Reading } from './reading.ts';

/** Below this age a child is not said to work (劳动法 第十五条). */
const WORKING_AGE = 16;

/**
 * "妻子在家带两个娃（8岁、5岁），无工作", 粤 "来电人带两个细路（5岁、3岁），冇返工": in a summary, having no work
 * (or work) said in a clause that names nobody, right after children too young to work were named as looked
 * after, is said of the one who looks after them, not of the children. Returns that carer, else `p`.
 */
export function carerOfYoung(r: Reading, c: ClauseReading, p: Person): Person {
  const care = r.carer;
  if (r.ctx.slot !== 'summary' || !care || c.clausePersons.length > 0) return p;
  if (p !== care.of && p.partOf !== care.of.key) return p;
  const age = r.personFacts.get(p.key)?.age?.v;
  if (age !== undefined && age >= WORKING_AGE) return p;
  return care.by === p ? p : care.by;
}

/**
 * "两人带着外孙（6岁）过", 粤 "两公婆带住个孙仔": a count of people in a summary, right away having someone
 * along (带着, 带, 陪着), counts those who look after them, not the household. Read as its size, it
 * left the grandchild they raise out of the home and listed them as owing support. Only the text right
 * after the count's unit and the next three words of its clause are looked at: linear time.
 */
import type { ClauseReading } from './clause-reading.ts';
import { startsWithPhrase } from './phrases.ts';
import type { Reading } from './reading.ts';
import { isMeaning } from './cues.ts';

/** Whether the count at `i` (its unit at `i + 1`) is followed by 带着 and a person in its clause. */
export function carersCounted(r: Reading, c: ClauseReading, i: number): boolean {
  const unit = c.clause[i + 1];
  if (r.ctx.slot !== 'summary' || !unit) return false;
  const after = r.text.slice(unit.end, unit.end + 2);
  if (!startsWithPhrase(after, 'keptAlong')) return false;
  return c.clause.slice(i + 2, i + 5).some((t) => isMeaning(t, 'person'));
}

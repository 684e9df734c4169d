/**
 * "来电人卫某某（男，31岁）…替父亲卫某（61岁）问。…卫某自己在外地打工，一月挣五千": a work order that writes
 * the caller as a surname with two 某 and the person asked for with one, and later uses the short name
 * in a clause saying that person works away from home. Which one is meant is read from what is said:
 * the one asked for was placed at home, so the one away at work is the caller.
 */
import { isMeaning } from './cues.ts';
import type { Reading } from './reading.ts';
import type { Token } from './tokens.ts';

export function callerBySharedName(r: Reading, clause: readonly Token[], i: number): boolean {
  const tok = clause[i]!;
  if (r.ctx.slot !== 'summary' || !r.people.writer || tok.text !== '某' || r.text[tok.end] === '某') return false;
  const name = r.text.slice(tok.start - 1, tok.end);
  const callerAt = r.text.indexOf(`来电人${name}某`);
  if (callerAt < 0 || callerAt >= tok.start) return false;
  let away = false;
  let work = false;
  for (let k = i + 1; k < clause.length; k++) {
    if (isMeaning(clause[k], 'elsewhere')) away = true;
    if (isMeaning(clause[k], 'work')) work = true;
  }
  return away && work;
}

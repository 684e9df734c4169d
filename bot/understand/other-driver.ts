/**
 * The driver of the other vehicle, opening a sentence after a traffic accident was told ("货车司机已被交警
 * 扣下", "司机挺好", 粤 "司机赔咗两千"): the other party, not a job of anyone in the family (one's own
 * job as a driver is said with the person, "丈夫是货车司机").
 */
import { isMeaning } from './cues.ts';
import { isPhrase } from './phrases.ts';
import type { Reading } from './reading.ts';
import type { Token } from './tokens.ts';

/** Whether the work word at `i` is the other party's driver, opening its sentence after a road accident. */
export function otherPartyDriver(r: Reading, clause: readonly Token[], ci: number, i: number): boolean {
  if (r.ctx.slot !== 'summary' || !isPhrase(clause[i]!.text, 'driver')) return false;
  if (!r.events.some((e) => e.kind === 'traffic_accident' && e.clause < ci)) return false;
  // (At most the vehicle word before it: "货车司机", "司机".)
  if (i > 1 || (i === 1 && !isMeaning(clause[0], 'asset'))) return false;
  // The clause opens a sentence: a stop, or nothing, right before it.
  const start = clause[0]!.start;
  return start === 0 || /[。！？!?；;\n"“”]/.test(r.text[start - 1] ?? '');
}

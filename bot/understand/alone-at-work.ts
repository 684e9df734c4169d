/**
 * "她一个人在超市上班", 粤 "佢一个人喺酒楼做嘢": alone, then where, then working — the one who works of a
 * family, not someone living alone. Not when the place between is a town, a county or a city ("一个人喺<city>
 * 做工", far from the family): that one does live alone there. The place is short and inside the clause.
 */
import { isMeaning } from './cues.ts';
import { isPhrase } from './phrases.ts';
import type { Token } from './tokens.ts';

/** How many characters the workplace between 在 and the work word may take ("超市", "镇上饭店"). */
const PLACE_MAX = 6;

/** Whether the tokens right after the alone word at `i` say at which workplace that one works. */
export function worksAloneAt(clause: readonly Token[], i: number): boolean {
  const at = clause[i + 1];
  if (!at || !isPhrase(at.text, 'atOrTo')) return false;
  for (let k = i + 2; k < clause.length && clause[k]!.start - at.end <= PLACE_MAX; k++) {
    const t = clause[k]!;
    if (isMeaning(t, 'work')) return k > i + 2;
    if (isMeaning(t, 'place') || isMeaning(t, 'apart') || isMeaning(t, 'person')) return false;
  }
  return false;
}

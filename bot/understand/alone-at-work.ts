/**
 * "她一个人在超市上班", 粤 "佢一个人喺酒楼做嘢": alone, then where, then working — the one who works of a
 * family, not someone living alone. The place between is short and inside the clause (a bounded scan).
 */
import { isPhrase, phraseAfterGap } from './phrases.ts';

/** How many characters the workplace between 在 and the work word may take ("超市", "镇上饭店"). */
const PLACE_MAX = 6;

/** Whether the text right after an alone word (ending at `end`) says where that one works. */
export function worksAloneAt(text: string, end: number): boolean {
  if (!isPhrase(text.slice(end, end + 1), 'atOrTo')) return false;
  return phraseAfterGap(text, end + 1, 'earningAfterAlone', { min: 1, max: PLACE_MAX, stops: '，。,.；;：:！？!?“”"' });
}

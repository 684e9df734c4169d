/**
 * Someone gone missing just now ("12月2日凌晨随渔船出海，至今失联", 粤 "琴日出海到而家都联系唔到"): an
 * emergency happening to a member, not a relative declared missing — a court declares a person missing
 * only after two years without news (民法典 第四十条), and until then they are of the household. Lost at
 * sea it is an accident; wandered off or out of touch after leaving for work, a sudden hardship of another
 * kind (临时救助's 突发困难). Read when the sentence dates it within the last month (the search still on);
 * reads back to the sentence's start, at most 80 characters.
 */
import { daysBetween } from './cues.ts';
import { parseWhen } from './dates.ts';
import { hasPhrase } from './phrases.ts';
import type { Reading } from './reading.ts';

const RECENT_DAYS = 30;

export function goneMissingNow(r: Reading, clause: number, at: number, span: [number, number]): boolean {
  if (r.ctx.slot !== 'summary') return false;
  const window = r.text.slice(Math.max(0, at - 80), at);
  const sentence = window.slice(window.lastIndexOf('。') + 1);
  const date = parseWhen(sentence, r.ctx.today) ?? missingFor(r.text.slice(span[1], span[1] + 8), r.ctx.today);
  if (!date || date > r.ctx.today || daysBetween(date, r.ctx.today) > RECENT_DAYS) return false;
  r.events.push({ kind: hasPhrase(sentence, 'atSea') ? 'accident' : 'other', span, clause, date, at });
  return true;
}

/**
 * How long they have been gone, said right after ("失踪已一周", "走丢三天了", 粤 "失联咗五日"): the day it
 * began. Grammar (a count and a unit of days or weeks), on a few characters only.
 */
function missingFor(after: string, today: string): string | undefined {
  const m = after.match(/^(?:已经|已|都|有|咗)?([0-9一二两三四五六七八九十]{1,2})(天|日|个?星期|周|个?礼拜)/);
  return m ? parseWhen(`${m[1]}${m[2]}前`, today) : undefined;
}

/**
 * Today's date in China for the long-running server, formatted once a day: Intl's formatting
 * (../http/today.ts) cost ~10 µs a call, and every message asks for today a few times. China
 * keeps UTC+8 all year (no daylight saving), so the next change is the next midnight there.
 */
import { chinaDate } from '../http/today.ts';

const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;

export function cachedChinaDate(nowMs: () => number = Date.now): () => string {
  let text = '';
  let until = 0;
  return () => {
    const now = nowMs();
    if (now >= until) {
      text = chinaDate(new Date(now));
      until = Math.floor((now + CHINA_OFFSET_MS) / DAY_MS) * DAY_MS + DAY_MS - CHINA_OFFSET_MS;
    }
    return text;
  };
}

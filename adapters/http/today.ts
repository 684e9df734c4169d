/** Today's date in China (Asia/Shanghai), the date a screening is for unless a request names one. */
// China keeps UTC+8 all year, so no Intl time-zone formatter (and none of its ICU data) is needed.
import { chinaDateOf } from '../config/calendar.ts';

export function chinaDate(now: Date = new Date()): string {
  return chinaDateOf(now.getTime());
}

/**
 * "这一下俩三月干不了活", 粤 "呢次三个月做唔到嘢": after a mishap, a count of months someone cannot work is a
 * spell still to come, not the year's pattern of work and not a job lost: the pay said stays a year's, and the
 * one hurt is still someone who works. Only bounded stretches of text right before the word are looked at.
 */
import { hasPhrase } from './phrases.ts';

/** Characters a month count is written in ("俩三", "两三个", "3", "半"). */
const COUNT_CHARS = new Set('0123456789一二两俩三四五六七八九十半几个');

/** Whether a count of months ends right at `at` ("俩三月", "三个月", "两个半月"), perhaps with 都/就/也 after. */
export function monthsJustBefore(text: string, at: number): boolean {
  let end = at;
  if ('都就也'.includes(text[end - 1] ?? '')) end--;
  if (text[end - 1] !== '月') return false;
  let k = end - 1;
  while (k > 0 && end - k < 6 && COUNT_CHARS.has(text[k - 1]!)) k--;
  return k < end - 1 && text[k] !== '个';
}

/** Whether the clause text is said of what a mishap now brings ("这一下", "这回", 粤 "呢次"). */
export function afterThisMishap(clauseText: string): boolean {
  return hasPhrase(clauseText, 'thisMishapNow');
}

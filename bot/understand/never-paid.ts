/**
 * Money a relative is to give, then said never to have come ("判咗每月畀个仔600蚊，但一次都冇畀过", "说好每月给五百，
 * 一分也没给过"): in a call summary the sum is what was owed, not support had. Looks at a bounded stretch after the
 * sum, up to the end of its sentence.
 */
import { hasPhrase } from './phrases.ts';
import { sentenceAfter } from './sentence-window.ts';

/** How far after the sum the "never given" may come. */
const AFTER = 24;

/** Whether the sum ending at `end` is said, later in its sentence, never to have been given. */
export function neverPaid(text: string, end: number): boolean {
  return hasPhrase(sentenceAfter(text, end, AFTER), 'neverGiven');
}

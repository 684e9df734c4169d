/**
 * The last person word before a place in the text ("弟弟（40岁）一家同住", "老婆啱啱生咗BB"): a phrase that
 * speaks of someone named just before it (newborn.ts, sibling-family-with.ts) looks them up here.
 */
import { meaningOf, type Token } from './tokens.ts';

export function lastPersonBefore(tokens: readonly Token[], at: number): { rel: string; end: number } | undefined {
  let last: { rel: string; end: number } | undefined;
  for (const t of tokens) {
    if (t.start >= at) break;
    const who = meaningOf(t, 'person');
    if (who) last = { rel: who.rel, end: t.end };
  }
  return last;
}

/**
 * Going out said with a no right before it ("自己为照顾母亲冇出去做嘢", "照顾老汉没出去打工"): not having gone
 * out to work, which says nothing of anyone living elsewhere (not the one cared for, nor the speaker).
 */
import { isMeaning } from './cues.ts';
import { isPhrase } from './phrases.ts';
import type { Token } from './tokens.ts';

/** Whether the apart word at `k` is a going-out word with a no right before it. */
export function notGoneOut(clause: readonly Token[], k: number): boolean {
  return isPhrase(clause[k]?.text ?? '', 'goingOut') && isMeaning(clause[k - 1], 'neg');
}

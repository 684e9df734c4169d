/**
 * Words that name a family member only when they are the whole answer to "who is this person to
 * you?" or "which one?" (the relations and which-member questions), or one part of such an answer
 * between commas or spaces. 老板 is a boss in any sentence
 * ("给老板打工", "老板跑了"), but typed alone as the answer to who lives with you it is the husband:
 * voice input hears 老伴 as 老板 (运城), and 两阳 wives call their husband 老板. The reading is
 * said back like any other ("第2位是您的老伴"), so a wrong one is seen.
 */
import type { Meaning } from './meanings.ts';

export const WHOLE_ANSWER_PERSONS: ReadonlyMap<string, Extract<Meaning, { t: 'person' }>> = new Map([
  ['老板', { t: 'person', rel: 'spouse', gender: 'm' }],
  ['阿老板', { t: 'person', rel: 'spouse', gender: 'm' }],
  // 晋南 大 for father ("俺大", "我大"), only standing alone: "俺大孙子", "俺大闺女" are the eldest.
  ['俺大', { t: 'person', rel: 'parent', gender: 'm' }],
  ['我大', { t: 'person', rel: 'parent', gender: 'm' }],
]);

/** What may stand before the word in such an answer ("是我老板", "佢系老板", "那个老板"). */
export const WHOLE_ANSWER_LEAD: readonly string[] = [
  ...'是 系 我 俺 我家 俺家 我的 俺的 那个 嗯 就是 佢系 他是 她是'.split(' '),
];

/**
 * A relative without a duty of support (a son's wife, a nephew) named in a call summary with their own aside
 * that says they are at home ("儿媳（32岁，在家带孩子）", "侄子（19岁，同住）"): the aside is about them, so
 * they live with the family (最低生活保障审核确认办法 第七条: 共同生活的家庭成员), as if said in the clause.
 * Linear: one bounded look at the bracket right after the word.
 */
import { hasPhrase } from './phrases.ts';

/** The longest aside looked at; a work order's bracket about one person is a few words. */
const ASIDE = 24;

export function atHomeInAside(text: string, end: number): boolean {
  const open = text[end];
  if (open !== '（' && open !== '(') return false;
  const rest = text.slice(end + 1, end + 1 + ASIDE);
  const close = rest.search(/[）)]/);
  return close > 0 && hasPhrase(rest.slice(0, close), 'asideAtHome');
}

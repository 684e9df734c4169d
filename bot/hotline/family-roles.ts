/**
 * A family reported by someone outside it (a village cadre, a grid worker, a neighbour) is often
 * listed by the roles its members have to one another: "王家三口，老汉64，老婆子60，儿子35岁",
 * "刘某一家，父亲48岁…母亲46岁…女儿20岁". Nobody in that list is the caller, and 父亲/母亲 are the
 * children's words for the couple, not the caller's parents. This reads such a list from the
 * couple's side: the husband named with an age is the head of the household (户主), the wife his
 * spouse (其妻), the children their children. Only when a third party reports, a family is
 * introduced as one (一家, 家三口, 一户) and both partners are named with ages; the rewrite keeps
 * every length, so the positions of the facts still point into the text the agent pasted.
 */

import { firstPhrase, hasPhrase } from '../understand/phrases.ts';
import { reporterAt } from '../understand/outside-caller.ts';

/** A family introduced by its size ("家三口"): grammar, 家 then a numeral and 口. */
const FAMILY_OF = /家[两二三四五六七八]口/;

/** Where a family is first introduced as one unit (一家, 一户, 家三口), or -1. */
function familyAt(text: string): number {
  const word = firstPhrase(text, 'familyAsOne')?.index ?? -1;
  const sized = FAMILY_OF.exec(text)?.index ?? -1;
  return word < 0 ? sized : sized < 0 ? word : Math.min(word, sized);
}
/**
 * The husband's and the wife's role words, each followed by an age (perhaps in brackets: 父亲（45岁）), with
 * their same-length stand-ins.
 */
const HUSBAND: readonly [RegExp, string][] = [
  [/父亲(?=[（(]?\s?\d{1,3})/, '户主'],
  [/爸爸(?=[（(]?\s?\d{1,3})/, '户主'],
  [/老汉(?=[（(]?\s?\d{1,3})/, '户主'],
];
const WIFE: readonly [RegExp, string][] = [
  [/母亲(?=[（(]?\s?\d{1,3})/, '其妻'],
  [/妈妈(?=[（(]?\s?\d{1,3})/, '其妻'],
  [/老婆子(?=[（(]?\s?\d{1,3})/, '其妻子'],
  [/老婆(?=[（(]?\s?\d{1,3})/, '其妻'],
];

/** The summary with a third party's family list read from the couple's side, or the text unchanged. */
export function readFamilyRoles(text: string): string {
  const from = reporterAt(text);
  if (from < 0) return text;
  const family = familyAt(text.slice(from));
  if (family < 0) return text;
  const at = from + family;
  const rest = text.slice(at);
  // The caller counting themself in ("本人", "来电人…岁") makes it the caller's own family.
  if (hasPhrase(rest, 'callerCountedIn')) return text;
  const husband = HUSBAND.map(([re, by]) => ({ m: re.exec(rest), by })).find((x) => x.m);
  const wife = WIFE.map(([re, by]) => ({ m: re.exec(rest), by })).find((x) => x.m);
  if (!husband?.m || !wife?.m) return text;
  // "小周一家三口，女儿8岁…爸爸35岁": a family listed from the child first is about the child.
  const child = firstPhrase(rest, 'childWord');
  if (child && child.index < Math.min(husband.m.index, wife.m.index)) return text;
  let out = text;
  for (const { m, by } of [husband, wife]) {
    const start = at + m!.index;
    out = out.slice(0, start) + by + out.slice(start + by.length);
  }
  return out;
}

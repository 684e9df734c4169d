/**
 * The share of a cost left to pay after what insurance paid back ("报了六成", "报咗大半"), as read
 * right after a sum (read-number-money.ts).
 */
import { isPhrase, phrasesStarting } from './phrases.ts';

/** Marks that end a clause, where a look inside one stops. */
export const CLAUSE_STOPS = '，。,；;';

const TENTHS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** "报了一半", "报咗六成" after a sum spent (within the sentence): the part left to pay. */
export function shareLeft(text: string, from: number): number | undefined {
  const after = text.slice(from, from + 16);
  const end = after.search(/[。；;]/);
  const back = sharePaidBack(end >= 0 ? after.slice(0, end) : after);
  return back === undefined ? undefined : Math.round((1 - back) * 100) / 100;
}

/**
 * The share paid back: 报, up to two marks of it (报销, 报咗, 报了, 报完), at most two characters of the
 * clause, then half, most, or tenths ("六成"). Tried in the order a pattern would: the first 报 that
 * leads to a share, as many marks as follow it first, the shortest gap first.
 */
function sharePaidBack(s: string): number | undefined {
  for (let at = s.indexOf('报'); at >= 0; at = s.indexOf('报', at + 1)) {
    let marks = 0;
    while (marks < 2 && isPhrase(s[at + 1 + marks] ?? '', 'reimbursedMark')) marks++;
    for (let k = marks; k >= 0; k--)
      for (let g = 0; g <= 2; g++) {
        const from = at + 1 + k;
        if (g > 0 && (from + g - 1 >= s.length || CLAUSE_STOPS.includes(s[from + g - 1]!))) break;
        const back = shareAt(s.slice(from + g, from + g + 3));
        if (back !== undefined) return back;
      }
  }
  return undefined;
}

/** Half (一半), most (大半, 一大半: taken as six tenths) or a numeral and 成 at the start of `x`. */
function shareAt(x: string): number | undefined {
  const words = phrasesStarting(x, 'halfOrMost');
  if (words.length > 0) return words[0] === '一半' ? 0.5 : 0.6;
  return x[1] === '成' && TENTHS[x[0]!] !== undefined ? TENTHS[x[0]!]! / 10 : undefined;
}

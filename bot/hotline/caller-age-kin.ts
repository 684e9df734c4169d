/**
 * "来电人（56岁）为其唯一儿子，本人在城里做保安": the caller's own bracket (age, sex) written before who the
 * caller is. The shared reader takes the clause that opens on the caller's bracket as the subject's, so
 * the work after it (本人…做保安) went to the old mother the call is about. Written with the bracket after
 * the kin word (来电人系其子（56岁）) it reads right, so this moves the bracket there and reads 为 as the
 * copula 系 (as caller-is-kin.ts does), unless a request follows (为其母亲咨询: asking for her). 唯一/唯一的
 * before the kin word (an only son) is blanked: it says there is no other child, not who the caller is.
 * The rewrite keeps the span's length, so facts still point into the pasted text. Linear: one pass
 * over the occurrences of the caller's word, fixed-length look-ups after each.
 */
import { leadingPhrase, startsWithPhrase } from '../understand/phrases.ts';

const CALLER = '来电人';
/** The longest bracket read as the caller's own ("（男，45岁）"). */
const MAX_BRACKET = 10;
const ONLY = ['唯一的', '唯一'];

function closingAt(text: string, open: number): number {
  for (let k = open + 1; k <= open + MAX_BRACKET && k < text.length; k++) {
    const c = text[k];
    if (c === '）' || c === ')') return k;
    if (c === '（' || c === '(' || c === '。') return -1;
  }
  return -1;
}

export function readCallerAgeKin(text: string): string {
  let out = text;
  for (let at = text.indexOf(CALLER); at >= 0; at = text.indexOf(CALLER, at + 1)) {
    const open = at + CALLER.length;
    if (text[open] !== '（' && text[open] !== '(') continue;
    const close = closingAt(text, open);
    if (close < 0) continue;
    const copula = text[close + 1];
    if ((copula !== '为' && copula !== '系' && copula !== '是') || text[close + 2] !== '其') continue;
    let k = close + 3;
    const only = ONLY.find((w) => text.startsWith(w, k)) ?? '';
    k += only.length;
    const kin = leadingPhrase(text.slice(k, k + 3), 'kinAfterQi');
    if (kin === undefined) continue;
    const end = k + kin.length;
    if (startsWithPhrase(text.slice(end, end + 2), 'askingFor')) continue;
    const bracket = text.slice(open, close + 1);
    const moved = `系其${kin}${bracket}`;
    out = out.slice(0, open) + moved + '　'.repeat(end - open - moved.length) + out.slice(end);
  }
  return out;
}

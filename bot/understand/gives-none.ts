/**
 * A relative who owes support said, in a call summary, to give no money, with no sum ("前夫一分钱都唔俾", "前妻
 * 不给抚养费", "儿子在外打工，也没给钱", 粤 "个仔喺深圳，冇畀过钱"): support from them is none (社会救助暂行办法
 * 第九条 counts 赡养费、抚养费 as income; none paid is 0, not unknown). The giver is the relative named last before
 * the no in its sentence: a former spouse, or a child, grandchild, brother or sister or parent living apart (a
 * husband or wife counts only where the summary says they divorced). Not where giving is said now and then
 * ("有时给有时不给"), asked ("给不给"), or where any support sum is read. Linear: one pass over the tokens, and a
 * fixed look back from each no within its sentence.
 */
import { isMeaning } from './cues.ts';
import { hasPhrase, isPhrase, startsWithPhrase } from './phrases.ts';
import type { Reading } from './reading.ts';
import { meaningOf, type Token } from './tokens.ts';

const GIVERS: ReadonlySet<string> = new Set(['child', 'grandchild', 'sibling', 'parent']);
/** How many tokens back from the no the giver may be named. */
const BACK = 24;

export function givesNone(r: Reading): void {
  if (r.ctx.slot !== 'summary') return;
  if (r.facts.some((f) => f.path === 'income.support')) return;
  if (r.amounts.some((a) => a.category === 'support' && !a.negated)) return;
  const toks = r.tokens;
  for (let k = 0; k < toks.length; k++) {
    const span = withheldAt(r, toks, k);
    if (!span) continue;
    if (!giverBefore(r, toks, k)) continue;
    r.add('income.support', 0, span);
    return;
  }
}

/** Whether token k says money is not given; the span of the no. */
function withheldAt(r: Reading, toks: readonly Token[], k: number): [number, number] | undefined {
  const t = toks[k]!;
  let from: number;
  if (isMeaning(t, 'noSupport') && hasPhrase(t.text, 'giveVerb')) from = t.start;
  else if (isMeaning(t, 'gives') && (isNo(toks[k - 1]) || isNo(toks[k - 2]))) {
    // ("给不给", "畀唔畀": asked, not said.)
    const neg = isNo(toks[k - 1]) ? k - 1 : k - 2;
    if (isMeaning(toks[neg - 1], 'gives')) return undefined;
    from = toks[neg]!.start;
  } else return undefined;
  // (Money is what is not given: 钱 or upkeep just after, or "一分…都" just before, within the clause.)
  const before = r.text.slice(Math.max(0, from - 8), from);
  const stop = before.search(/[。！？!?；;，,][^。！？!?；;，,]*$/);
  const after = r.text.slice(from, t.end + 4);
  const end = after.search(/[。！？!?；;，,]/);
  const said = (stop >= 0 ? before.slice(stop + 1) : before) + (end >= 0 ? after.slice(0, end) : after);
  // ("前夫从来没给过": never given, said of the giver, is of money.)
  if (!hasPhrase(said, 'moneyWithheld') && !hasPhrase(said, 'neverGiven')) return undefined;
  // ("有时给有时不给", "偶尔给": now and then, not never.)
  if (hasPhrase(said, 'nowAndThen')) return undefined;
  return [from, t.end];
}

/** Whether the relative named last before token k, in its sentence, is one who owes support and lives apart. */
function giverBefore(r: Reading, toks: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - BACK; j--) {
    const t = toks[j]!;
    if (isPhrase(t.text, 'sentenceEnd')) return false;
    if (startsWithPhrase(t.text, 'exSpouse')) return true;
    // ("个仔…佢自己都顾唔掂，冇俾钱": a reflexive or a pronoun goes back to the one named before; "仔同心抱离婚",
    // one named after 同/和 is with whom, not who.)
    if (isMeaning(t, 'pronoun') || isPhrase(t.text, 'reflexiveOnly') || isMeaning(toks[j - 1], 'and')) continue;
    const rel = meaningOf(t, 'person')?.rel;
    if (!rel) continue;
    const p = r.people.namedAt(t.start);
    if (!p || p === r.people.self || p.dead || p.inLaw) return false;
    if (rel === 'spouse') return hasPhrase(r.text, 'divorced');
    return GIVERS.has(rel) && p.apart === true;
  }
  return false;
}

/** A no before a giving word ("不", "冇", 粤 "都冇"). */
function isNo(t: Token | undefined): boolean {
  return isMeaning(t, 'neg') || isMeaning(t, 'none');
}

/**
 * The one a family lives on, named by relation or name ("家里就靠丈夫打工", "家里原来靠秦某打工过活", 粤
 * "屋企一直靠老公开船"), and the family's income said to be gone ("家里就没啦进项", 粤 "屋企冇晒收入"): in a
 * summary telling of an emergency, that earner struck or that income gone means basic living is severely
 * hit (临时救助: 因意外事件、突发重大疾病等导致基本生活陷入困境). The words for him or her by pronoun are in
 * the breadwinner list; this reads a person token between 靠 and the work.
 */
import { firstPhrase, isPhrase } from './phrases.ts';
import type { Reading } from './reading.ts';
import { isMeaning } from './cues.ts';
import { meaningOf, type Token } from './tokens.ts';

type Span = [number, number];

/** How many short words (就, 原来, 一直) may stand between the family word and 靠. */
const BEFORE_MAX = 2;
/** How many tokens the person may take after 靠 ("秦", "某"), and the work after the person. */
const PERSON_MAX = 2;
const WORK_MAX = 2;

/** Whether the family word comes at most BEFORE_MAX short tokens before `j`. */
function familyBefore(clause: readonly Token[], j: number): boolean {
  for (let k = j - 1; k >= 0 && k >= j - 1 - BEFORE_MAX; k--) {
    const t = clause[k]!;
    if (isPhrase(t.text, 'familyLivesOn')) return true;
    if (t.kind !== 'word' || t.text.length > 2 || isMeaning(t, 'person')) return false;
  }
  return false;
}

/** The span of "…靠<person><work>" in the clause, or undefined. */
function reliedOn(clause: readonly Token[]): Span | undefined {
  for (let j = 0; j < clause.length; j++) {
    if (!clause[j]!.text.endsWith('靠') || !familyBefore(clause, j)) continue;
    let p = -1;
    for (let k = j + 1; k <= j + PERSON_MAX && k < clause.length; k++)
      if (meaningOf(clause[k], 'person')) {
        p = k;
        break;
      }
    if (p < 0) continue;
    for (let k = p + 1; k <= p + WORK_MAX && k < clause.length; k++)
      if (isMeaning(clause[k], 'work')) return [clause[j]!.start, clause[k]!.end];
  }
  return undefined;
}

/** Where the summary says the family lived on one earner, or that its income is gone; undefined if not. */
export function livesOnOne(r: Reading): Span | undefined {
  for (const c of r.clauses) {
    const at = reliedOn(c);
    if (at) return at;
  }
  const gone = firstPhrase(r.text, 'incomeGone');
  return gone ? [gone.index, gone.index + gone.length] : undefined;
}

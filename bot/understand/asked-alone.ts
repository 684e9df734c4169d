/**
 * A call summary asking whether one member can be helped on their own ("问儿子能不能单独吃低保", 粤
 * "老豆…可唔可以单独申请低保"): the help is for that member, so they are the applicant (members[0]) and
 * relations count from them, while the household stays as the summary lists it (the caller, living
 * with them, is still a member). 单人保 is judged on the member and the whole household's income
 * (民政部《最低生活保障审核确认办法》第八条): the member must be first for the say-back and the report.
 */
import { isMeaning } from './cues.ts';
import { firstPhrase, isPhrase } from './phrases.ts';
import type { Relation } from '../../content/lexicon/index.ts';
import { isUncleOrAunt, type Person } from './people.ts';
import type { Reading } from './reading.ts';
import { meaningOf, type Token } from './tokens.ts';

/**
 * How many tokens before the word the member is looked for (linear: a fixed few; "老豆去年中风瘫咗（肢体
 * 一级），可唔可以单独" has a short aside between).
 */
const LOOK_BACK = 14;

export function readAskedAlone(r: Reading): void {
  if (r.ctx.slot !== 'summary' || r.onBehalf || r.people.writer) return;
  const tokens = r.tokens;
  // (The words are not tokens of their own: 单独 is read as two characters.)
  const said = firstPhrase(r.text, 'appliedAlone');
  if (!said) return;
  const k = tokens.findIndex((t) => t.start >= said.index);
  if (k < 0) return;
  const word = nearestPersonBefore(tokens, k);
  const m = meaningOf(word, 'person');
  // Only a parent, grandparent or child is asked for as one person: a spouse asked about is the
  // caller's own household told from the caller's side, a sibling is not counted as of it.
  if (!word || !m || (m.n ?? 1) !== 1) return;
  if (m.rel !== 'parent' && m.rel !== 'grandparent') return;
  const self = r.people.self;
  const fits = (p: Person) =>
    p !== self &&
    p.rel === m.rel &&
    p.n === 1 &&
    !p.dead &&
    !p.apart &&
    !p.bystander &&
    !p.inLaw &&
    (!m.gender || !p.gender || p.gender === m.gender);
  const at = r.people.list.find((p) => p.at === word.start && fits(p));
  const named = r.people.list.filter(fits);
  const subject = at ?? (named.length === 1 ? named[0] : undefined);
  if (!subject) return;
  const asked = subject.rel;
  const before = r.people.list.filter((q) => q !== subject && q !== self);
  r.people.onBehalfOf(subject);
  for (const q of before) q.rel = fromSubject(q, asked);
  r.topic = r.people.self;
  r.onBehalf = true;
}

/** A relation said from the caller's side, told from the side of the member asked for (`asked`). */
function fromSubject(q: Person, asked: Relation): Relation {
  const rel = q.rel;
  if (asked === 'parent') {
    return rel === 'parent' ? 'spouse' : rel === 'sibling' ? 'child' : rel === 'child' ? 'grandchild' : 'other';
  }
  if (asked === 'grandparent') {
    if (rel === 'grandparent') return 'spouse';
    if (rel === 'parent' || (rel === 'other' && isUncleOrAunt(q.word))) return 'child';
    return rel === 'sibling' ? 'grandchild' : 'other';
  }
  // A child asked for: the caller's spouse is the child's other parent, the other children siblings.
  return rel === 'spouse' ? 'parent' : rel === 'child' ? 'sibling' : rel === 'parent' ? 'grandparent' : 'other';
}

/** The person word nearest before `k` in its sentence, or undefined. */
function nearestPersonBefore(tokens: readonly Token[], k: number): Token | undefined {
  for (let i = k - 1; i >= 0 && i >= k - LOOK_BACK; i--) {
    const t = tokens[i]!;
    if (t.kind === 'sep' && isPhrase(t.text, 'sentenceEnd')) return undefined;
    if (isMeaning(t, 'person')) return t;
  }
  return undefined;
}

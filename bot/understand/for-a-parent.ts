/**
 * A son, daughter or grandchild typing for an old parent or grandparent without saying so
 * ("我爸今年79了，我妈76，就他们两个住"): the household screened is the parent's, so the parent is the
 * applicant (members[0]) and relations count from them, as when the message says 帮我爸问. Read only
 * when the evidence is plain: the first person named is a parent or grandparent with an age, the
 * writer gives no age of their own and is not named as living with them (我跟我妈). The say-back
 * ("您是替父亲问的") shows the reading, so a misreading is seen and mended.
 */
import { isMeaning, setAsideWriter } from './cues.ts';
import type { Reading } from './reading.ts';
import { isUncleOrAunt, type Person } from './people.ts';
import { meaningOf, type Token } from './tokens.ts';
import { isPhrase, startsWithPhrase } from './phrases.ts';

/**
 * 我跟我妈, 还有我, 屋企得我同佢: the writer counted as one of the household, joined to another by 和/同.
 * (Not when that clause says they are away: "我同老公喺中山打工" is the writer's own couple elsewhere.)
 */
export function writerCountedIn(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (meaningOf(tokens[i], 'person')?.rel !== 'self' || meaningOf(tokens[i + 1], 'person')) continue;
    if (!(isMeaning(tokens[i + 1], 'and') || isMeaning(tokens[i - 1], 'and'))) continue;
    let away = false;
    for (let j = i + 1; j < tokens.length && j <= i + 6 && tokens[j]!.kind !== 'sep'; j++)
      if (isMeaning(tokens[j], 'apart') || isMeaning(tokens[j], 'elsewhere')) away = true;
    if (!away) return true;
  }
  return false;
}

export function readAsForAParent(r: Reading): void {
  if (r.onBehalf || r.people.writer) return;
  if (r.ctx.slot !== 'members' && r.ctx.slot !== 'opening' && r.ctx.slot !== 'summary') return;
  if (r.known.some((m) => m.age !== undefined)) return;
  const self = r.people.self;
  const tokens = r.tokens;
  // ("来电人52岁…问：我老爹一个人在村里，能不能办个特困": a parent said to live alone and asked a benefit
  // for in the same sentence is whom the call is about, whatever the caller said of themself.)
  const askedFor = aloneAndAskedFor(r);
  if (r.personFacts.get(self.key)?.age !== undefined && !askedFor) return;
  if (writerCountedIn(tokens)) return;
  // ("佢哋两公婆，阿爸76阿妈73": a couple said of others names no one by itself; the first named is 阿爸.
  // "俺老两口" is the writer and their spouse.)
  const ofOthers = (p: Person) =>
    p.fromGroup && p.rel === 'spouse' && isMeaning(tokens[tokens.findIndex((t) => t.start === p.at) - 1], 'others');
  const first = askedFor ?? [...r.people.list].filter((p) => p !== self && !ofOthers(p)).sort((a, b) => a.at - b.at)[0];
  if (!first || first.dead || first.bystander) return;
  if (first.rel !== 'parent' && first.rel !== 'grandparent') return;
  const at = tokens.findIndex((t) => t.start === first.at);
  // ("…母亲（58岁）住院，父亲早已去世，母亲一人在家": the same word again, after what befell them, said to
  // live alone — apart from the caller, so whom the call is about, wherever the caller lives.)
  const aloneAt =
    r.ctx.slot === 'summary' && at >= 0
      ? tokens.findIndex((t, k) => k >= at && t.text === tokens[at]!.text && saidAlone(r, k))
      : -1;
  const aloneFromAway = aloneAt > at || (aloneAt === at && (writerAway(tokens, -1) || askedFor === first));
  if (first.apart && !aloneFromAway) return;
  const fromAway = askedForFromAway(r, first);
  if (first.n !== 1 && !(fromAway && first.n === 2)) return;
  // In a call summary, only the caller's own words ("来电人：我是某村的，俺爸68，俺妈66"): the parent
  // named with 我/俺 before the word; a summary in the third person says whom it is about itself.
  // ("我阿妈65岁", "俺老娘": 我/俺 a word of its own right before the parent's.)
  const mine =
    startsWithPhrase(tokens[at]?.text ?? '', 'myOrOur') ||
    (tokens[at - 1]?.end === first.at && isPhrase(tokens[at - 1]!.text, 'myOrOur'));
  // ("来电人称本人在太原打工，家里老父亲一个人在村里": in the third person, a parent said to live alone by a
  // caller said to be away is whom the call is about, with or without an age.)
  if (r.ctx.slot === 'summary' && !mine && !aloneFromAway) return;
  // "阿爷一个人，92": the writer never says 我, the grandparent is the only one named, and the one
  // loose age is theirs.
  const others = r.people.list.filter((p) => p !== self && !p.dead && !p.apart && !p.bystander);
  const loose = r.bare.filter((b) => Number.isInteger(b.n.value) && b.n.value >= 40 && b.n.value <= 120);
  if (r.personFacts.get(first.key)?.age === undefined && self.at < 0 && others.length === 1 && loose.length === 1) {
    const b = loose[0]!;
    r.pf(first).age = { v: b.n.value, span: [b.start, b.end] };
    r.bare.splice(r.bare.indexOf(b), 1);
  }
  if (r.personFacts.get(first.key)?.age === undefined && !fromAway && !aloneFromAway) return;
  const asParent = first.rel === 'parent';
  const namedBefore = new Set(r.people.list);
  r.people.onBehalfOf(first);
  first.apart = false;
  // Everyone else was named from the writer's side: the other parent is the subject's spouse, the
  // writer's brothers and sisters (or, for a grandparent, the writer's parents) the subject's children.
  const otherParent = r.people.list.some(
    (q) => q !== first && q.rel === (asParent ? 'parent' : 'grandparent') && !q.dead && !q.apart,
  );
  const writerSpouse: Person[] = [];
  for (const q of r.people.list) {
    // (A pair asked for, "俺爹娘", was split in two: the second is already the applicant's spouse.)
    if (q === r.people.self || q === self || !namedBefore.has(q)) continue;
    const rel = q.rel;
    // "我爸72，我妈70，就他们老两口在家": the pair is the two already named, not a third person;
    // with only one parent named, the pair's other half is the applicant's spouse.
    if (rel === 'spouse' && q.fromGroup) {
      if (otherParent) q.bystander = true;
      continue;
    }
    if (rel === 'spouse') writerSpouse.push(q);
    if (rel === (asParent ? 'parent' : 'grandparent')) q.rel = 'spouse';
    else if (asParent && rel === 'sibling') q.rel = 'child';
    else if (!asParent && (rel === 'parent' || rel === 'sibling')) q.rel = rel === 'parent' ? 'child' : 'grandchild';
    // "我阿嫲…同我细叔一齐住": the writer's uncle or aunt is the grandparent's child.
    else if (!asParent && rel === 'other' && isUncleOrAunt(q.word)) q.rel = 'child';
    else if (asParent && rel === 'child') q.rel = 'grandchild';
    else if (rel !== 'other') q.rel = 'other';
  }
  // (Said to live alone: the household is the one.)
  const aloneWord = tokens[aloneFromAway ? aloneAfter(r, aloneAt) : 0]!;
  if (aloneFromAway && !r.size) r.size = { v: 1, span: [aloneWord.start, aloneWord.end] };
  setAsideWriter(self, r.ctx.slot);
  // ("俺和俺爹俺妈早就分家了…俺在村里开小卖部，一年挣三四万": the writer, now living apart, told of their own
  // trade before the parent was found to be whom the call is about: theirs, not the parent's household's.)
  if (r.ctx.slot === 'summary' && self.apart)
    for (const a of r.amounts) if (a.person === self && writerNamedBefore(tokens, a.start)) a.theirOwn = true;
  // ("我同老公喺中山打工": the writer's own spouse lives where the writer does, not with the parent.)
  if (self.apart) for (const q of writerSpouse) if (!q.atHome) q.bystander = true;
  r.topic = r.people.self;
  r.onBehalf = true;
}

/** How many tokens an age between a person and 一个人 may take ("（82岁）", "87了"). */
const AGE_BETWEEN = 5;

/** The person word at `k` said right after to live alone (一个人在家), perhaps past their age. */
function saidAlone(r: Reading, k: number): boolean {
  return aloneAfter(r, k) >= 0;
}

/** Where the word for living alone is, right after the person at `k` and their age, or -1. */
function aloneAfter(r: Reading, k: number): number {
  for (let j = k + 1; j < r.tokens.length && j <= k + AGE_BETWEEN; j++) {
    const t = r.tokens[j]!;
    if (isMeaning(t, 'alone')) return j;
    if (t.kind === 'num' || isMeaning(t, 'age') || t.text === '了' || /^[()（）]$/.test(t.text)) continue;
    return -1;
  }
  return -1;
}

/**
 * In a summary, the parent said to live alone, then, in the same sentence with no word for the writer
 * between, a benefit asked about: that parent.
 */
function aloneAndAskedFor(r: Reading): Person | undefined {
  if (r.ctx.slot !== 'summary') return undefined;
  const tokens = r.tokens;
  const k = tokens.findIndex((t, i) => meaningOf(t, 'person')?.rel === 'parent' && saidAlone(r, i));
  if (k < 0) return undefined;
  for (let j = k + 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.kind === 'sep' && /[。；;！!？?]/.test(t.text)) return undefined;
    if (isMeaning(t, 'person')) return undefined;
    if (isMeaning(t, 'benefit')) return r.people.list.find((p) => p.at === tokens[k]!.start);
  }
  return undefined;
}

/** How many tokens after the parent the asking verb is looked for (linear: a fixed few). */
const ASKED_WITHIN = 3;

/**
 * "我在外打工，想帮俺爹娘问问", 粤 "我喺深圳返工，帮屋企两老问下": a parent asked for (a helping word, perhaps
 * 我/俺 or "at home", the parent, then an asking verb) by a writer who says they live or work away. No
 * age is needed: the writer is elsewhere, so the household asked about is the parents'.
 */
function askedForFromAway(r: Reading, first: Person): boolean {
  const tokens = r.tokens;
  const k = tokens.findIndex((t) => t.start === first.at);
  if (k < 0) return false;
  // ("替俺爹娘": the helping word and the parents are one word.)
  let j = isMeaning(tokens[k], 'onBehalf') ? k : k - 1;
  while (j > 0 && j > k - 3 && isPhrase(tokens[j]!.text, 'betweenHelpAndKin')) j--;
  if (j < 0 || (j < k && !isPhrase(tokens[j]!.text, 'helpForKin'))) return false;
  let asked = false;
  for (let v = k + 1; v < Math.min(tokens.length, k + 1 + ASKED_WITHIN) && tokens[v]!.kind !== 'sep'; v++) {
    if (startsWithPhrase(r.text.slice(tokens[v]!.start, tokens[v]!.start + 3), 'askedForVerb')) {
      asked = true;
      break;
    }
  }
  return asked && writerAway(tokens, j);
}

/**
 * The writer said to live or work away ("我在外打工", 粤 "我喺深圳返工"), in a clause other than the asking.
 * (A clause naming no one goes on about whom the sentence named last: "来电人称…，现在在外省打工".)
 */
function writerAway(tokens: readonly Token[], helpAt: number): boolean {
  let lastPerson: Token | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'sep' && /[。；;！!？?]/.test(t.text)) lastPerson = undefined;
    else if (isMeaning(t, 'person')) lastPerson = t;
    else if (
      (isMeaning(t, 'apart') || isMeaning(t, 'elsewhere')) &&
      i !== helpAt &&
      meaningOf(lastPerson, 'person')?.rel === 'self'
    )
      return true;
  }
  return false;
}

/** Whether the last person named before `at` in its sentence is the writer themself (俺, 我, 来电人). */
function writerNamedBefore(tokens: readonly Token[], at: number): boolean {
  let k = tokens.findIndex((t) => t.start >= at);
  if (k < 0) k = tokens.length;
  for (let j = k - 1; j >= 0; j--) {
    const t = tokens[j]!;
    if (t.kind === 'sep' && /[。；;！!？?]/.test(t.text)) return false;
    const who = meaningOf(t, 'person');
    // (老人, 两老 are self words too, for the old people the call is about: not the writer.)
    if (who) return who.rel === 'self' && (isPhrase(t.text, 'myOrOur') || isPhrase(t.text, 'partyToCall'));
  }
  return false;
}

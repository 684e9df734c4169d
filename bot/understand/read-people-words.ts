/**
 * Words about people: who is named and as whose relative, who lives where, who is dead, in
 * prison, missing, able to support or not giving any; in a call summary, who the call is about.
 * A word for one person goes to read-person-word.ts; groups, pronouns, ordinals and where people live
 * are read here.
 */
import { childAtHomeAfterAll } from './child-own-home.ts';
import { noteHealth } from './health-said.ts';
import type { Meaning } from '../../content/lexicon/index.ts';
import type { ClauseReading } from './clause-reading.ts';
import { AGE_SLOTS, isMeaning, wagesAsked } from './cues.ts';
import { meaningOf } from './tokens.ts';
import type { Reading } from './reading.ts';
import { type Person, roleSex } from './people.ts';
import { speaksOfHousehold } from './cadre-voice.ts';
import { goneMissingNow } from './gone-missing-now.ts';
import { writerSex } from './writer-sex.ts';
import { splitFromWriter } from './split-homes.ts';
import { notGoneOut } from './not-gone-out.ts';
import { villageOfOthers } from './home-village.ts';
import { apartFromPair } from './pair-apart-from.ts';
import { summaryPronoun } from './pronoun-in-summary.ts';
import type { WordToken } from './read-word.ts';
import { endsWithPhrase, isPhrase, startsWithPhrase } from './phrases.ts';
import { readPersonWord, sexOfChildWord } from './read-person-word.ts';

export const PEOPLE_WORDS = new Set<Meaning['t']>([
  'onBehalf',
  'person',
  'group',
  'plural',
  'pronoun',
  'ordinal',
  'apart',
  'together',
  'prison',
  'missing',
  'healthy',
  'noSupport',
  'childless',
]);

/**
 * Questions asking who in the household has something (an illness, a certificate, work): 他/她/佢 there
 * is a known member.
 */
const WHICH_SLOTS = new Set(['illness', 'illness.which', 'disability', 'disability.which', 'employed']);

export function readPeopleWord(
  r: Reading,
  c: ClauseReading,
  tok: WordToken,
  i: number,
  m: Meaning,
  span: [number, number],
): void {
  switch (m.t) {
    case 'onBehalf':
      // (替我爸 in a first or members answer: for-a-parent.ts decides from the household described.)
      if (!(m.later && (r.ctx.slot === 'opening' || r.ctx.slot === 'members'))) r.onBehalf = true;
      break;
    case 'person':
      readPersonWord(r, c, tok, i, m, span);
      break;
    case 'group':
      readGroupWord(r, c, tok, i, m);
      break;
    case 'plural':
      readPluralWord(r, c, tok, i);
      break;
    case 'pronoun':
      readPronounWord(r, c, tok, i);
      break;
    case 'ordinal':
      readOrdinalWord(r, c, tok, i, m);
      break;
    case 'apart':
      readApartWord(r, c, tok, i);
      break;
    case 'together':
      readTogetherWord(r, c, tok, i);
      break;
    case 'prison':
      r.pf(c.who()).imprisoned = { span };
      if (c.who() !== r.people.self) c.who().apart = true;
      c.understoodSomething = true;
      break;
    case 'missing':
      // "司机跑了", "肇事者逃逸", "包工头走佬": someone outside the family ran off.
      if (endsWithPhrase(r.text.slice(Math.max(0, tok.start - 3), tok.start), 'outsiderWhoRan')) break;
      // "12月2日出海，至今失联": gone missing just now is an emergency to a member of the household.
      if (goneMissingNow(r, c.ci, tok.start, span)) {
        c.understoodSomething = true;
        break;
      }
      r.pf(c.who()).missing = { span };
      if (c.who() !== r.people.self) c.who().apart = true;
      c.understoodSomething = true;
      break;
    case 'healthy':
      // ("本来好好的，突然中风": 好好的 alone is health only of relatives elsewhere, asked how they are.)
      if (isPhrase(tok.text, 'fineOfRelativesOnly') && r.ctx.slot !== 'obligors.situation') break;
      // "都好着哩 没啥病", 粤 "冇乜病", asked whether anyone is seriously ill: a no (an illness named in the
      // message still wins, health-questions.ts).
      if (r.ctx.slot === 'illness' && r.yes === undefined && !c.negated(i)) r.yes = false;
      // "无病无残", "冇病冇痛": no disability either, of the person the clause is about.
      if (m.noDisability && r.ctx.slot === 'summary' && !c.negated(i) && r.pf(c.who()).hasDisability === undefined)
        r.pf(c.who()).hasDisability = { v: false, span };
      if (!noteHealth(r, c, tok.start, tok.end, m.noDisability === true && !c.negated(i))) {
        r.pf(c.who()).healthy = { span };
        // "老大老二都好好的": 都 after relatives named one by one is all of them, not the last one only.
        for (const p of namedBeforeBoth(r, c, i)) r.pf(p).healthy = { span };
      }
      c.understoodSomething = true;
      break;
    case 'noSupport':
      r.pf(c.who()).noSupport = { span };
      c.understoodSomething = true;
      break;
    case 'childless':
      r.obligorsNone = span;
      c.understoodSomething = true;
      break;
    default:
      break;
  }
}

/** A word for several people at once (老两口, 一家三口, 两个孙): the group and who is in it. */
function readGroupWord(
  r: Reading,
  c: ClauseReading,
  tok: WordToken,
  i: number,
  m: Extract<Meaning, { t: 'group' }>,
): void {
  // "俺两个孙子都是俺带着", 粤 "我两个仔都喺外面": a pair word for the writer right before a relative's word
  // is "my two …" — the count is theirs, and the writer is only whose.
  if (
    m.selfIncluded &&
    isPhrase(tok.text, 'writerPair') &&
    !['self', 'spouse'].includes(meaningOf(c.clause[i + 1], 'person')?.rel ?? 'self') &&
    !meaningOf(c.clause[i + 1], 'person')?.n &&
    // ("我哋两个老嘢", "俺两个老人家": the pair itself, named by what they are.)
    !isPhrase(c.clause[i + 1]!.text, 'elderSelfName')
  ) {
    c.countForNext = 2;
    c.understoodSomething = true;
    return;
  }
  // "两老都八十几", answering how the relatives elsewhere are: those relatives, not the speaker's couple.
  if (r.ctx.slot === 'obligors.situation' && r.obligorPeople.length > 1) {
    c.about(r.obligorPeople);
    return;
  }
  // "同阿爸（78岁）、阿妈（75岁）住。两老每人每月养老金约200元": in a summary about a grown child with
  // no spouse named, 两老 is the two parents named before, not the caller and a spouse of theirs.
  if (r.ctx.slot === 'summary' && m.with.join() === 'spouse' && isPhrase(tok.text, 'eldersPair')) {
    const elders = r.people.list.filter(
      (p) =>
        (p.rel === 'parent' || p.rel === 'grandparent') &&
        p !== r.people.self &&
        !p.apart &&
        !p.dead &&
        !p.bystander &&
        p.at >= 0 &&
        p.at < tok.start,
    );
    const spouse = r.people.list.some((p) => p.rel === 'spouse' && !p.dead && p.at >= 0);
    if (!spouse && elders.reduce((k, p) => k + p.n, 0) === 2) {
      c.about(elders);
      return;
    }
  }
  // "我爸妈两口子", "阿爷阿嫲两公婆": a couple word right after two others named is those two, not
  // the writer and a spouse of theirs.
  const pairBefore = c.clausePersons.filter((p) => p !== r.people.self && p.at < tok.start);
  if (
    m.with.join() === 'spouse' &&
    pairBefore.length > 0 &&
    pairBefore.reduce((k, p) => k + p.n, 0) === 2 &&
    !c.clausePersons.includes(r.people.self) &&
    isMeaning(c.clause[i - 1], 'person')
  ) {
    c.about(pairBefore);
    return;
  }
  // "老两口", "两老" in a call a parent makes for their child: the caller and the caller's spouse.
  const caller = r.people.writer;
  // "来电人夫妻俩都在铝厂上班" in a call about the caller's parent: the caller and the caller's spouse,
  // a child-in-law to the subject (no statutory duty of support: `other`), where the caller lives.
  // "老母一直同佢两公婆一齐住", "老娘跟他两口子住": the subject with 他/佢 and a couple word is the subject
  // living with the caller and the caller's spouse (the subject is named, so 他 is the other one, the caller).
  const withCallerPair =
    caller !== undefined &&
    caller !== r.people.self &&
    isMeaning(c.clause[i - 1], 'pronoun') &&
    isMeaning(c.clause[i - 2], 'and') &&
    c.clausePersons.includes(r.people.self);
  if (
    r.ctx.slot === 'summary' &&
    caller?.rel === 'child' &&
    m.with.join() === 'spouse' &&
    (withCallerPair || (meaningOf(c.clause[i - 1], 'person')?.rel === 'self' && c.clausePersons.includes(caller))) &&
    // (Not when the subject was named as the caller's in-law, 公公, 家婆: the caller's spouse is their child.)
    !meaningOf(
      r.tokens.find((t) => t.start === r.people.self.at),
      'person',
    )?.inLaw
  ) {
    // (Said to live with the subject, "同佢两公婆一齐住": the caller too, whatever was read of them before.)
    if (
      withCallerPair &&
      c.neg < 0 &&
      c.clause.slice(i + 1).some((t, k) => isMeaning(t, 'together') && !c.negated(i + 1 + k))
    )
      caller.apart = false;
    const inLaw = r.people.mention('other', tok.start, { fromGroup: true });
    if (caller.apart) inLaw.apart = true;
    else if (caller.bystander) inLaw.bystander = true;
    r.groupCount = 2;
    c.clausePersons.push(inLaw);
    c.clausePerson = caller;
    r.topic = caller;
    c.understoodSomething = true;
    return;
  }
  const parents = r.ctx.slot === 'summary' && caller?.rel === 'parent' && m.with.join() === 'spouse';
  // "我们兄妹三个", typed for a parent: the writer and their brothers and sisters, the applicant's children.
  const siblings = m.with.join() === 'sibling' ? r.people.writerFor('我') : undefined;
  const first = parents ? caller : (siblings ?? r.people.self);
  // "女儿（17岁）… 娘俩租房住": a pair named after its other member is them again, not one more.
  const named = (rel: string) =>
    m.with.length === 1
      ? r.people.list.find(
          (p) =>
            p.rel === rel &&
            p !== r.people.self &&
            p !== caller &&
            p.n === 1 &&
            !p.apart &&
            !p.dead &&
            !p.bystander &&
            p.at >= 0 &&
            p.at < tok.start,
        )
      : undefined;
  // "俺爹84 俺58 就俺俩", "我阿妈八十二…我哋两个住": a pair with the writer, said after one other
  // person and no spouse was named, is the writer and that person.
  const before = r.people.list.filter(
    (p) =>
      p !== r.people.self &&
      p.rel !== 'self' &&
      !p.apart &&
      !p.dead &&
      !p.bystander &&
      p.partOf === undefined &&
      p.at >= 0 &&
      p.at < tok.start,
  );
  const partner =
    isPhrase(tok.text, 'writerPair') && before.length === 1 && before[0]!.n === 1 && before[0]!.rel !== 'spouse'
      ? before[0]
      : undefined;
  const others = partner
    ? [partner]
    : m.with.map(
        (rel) =>
          named(rel) ??
          // ("弟弟40岁，和72岁的老母亲一起住…娘俩种二亩地": in a summary with no child named, the one the
          // call is about is the child of the pair, and the parent named before is the other.)
          (r.ctx.slot === 'summary' && rel === 'child' ? named('parent') : undefined) ??
          r.people.mention(rel, tok.start, { fromGroup: true }),
      );
  // (A parent-and-child pair said by either of them: a parent named next is the other one.)
  if (m.with.join() === 'child' && others.length === 1 && others[0]!.fromGroup && !others[0]!.claimed)
    others[0]!.eitherWay = true;
  r.groupCount = 1 + others.length;
  // "夫妻在五金厂上班", "两口子在城里打工", 粤 "两公婆喺厂返工": a couple word is both partners, whom the
  // clause's work is said of (in a summary, or answering who works).
  if ((r.ctx.slot === 'summary' || r.ctx.slot === 'employed') && m.with.join() === 'spouse' && others.length === 1)
    c.couple = [first, others[0]!];
  // "俺俩都有", "我哋两个都有": the writer is one of the pair, named as much as the other.
  if (first === r.people.self && m.selfIncluded) r.people.namedSelf(tok.start);
  c.clausePersons.push(first, ...others);
  c.clausePerson = first;
  // ("跟着老两口生活": the child the call is about is still who the summary goes on about.)
  if (!parents) r.topic = first;
  c.understoodSomething = true;
}

/** 我们, 俺们, 我哋: the household, or the writer's side in a dialogue kept for a parent. */
function readPluralWord(r: Reading, c: ClauseReading, tok: WordToken, i: number): void {
  // 我们: the household; in a dialogue kept for a parent, the writer's side (我们每月给他们五百),
  // and, asked how the relatives elsewhere are, those relatives (the writer among them).
  const writer = r.people.writerFor(tok.text);
  if (writer && r.ctx.slot === 'obligors.situation' && r.obligorPeople.length > 0) {
    c.about(r.obligorPeople);
    return;
  }
  const we = writer ?? r.people.self;
  // "她小子也跟俺们住", 粤 "佢个仔同我哋住": with whom the one named lives; the clause stays about them.
  if (
    !writer &&
    AGE_SLOTS.has(r.ctx.slot) &&
    c.clausePerson !== undefined &&
    c.clausePerson !== we &&
    isPhrase(c.clause[i - 1]?.text ?? '', 'andWith')
  )
    return;
  // "两公婆同个孙女，我哋都六十几": "we both" is the writer and the spouse named, not the grandchild.
  const spouse = r.people.list.find((p) => p.rel === 'spouse' && !p.apart && !p.dead && p.at >= 0);
  if (!writer && spouse && c.clause[i + 1]?.text === '都' && AGE_SLOTS.has(r.ctx.slot)) {
    c.about([we, spouse]);
    return;
  }
  c.clausePerson = we;
  r.topic = we;
}

/** 他/她/佢: the person last named other than the speaker (他爸 is their father). */
function readPronounWord(r: Reading, c: ClauseReading, tok: WordToken, i: number): void {
  // 他/她/佢: the person last named other than the speaker; "他爸" is their father.
  // (In a dialogue kept for a parent, 他/她 is never the writer, who says 我.)
  let last = [...r.people.list]
    .reverse()
    .find(
      (p) =>
        p !== r.people.self &&
        !p.bystander &&
        !p.dead &&
        p.at <= tok.start &&
        !(r.keptFor !== undefined && p === r.people.writer),
    );
  // ("问亲戚借咗钱，而家佢喺超市返工", "细女10岁，佢自己冇返工": where the one last named cannot be meant, the
  // person the call is about; pronoun-in-summary.ts.)
  const named = last;
  last = summaryPronoun(r, c, i, last);
  // "…还有一个老娘。家里就靠他打工", "丈夫在外地打工，她辞了工作": in a summary, written 他 (he) or 她
  // (she) right after a relative of the other sex is the person the call is about, told of in the third
  // person.
  const otherSex = r.ctx.slot === 'summary' ? ({ 他: 'f', 她: 'm' } as const)[tok.text] : undefined;
  // (A child's sex is in its word, 儿子 or 闺女, when no sex was given with it.)
  // (A spouse's sex is in its word too, 妻子 or 丈夫: "现在妻子在医院陪护，他自己打零工" is the caller.)
  if (
    otherSex &&
    last &&
    (last.gender ?? (last.rel === 'spouse' ? roleSex(last.word) : sexOfChildWord(last.word))) === otherSex
  )
    last = r.people.self;
  // "来电人（女）…父母俩在村里住，母亲76岁…她每月给500": giving money, of the caller's own sex, is the
  // caller set aside, not a member of the household the money goes to.
  const writer = r.people.writer;
  if (
    otherSex &&
    r.onBehalf &&
    writer &&
    last &&
    last !== writer &&
    !last.apart &&
    c.clause.slice(i + 1, i + 4).some((t) => isMeaning(t, 'gives')) &&
    writerSex(r.text, writer.at) === (otherSex === 'm' ? 'f' : 'm')
  )
    last = writer;
  // A cadre's "户主七十二，他老伴…", "这户…他儿子在厂里上班": the head, named last or no one named
  // yet; and 他妈, 他儿子 after the head was named are the head's relatives, whoever came between.
  const cadre = r.ctx.slot !== 'summary' && (r.selfThirdAt !== undefined || speaksOfHousehold(r.text));
  if (
    cadre &&
    ((r.selfThirdAt !== undefined && r.selfThirdAt > (last?.at ?? -1)) ||
      !last ||
      (last.rel === 'spouse' &&
        isMeaning(c.clause[i + 1], 'person') &&
        meaningOf(c.clause[i + 1], 'person')!.rel !== 'self') ||
      // ("同佢住嘅係个女…同埋佢阿爸": the daughter's father would be the head himself; 佢 is the head.)
      (last.rel === 'child' && meaningOf(c.clause[i + 1], 'person')?.rel === 'parent'))
  )
    last = r.people.self;
  // "两个都有，佢乳腺癌，我心脏病", asked which of two known members: 佢 with no one named before it is
  // the other one (the applicant says 我).
  if (
    !last &&
    !cadre &&
    r.keptFor === undefined &&
    WHICH_SLOTS.has(r.ctx.slot) &&
    r.known.length === 2 &&
    !isMeaning(c.clause[i + 1], 'person')
  ) {
    const other = r.known[1]!;
    last = r.people.mention(other.relation ?? 'other', tok.start);
  }
  // "俺一百四 他一百六": someone not named yet, not the speaker.
  if (!last && ['basicPension', 'income.amount', 'deposits', 'employed'].includes(r.ctx.slot)) {
    last = r.people.mention('other', tok.start, { word: '他' });
    last.bystander = true;
  }
  // "她儿子年轻身体也好", a cadre answering how the relatives elsewhere are, nobody named yet: 她 is the
  // applicant, and her son the relative asked about.
  if (
    r.ctx.slot === 'obligors.situation' &&
    c.ci === 0 &&
    i === 0 &&
    r.obligorPeople.some((p) => p.rel === meaningOf(c.clause[i + 1], 'person')?.rel)
  )
    return;
  // ("…细女10岁，佢自己冇返工", where the child cannot be meant: 佢 itself, with the reflexive after it,
  // not whose 自己.)
  const itself = last !== named && isPhrase(c.clause[i + 1]?.text ?? '', 'reflexiveOnly');
  if (isMeaning(c.clause[i + 1], 'person') && !itself) {
    c.possessorOfClause = last ?? r.topic;
    return;
  }
  // "我在家伺候她": the one looked after is the object; the clause stays about its subject.
  const before2 = r.text.slice(Math.max(0, tok.start - 2), tok.start);
  if (endsWithPhrase(before2, 'caredFor') || endsWithPhrase(before2, 'keptAlong')) {
    c.lookedAfter = last ?? r.topic;
    c.clausePerson = c.lookedAfter;
    return;
  }
  // ("阿妈今年3月过身，佢而家一个人住": with the one talked about dead and no one else left to name, 佢 is
  // the person the summary is about, as the dead are passed over above.)
  c.clausePerson = last ?? (r.ctx.slot === 'summary' && r.topic.dead ? r.people.self : r.topic);
  r.topic = c.clausePerson;
}

/** 大的, 小的, 老大: which of the children named it is, or one more child. */
function readOrdinalWord(
  r: Reading,
  c: ClauseReading,
  tok: WordToken,
  i: number,
  m: Extract<Meaning, { t: 'ordinal' }>,
): void {
  // "大娃上高中17，小的12上初中": answering who lives there, 小的 after 大娃 is one more child.
  if (
    (r.ctx.slot === 'members' || r.ctx.slot === 'opening') &&
    m.which === 'younger' &&
    !c.clausePerson &&
    (r.topic.rel === 'child' || r.topic.rel === 'grandchild') &&
    r.topic.n === 1 &&
    startsWithPhrase(r.topic.word ?? '', 'eldest')
  ) {
    const p = r.people.mention(r.topic.rel, tok.start, { counted: true, word: tok.text });
    c.about([p]);
    return;
  }
  // "俩闺女 大的四十二 小的三十八", "两个孙，大嘅十二细嘅八岁": after people counted, 大的/小的 before a
  // number is one of them in turn, and the number their age.
  {
    // ("俩孙子…大孙子十二 小的八岁": the one before was one of a group, so 小的 is another of it; with
    // the couple's ages said between, the one group counted is still whom 大的/小的 pick among.)
    const groupOf = (p: Person | undefined) =>
      p?.partOf !== undefined ? r.people.list.find((q) => q.key === p.partOf) : p && p.n > 1 ? p : undefined;
    const counted = r.people.list.filter(
      (p) => p.n > 1 && p !== r.people.self && p.rel !== 'self' && p.rel !== 'spouse' && !p.apart && !p.dead,
    );
    const group = c.clausePerson
      ? groupOf(c.clausePerson)
      : ([r.topic, ...r.lastPersons].map(groupOf).find((p) => p !== undefined) ??
        (counted.length === 1 ? counted[0] : undefined));
    if (group && group !== r.people.self && AGE_SLOTS.has(r.ctx.slot) && c.clause[i + 1]?.kind === 'num') {
      // ("三个细路，最大九岁最细两岁": the youngest of three is the last of them, not the second.)
      c.about([m.which === 'younger' && group.n > 2 ? lastOf(r, group) : r.ageTarget(group)], false);
      return;
    }
    // "三个小子 大的前年没了": the eldest (or youngest) of a group dying is one of them, not all.
    if (group && group !== r.people.self && c.clause.slice(i + 1).some((t) => isMeaning(t, 'death'))) {
      c.about([m.which === 'younger' ? lastOf(r, group) : r.people.partOfGroup(group, 0)], false);
      return;
    }
  }
  // "老婆在家带孩子；大的七岁，小的三岁": a child word said without a count, then the elder and the
  // younger with ages, is two children: 大的 is the child named, 小的 one more.
  if (r.ctx.slot === 'summary' && !c.clausePerson && c.clause[i + 1]?.kind === 'num') {
    const kid = [r.topic, ...r.lastPersons].find(
      (p) => (p.rel === 'child' || p.rel === 'grandchild') && p.n === 1 && p.partOf === undefined && !p.dead,
    );
    const aged = kid !== undefined && r.personFacts.get(kid.key)?.age !== undefined;
    if (kid && m.which === 'older' && !aged) {
      c.about([kid], false);
      return;
    }
    if (kid && m.which === 'younger' && aged && !kid.apart) {
      c.about([r.people.mention(kid.rel, tok.start, { counted: true, word: tok.text })]);
      return;
    }
  }
  // "大的那个 白血病", 粤 "细嘅个有残疾证": asked about the household's health or work, 大的/小的 with no
  // one named is the elder (younger) of the children, else of the grandchildren, already known, when
  // there are two or more of them (the spouse or a parent is never called so).
  if (!c.clausePerson && !AGE_SLOTS.has(r.ctx.slot) && r.ctx.slot !== 'relations') {
    const siblings = [r.people.knownWith('child'), r.people.knownWith('grandchild')].find((g) => g.length > 1);
    const k = siblings && r.people.byOrdinal(m.which, siblings);
    if (k !== undefined) {
      const p = r.people.member(k);
      if (p.at < 0) p.at = tok.start;
      c.clausePerson = p;
      r.topic = p;
      c.understoodSomething = true;
      return;
    }
  }
  if (r.ctx.slot === 'obligors.situation' && r.obligorPeople.length > 1) {
    const list = r.ctx.household.obligors?.list ?? [];
    const byAge = r.obligorPeople.map((p, k) => ({ p, age: list[k]?.age ?? 0 })).sort((a, b) => b.age - a.age);
    c.clausePerson = (m.which === 'older' ? byAge[0] : byAge.at(-1))!.p;
    r.topic = c.clausePerson;
  }
}

/** A word for living elsewhere (另过, 已经成家, 分开住): who named in the clause lives apart. */
function readApartWord(r: Reading, c: ClauseReading, tok: WordToken, i: number): void {
  if (!villageOfOthers(c.clause, tok) || notGoneOut(c.clause, i)) {
    c.understoodSomething = true;
    return;
  }
  // Someone named in this clause lives elsewhere; a known member stays a member. In a summary, words
  // for a household of one's own said right after a relative ("独子62岁，自己家也吃着低保", "儿子…，
  // 另过") are about that relative.
  // ("两老同儿子分开住": the son apart from the couple, not the spouse in the couple word.)
  const fromPair = apartFromPair(c.clause, i, c.clausePersons);
  if (fromPair.length) {
    for (const q of fromPair) if (q !== r.people.self && q.known === undefined) q.apart = true;
    c.understoodSomething = true;
    return;
  }
  const ownHome = startsWithPhrase(tok.text, 'ownHomeApart');
  const p =
    c.clausePerson ??
    (r.ctx.slot === 'summary' && ownHome && r.topic !== r.people.self && c.ci > 0 ? r.topic : undefined) ??
    // ("个仔30岁已结婚，喺外面住": the relative the clause before, in the same sentence, named.)
    (r.ctx.slot === 'summary' ? namedJustBefore(r, c) : undefined);
  const workAway =
    ((p?.rel === 'spouse' && r.ctx.slot === 'summary') || wagesAsked(r.ctx)) &&
    c.clause.some((t) => isMeaning(t, 'work') || meaningOf(t, 'income')?.cat === 'wages');
  if (
    p &&
    p !== r.people.self &&
    p.known === undefined &&
    !workAway &&
    !startsWithPhrase(tok.text, 'exSpouse') &&
    !splitFromWriter(c.clause, tok)
  )
    p.apart = true;
  c.understoodSomething = true;
}

/** A word for living together (一起住, 同住): who named in the clause lives with the household. */
function readTogetherWord(r: Reading, c: ClauseReading, tok: WordToken, i: number): void {
  // Only someone named in this clause ("儿子跟我住"), not whoever was named before; in a summary, the
  // words a third person uses of someone else ("个仔喺市区返工，同佢哋住", "（24岁，做保安，住屋企）")
  // are about the person the summary was just talking about.
  const ofThem = r.ctx.slot === 'summary' && startsWithPhrase(tok.text, 'withThem');
  const p = c.clausePerson ?? (ofThem ? r.topic : r.people.self);
  childAtHomeAfterAll(r, c, c.negated(i));
  const wasApart = p.apart;
  // "不跟我们一块": lives elsewhere.
  if (p !== r.people.self) p.apart = c.negated(i) ? (p.known === undefined ? true : p.apart) : false;
  // (Said to live with the family, "同一个未婚仔同住，仔喺市区送外卖": work in town after it is a member's.)
  if (r.ctx.slot === 'summary' && p !== r.people.self && !c.negated(i)) p.atHome = true;
  // Work read as a relative's away from home (able to support) is, at home, the household's work.
  const f = r.personFacts.get(p.key);
  if (wasApart && !p.apart && r.ctx.slot === 'summary' && f?.healthy && !f.employed)
    f.employed = { v: true, span: f.healthy.span };
}

/**
 * The relatives named one by one right before 都 in this clause ("老大老二都…"), as the dialogue knows
 * them (obligors asked about, named by their word): what follows 都 is said of each.
 */
function namedBeforeBoth(r: Reading, c: ClauseReading, i: number): Person[] {
  const both = c.clause.findIndex((t, k) => k < i && isPhrase(t.text, 'bothWord'));
  if (both < 2) return [];
  const words = c.clause
    .slice(0, both)
    .filter((t) => isMeaning(t, 'person'))
    .map((t) => t.text);
  if (words.length < 2) return [];
  return r.obligorPeople.filter((p) => p.word !== undefined && words.includes(p.word));
}

/** The last of people counted together (the youngest of 三个细路), named one by one up to the count. */
function lastOf(r: Reading, group: Person): Person {
  const parts = () => r.people.list.filter((q) => q.partOf === group.key);
  for (let k = parts().length; k < group.n; k++) r.people.mention(group.rel, group.at + k + 1);
  const all = parts();
  return all.length === group.n ? all.at(-1)! : r.ageTarget(group);
}

/**
 * The relative a summary's clause before named, in the same sentence, when this clause names no one and
 * nothing else comes between: the one "在外面住" or "喺出面住" is said of.
 */
function namedJustBefore(r: Reading, c: ClauseReading): Person | undefined {
  const topic = r.topic;
  const before = r.clauses[c.ci - 1];
  if (topic === r.people.self || topic.dead || before === undefined) return undefined;
  if (/[。；;！？!?]/.test(r.text[c.clauseStart - 1] ?? '')) return undefined;
  if (c.clause.some((t) => isMeaning(t, 'person') || isMeaning(t, 'pronoun'))) return undefined;
  return before.some((t) => t.start === topic.at) ? topic : undefined;
}

/**
 * A word for a person (儿子, 老伴, 来电人, 阿妈) in a clause: whether it names someone new, whose relative they are,
 * how many, whether they live with the household, and the person mentioned with what the clause says of them
 * (read-people-words.ts sends each kind of people word to its reader).
 */
import { countAfterKin } from './count-after-kin.ts';
import { callerBySharedName } from './caller-name-shared.ts';
import { harmDoneBy } from './harm-done-by.ts';
import type { Meaning } from '../../content/lexicon/index.ts';
import type { Relation } from '../../content/lexicon/index.ts';
import type { ClauseReading } from './clause-reading.ts';
import { AGE_SLOTS, callIsAbout, isMeaning, setAsideWriter, wagesAsked } from './cues.ts';
import { meaningOf, type Token } from './tokens.ts';
import type { Reading } from './reading.ts';
import type { Person } from './people.ts';
import { coupleMember, headOfCouple, namesHouseholdBy, namesSelfInThirdPerson } from './cadre-voice.ts';
import { callerLivesWith } from './caller-at-home.ts';
import { wholeNumber } from './numbers.ts';
import { writerLivesWith } from './writer-lives-with.ts';
import { sexAfterPartyAge } from './sex-after-age.ts';
import { pastShortAside } from './short-aside.ts';
import { farmsTheLand } from './land-farmed-by.ts';
import { relativesOwnChildren } from './relatives-kids.ts';
import { inLawLivesWith } from './in-law-with.ts';
import { atHomeInAside } from './aside-at-home.ts';
import { includeListed } from './listed-before.ts';
import { sentenceBefore } from './sentence-window.ts';
import { opensWithOutsideCaller } from './outside-caller.ts';
import type { WordToken } from './read-word.ts';
import { endingPhrase, endsWithPhrase, endsWithPhrases, hasPhrase, isPhrase, startsWithPhrase } from './phrases.ts';

/** People named who are not kin: in a call summary never a member unless said to live there. */
const NON_KIN = new Set(['朋友', '邻居', '保姆', '亲戚', '老乡', '工友', '同事']);

/** A caller who is the subject's child, grandchild or brother or sister (本人 in their summary is them). */
const CALLER_KIN: ReadonlySet<string> = new Set(['child', 'grandchild', 'sibling']);

/**
 * A word for a person (儿子, 老伴, 来电人): after the readings that name no one new (personWordAside), whose relative
 * they are, how many, and the person mentioned with what the clause says of them.
 */
export function readPersonWord(
  r: Reading,
  c: ClauseReading,
  tok: WordToken,
  i: number,
  m: Extract<Meaning, { t: 'person' }>,
  span: [number, number],
): void {
  if (personWordAside(r, c, tok, i, m)) return;
  // "代女儿咨询", "为女儿咨询单人保", "阿妈代个女问": whoever is asked for, anywhere in the summary.
  const askedFor =
    /[代为替]$/.test(r.text.slice(Math.max(0, tok.start - 1), tok.start)) &&
    startsWithPhrase(r.text.slice(tok.end, tok.end + 2), 'askingFor');
  const aboutRelative =
    r.ctx.slot === 'summary' &&
    m.rel !== 'self' &&
    !r.people.writer &&
    // ("…与来电人一家同住。…询问母亲能否申请特困": named again at the end, she is already placed.)
    !(c.ci > 1 && r.people.list.some((q) => q.rel === m.rel && q.word === tok.text)) &&
    // ("咨询其朋友讲嘅补助", "问她姐说的那个补贴": the relative only tells of it, the call is not about them.)
    !startsWithPhrase(r.text.slice(tok.end, tok.end + 3), 'heardFrom') &&
    (askedFor ||
      callIsAbout(c.clause, i, c.ci, r.text, r.personFacts.get(r.people.self.key), restOfSentence(r, tok.end)) ||
      // "反映其父亲（80岁）…过身，而家阿妈（77岁）一个人住": the parent left is whom the call is about.
      // (Only one said to be left or living alone: "家里还有母亲" after a death is the caller's household.)
      (r.parentDiedFirst &&
        m.rel === 'parent' &&
        !diesLater(restOfSentence(r, tok.end)) &&
        (endsWithPhrase(r.text.slice(Math.max(0, tok.start - 3), tok.start), 'leftAfterDeath') ||
          r.tokens.some((t) => t.start > tok.end && t.start < tok.end + 12 && isMeaning(t, 'alone')))));
  // (The parent who died told of first, as the call opens: remembered for the one named next.)
  if (
    !aboutRelative &&
    r.ctx.slot === 'summary' &&
    !r.people.writer &&
    m.rel === 'parent' &&
    r.people.list.every((p) => p === r.people.self) &&
    hasPhrase(r.text.slice(0, tok.start), 'callerReports') &&
    diesLater(restOfSentence(r, tok.end))
  )
    r.parentDiedFirst = true;
  if (aboutRelative) {
    const subject = r.people.mention(m.rel, tok.start, {
      ...(m.n ? { n: m.n } : {}),
      ...(m.gender ? { gender: m.gender } : {}),
      word: tok.text,
    });
    const writer = r.people.self;
    const livesWith = callerLivesWith(r, subject);
    r.people.onBehalfOf(subject, m.inLaw ? { inLaw: true } : {});
    setAsideWriter(writer, r.ctx.slot, livesWith);
    // "某村委会干部来电反映，该村有一户母子：母亲…": a caller who opens as a cadre or a neighbour calling
    // in is no relative of the one told of, whoever the summary turns to (owes no support, not a member).
    if (r.ctx.slot === 'summary' && opensWithOutsideCaller(r.text)) {
      writer.apart = false;
      writer.bystander = true;
    }
    c.clausePerson = r.people.self;
    r.topic = r.people.self;
    c.clausePersons.push(r.people.self);
    r.onBehalf = true;
    c.understoodSomething = true;
    return;
  }
  // "佢哋老豆老母" (their parents): a relation of the people just named, not of the speaker.
  if (isMeaning(c.clause[i - 1], 'others')) c.possessorOfClause = r.topic;
  // "孙子他妈改嫁了", "娃她爸": the relative of the person named right before the pronoun.
  else if (
    r.ctx.slot === 'summary' &&
    isMeaning(c.clause[i - 1], 'pronoun') &&
    (meaningOf(c.clause[i - 2], 'person')?.rel ?? 'self') !== 'self'
  )
    c.possessorOfClause = c.clausePerson ?? c.possessorOfClause;
  // "俺两个孙子都是俺带着 他爸在监狱里", 粤 "个孙跟我，佢老豆喺外面": in a resident's answer, 他/佢 opening
  // a clause after grandchildren were talked about, then a parent word — the grandchildren's parent.
  else if (
    r.ctx.slot !== 'summary' &&
    i === 1 &&
    m.rel === 'parent' &&
    !m.inLaw &&
    isMeaning(c.clause[0], 'pronoun') &&
    grandchildBefore(r, tok.start) !== undefined
  ) {
    // ("…他爸在监狱里 他妈跑了": 他 again after one parent was named is still the grandchildren.)
    c.possessorOfClause = grandchildBefore(r, tok.start);
    r.grandchildsOf = c.possessorOfClause;
    r.grandchildsParent = undefined;
  } else if (
    isPhrase(c.clause[i - 1]?.text ?? '', 'possessive') &&
    meaningOf(c.clause[i - 2], 'person') &&
    meaningOf(c.clause[i - 2], 'person')!.rel !== 'self'
  )
    c.possessorOfClause = c.clausePerson;
  // "他兄弟那个有证", 粤 "佢细佬有": answering about a household already listed, a lone 他/佢 with no one
  // named before it in the message, then a brother or sister the list has none of — the listed
  // spouse's sibling (how a wife names her husband), a relative by marriage.
  else if (spousesSibling(r, c.clause, i, tok.start, m.rel))
    c.possessorOfClause = r.people.member(r.people.knownWith('spouse')[0]!);
  else if (!isMeaning(c.clause[i - 1], 'person') && !isMeaning(c.clause[i - 1], 'pronoun'))
    c.possessorOfClause = undefined;
  // "孙子父母均在深圳打工", "孙女爸爸": a grandchild's parents named right after them, whose parents they
  // are (the same grammar as with 的, "孙子的父母"): the family's son or daughter.
  else if (
    r.ctx.slot === 'summary' &&
    m.rel === 'parent' &&
    !m.inLaw &&
    meaningOf(c.clause[i - 1], 'person')?.rel === 'grandchild' &&
    !meaningOf(c.clause[i - 1], 'person')?.n
  )
    c.possessorOfClause = c.clausePerson ?? c.possessorOfClause;
  // "细仔老婆", "儿子媳妇", "女儿女婿": a child's spouse, named right after the child.
  const prevPerson = meaningOf(c.clause[i - 1], 'person');
  if (
    prevPerson &&
    prevPerson.rel !== 'self' &&
    !prevPerson.n &&
    m.rel === 'spouse' &&
    !startsWithPhrase(tok.text, 'andWith')
  )
    c.possessorOfClause = r.people.list.findLast((q) => q.at === c.clause[i - 1]!.start) ?? c.possessorOfClause;
  const possessor = c.possessorOfClause;
  // "我在家伺候她", "一个人带两个孩子": someone looked after is the object, not who the clause goes on about.
  const before2 = r.text.slice(Math.max(0, tok.start - 2), tok.start);
  const looked = endsWithPhrase(before2, 'caredFor') || endsWithPhrase(before2, 'keptAlong');
  // A spouse's parent: in a call summary, the family's parent (the agent's work order counts them
  // with the family they live with); answering the chat's "who is this to you?", the resident's
  // own relation to them, which its list puts under 其他亲戚.
  const own = (m.inLaw && r.ctx.slot !== 'summary') || sonsWife(r, c, tok, i, m.rel) ? 'other' : m.rel;
  // "老公的爸妈", "丈夫的父母" in a call summary: the spouse's parents, counted as the family's (as 公婆 are).
  const spousesParent = r.ctx.slot === 'summary' && possessor?.rel === 'spouse' && own === 'parent';
  let rel = possessor && possessor !== r.people.self && !spousesParent ? composed(possessor.rel, own) : own;
  // "孙子的母亲" when the family's son was named (and no daughter): his wife, a relative by marriage.
  if (
    (r.ctx.slot === 'summary' || possessor === r.grandchildsOf) &&
    possessor?.rel === 'grandchild' &&
    rel === 'child' &&
    m.gender &&
    r.people.list.some(
      (q) => q.rel === 'child' && (q.gender ?? sexOfChildWord(q.word)) === (m.gender === 'f' ? 'm' : 'f'),
    ) &&
    !r.people.list.some((q) => q.rel === 'child' && (q.gender ?? sexOfChildWord(q.word)) === m.gender)
  )
    rel = 'other';
  // "两个上学的孩子", "三个读书的细路": a count before words describing them.
  const countWord =
    r.ctx.slot === 'summary' && !m.n
      ? // (Grammar, not a word list: a count, 个, a short description and its possessive mark.)
        r.text.slice(Math.max(0, tok.start - 7), tok.start).match(/([两二三四])个[^，。,、\s]{1,4}(的|嘅)$/)?.[1]
      : undefined;
  const n =
    m.n ??
    (countWord ? wholeNumber(countWord)?.value : undefined) ??
    (c.clause[i - 1] && c.countForNext ? c.countForNext : undefined) ??
    countAfterKin(r, c.clause, i, rel);
  c.countForNext = undefined;
  // "孙嘅阿爸（潘某个仔）", "父亲（王某之子）": inside a bracket right after a person, whose relative
  // that person is, said of a named someone: the same person, not one more.
  if (
    r.ctx.slot === 'summary' &&
    r.parenOwner &&
    r.parenOwner !== r.people.self &&
    !m.n &&
    // (Grammar, not a word list: a bracket, a person or a surname with 某, an optional possessive.)
    /[（(](来电人|[\u4e00-\u9fa5]{1,2}某{1,2})(之|的|嘅)?个?$/.test(r.text.slice(Math.max(0, tok.start - 8), tok.start))
  ) {
    c.about([r.parenOwner], false);
    return;
  }
  // "某村父女俩。父亲70岁来电，闺女38岁": after a parent-and-child pair, the parent's word is the pair's
  // parent, the person the call is about, not the parent of someone.
  if (
    r.ctx.slot === 'summary' &&
    own === 'parent' &&
    !possessor &&
    !r.people.writer &&
    // (Not when the caller, already described, is the pair's child: "来电人（女，27岁）称，父女俩…，父亲56岁".)
    (r.personFacts.get(r.people.self.key)?.age === undefined || r.people.self.word === tok.text) &&
    ((isPhrase(tok.text, 'fatherWord') && hasPhrase(r.text.slice(0, tok.start), 'fatherAndChild')) ||
      (isPhrase(tok.text, 'motherWord') && hasPhrase(r.text.slice(0, tok.start), 'motherAndChild')))
  ) {
    r.people.namedSelf(tok.start);
    // (The same word later, "父亲种二亩地", is them again.)
    r.people.self.word ??= tok.text;
    c.about([r.people.self]);
    return;
  }
  // "孙子的母亲", "孩子他爸": the children named before, as whose relative someone is, not a new child.
  if (r.ctx.slot === 'summary' && isPossessiveOrHe(c.clause[i + 1]?.text) && isMeaning(c.clause[i + 2], 'person')) {
    const named = r.people.list.findLast(
      (q) => q.rel === rel && q !== r.people.self && !q.dead && q.partOf === undefined && q.at < tok.start,
    );
    if (named) {
      c.clausePerson = named;
      c.clausePersons.push(named);
      return;
    }
  }
  // "有两个儿子，大儿子…二儿子…。儿子们每年给两三千": the word with 们 after a group of that relation
  // was counted is that group again, not one more.
  if (r.ctx.slot === 'summary' && !n && r.text[tok.end] === '们') {
    const group = r.people.list.findLast(
      (q) => q.rel === rel && q.n > 1 && q !== r.people.self && !q.dead && q.partOf === undefined && q.at < tok.start,
    );
    if (group) {
      c.about([group]);
      return;
    }
  }
  // The one the clause was about before this word ("心抱改嫁冇再理个孙": the grandchild is the object).
  const subjectBefore = c.clausePerson;
  // ("三个仔，一个女": the one the count before the word named already, not one more of the three.)
  const countedOne = r.people.list.some((q) => q.at === tok.start && q.n === 1 && q.rel === rel);
  const p = r.people.mention(rel, tok.start, {
    ...(countedOne ? { counted: true } : {}),
    ...(n ? { n } : {}),
    ...(m.gender ? { gender: m.gender } : {}),
    ...(m.inLaw || spousesParent ? { inLaw: true } : {}),
    word: tok.text,
  });
  if (n && n > 1) r.groupCount = n;
  if (possessor !== undefined && possessor === r.grandchildsOf) r.grandchildsParent = p;
  // "儿子在县城开出租，自己也有两个娃要养", "来电人…，我自己都有两个细路": in a summary, children someone
  // else has of their own (the relative or the caller just spoken of) are that person's family, not the
  // household the call is about.
  // (So a wife and children said together, "我自己都有老婆仔要养": the wife and the children after her.)
  const spouseBefore =
    meaningOf(c.clause[i - 1], 'person')?.rel === 'spouse' ? r.people.namedAt(c.clause[i - 1]!.start) : undefined;
  if (
    r.ctx.slot === 'summary' &&
    (rel === 'child' || rel === 'grandchild' || rel === 'spouse') &&
    p.known === undefined
  ) {
    const lead = withoutCount(r.text.slice(c.clauseStart, tok.start));
    const own = endingPhrase(lead, 'ownFamilyLead');
    if (rel !== 'spouse' && spouseBefore?.bystander && spouseBefore.known === undefined) p.bystander = true;
    else if (
      own &&
      (r.topic !== r.people.self ||
        relativeJustNamed(r) ||
        // ("来电人（儿子）在城里打零工，活不稳定；自己还有两个娃上学": the caller last named in the sentence.)
        callerInSentence(r, tok.start) ||
        // ("一个儿子在外打工自家还有俩娃": the relative named earlier in the clause.)
        r.people.list.some(
          (q) =>
            q !== p &&
            q !== r.people.self &&
            q.rel !== 'spouse' &&
            !q.dead &&
            q.at >= c.clauseStart &&
            q.at < tok.start,
        ) ||
        (r.people.writer !== undefined && endsWithPhrase(lead.slice(0, -own.length), 'myOrOur')))
    ) {
      p.bystander = true;
      p.othersFamily = true;
    }
    // ("替父亲问…来电人在外地打工，'俺也有俩娃要养'": asking for another, the caller's 俺/我 has their own.)
    else if (r.people.writer !== undefined && endsWithPhrases(lead, 'myOrOur', 'relativesKidsLead')) {
      p.bystander = true;
      p.othersFamily = true;
    }
    // (Only a word for children of either sex, 娃, 细路: "有一个儿子" names the applicant's son.)
    else if (rel !== 'spouse' && !m.gender && sexOfChildWord(tok.text) === undefined)
      relativesOwnChildren(r, c, p, tok.start);
  }
  // "来电人之子…等三个子女": those named before 等 are among the count.
  if (n && n > 1 && c.clause[i - 1]?.text === '等') includeListed(r, p);
  if (c.studentFor) {
    r.pf(p).student = { span: c.studentFor };
    c.studentFor = undefined;
  }
  if (c.workFor) {
    // A relative working elsewhere is a working adult, able to support (特困人员认定办法 第八条).
    if (p.apart || (c.clauseApart && p.known === undefined && p.rel !== 'spouse')) {
      p.apart = true;
      r.pf(p).healthy ??= { span: c.workFor };
    } else r.pf(p).employed = { v: true, span: c.workFor };
    c.workFor = undefined;
  }
  // "离咗婚，个仔跟佢老豆", "离了，闺女跟她妈": after a divorce, a child with their other parent lives
  // with that parent, and the parent is the former spouse: neither a member nor owing the writer support.
  if (
    r.ctx.slot !== 'summary' &&
    possessor?.rel === 'child' &&
    own === 'parent' &&
    isMeaning(c.clause[i - 1], 'pronoun') &&
    isPhrase(c.clause[i - 2]?.text ?? '', 'goesWith') &&
    possessor.at === c.clause[i - 3]?.start &&
    possessor.known === undefined &&
    hasPhrase(r.text, 'divorced')
  ) {
    possessor.apart = true;
    if (p.known === undefined) p.bystander = true;
  }
  // Their ages and schooling may follow; who works or earns in this clause is still its subject.
  if (looked && m.rel !== 'self') c.lookedAfter = p;
  if (looked && r.ctx.slot === 'summary' && (rel === 'child' || rel === 'grandchild'))
    r.carer = { of: p, by: subjectBefore ?? r.people.self };
  // (Only someone cared for — 照顾, 伺候: "带两个女，一个十岁一个六岁" goes on about the children.)
  const caredFor = looked && m.rel !== 'self' && r.ctx.slot !== 'summary' && endsWithPhrase(before2, 'caredFor');
  if ((possessor && possessor !== r.people.self) || caredFor) {
    // The clause is about them now; who the message is about stays the same ("俺因为要照顾俺娘回来了，
    // 现在村里打个零工": the one who looks after her works, not her).
    c.clausePerson = p;
    // ("她闺女也跟俺们住，二十了", listing the household: the spouse's child is who an age said next is of.)
    if (!caredFor && r.ctx.slot === 'members' && possessor?.rel === 'spouse') r.topic = p;
  } else {
    c.clausePerson = p;
    r.topic = p;
  }
  // A spouse working away stays a member of a household a call summary describes (第七条(一)).
  const workAway =
    ((p.rel === 'spouse' && r.ctx.slot === 'summary') || wagesAsked(r.ctx)) &&
    c.clause.some((t) => isMeaning(t, 'work') || meaningOf(t, 'income')?.cat === 'wages');
  if (
    c.clauseApart &&
    !workAway &&
    !p.atHome &&
    // ("前夫每月给女儿五百": who is given to is not who lives apart.)
    !(r.ctx.slot === 'summary' && isMeaning(c.clause[i - 1], 'gives')) &&
    // ("她妈在外头打工把娃放俺这了": someone the one named before 把 left, the object, stays.)
    !(subjectBefore !== undefined && subjectBefore !== p && isPhrase(c.clause[i - 1]?.text ?? '', 'objectMark')) &&
    // ("心抱改嫁冇再理个孙": someone named after the word, with another before it, is its object.)
    !(
      r.ctx.slot === 'summary' &&
      subjectBefore !== undefined &&
      subjectBefore !== p &&
      subjectBefore !== r.people.self &&
      c.clause.some((t) => t.start < tok.start && isMeaning(t, 'apart'))
    ) &&
    // ("孙子他妈改嫁了", "孙子的妈妈改嫁了", "孙子父母在外打工", "孩子爷爷奶奶在农村": whose relative
    // moved away is not who moved.)
    !(
      r.ctx.slot === 'summary' &&
      ((isPossessiveOrHe(c.clause[i + 1]?.text) && isMeaning(c.clause[i + 2], 'person')) ||
        eldersOfThem(p.rel, meaningOf(c.clause[i + 1], 'person')))
    ) &&
    p.rel !== 'self' &&
    p.known === undefined &&
    !c.clause.some((t) => isMeaning(t, 'together'))
  )
    p.apart = true;
  if (r.ctx.slot === 'obligors' && p !== r.people.self && !c.clause.some((t) => isMeaning(t, 'together')))
    p.apart = true;
  if (c.clauseCategory === 'debt' || c.clauseCategory === 'lent') p.bystander = true;
  // "同几个兄弟合股有条渔船": in a summary, those one goes into a business with are partners, not members.
  if (
    r.ctx.slot === 'summary' &&
    p !== r.people.self &&
    p.known === undefined &&
    startsWithPhrase(r.text.slice(tok.end, tok.end + 4), 'partnersIn')
  )
    p.bystander = true;
  // ("来电人话自己同细佬都系打工仔": one joined by 和/同 to the caller, who lives apart from the person the
  // call is about, lives apart too.)
  if (
    r.ctx.slot === 'summary' &&
    r.people.writer?.apart &&
    p !== r.people.self &&
    p.known === undefined &&
    isMeaning(c.clause[i - 1], 'and') &&
    meaningOf(c.clause[i - 2], 'person')?.rel === 'self' &&
    isPhrase(c.clause[i - 2]!.text, 'callerOwnWord')
  )
    p.apart = true;
  // ("肇事者系一个读书仔": the one who did the harm, not the family's child.)
  if (
    r.ctx.slot === 'summary' &&
    p !== r.people.self &&
    p.known === undefined &&
    startsWithPhrase(r.text.slice(c.clauseStart, tok.start), 'outsiderIs')
  )
    p.bystander = true;
  // ("在家门口被邻居打伤": someone outside the family who did the harm, not a member.)
  if (r.ctx.slot === 'summary' && p.rel === 'other' && p.known === undefined && harmDoneBy(c.clause, i))
    p.bystander = true;
  // ("地让他哥种着": a brother, sister or other kin the land was handed to, not a child of the house.)
  if (
    p !== r.people.self &&
    p.known === undefined &&
    (p.rel === 'sibling' || p.rel === 'other') &&
    farmsTheLand(r.text, tok.start, tok.end)
  )
    p.bystander = true;
  // "暂住父母家", "借住伯父家", "住喺阿哥屋企": whose home the family stays in, not a member; a child or
  // grandchild whose home it is lives apart, anyone else is only named.
  // (So in a resident's own words, "住喺我家姐屋企", "住的俺侄子家": a brother, a sister or other kin
  // whose home the writer stays in is not one of the household.)
  if (
    (r.ctx.slot === 'summary' || r.ctx.slot === 'members' || r.ctx.slot === 'opening') &&
    p !== r.people.self &&
    p.known === undefined &&
    stayingAt(r, c, i) &&
    startsWithPhrase(r.text.slice(tok.end, tok.end + 2), 'theirPlace') &&
    // (Not one named before as living with them: "同阿妈（60岁）住喺阿妈嘅楼", "同父母住父母嘅房".)
    p.at >= c.clauseStart &&
    p.at >= tok.start
  ) {
    if (p.rel === 'child' || p.rel === 'grandchild') p.apart = true;
    else p.bystander = true;
    // (And the family owns no home of its own there: 0 houses, said back, unless a loss put them there.)
    if (r.ctx.slot !== 'summary' && p.bystander)
      r.assets.push({ what: 'no_home', negated: false, span, also: false, owner: r.people.self, clause: c.ci });
  }
  // A call summary names neighbours, village staff and strangers: not the household unless they
  // live there. In-laws and other kin named as at home ("家里还有公公婆婆") are members.
  const atHome =
    c.clause.some((t) => isMeaning(t, 'together')) ||
    (!NON_KIN.has(tok.text) &&
      (hasPhrase(c.clauseText, 'atHome') ||
        hasPhrase(c.clauseText, 'alsoThere') ||
        (r.ctx.slot === 'summary' && atHomeInAside(r.text, tok.end))));
  if (r.ctx.slot === 'summary' && p.rel === 'other' && p.known === undefined && !atHome) p.bystander = true;
  if (
    p.inLaw &&
    (atHome ||
      hasPhrase(c.clauseText, 'livingWith') ||
      inLawLivesWith(r.text, r.tokens, tok, c.clause, r.clauses[c.ci + 1]))
  )
    p.atHome = true;
  // "长期俾老公打", "遭丈夫家暴": a spouse the resident fled from is not living with them.
  // ("妻子打散工", "老公打鱼" are work, not violence.)
  if (
    p.rel === 'spouse' &&
    p.known === undefined &&
    // (Grammar, not a word list: 打 ending the text or followed by one of a set of characters.)
    /^(打$|打[，。,.了咗伤骂人她我佢]|家暴)/.test(r.text.slice(tok.end, tok.end + 2))
  ) {
    p.apart = true;
    // Fleeing violence at home is an emergency of its own (临时救助: 遭遇其他特殊困难).
    if (r.ctx.slot === 'summary' || r.ctx.slot === 'opening' || r.ctx.slot.startsWith('hardship'))
      r.events.push({ kind: 'other', span, clause: c.ci, at: tok.start });
  }
  // "儿子媳妇在外省打工", 粤 "仔同心抱喺深圳打工": a child and their spouse named together, right
  // after each other or joined by 和/同, are a couple the clause's work is said of (in a summary, or
  // answering who works).
  if (
    (r.ctx.slot === 'summary' || r.ctx.slot === 'employed') &&
    p.rel === 'other' &&
    ((possessor?.rel === 'child' && m.rel === 'spouse') || isPhrase(tok.text, 'childsSpouse'))
  ) {
    const before = isMeaning(c.clause[i - 1], 'and') ? c.clause[i - 2] : c.clause[i - 1];
    const child = r.people.list.findLast((q) => q.at === before?.start && q.rel === 'child' && !q.dead);
    if (child && meaningOf(before, 'person')) c.couple = [child, p];
  }
  c.clausePersons.push(p);
  c.understoodSomething = true;
}

/**
 * The readings of a person word that name no one new (true when one applied): a word under a negation, a
 * relative's word for someone already named, the writer named in the third person, a couple's other half.
 */
function personWordAside(
  r: Reading,
  c: ClauseReading,
  tok: WordToken,
  i: number,
  m: Extract<Meaning, { t: 'person' }>,
): boolean {
  // "都冇老婆": nobody named.
  if (i - c.neg === 1 && m.rel !== 'self') return true;
  // "有个仔喺外地做嘢，唔理阿妈", "儿子在外打工，也不管他爹": the parent a child of the subject is said
  // not to look after is the subject, the child's own parent, not one more person.
  if (
    r.ctx.slot === 'summary' &&
    m.rel === 'parent' &&
    (isMeaning(c.clause[i - 1], 'noSupport') ||
      (isMeaning(c.clause[i - 1], 'pronoun') && isMeaning(c.clause[i - 2], 'noSupport'))) &&
    c.who() !== r.people.self &&
    c.who().rel === 'child'
  ) {
    c.understoodSomething = true;
    return true;
  }
  // "侄子也在我家住", 粤 "外甥同我住": 我 after 在/跟 and before 家/住 is where, or with whom, the one
  // named lives; the clause stays about them (an age said next is theirs, not the writer's).
  if (
    m.rel === 'self' &&
    AGE_SLOTS.has(r.ctx.slot) &&
    c.clausePerson !== undefined &&
    c.clausePerson !== r.people.self &&
    (isPhrase(c.clause[i - 1]?.text ?? '', 'atPlace') || isPhrase(c.clause[i - 1]?.text ?? '', 'andWith')) &&
    (startsWithPhrase(r.text.slice(tok.end, tok.end + 2), 'theirPlace') || r.text[tok.end] === '住')
  ) {
    c.understoodSomething = true;
    return true;
  }
  // "仔女都冇", "儿子也没有", asked about family elsewhere: a relative named and then none, closing
  // the clause, is no one (the none itself is read next).
  if (
    m.rel !== 'self' &&
    (r.ctx.slot === 'obligors' || r.ctx.slot === 'obligors.situation') &&
    noneCloses(c.clause, i + 1)
  ) {
    c.understoodSomething = true;
    return true;
  }
  // "户主七十二，他老伴六十九": the head named in the third person; 他 after it is the head (cadre-voice.ts).
  if (m.rel === 'self' && namesSelfInThirdPerson(tok.text)) r.selfThirdAt = tok.start;
  // "帮俺村王老汉家问一下": which household, not a member of it (cadre-voice.ts).
  if (m.rel !== 'self' && namesHouseholdBy(r, tok)) {
    c.understoodSomething = true;
    return true;
  }
  // "俺娘就俺一个闺女", "我爸就我一个仔", kept for a parent: the only child is the writer, no one more.
  if (
    r.keptFor !== undefined &&
    m.rel !== 'self' &&
    isMeaning(c.clause[i - 1], 'alone') &&
    /[我俺]/.test(c.clause[i - 1]!.text) &&
    r.people.writer
  ) {
    const writer = r.people.writerFor('我')!;
    c.about([writer], false);
    return true;
  }
  // "我跟我爸住，他七十三，我四十五", in a dialogue kept for a parent: the writer lives with them, a member.
  if (m.rel === 'self' && r.ctx.slot === 'members' && writerLivesWith(r, c.clause, tok)) {
    const writer = r.people.writerFor(tok.text)!;
    writer.bystander = false;
    if (writer.at < 0) writer.at = tok.start;
  }
  // A cadre's "佢屋企得两公婆，阿伯七十三，阿婆七十": the couple named, the head first (cadre-voice.ts).
  const ofCouple = coupleMember(r, tok, m.rel);
  if (ofCouple === 'spouse') {
    const p = r.people.mention('spouse', tok.start, { word: tok.text });
    c.about([p]);
    return true;
  }
  // A cadre's "这户就老两口，老汉七十四老婆子七十一": the first of the couple named is the head.
  if (ofCouple === 'self' || headOfCouple(r, tok, m.rel)) {
    r.people.namedSelf(tok.start);
    r.selfThirdAt = tok.start;
    c.about([r.people.self]);
    return true;
  }
  // "俩老人都七十多了", answering how the relatives elsewhere are: 老人 is them, not the speaker.
  if (
    r.ctx.slot === 'obligors.situation' &&
    m.rel === 'self' &&
    r.obligorPeople.length > 0 &&
    !isPhrase(tok.text, 'iMyself')
  ) {
    c.about(r.obligorPeople);
    return true;
  }
  // "两个外孙", "三个儿": the count before the word already named them all; the word itself is
  // not one of them yet (外孙女十岁、外孙七岁 after it are).
  // (Or a group named again with its count, "三个仔都已成家，三个仔每人…": the group named first.)
  const counted =
    r.people.list.find((p) => p.at === tok.start && p.n > 1 && p.partOf === undefined) ?? r.countedWord.get(tok.start);
  if (counted && !m.n && m.rel !== 'self') {
    // ("有，三个仔，一个女", answering who lives elsewhere: those counted live elsewhere too.)
    if (r.ctx.slot === 'obligors' && !c.clause.some((t) => isMeaning(t, 'together'))) counted.apart = true;
    c.about([counted], false);
    return true;
  }
  // "他自己也是低保户", "个女自己都係": 自己 after a pronoun or a relative is that person, not the resident.
  if (
    m.rel === 'self' &&
    tok.text === '自己' &&
    (isMeaning(c.clause[i - 1], 'pronoun') || (meaningOf(c.clause[i - 1], 'person')?.rel ?? 'self') !== 'self')
  )
    return true;
  // "个仔七十几，住隔篱村，自己都靠耕田", "儿子住在同村，自己也是种地过日子": in a summary, 自己 with 也/都
  // opening the next clause of the sentence about a relative just said to live apart is that relative.
  if (
    m.rel === 'self' &&
    tok.text === '自己' &&
    r.ctx.slot === 'summary' &&
    i === 0 &&
    startsWithPhrase(r.text.slice(tok.end, tok.end + 2), 'selfLikewise') &&
    r.topic !== r.people.self &&
    r.topic.apart &&
    !r.topic.dead &&
    /^[，,]$/.test(r.text[c.clauseStart - 1] ?? '')
  ) {
    r.apartOwn = { person: r.topic, at: tok.start };
    return true;
  }
  // "来电人自己在侯马打工", "来电人话自己系独生仔": the caller, once the call is about someone else.
  if (
    m.rel === 'self' &&
    r.people.writer &&
    isPhrase(tok.text, 'oneself') &&
    endsWithPhrase(r.text.slice(Math.max(0, tok.start - 6), tok.start), 'callerSaying')
  )
    return true;
  // "来电人系独女，嫁去东莞，自己做工厂": in a summary about someone else, 自己/本人 while the sentence
  // still talks of the caller is the caller (a reflexive goes back to its sentence's subject).
  if (
    m.rel === 'self' &&
    r.ctx.slot === 'summary' &&
    r.people.writer &&
    (r.topic === r.people.writer || (i === 0 && givenToTopic(r, c.ci))) &&
    r.writerAt !== undefined &&
    isPhrase(tok.text, 'oneself') &&
    !/[。；;\n]/.test(r.text.slice(r.writerAt, tok.start))
  ) {
    c.about([r.people.writer]);
    return true;
  }
  // "来电人…反映其大佬…。本人喺佛山打工": in a summary about the caller's relative, a sentence opening on
  // 本人 is the caller telling of themself, once the caller is a child, grandchild or sibling set
  // aside from the household (not 本人 in a list of who is at home: "家中母亲、本人").
  if (
    m.rel === 'self' &&
    r.ctx.slot === 'summary' &&
    tok.text === '本人' &&
    i === 0 &&
    /^[。；;！!]?$/.test(r.text.slice(0, tok.start).trimEnd().slice(-1)) &&
    r.people.writer !== undefined &&
    (r.people.writer.apart || r.people.writer.bystander) &&
    CALLER_KIN.has(r.people.writer.rel)
  ) {
    c.about([r.people.writer]);
    r.writerAt = tok.start;
    return true;
  }
  // "住父母留的房子", "老豆留低嘅屋": the people who left it, not members.
  if (m.rel !== 'self' && startsWithPhrase(r.text.slice(tok.end, tok.end + 2), 'leftBehind')) {
    const gone = r.people.mention(m.rel, tok.start, { ...(m.n ? { n: m.n } : {}), word: tok.text });
    gone.dead = true;
    c.understoodSomething = true;
    return true;
  }
  // "来电人（女，52岁）": the sex of the person just named, not a daughter (女 alone is one in 粤).
  // (A resident's "我个女同外孙。我60，女34": a daughter named before, 女 is her again.)
  const daughterBefore =
    r.ctx.slot !== 'summary' && r.people.list.some((p) => p.rel === 'child' && p.at >= 0 && p.at < tok.start);
  if (
    tok.text === '女' &&
    !daughterBefore &&
    (/^[（(，,、：:]$/.test(r.text[tok.start - 1] ?? '') ||
      // A work order's "女 62": spaces around it too.
      (r.ctx.slot === 'summary' && /^\s?$/.test(r.text[tok.start - 1] ?? '')) ||
      // "男76女74": the second of a couple's sexes and ages.
      (r.ctx.slot === 'summary' && /男\s?\d{1,3}\s?$/.test(r.text.slice(Math.max(0, tok.start - 6), tok.start))) ||
      // "本人女，38岁", "来电人女，45岁": the sex said right after the person it describes.
      (r.ctx.slot === 'summary' &&
        endsWithPhrase(r.text.slice(Math.max(0, tok.start - 3), tok.start), 'partyToCall')) ||
      // "本人46岁女，白血病": the sex said right after the age of the person the call is about.
      (r.ctx.slot === 'summary' && sexAfterPartyAge(r.text, tok.start, tok.end)) ||
      // "…街道。女，44，城镇户口": a sentence opening on the sex, before anyone else is named, is the
      // person the call is about.
      (r.ctx.slot === 'summary' &&
        /^。?$/.test(r.text[tok.start - 1] ?? '') &&
        r.people.list.every((p) => p === r.people.self || p.at < 0 || p.at > tok.start))) &&
    (/^[，,、）)：:0-9]$/.test(r.text[tok.end] ?? '') ||
      (r.ctx.slot === 'summary' && /^\s$/.test(r.text[tok.end] ?? '')))
  )
    return true;
  // "来电人阿婆（71岁）屋企烧坏咗…阿婆同老公两个人住": in a summary, an old person's word right after 来电人
  // (no 的/嘅, no 系) says who the caller is; the word again later is her too.
  if (
    r.ctx.slot === 'summary' &&
    m.rel === 'grandparent' &&
    !r.people.writer &&
    isPhrase(tok.text, 'grannyGrandpa') &&
    r.text.slice(Math.max(0, tok.start - 3), tok.start) === '来电人' &&
    !/^[代为替帮]/.test(r.text.slice(tok.end, tok.end + 1))
  ) {
    r.people.namedSelf(tok.start);
    r.people.self.word ??= tok.text;
    c.about([r.people.self]);
    return true;
  }
  // "<镇>，老汉（88）一人生活": a summary opening on 老汉 (in a work order an old man; a husband only as
  // someone's, 俺老汉, 她老汉) with an age right after it, before anyone else or any caller is named, is
  // the old man the call is about.
  if (
    r.ctx.slot === 'summary' &&
    m.rel === 'spouse' &&
    isPhrase(tok.text, 'oldManWord') &&
    !r.people.writer &&
    r.people.list.every((p) => p === r.people.self) &&
    r.personFacts.get(r.people.self.key)?.age === undefined &&
    !hasPhrase(r.text.slice(0, tok.start), 'speakerBefore') &&
    /^[（(]?\d/.test(r.text.slice(tok.end, tok.end + 2))
  ) {
    r.people.namedSelf(tok.start);
    r.people.self.word ??= tok.text;
    c.about([r.people.self]);
    return true;
  }
  // "阿婆同两个孙": an old woman speaking of herself, as 两阳 grandmothers do, when she talks of her grandchildren.
  if (
    m.rel === 'grandparent' &&
    isPhrase(tok.text, 'grannyGrandpa') &&
    r.people.list.length === 1 &&
    ((/孙/.test(r.text) &&
      // ("来电人系孙女，反映阿嫲…": the grandchild calls about her.)
      !hasPhrase(r.text, 'callerIsGrandchild')) ||
      // "<县>某村阿婆，78岁，一个人住": a summary opening on an old woman is about her, when no
      // caller or speaker was named before her.
      (r.ctx.slot === 'summary' && !hasPhrase(r.text.slice(0, tok.start), 'speakerBefore')))
  ) {
    r.people.namedSelf(tok.start);
    c.about([r.people.self]);
    return true;
  }
  // "王某反映，其妻子…。王某（40岁）在饭店帮厨": the caller's name again, after the call turned to someone
  // else, is the caller.
  if (
    m.rel === 'self' &&
    r.ctx.slot === 'summary' &&
    r.people.writer &&
    tok.text === '某' &&
    r.text[tok.end] !== '某' &&
    (callerNamed(r.text, r.text.slice(tok.start - 1, tok.end), tok.start - 1) || callerBySharedName(r, c.clause, i))
  ) {
    c.about([r.people.writer]);
    r.writerAt = tok.start;
    return true;
  }
  // 来电人 (诉求人) after the call turned to someone else: the caller, not the subject.
  if (m.rel === 'self' && r.people.writer && startsWithPhrase(tok.text, 'callerTitle')) {
    // ("一直跟来电人一家住", "同来电人一齐过": the subject lives with the caller, said from the subject's side.)
    if (
      c.clause.some((t) => isMeaning(t, 'together')) ||
      // ("跟着来电人一家过": 跟着 may be read as 跟 and a lone 着.)
      ((isPhrase(c.clause[i - 1]?.text ?? '', 'livingAlongWith') ||
        endsWithPhrase(r.text.slice(Math.max(c.clauseStart, tok.start - 2), tok.start), 'livingAlongWith')) &&
        hasPhrase(
          c.clause
            .slice(i + 1)
            .map((t) => t.text)
            .join(''),
          'livingHow',
        ))
    ) {
      r.people.writer.apart = false;
      // (A brother or other relative who calls, set aside as a bystander, is one of the household too.)
      r.people.writer.bystander = false;
    }
    c.about([r.people.writer]);
    r.writerAt = tok.start;
    return true;
  }
  // "我是她侄女": the writer saying who they are, not someone else.
  if (
    m.rel !== 'self' &&
    c.clause.slice(Math.max(0, i - 3), i).some(
      (t, k, arr) =>
        meaningOf(t, 'person')?.rel === 'self' &&
        isMeaning(arr[k + 1], 'yes') &&
        // ("户主有个闺女": 有 says whom they have, not who they are.)
        !(arr[k + 1]?.text ?? '').startsWith('有'),
    )
  ) {
    // ("来电人系奶奶（66岁）…奶奶自己耕两亩田": the caller's word for themself, named again, is them.)
    if (r.ctx.slot === 'summary' && !r.people.writer && (m.rel === 'grandparent' || m.rel === 'parent'))
      r.people.self.word ??= tok.text;
    return true;
  }
  // 我老公, 俺妈: 我 here says whose, not who (and is not one of the people the clause counts).
  if (m.rel === 'self' && !isMeaning(c.clause[i + 1], 'person')) r.people.namedSelf(tok.start);
  if (
    m.rel === 'self' &&
    isPhrase(tok.text, 'myOrOur') &&
    meaningOf(c.clause[i + 1], 'person') &&
    meaningOf(c.clause[i + 1], 'person')!.rel !== 'self'
  )
    return true;
  // A call about a relative ("来电人称其父母…", "居民来电称母亲（65岁）独居"): the relative is the subject.
  // "来电人（女儿）称…", "来电人系仔", "来电人称是叔叔": who the caller is to the person the call is about.
  if (
    r.ctx.slot === 'summary' &&
    m.rel !== 'self' &&
    (endsWithPhrase(r.text.slice(Math.max(0, tok.start - 6), tok.start), 'callerIsKin') ||
      // "来电人为女儿，说她爸…": who the caller is; "来电人为女儿咨询" is asking for her (below).
      (endsWithPhrase(r.text.slice(Math.max(0, tok.start - 4), tok.start), 'callerIsKinWei') &&
        !startsWithPhrase(r.text.slice(tok.end, tok.end + 2), 'askingFor')) ||
      // "来电人母亲代女儿咨询", "来电人阿妈代个女问": who the caller is, before whom they ask for.
      (/来电人阿?$/.test(r.text.slice(Math.max(0, tok.start - 4), tok.start)) &&
        /^[代为替帮]/.test(r.text.slice(tok.end, tok.end + 1))))
  ) {
    // ("来电人系奶奶（66岁）…奶奶自己耕两亩田": the caller's word for themself, named again, is them.)
    if (!r.people.writer && (m.rel === 'grandparent' || m.rel === 'parent')) r.people.self.word ??= tok.text;
    return true;
  }
  // The word the summary first used for the person the call is about, used again, is them.
  if (r.ctx.slot === 'summary' && m.rel !== 'self' && r.people.self.word === tok.text) {
    c.about([r.people.self]);
    return true;
  }
  return false;
}

/** A none or no ("冇", "都冇", "也没有") closing the clause from `at`, with at most one character (也, 都) before it. */
function noneCloses(clause: readonly Token[], at: number): boolean {
  const skip = clause[at]?.kind === 'char' && clause[at]!.text.length === 1 ? 1 : 0;
  const t = clause[at + skip];
  return (isMeaning(t, 'none') || isMeaning(t, 'neg')) && clause[at + skip + 1] === undefined;
}

/**
 * A parent or grandparent word right after a child or grandchild word ("孙子父母", "孩子爷爷奶奶", with no 的):
 * the elders of the one named first, so the younger one is whose they are, not who the clause is about.
 */
function eldersOfThem(rel: string, next: { rel: string; inLaw?: boolean } | undefined): boolean {
  if (!next || next.inLaw) return false;
  if (rel === 'grandchild') return next.rel === 'parent';
  return rel === 'child' && (next.rel === 'parent' || next.rel === 'grandparent');
}

/** A possessive mark or he/she as the next word ("孙子的母亲", "孩子他爸"): a relative of the one before. */
function isPossessiveOrHe(text: string | undefined): boolean {
  return isPhrase(text ?? '', 'possessive') || isPhrase(text ?? '', 'heOrShe');
}

/** The sex a word for a child names (儿子, 个仔: a son; 女儿, 闺女: a daughter), when it names one. */
export function sexOfChildWord(word: string | undefined): 'm' | 'f' | undefined {
  if (!word) return undefined;
  if (/女/.test(word)) return 'f';
  if (word === '子' || hasPhrase(word, 'sonWord')) return 'm';
  return undefined;
}

/** The words for a wife that are also a son's wife (晋南 媳妇 is the wife; after 儿子 it is his). */
const WIFE_OR_SONS_WIFE = new Set(['媳妇', '媳妇儿']);

/**
 * "儿子三十二在外打工，媳妇带孙子在家": 媳妇 alone, after a grown son or the resident's own spouse
 * was named in the same answer, is the son's wife (儿媳: 其他亲戚 on the chat's list). 俺媳妇, or
 * 媳妇 before any son ("俺跟媳妇还有儿子"), stays the wife. Said back either way.
 */
function sonsWife(r: Reading, c: ClauseReading, tok: WordToken, i: number, rel: Relation): boolean {
  if (rel !== 'spouse' || !WIFE_OR_SONS_WIFE.has(tok.text)) return false;
  if (meaningOf(c.clause[i - 1], 'person')?.rel === 'self') return false;
  // The wife named before by the same word ("俺媳妇 … 媳妇三十九") is her again.
  if (r.people.list.some((p) => p.rel === 'spouse' && p.at >= 0 && WIFE_OR_SONS_WIFE.has(p.word ?? ''))) return false;
  return r.people.list.some(
    (p) =>
      p.at >= 0 &&
      p.at < tok.start &&
      !p.dead &&
      ((p.rel === 'spouse' && p !== r.people.self) ||
        (p.rel === 'child' &&
          (p.gender === 'm' || hasPhrase(p.word ?? '', 'boyMark')) &&
          !/女/.test(p.word ?? '') &&
          (r.personFacts.get(p.key)?.age?.v ?? 99) >= 18)),
  );
}

/**
 * A lone 他/佢 then a brother or sister, answering about a listed household that has one spouse, no
 * sibling and someone filed as other, with no one named before in the message: the spouse's sibling.
 */
function spousesSibling(r: Reading, clause: readonly Token[], i: number, at: number, rel: Relation): boolean {
  return (
    r.ctx.slot !== 'summary' &&
    rel === 'sibling' &&
    isMeaning(clause[i - 1], 'pronoun') &&
    !r.tokens.some((t) => t.start < at - 1 && (isMeaning(t, 'person') || isMeaning(t, 'pronoun'))) &&
    r.people.knownWith('spouse').length === 1 &&
    r.people.knownWith('sibling').length === 0 &&
    r.people.knownWith('other').length > 0
  );
}

/** Someone's relation to the speaker, named as a relation of a relative: 孙's 老豆 is 子女. */
export function composed(of: Relation, rel: Relation): Relation {
  if (of === 'grandchild' && rel === 'parent') return 'child';
  if (of === 'child' && rel === 'child') return 'grandchild';
  if (of === 'child' && rel === 'parent') return 'spouse';
  if (of === 'spouse' && rel === 'child') return 'child';
  if (of === 'parent' && rel === 'spouse') return 'parent';
  return 'other';
}

/**
 * The tokens after `from` to the end of the next clause (a death is told a clause later: "称其11岁仔…
 * 玩水，遇溺身亡"), within its sentence and at most 40 characters on.
 */
function restOfSentence(r: Reading, from: number): Token[] {
  const out: Token[] = [];
  let commas = 0;
  for (const t of r.tokens) {
    if (t.start < from) continue;
    if (t.start > from + 40 || /[。；;！!？?]/.test(t.text)) break;
    if (/[，,]/.test(t.text) && ++commas > 1) break;
    out.push(t);
  }
  return out;
}

/** A death in these tokens, with no one else named before it: the person just named died. */
function diesLater(rest: readonly Token[]): boolean {
  const died = rest.findIndex((t) => isMeaning(t, 'death'));
  return died >= 0 && !rest.slice(0, died).some((t) => isMeaning(t, 'person'));
}

/**
 * Someone's word right after staying at their place ("暂住父母家", "住喺我家姐屋企", "住的俺侄子家"): 住 or the
 * like, then perhaps 我/俺 and 的, then the word at i.
 */
function stayingAt(r: Reading, c: ClauseReading, i: number): boolean {
  let k = i;
  // (Whose relatives may be said first: "住老公父母嘅楼", "住喺我老婆阿哥屋企".)
  while (
    k > 0 &&
    (['self', 'spouse'].includes(meaningOf(c.clause[k - 1], 'person')?.rel ?? '') ||
      isPhrase(c.clause[k - 1]!.text, 'possessive'))
  )
    k--;
  const at = c.clause[k]!.start;
  return endsWithPhrase(r.text.slice(Math.max(0, at - 3), at), 'stayAt');
}

/**
 * The grandchildren a 他/佢 at `at` is about: the last person named before it, other than the writer,
 * when that is a grandchild, or a parent of theirs named the same way a moment ago.
 */
function grandchildBefore(r: Reading, at: number): Person | undefined {
  let last: Person | undefined;
  for (const p of r.people.list)
    if (p !== r.people.self && p.rel !== 'self' && p.at >= 0 && p.at < at && (!last || p.at > last.at)) last = p;
  if (last?.rel === 'grandchild') return last;
  return last !== undefined && last === r.grandchildsParent ? r.grandchildsOf : undefined;
}

/** The text before a count's end taken off ("自己也有两个" → "自己也有"): what led up to the count. */
function withoutCount(text: string): string {
  let end = text.length;
  if (text[end - 1] === '个') end--;
  while (end > 0 && NUMERAL.has(text[end - 1]!)) end--;
  return text.slice(0, end);
}

const NUMERAL = new Set([...'0123456789０１２３４５６７８９一二两三四五六七八九十几']);

/**
 * In a summary about someone else, the caller (来电人) was named earlier in this sentence (clauses apart
 * included; a bounded look back, sentence-window.ts): a 自己 there goes back to them.
 */
function callerInSentence(r: Reading, at: number): boolean {
  const w = r.people.writer;
  if (w === undefined || w === r.people.self || r.writerAt === undefined || r.writerAt > at) return false;
  const sentence = sentenceBefore(r.text, at);
  return r.writerAt >= at - sentence.length && !sentence.slice(r.writerAt - (at - sentence.length)).includes('\n');
}

/** The clause before was about a living relative who is not the subject's spouse ("儿子在县城开出租，…"). */
function relativeJustNamed(r: Reading): boolean {
  const last = r.lastPersons.at(-1);
  return last !== undefined && last !== r.people.self && last.rel !== 'spouse' && !last.dead;
}

/**
 * Whether `name` (王某) was first written, before `before`, as the one who phoned ("王某反映，其妻子…",
 * "王某（40岁）来电"): a reporting word right after it, or after their age or sex in brackets.
 */
function callerNamed(text: string, name: string, before: number): boolean {
  if (!isPhrase(name[0] ?? '', 'surname')) return false;
  const at = text.indexOf(name);
  if (at < 0 || at >= before || text[at + name.length] === '某') return false;
  // ("替其母亲王某咨询": the name of a relative just named, not of the caller.)
  if (endsWithPhrase(text.slice(Math.max(0, at - 3), at), 'kinAfterQi')) return false;
  const k = pastShortAside(text, at + name.length);
  return k >= 0 && startsWithPhrase(text.slice(k, k + 2), 'callerReports');
}

/**
 * "来电人是独子，每月给母亲寄500元，自己在城里租房": the clause before gave money to the one it named
 * (named as the one given to, not as the subject), so the sentence's subject is still the giver, and a
 * 自己 opening the next clause goes back to them.
 */
function givenToTopic(r: Reading, ci: number): boolean {
  const before = ci > 0 ? r.clauses[ci - 1]! : [];
  const g = before.findIndex((t) => isMeaning(t, 'gives'));
  if (g <= 0) return false;
  // (The giver unnamed, or the caller: "来电人每月俾阿妈五百，自己…".)
  if (before.slice(0, g).some((t) => meaningOf(t, 'person') !== undefined && meaningOf(t, 'person')!.rel !== 'self'))
    return false;
  return before
    .slice(g + 1)
    .some((t) => meaningOf(t, 'person') !== undefined && meaningOf(t, 'person')!.rel !== 'self');
}

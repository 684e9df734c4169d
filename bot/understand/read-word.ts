/**
 * A word in a clause, by what it means: the basic answers (no, yes, 不知道, a correction, a
 * command) here, the rest by the group that reads them (people, situation, money).
 */
import type { ClauseReading } from './clause-reading.ts';
import { callerLivesWith } from './caller-at-home.ts';
import { isAskingWhether, isMeaning, setAsideWriter } from './cues.ts';
import { MONEY_WORDS, readMoneyWord } from './read-money-words.ts';
import { PEOPLE_WORDS, readPeopleWord } from './read-people-words.ts';
import { readSituationWord, SITUATION_WORDS } from './read-situation-words.ts';
import type { Reading } from './reading.ts';
import { meaningOf, type Token } from './tokens.ts';
import { type Dialect, lexiconFor, type Meaning } from '../../content/lexicon/index.ts';
import { endsWithPhrase, isPhrase, startsWithPhrase } from './phrases.ts';
import { writerCountedIn } from './for-a-parent.ts';

export type WordToken = Extract<Token, { kind: 'word' }>;

export function readWordToken(r: Reading, c: ClauseReading, tok: WordToken, i: number): void {
  const span: [number, number] = [tok.start, tok.end];
  // "为什么要问车", 粤 "点解要讲年龄": what a why asks about is the question's topic, nothing said of the family.
  if (whyAbout(c.clause[i - 1], tok)) return;
  for (const m of meaningsHere(tok, c.clause[i - 1], c.clause[i + 1], c.clause[i + 2])) {
    if (PEOPLE_WORDS.has(m.t)) readPeopleWord(r, c, tok, i, m, span);
    else if (SITUATION_WORDS.has(m.t)) readSituationWord(r, c, tok, i, m, span);
    else if (MONEY_WORDS.has(m.t)) readMoneyWord(r, c, tok, i, m, span);
    else
      switch (m.t) {
        case 'neg':
          if (isAskingWhether(c.clause, i)) break;
          c.neg = i;
          // The first yes or no of the message answers a yes/no question ("冇，不过阿妈好老喇").
          // (Not a no before a verb of willing or letting: "老人家不肯说", "他不让我看" refuse to tell.)
          if (
            r.yes === undefined &&
            !tok.meanings.some((x) => x.t === 'yes') &&
            !startsWithPhrase(c.clause[i + 1]?.text ?? '', 'willingOrLetting')
          )
            r.yes = false;
          break;
        case 'yes':
          // "不知道低保标准是多少", 粤 "唔知係几多": a 是 inside a question, or inside what is not known, is
          // no answer yes (a not-knowing answer never becomes yes or no).
          if (
            (isPhrase(tok.text, 'copulaIs') && startsWithPhrase(c.clause[i + 1]?.text ?? '', 'askedWhatAfterIs')) ||
            c.clause.slice(0, i).some((t) => isMeaning(t, 'idk'))
          )
            break;
          // "俺有高血压", asked about a serious illness: 有 is "have" that ordinary illness, no yes to
          // the question (what is said of the person is read from the illness word).
          if (r.ctx.slot === 'illness' && meaningOf(c.clause[i + 1], 'illness')?.serious === false) break;
          if (r.yes === undefined && c.neg !== i - 1) {
            r.yes = !(i - c.neg <= 1);
            // "以前有，…": a yes about the past, which what follows may undo.
            r.yesOfPast = isMeaning(c.clause[i - 1], 'past');
          }
          break;
        case 'idk':
          r.idk = true;
          c.understoodSomething = true;
          break;
        case 'correction':
          r.corrected = true;
          c.understoodSomething = true;
          break;
        case 'command':
          // "是俺老伴 不是 等一下 俺弄错了 是俺妹子": a slip owned between two answers mends this message,
          // not the answer before it — the words after it are the answer.
          if (m.cmd === 'back' && r.ctx.slot !== 'summary' && answersAround(r.tokens, tok)) {
            r.corrected = true;
            r.correctedAt = tok.end;
            c.understoodSomething = true;
            break;
          }
          // "不用问了 没有", 粤 "唔使问喇，冇": impatience, then the answer — an answer, not a stop.
          if (m.cmd === 'stop' && bareAnswerAfter(r.tokens, tok)) break;
          r.commands.push(m.cmd);
          break;
        default:
          break;
      }
  }
  const behalf = meaningOf(tok, 'onBehalf');
  const describing = r.ctx.slot === 'opening' || r.ctx.slot === 'members';
  // "我替我爸问一下 … 就我和他两个人": while the household is described, the parent inside the word is
  // named like any person (for-a-parent.ts decides whose household it is).
  if (behalf?.later && describing) {
    const inner = personInside(tok.text, r.dialect);
    if (inner) readPeopleWord(r, c, tok, i, inner, span);
  }
  // "我幫佢打字 屋企得我同佢兩個": typing for them, but the writer lives with them and is counted.
  if (behalf && !behalf.later && describing && writerCountedIn(r.tokens)) {
    const inner = personInside(tok.text, r.dialect);
    if (inner) readPeopleWord(r, c, tok, i, inner, span);
    return;
  }
  if (behalf && !(behalf.later && describing)) {
    // 帮我妈问 / 为其母亲咨询: the person named next (or just before) is who the answers are about.
    const after = c.clause.slice(i + 1).find((t) => meaningOf(t, 'person') && meaningOf(t, 'person')!.rel !== 'self');
    const m = meaningOf(after, 'person');
    // "帮我爸问", "替俺娘填": the person asked for is inside the word itself.
    const inner = m ? undefined : personInside(tok.text, r.dialect);
    const subject = m
      ? r.people.mention(m.rel, after!.start)
      : inner
        ? r.people.mention(inner.rel, tok.start, inner.gender ? { gender: inner.gender } : {})
        : [...r.people.list]
            .reverse()
            .find((p) => p !== r.people.self && p.at <= tok.start && !p.bystander && !p.dead && !p.apart);
    // "我个仔智力残疾…我哋想帮佢单独申请", "俺闺女…想给她办": a parent applying for their own child, who
    // lives with them; the household stays the writer's (单人保 is judged on it).
    const ownChild = describing && !m && !inner && subject?.rel === 'child';
    // "…两个细路（5岁、2岁）。由村干部代为反映", "居委帮佢问": someone outside the family asking for the
    // household just described; whom the call is about stays as it was, not the last person named.
    const byOutsider =
      r.ctx.slot === 'summary' &&
      !m &&
      !inner &&
      endsWithPhrase(r.text.slice(Math.max(0, tok.start - 4), tok.start), 'outsideReporter');
    if (byOutsider) return;
    // "问如何帮佢哋申请", "帮他们办": help for "them", the household just told of, names no one person to ask for.
    const them = r.ctx.slot === 'summary' && !m && !inner && /^[哋地们]/.test(r.text.slice(tok.end, tok.end + 1));
    if (them) return;
    // "来电人由儿子代为打电话": the one after 由 is who does it for them, not whom it is for (grammar).
    const prev = c.clause[i - 1];
    const byAgent =
      r.ctx.slot === 'summary' &&
      !m &&
      !inner &&
      prev !== undefined &&
      prev.end === tok.start &&
      isMeaning(prev, 'person') &&
      /由其?$/.test(r.text.slice(Math.max(0, prev.start - 2), prev.start));
    if (byAgent) return;
    // "…称其老母…。'我哋兄弟会夹钱帮佢整返间屋'": a summary already about a relative, a bare 帮佢 (help her)
    // names no one new to ask for; the siblings named before it are not whom the call is about.
    if (r.ctx.slot === 'summary' && r.people.writer && !m && !inner) return;
    if (subject && !ownChild) {
      const writer = r.people.self;
      const livesWith = callerLivesWith(r, subject);
      r.people.onBehalfOf(subject);
      if (r.ctx.slot !== 'summary') r.people.inMessage = true;
      setAsideWriter(writer, r.ctx.slot, livesWith);
      r.topic = r.people.self;
      r.onBehalf = true;
    }
  }
}

/**
 * A word that names either one child by birth order or a count of children (粤 "二女": the second
 * daughter, or two daughters): after a verb of having ("育有二女", "有二女"), the count; otherwise, as in
 * a list of the children ("大仔17岁，二女14岁"), the one child.
 */
function meaningsHere(
  tok: WordToken,
  prev: Token | undefined,
  next: Token | undefined,
  after: Token | undefined,
): readonly Meaning[] {
  // (Most words have no two person meanings: counted first, with no arrays built for every word.)
  let persons = 0;
  for (const m of tok.meanings) if (m.t === 'person') persons++;
  if (persons !== 2) return tok.meanings;
  const people = tok.meanings.filter((m) => m.t === 'person');
  const several = people.filter((m) => m.t === 'person' && (m.n ?? 1) > 1);
  if (people.length !== 2 || several.length !== 1) return tok.meanings;
  const ageNext = next?.kind === 'num' && next.n.value <= 120 && isMeaning(after, 'age');
  const counted = !ageNext && isPhrase(prev?.text ?? '', 'haveChildrenVerb');
  const keep = people.find((m) => m.t === 'person' && (m.n ?? 1) > 1 === counted);
  return keep ? tok.meanings.filter((m) => m.t !== 'person' || m === keep) : tok.meanings;
}

/** After the token, nothing but one word that is a bare yes, no or none ("…了 没有", "…喇，冇"). */
function bareAnswerAfter(tokens: readonly Token[], tok: Token): boolean {
  const rest = tokens.filter((t) => t.start >= tok.end && t.kind !== 'sep');
  return (
    rest.length === 1 &&
    rest[0]!.kind === 'word' &&
    rest[0]!.meanings.length > 0 &&
    rest[0]!.meanings.every((m) => m.t === 'neg' || m.t === 'yes' || m.t === 'none')
  );
}

/** The word right after a why that ends in asking ("为什么要问" + 车). */
function whyAbout(prev: Token | undefined, tok: WordToken): boolean {
  return (
    prev?.kind === 'word' &&
    prev.end === tok.start &&
    prev.meanings.some((m) => m.t === 'command' && m.cmd === 'why') &&
    endsWithPhrase(prev.text, 'askVerb')
  );
}

/** The relative a word such as 帮我爸问 names inside it (爸), if one. */
function personInside(word: string, dialect: Dialect | 'all'): Extract<Meaning, { t: 'person' }> | undefined {
  const lex = lexiconFor(dialect);
  for (let at = 1; at < word.length; at++) {
    const w = lex.longest(word, at);
    const p = w?.meanings.find((x): x is Extract<Meaning, { t: 'person' }> => x.t === 'person');
    if (p && p.rel !== 'self') return p;
  }
  return undefined;
}

/** Someone or a number named both before and after the token (a slip owned in the middle of an answer). */
function answersAround(tokens: readonly Token[], tok: Token): boolean {
  const says = (t: Token) =>
    t.kind === 'num' || (t.kind === 'word' && t.meanings.some((m) => m.t === 'person' && m.rel !== 'self'));
  return tokens.some((t) => t.end <= tok.start && says(t)) && tokens.some((t) => t.start >= tok.end && says(t));
}

/**
 * Words about work and money: jobs, kinds of income, property (cars, houses, shops, savings),
 * spending, debts, and "nothing else".
 */
import type { Meaning } from '../../content/lexicon/index.ts';
import { type ClauseReading, workplaceAt } from './clause-reading.ts';
import { deniedAfter, isAskingWhether, isMeaning, wagesAsked } from './cues.ts';
import type { Person } from './people.ts';
import type { Reading } from './reading.ts';
import type { WordToken } from './read-word.ts';
import { benefitEnded } from './said-of-the-past.ts';
import { saidOfLater } from './said-of-later.ts';
import { afterThisMishap, monthsJustBefore } from './spell-off.ts';
import { rentedIsShop, shopRented } from './rented-premises.ts';
import { nowAndThenGiver } from './now-and-then-giver.ts';
import { giverLivesApart } from './giver-apart.ts';
import { subjectBeforeTimeClause } from './after-their-mishap.ts';
import { boughtByKin } from './bought-by-kin.ts';
import { childOwnsHome } from './child-own-home.ts';
import { otherPartyDriver } from './other-driver.ts';
import { allAtSchool } from './all-at-school.ts';
import { carerOfYoung } from './carer-of-young.ts';
import { meaningOf, type Token } from './tokens.ts';
import {
  endsWithPhrase,
  firstPhrase,
  hasPhrase,
  isPhrase,
  phraseBeforeGap,
  phrasesEnding,
  phrasesStarting,
  startsWithPhrase,
} from './phrases.ts';

/**
 * "村里有人有车有楼也评上低保": the words before a thing say it is somebody else's; not when that
 * somebody only speaks of the family ("有人举报他家吃着低保"). `lead` is the clause up to the thing.
 */
export function somebodyElse(lead: string): boolean {
  const m = firstPhrase(lead, 'somebodyElse');
  if (m === undefined) return false;
  const rest = lead.slice(m.index + m.length);
  return !hasPhrase(rest, 'reports') && !hasPhrase(rest, 'theirHousehold');
}

export const MONEY_WORDS = new Set<Meaning['t']>([
  'work',
  'jobless',
  'student',
  'asset',
  'exhausted',
  'none',
  'income',
  'expense',
  'gives',
  'noGain',
  'debt',
  'lent',
]);

/**
 * A work order's field answered no ("存款：无", "车：冇"): the value after the colon is the whole
 * answer. Summaries only; the slice is bounded, so the test stays linear.
 */
function fieldNo(r: Reading, tok: WordToken): boolean {
  if (r.ctx.slot !== 'summary') return false;
  const after = r.text.slice(tok.end, tok.end + 8);
  if (after[0] !== '：' && after[0] !== ':') return false;
  // (Spaces around the answer, then the field's end: a line break among the spaces, a stop, or the end.)
  const answer = after.slice(1).trimStart();
  return phrasesStarting(answer, 'fieldNo').some((no) => {
    const tail = answer.slice(no.length);
    const spaces = tail.length - tail.trimStart().length;
    return tail.slice(0, spaces).includes('\n') || spaces === tail.length || FIELD_END.includes(tail[spaces]!);
  });
}

/** "存款没有", "存款也无" closing a clause of a summary: the thing named first, then no. */
/** "存款没了", "积蓄早就冇咗": gone, and nothing after it in the clause ("没了一半" is half gone). */
function savingsGone(rest: string): boolean {
  return phrasesStarting(rest, 'goneNow').some((p) => /^[了啊喇啦的嘅呀咯噢]*$/.test(rest.slice(p.length)));
}

function noAfterWord(c: ClauseReading, i: number): boolean {
  const at = isMeaning(c.clause[i + 1], 'neg') ? i + 1 : isPhrase(c.clause[i + 1]?.text ?? '', 'thenAlso') ? i + 2 : -1;
  return (
    at > 0 &&
    isMeaning(c.clause[at], 'neg') &&
    c.clause.slice(at + 1).every((t) => /^[啊喇啦了的嘅呀咯噢]$/.test(t.text))
  );
}

/** An accident told in the rest of the sentence after a job ("…干活，12月2日从脚手架摔下"). */
function hurtAtWork(r: Reading, from: number): boolean {
  const stop = r.text.slice(from).search(/[。！？\n】]/);
  const end = stop < 0 ? r.text.length : from + stop;
  // ("来电人在中山打工，反映阿妈…跌倒": someone else named before the accident is who was hurt.)
  const other = r.tokens.find(
    (t) => t.start >= from && t.start < end && (meaningOf(t, 'person')?.rel ?? 'self') !== 'self',
  );
  return r.tokens.some(
    (t) =>
      t.start >= from &&
      t.start < (other?.start ?? end) &&
      t.kind === 'word' &&
      t.meanings.some(
        (m) =>
          m.t === 'event' &&
          (m.kind === 'accident' ||
            m.kind === 'traffic_accident' ||
            // "喺工地做嘢突然晕低", "干活时突发脑梗": taken ill at that work, right after the words for it.
            (m.kind === 'sudden_illness' && t.start - from <= 6)),
      ),
  );
}

export function readMoneyWord(
  r: Reading,
  c: ClauseReading,
  tok: WordToken,
  i: number,
  m: Meaning,
  span: [number, number],
): void {
  switch (m.t) {
    case 'work': {
      // "以前在砖厂干活", "原本做装修散工", "生前在镇上打工": work that was, not work that is.
      if (
        hasPhrase(r.text.slice(c.clauseStart, tok.start), 'formerly') ||
        /退休(的)?$/.test(r.text.slice(Math.max(0, tok.start - 3), tok.start)) ||
        // "护工费", "保姆费": paying for someone's work.
        /^费/.test(r.text.slice(tok.end, tok.end + 1)) ||
        // "有辆面包车拉货用", 粤 "有架车用嚟送货": what a vehicle is used for, not anyone's work.
        /^用/.test(r.text.slice(tok.end, tok.end + 1)) ||
        /(用来|用嚟|用於|用于)$/.test(r.text.slice(Math.max(0, tok.start - 2), tok.start)) ||
        // "工地老板只给了一万": the boss of that work named, not someone working there now.
        /^(老板|包工头)/.test(r.text.slice(tok.end, tok.end + 3)) ||
        // "全职带细路", "全职照顾老人": full-time caring at home, not a job.
        (tok.text === '全职' &&
          (startsWithPhrase(r.text.slice(tok.end, tok.end + 3), 'raisingAlong') ||
            startsWithPhrase(r.text.slice(tok.end, tok.end + 3), 'caredFor'))) ||
        // "在工地干活，从架子上摔下来": a summary of someone hurt at that work, who is not working now.
        (r.ctx.slot === 'summary' && hurtAtWork(r, tok.end)) ||
        // "货车司机已被交警扣下": the other party of a road accident (other-driver.ts).
        otherPartyDriver(r, c.clause, c.ci, i)
      ) {
        c.understoodSomething = true;
        break;
      }
      // "打零工算不算 老汉农闲了去工地上干几天": a kind of work asked about, with no one named in its clause,
      // says nobody does it (the clause after says who).
      if (workAskedAbout(r, c, i)) {
        c.understoodSomething = true;
        break;
      }
      // 出海 with one's own boat is a business: the income word decides which.
      if (!c.negated(i) && !tok.meanings.some((x) => x.t === 'income')) r.incomeMentioned.add('wages');
      // "在外地打工的弟弟每月给三百", 粤 "喺外面做嘢嘅细佬": the work of the relative named next, not of whoever
      // came before.
      if (r.ctx.slot === 'summary' && !c.negated(i) && workOfNext(c, i)) {
        c.workFor = span;
        c.understoodSomething = true;
        break;
      }
      // Work said with nobody named: the speaker, unless the person talked about is grown.
      // (Grown by the age said now or, for a member already known, the age given before: "个女…，搵咗份工".)
      const topicAge =
        r.personFacts.get(r.topic.key)?.age?.v ??
        (r.topic.known !== undefined ? r.known[r.topic.known]?.age : undefined);
      const grown = (topicAge ?? 0) >= 16;
      // The caller talked about (来电人是儿子，在北京打工) is grown: the caller, not the subject.
      const carer = c.clausePerson === undefined ? carerOfYoung(r, c, r.topic) : undefined;
      const p =
        (c.lookedAfter && c.clausePerson === c.lookedAfter ? subjectOf(r, c) : c.clausePerson) ??
        // ("妻子在家带两个娃（8岁、5岁），无工作": the one looking after the children, carer-of-young.ts.)
        (carer !== r.topic ? carer : undefined) ??
        (r.topic === r.people.writer
          ? r.topic
          : ((r.topic.rel === 'child' || r.topic.rel === 'grandchild') && !grown) || r.topic.n > 1
            ? r.people.self
            : r.topic);
      // 打鱼, 做生意, 出海: working on one's own account, a business rather than a job with a wage.
      const business = tok.meanings.some((x) => x.t === 'income' && x.cat === 'business');
      // ("儿子媳妇在外省打工": the couple, both of them.)
      const workers = everyone(r, c) ?? (c.couple?.includes(p) ? [...c.couple] : [p]);
      // "之前喺刀厂", "以前在砖厂干": work that was, not work now.
      if (c.clause.some((t) => isMeaning(t, 'past')) && !c.negated(i)) {
        c.understoodSomething = true;
        break;
      }
      for (const w of workers) {
        // A spouse working away is still the household's (审核确认办法 第七条(一): 配偶 always counts).
        // Asked the household's wages, whoever is named working away is a member working away (外出务工
        // members are 共同生活的家庭成员): the wage is the household's.
        const spouseAway = ((w.rel === 'spouse' && r.ctx.slot === 'summary') || wagesAsked(r.ctx)) && !w.apart;
        // (Not one said to live with the family: "与一个仔同住，仔喺市区送外卖".)
        if (w !== r.people.self && !spouseAway && ((c.clauseApart && w.known === undefined && !w.atHome) || w.apart)) {
          w.apart = true;
          // A relative working elsewhere is a working adult: able to support (特困人员认定办法 第八条).
          if (!c.negated(i) && r.ctx.slot === 'summary') r.pf(w).healthy ??= { span };
        } else if (!(business && r.ctx.slot === 'summary' && isPhrase(tok.text, 'ownCatch')))
          // (Driving for fares or keeping a shop is someone's work, in a summary too; a boat of one's own,
          // like land, is the household's business.)
          r.pf(w).employed = { v: !c.negated(i), span };
        // "儿子在县城开饭馆", 粤 "个仔喺镇上开士多": a grown relative with a business of their own is a working
        // adult, able to support once found to live elsewhere (特困人员认定办法 第八条).
        else if (
          !c.negated(i) &&
          w !== r.people.self &&
          (w.rel === 'child' || w.rel === 'parent' || w.rel === 'sibling') &&
          (r.personFacts.get(w.key)?.age?.v ?? 18) >= 18
        )
          r.pf(w).healthy ??= { span };
      }
      c.understoodSomething = true;
      break;
    }
    case 'jobless':
      // (A call summary's "妻子在家照顾老人孩子" says who she looks after; its work facts come from work words.)
      if (r.ctx.slot === 'summary' && isPhrase(tok.text, 'atHomeCaring')) break;
      // ("等我六十岁做唔郁咗点算": a worry about later, not work stopped now.)
      if (saidOfLater(c, r.text, tok.start)) break;
      // ("这一下俩三月干不了活", 粤 "三个月做唔到嘢": unable for a spell of months, still one who works.)
      if (
        monthsJustBefore(r.text, tok.start) &&
        (isPhrase(tok.text, 'unableForSpell') || afterThisMishap(r.text.slice(c.clauseStart, tok.start)))
      ) {
        c.understoodSomething = true;
        break;
      }
      // In a summary "冇收入", "没有收入" is about money, not a job (a fisherman without a catch, a
      // pensioner): only a word about work (没工作, 无业, 下岗) says someone is not working.
      if (!(r.ctx.slot === 'summary' && /收入/.test(tok.text)))
        for (const w of everyone(r, c) ?? [
          // ("妻子在家带两个娃（8岁、5岁），无工作": the one who looks after young children, carer-of-young.ts;
          // "儿子病了以后辞了工": the one the sentence was about, after-their-mishap.ts.)
          c.lookedAfter && c.clausePerson === c.lookedAfter
            ? subjectOf(r, c)
            : carerOfYoung(r, c, subjectBeforeTimeClause(r, c, i) ?? c.who()),
        ])
          r.pf(w).employed = { v: false, span };
      if (/收入/.test(tok.text)) r.noneSaid ??= span;
      // Asked how many work, "谁还打工", "今年厂子倒了" with no one named as working is a no.
      if (
        r.ctx.slot === 'employed' &&
        (r.yes === undefined || r.yesOfPast) &&
        !r.tokens.some((t) => isMeaning(t, 'work') && !isMeaning(t, 'jobless'))
      )
        r.yes = false;
      c.understoodSomething = true;
      break;
    case 'student':
      // "大学毕业", "初中毕业就出去打工": schooling finished, not at school now.
      if (startsWithPhrase(r.text.slice(tok.end, tok.end + 3), 'schoolEnded')) {
        c.understoodSomething = true;
        break;
      }
      // "一个还没上学", 粤 "细嘅未读书": not at school (too young, or left). (A call summary keeps
      // reading it as before: there a child's schooling said at all is what places them at home.)
      if (isMeaning(c.clause[i - 1], 'neg') && r.ctx.slot !== 'summary') {
        c.understoodSomething = true;
        break;
      }
      // "两个上学的孩子": the schooling of the people named next, not of whoever came before.
      if (r.ctx.slot === 'summary' && isPhrase(r.text.slice(tok.end, tok.end + 1), 'possessive')) {
        c.studentFor = span;
        c.understoodSomething = true;
        break;
      }
      // "在幼儿园当保育员": the school is where they work.
      if (c.clauseCategory === 'wages' && workplaceAt(c.clause) === i) {
        c.understoodSomething = true;
        break;
      }
      // ("两个都读紧书", "俩都上学哩": a count, 都, then schooling, no one named — the members the count fits.)
      // ("儿子12岁，女儿9岁，都上学": every child named before 都, all-at-school.ts.)
      for (const p of countedKnown(r, c, i) ?? allAtSchool(r, c, i) ?? [c.who()])
        r.pf(p).student = { span, ...(m.ages ? { ages: m.ages } : {}) };

      c.understoodSomething = true;
      break;
    case 'asset':
      if ((m.what === 'house' || m.what === 'car') && c.clause.some((t) => isMeaning(t, 'event'))) break;
      // "铺面系租嘅": the shop is rented, not the home (rented-premises.ts).
      if (m.what === 'rented_home' && rentedIsShop(c, i)) {
        c.understoodSomething = true;
        break;
      }
      // "租咗间屋畀人": a home let to others (rent received, clause-reading.ts), not a home rented in.
      if (m.what === 'rented_home' && startsWithPhrase(r.text.slice(tok.end, tok.end + 3), 'toOthersAfter')) {
        c.understoodSomething = true;
        break;
      }
      // "出租屋起火", "住出租屋": a rented room lived in; "有两间出租屋" is rooms owned to let, not read here.
      if (
        m.what === 'rented_home' &&
        isPhrase(tok.text, 'roomsToLet') &&
        /[有间套栋]/.test(r.text.slice(Math.max(c.clauseStart, tok.start - 2), tok.start))
      ) {
        c.understoodSomething = true;
        break;
      }
      // "货车司机只垫了三千", "被一辆小车", "同对方的车": the other party's vehicle, not the household's.
      if (
        m.what === 'car' &&
        (isPhrase(r.text.slice(tok.end, tok.end + 2), 'driver') ||
          byOtherParty(r.text.slice(Math.max(0, tok.start - 4), tok.start)))
      )
        break;
      // "点解要问我有冇车", "问有没有车干啥": a thing right after have-or-not is asked about, not had.
      if (isAskingWhether(c.clause, i - 1) || isPhrase(c.clause[i - 1]?.text ?? '', 'haveOrNot')) {
        c.understoodSomething = true;
        break;
      }
      // "有个电动三轮 算不算车", 粤 "架电单车算唔算车": 车 asked about, whether what was named counts — no car.
      if (m.what === 'car' && endsWithPhrase(r.text.slice(Math.max(0, tok.start - 4), tok.start), 'asksIfCounts')) {
        c.understoodSomething = true;
        break;
      }
      // "开公司的货车", "老板的车": an employer's vehicle; "村里有人有车有楼": somebody else's things.
      if (
        (m.what === 'car' &&
          endsWithPhrase(r.text.slice(Math.max(0, tok.start - 3), tok.start), 'possessive') &&
          endsWithPhrase(r.text.slice(Math.max(0, tok.start - 3), tok.start - 1), 'ownerNotFamily')) ||
        somebodyElse(r.text.slice(c.clauseStart, tok.start))
      )
        break;
      // "在一家公司开车", "喺物流公司做嘢": where someone works, not a business of the household's.
      if (m.what === 'business' && /[在喺]/.test(r.text.slice(Math.max(0, tok.start - 8), tok.start))) break;
      // "保险公司仲未赔", "对方公司": an insurer or the other party's firm, not a business of the household's.
      if (m.what === 'business' && endsWithPhrase(r.text.slice(Math.max(0, tok.start - 3), tok.start), 'firmOfOthers'))
        break;
      if (m.what === 'house') childOwnsHome(r, c, tok, i);
      if (m.what !== 'deposits' && m.what !== 'land') {
        // "住自己楼", "住父母留的房子", "住老豆留低嘅屋", "同住外婆的旧屋": the home they live in, one house
        // (the household's or a relative's they live in free, which the notices count alike).
        const lead = r.text.slice(c.clauseStart, tok.start);
        // "住的是俺哥家的旧房", "住喺我大佬间屋": a brother's or another relative's house lent to live in is
        // not the household's (one left to them, 留下的, is).
        if (
          m.what === 'house' &&
          !/留/.test(lead) &&
          ((!c.negated(i) && lead.includes('住') && livesInRelatives(r, c, i)) ||
            livesAtRelativesAfter(c, i) ||
            houseIsRelatives(c, i))
        ) {
          // (Who lives there is who was named before 住, else whom the message is about — not the relative
          // lending the house, who lives elsewhere: "住的侄子家的偏房" is the writer's home.)
          r.assets.push({ what: 'no_home', negated: false, span, also: false, owner: dweller(r, c, i), clause: c.ci });
          c.understoodSomething = true;
          break;
        }
        // "得一间老屋，瓦屋嚟嘅": what the house named before is (X嚟嘅, X来的), not another one.
        if (
          m.what === 'house' &&
          isPhrase(r.text.slice(tok.end, c.clause.at(-1)!.end), 'itIsA') &&
          r.assets.some((a) => a.what === 'house' || a.what === 'own_home')
        ) {
          c.understoodSomething = true;
          break;
        }
        if (
          m.what === 'house' &&
          !c.negated(i) &&
          hasPhrase(lead, 'dwelling') &&
          !hasPhrase(lead, 'notOwnHome') &&
          !isPhrase(r.text.slice(tok.end, tok.end + 1), 'rentOrYard')
        ) {
          r.assets.push({ what: 'own_home', negated: false, span, also: false, owner: c.who(), clause: c.ci });
          c.understoodSomething = true;
          break;
        }
        const also = c.clause
          .slice(Math.max(0, i - 3), i)
          .some((t) => t.text === '还有' || t.text === '仲有' || t.text === '另外');
        // "屋就冇", "车没有", "铺头都冇": the thing named first, then no.
        // ("住房没有受影响" goes on: not a no to having it.)
        const negAt = isMeaning(c.clause[i + 1], 'neg')
          ? i + 1
          : (isPhrase(c.clause[i + 1]?.text ?? '', 'thenAlso') || isPhrase(c.clause[i + 1]?.text ?? '', 'ratherIs')) &&
              isMeaning(c.clause[i + 2], 'neg')
            ? i + 2
            : -1;
        const noAfter =
          (negAt > 0 && c.clause.slice(negAt + 1).every((t) => /^[啊喇啦了的嘅呀咯噢嘞咧喎噃啰嘛]$/.test(t.text))) ||
          fieldNo(r, tok);
        // "以前开过个体户，上年注销咗": had before, then ended — not had now.
        const ended = benefitEnded(r.text, c, i, tok.end);
        r.assets.push({
          what: m.what,
          negated: c.negated(i) || noAfter || ended || (m.what === 'shop' && shopRented(c, i)),
          span,
          also,
          owner: c.who(),
          clause: c.ci,
        });
      } else if (
        m.what === 'deposits' &&
        (c.negated(i) ||
          fieldNo(r, tok) ||
          (r.ctx.slot === 'summary' && noAfterWord(c, i)) ||
          // "存款都冇", "积蓄都没有", said with any question: none, closing the clause.
          (isMeaning(c.clause[i + 1], 'none') &&
            c.clause.slice(i + 2).every((t) => /^[啊喇啦了的嘅呀咯噢]$/.test(t.text))) ||
          // "存款没了", "积蓄早就冇咗": the savings gone.
          savingsGone(r.text.slice(tok.end, c.clause.at(-1)!.end)))
      ) {
        r.add('property.deposits', 0, span);
      }
      c.understoodSomething = true;
      break;
    case 'exhausted':
      if (
        !(r.ctx.slot === 'summary' && isPhrase(tok.text, 'homeNoMoney')) &&
        (c.clauseText.includes('钱') ||
          c.clauseText.includes('存款') ||
          c.clauseText.includes('积蓄') ||
          r.ctx.slot === 'deposits')
      )
        r.add('property.deposits', 0, span);
      // "身上啲钱交完押金就冇晒": nothing left on them, basic living severely affected.
      // A summary's "屋企啲钱都使晒", "家里钱花光了", "积蓄都用晒": the family's money gone, the same.
      // Asked whether basic living is hard, "家里一分钱都没有了": yes, said back.
      if (
        !r.severe?.firm &&
        (hasPhrase(c.clauseText, 'onPerson') ||
          (r.ctx.slot === 'hardship.severe' &&
            (homeMoney(c.clauseText) || c.clauseText.includes('钱')) &&
            !c.negated(i)) ||
          (r.ctx.slot === 'summary' &&
            (homeMoney(c.clauseText) || hasPhrase(c.clauseText, 'savings')) &&
            !c.negated(i)))
      )
        r.severe = { v: true, span };
      // "看病把钱都花光了": money used up on a kind of spending named in the same clause is spending said.
      if (c.clauseExpenseKind && !c.negated(i)) r.spendingSaid = true;
      c.understoodSomething = true;
      break;
    case 'none':
      c.neg = i;
      if (r.yes === undefined) r.yes = false;
      r.noneSaid = span;
      c.understoodSomething = true;
      break;
    case 'income':
      if (m.cat === 'excluded') r.excludedIncome = true;
      // "国家给的那点养老钱": money for old age the state pays is the basic pension, not support from relatives.
      else if (
        !c.negated(i) &&
        m.cat === 'support' &&
        (hasPhrase(r.text.slice(Math.max(c.clauseStart, tok.start - 8), tok.start), 'statePays') ||
          // ("一个月领那一百多块养老钱": drawn, not given — cues.ts drawnOldAgeMoney.)
          (isPhrase(tok.text, 'oldAgeMoney') &&
            c.clause.slice(0, i).some((t) => isPhrase(t.text, 'drawsMoney')) &&
            !c.clause.slice(0, i).some((t) => isMeaning(t, 'gives'))))
      )
        r.incomeMentioned.add('basicPension');
      // "退休金没有", 粤 "退休金冇": the no right after the word, closing the clause, is the same no.
      else if (m.cat === 'pensions' && deniedAfter(c.clause, i)) r.incomeDenied.set(m.cat, span);
      else if (!c.negated(i)) r.incomeMentioned.add(m.cat);
      // "冇退休金", "没有退休工资", "两个都冇退休金": the no (or "all none") right before the word.
      // ("地包出去了 自己不种了", asked what farming brings: the income asked about, said not had, is none.)
      else if (
        (m.cat === 'pensions' || (r.ctx.slot === 'income.amount' && m.cat === r.ctx.incomeKey)) &&
        (isMeaning(c.clause[i - 1], 'neg') || isMeaning(c.clause[i - 1], 'none'))
      )
        r.incomeDenied.set(m.cat, span);
      // 打零工, 做泥水: working for pay (not of before: "之前打散工", "以前做泥水").
      if (
        m.cat === 'wages' &&
        !c.negated(i) &&
        hasPhrase(tok.text, 'handsOnWork') &&
        !workAskedAbout(r, c, i) &&
        !hasPhrase(r.text.slice(c.clauseStart, tok.start), 'formerly')
      ) {
        // "一个人带两个孩子，平时打零工": the children named are not who works.
        const w = c.lookedAfter && c.clausePerson === c.lookedAfter ? subjectOf(r, c) : c.who();
        const p =
          (w.rel === 'child' || w.rel === 'grandchild') && (w.n > 1 || (r.personFacts.get(w.key)?.age?.v ?? 99) < 16)
            ? r.people.self
            : w;
        // ("俺跟老婆都打零工", 粤 "我同老婆都系揾散工": both of them, as with any word for work.)
        for (const q of everyone(r, c) ?? (c.couple?.includes(p) ? [...c.couple] : [p]))
          if (q === r.people.self || !(q.apart || (c.clauseApart && q.known === undefined))) {
            // (In a summary, odd jobs said after a job lost, "下岗多年，打零工", are the work now; not after
            // "干不了活", which stands.)
            const had = r.pf(q).employed;
            if (
              !had ||
              (had.v === false &&
                r.ctx.slot === 'summary' &&
                had.span[1] <= tok.start &&
                hasPhrase(r.text.slice(Math.max(0, had.span[0] - 4), had.span[1]), 'jobLost'))
            )
              r.pf(q).employed = { v: true, span };
          }
      }
      c.understoodSomething = true;
      break;
    case 'expense':
      if (m.kind && !c.negated(i)) {
        r.expenseMentioned = true;
        if (!r.expenseKinds.includes(m.kind)) r.expenseKinds.push(m.kind);
      } else if (!c.negated(i)) r.spendingSaid = true;
      c.understoodSomething = true;
      break;
    case 'gives':
      // ("国家给的那点养老钱", "政府畀嘅": what the state pays is not support from relatives.)
      if (
        !c.negated(i) &&
        c.who() !== r.people.self &&
        !endsWithPhrase(r.text.slice(Math.max(0, tok.start - 4), tok.start), 'statePays')
      )
        r.incomeMentioned.add('support');
      // ("靠儿子给点钱过日子": the son gives from elsewhere, giver-apart.ts.)
      giverLivesApart(r, c, i);
      // ("外婆有时帮补啲钱": help now and then comes from outside, now-and-then-giver.ts.)
      nowAndThenGiver(r, c, i);
      // ("有套房子（父母给买的）": parents who bought it for them, bought-by-kin.ts.)
      boughtByKin(r, c, i);
      break;
    case 'noGain': {
      if (isAskingWhether(c.clause, i)) break;
      r.noGain = true;
      // "种地自食不卖", "种啲菜自己食", "今年几乎没收成": farming that brings in no money, said with
      // no figure — a business income of nothing (a figure said elsewhere still counts).
      const sentence = r.text.slice(Math.max(0, r.text.lastIndexOf('。', tok.start) + 1), tok.start);
      const farming =
        hasPhrase(sentence, 'farming') ||
        // (养 raising animals, not 养老: a one-character lookahead, grammar rather than a word list.)
        /养(?!老)/.test(sentence) ||
        r.tokens.some(
          (t) =>
            t.kind === 'word' &&
            t.end <= tok.end &&
            t.start >= tok.start - sentence.length &&
            t.meanings.some((x) => x.t === 'income' && x.cat === 'business'),
        );
      // (Asked which incomes there are, "种荔枝，今年失收" is the same nothing, its amount then not asked.)
      if (
        (r.ctx.slot === 'summary' || r.ctx.slot === 'income') &&
        farming &&
        !c.clause.some((t) => t.kind === 'num') &&
        !c.negated(i)
      )
        r.add('income.business', 0, span);
      c.understoodSomething = true;
      break;
    }
    case 'debt':
    case 'lent':
      c.understoodSomething = true;
      break;
    default:
      break;
  }
}

/**
 * "两个都冇做嘢", "我同老婆都在厂里": everyone named in the clause, or in the clause before it when
 * this one names no one, when 都 says it is all of them; otherwise undefined (the one talked about).
 */
function everyone(r: Reading, c: ClauseReading): Person[] | undefined {
  // "与老婆（60岁）租房住，两个人帮人做钟点": in a summary, a clause opening on two people right after the
  // spouse was named (and no one else) is the couple.
  const spouse = r.lastPersons.length === 1 ? r.lastPersons[0]! : undefined;
  if (
    r.ctx.slot === 'summary' &&
    c.clausePersons.length === 0 &&
    spouse?.rel === 'spouse' &&
    !spouse.apart &&
    !spouse.dead &&
    startsWithPhrase(c.clauseText, 'twoOfUs')
  )
    return [r.people.self, spouse];
  // (均 as in a summary's "夫妻二人均上班"; 分别 as in "夫妻工资分别6000、3000".)
  if (!hasPhrase(c.clauseText, 'allOrEach') && !hasPhrase(c.clauseText, 'respectively')) return undefined;
  // ("孙子父母均在外打工": whose parents they are is not among who works.)
  if (c.clausePersons.length > 1) {
    const named = c.clausePersons.filter((p) => p !== c.possessorOfClause || p.rel !== 'grandchild');
    return named.length > 1 ? named : c.clausePersons;
  }
  // "来电人（男，40岁），和媳妇都在工厂上班", 粤 "同老公（57岁）都喺度返工": the caller and the one named
  // after 和 (before the bracket with their age, when there is one).
  const lead = /^[)）]$/.test(r.text[c.clauseStart - 1] ?? '') ? (r.clauses[c.ci - 2] ?? []) : c.clause;
  const partner =
    c.clausePersons.length === 1 ? c.clausePersons[0] : c.clausePersons.length === 0 ? c.clausePerson : undefined;
  if (
    r.ctx.slot === 'summary' &&
    partner !== undefined &&
    partner !== r.people.self &&
    isPhrase(lead[0]?.text ?? '', 'andWith') &&
    isMeaning(lead[1], 'person')
  )
    return [r.people.self, partner];
  if (
    c.clausePersons.length === 0 &&
    r.lastPersons.length > 1 &&
    (hasPhrase(c.clauseText, 'someOfThem') || hasPhrase(c.clauseText, 'allOrEach'))
  )
    return r.lastPersons.filter((p) => !p.apart && !p.dead && !p.bystander);
  // "有两儿一女，都在外头打工", "三个子女都在外地": a group counted in the clause before, all of them.
  if (
    r.ctx.slot === 'summary' &&
    c.clausePersons.length === 0 &&
    r.lastPersons.length === 1 &&
    r.lastPersons[0]!.n > 1 &&
    r.lastPersons[0] !== r.people.self &&
    hasPhrase(c.clauseText, 'allOrEach')
  )
    return [r.lastPersons[0]!];
  return undefined;
}

/**
 * "两个都读紧书", 晋南 "俩都上学哩": a clause opening with a count (2 to 6) and 都 right before the word at i,
 * naming no one, answering about a household already known: the known children or grandchildren when
 * there are as many as counted, else the members besides the writer when there are as many; otherwise
 * undefined. (Not the writer, whom nothing in the words names.)
 */
function countedKnown(r: Reading, c: ClauseReading, i: number): Person[] | undefined {
  if (r.ctx.slot === 'summary' || c.clausePersons.length > 0 || !isPhrase(c.clause[i - 1]?.text ?? '', 'bothWord'))
    return undefined;
  const lead = c.clause.slice(0, i - 1);
  const num = lead.find((t) => t.kind === 'num');
  if (num?.kind !== 'num' || !lead.every((t) => t === num || isMeaning(t, 'people'))) return undefined;
  const n = num.n.value;
  if (!Number.isInteger(n) || n < 2 || n > 6) return undefined;
  const known = r.known.map((m, k) => ({ m, k })).filter(({ k }) => k > 0);
  const young = known.filter(({ m }) => m.relation === 'child' || m.relation === 'grandchild');
  const fits = young.length === n ? young : known.length === n ? known : undefined;
  if (!fits) return undefined;
  r.usedNums.add(num);
  return fits.map(({ k }) => r.people.member(k));
}

/** "来电人为照顾孩子辞了工作": who the clause is about when the last person named is the one looked after. */
function subjectOf(r: Reading, c: ClauseReading): Person {
  return c.clausePersons.find((p) => p !== c.lookedAfter) ?? (r.topic !== c.lookedAfter ? r.topic : r.people.self);
}

/** Relatives whose house the family may live in without owning it: brothers and sisters, other kin. */
const LENDING_KIN = new Set(['sibling', 'other']);

/** A brother, a sister or another relative named between 住 and the house word ("住俺哥家的旧房"). */
function livesInRelatives(r: Reading, c: ClauseReading, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && !c.clause[j]!.text.includes('住')) j--;
  return c.clause.slice(j + 1, i).some((t) => lendsHome(r, t));
}

/**
 * A relative whose house the family may live in without owning it: a brother, a sister, other kin; or,
 * asked about property once the household is known, a son or daughter not in it ("俺住的是俺闺女的房子",
 * 粤 "住喺个女屋企") — a child's own home, as a house said to be a child's is not counted.
 */
function lendsHome(r: Reading, t: Token): boolean {
  const rel = meaningOf(t, 'person')?.rel ?? '';
  if (LENDING_KIN.has(rel)) return true;
  if (rel !== 'child' || r.ctx.slot === 'members' || r.ctx.slot === 'opening' || r.ctx.slot === 'summary') return false;
  const p = r.people.namedAt(t.start);
  return p !== undefined && (p.apart || p.known === undefined);
}

/** Who lives in the home named at i: a person named before 住 in the clause, else whom the message is about. */
function dweller(r: Reading, c: ClauseReading, i: number): Person {
  let j = i - 1;
  while (j >= 0 && !c.clause[j]!.text.includes('住')) j--;
  const before = c.clause.slice(0, Math.max(0, j)).filter((t) => meaningOf(t, 'person'));
  const p = before.length ? r.people.namedAt(before.at(-1)!.start) : undefined;
  // (The relative named after 住, whose home it is, is not who lives there: "住的侄子家的偏房" is the writer's.)
  const stay = c.clause[Math.max(0, j)]?.start ?? 0;
  return p ?? (r.topic.at >= stay && r.topic !== r.people.self ? r.people.self : r.topic);
}

/**
 * "房子是俺哥的", "间屋系我细佬嘅": the house is a brother's or another relative's (是/系, the relative, 的/嘅,
 * ending the clause): theirs, not the family's.
 */
function houseIsRelatives(c: ClauseReading, i: number): boolean {
  if (!isMeaning(c.clause[i + 1], 'yes') || !isPhrase(c.clause[i + 1]!.text, 'belongsTo')) return false;
  let x = i + 2;
  while (x < c.clause.length && meaningOf(c.clause[x], 'person')?.rel === 'self') x++;
  if (!LENDING_KIN.has(meaningOf(c.clause[x], 'person')?.rel ?? '')) return false;
  return isPhrase(c.clause[x + 1]?.text ?? '', 'possessive') && x + 2 >= c.clause.length;
}

/** "没有房子，都是住我叔家的", "屋就冇，住我大佬屋企": the house named first, then lived in at a relative's home. */
function livesAtRelativesAfter(c: ClauseReading, i: number): boolean {
  const k = c.clause.findIndex((t, x) => x > i && t.text.includes('住'));
  if (k < 0) return false;
  for (let x = k + 1; x <= k + 3 && x + 1 < c.clause.length; x++)
    if (LENDING_KIN.has(meaningOf(c.clause[x], 'person')?.rel ?? '') && isPhrase(c.clause[x + 1]!.text, 'kinHome'))
      return true;
  return false;
}

const FIELD_END = '；;，,。\n';
const LINE_BREAKS = '\n\r\u2028\u2029';

/** "被一辆小车", "俾架车", "同对方": the other party, then perhaps a counter for one vehicle, right before it. */
function byOtherParty(before: string): boolean {
  return (
    endsWithPhrase(before, 'byOtherParty') ||
    phrasesEnding(before, 'vehicleCounter').some((v) => endsWithPhrase(before.slice(0, -v.length), 'byOtherParty'))
  );
}

/** "屋企啲钱", "家里钱": the family's home, then 钱 within three characters of the same line. */
function homeMoney(text: string): boolean {
  for (let j = text.indexOf('钱'); j >= 0; j = text.indexOf('钱', j + 1))
    if (phraseBeforeGap(text, j, 'atHome', { max: 3, stops: LINE_BREAKS })) return true;
  return false;
}

/**
 * Asked who works, a kind of work then whether it counts, with no one named in its clause ("打零工算不算
 * 老汉农闲了去工地上干几天"): a question about the kind, not anyone's work (the clause after says whose).
 */
function workAskedAbout(r: Reading, c: ClauseReading, i: number): boolean {
  const end = c.clause[i]!.end;
  return (
    r.ctx.slot === 'employed' &&
    !c.clausePerson &&
    c.clause.slice(i + 1).some((t) => isPhrase(t.text, 'countsOrNot')) &&
    // (With no one named after it, "打零工算不算 有活就去", the writer tells of their own work.)
    r.tokens.some((t) => t.start >= end && meaningOf(t, 'person') !== undefined)
  );
}

/** The work word at `i` is said of the one relative named right after 的 (打工的弟弟). */
function workOfNext(c: ClauseReading, i: number): boolean {
  const after = c.clause[i + 1];
  if (!after || !isPhrase(after.text, 'possessive')) return false;
  const m = meaningOf(c.clause[i + 2], 'person');
  return m !== undefined && m.rel !== 'self' && (m.n ?? 1) === 1;
}

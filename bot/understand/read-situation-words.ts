/**
 * Words about the household's situation: disability and illness, an emergency and how hard it
 * hit, 户口 and place, living alone, and a status held (低保户, 五保).
 */
import { crimeDone } from './crime-done.ts';
import { coupleOnTheirOwn } from './pair-apart-from.ts';
import { placeCodeOf } from './places.ts';
import { worksAloneAt } from './alone-at-work.ts';
import type { Meaning } from '../../content/lexicon/index.ts';
import type { ClauseReading } from './clause-reading.ts';
import {
  asking,
  BARE_BENEFIT,
  daysBetween,
  deniedAfter,
  HOLDS,
  isMeaning,
  STRONG_SUDDEN,
  told,
  WEAK_EVENTS,
} from './cues.ts';
import { parseWhen } from './dates.ts';
import { benefitEnded, saidOfThePast } from './said-of-the-past.ts';
import { meaningOf, type Token } from './tokens.ts';
import { somebodyElse } from './read-money-words.ts';
import type { Person } from './people.ts';
import type { PersonFacts, Reading } from './reading.ts';
import type { WordToken } from './read-word.ts';
import {
  endingPhrase,
  endsWithPhrase,
  endsWithPhrases,
  firstPhrase,
  hasPhrase,
  isPhrase,
  lastPhrase,
  startsWithPhrase,
  startsWithPhrases,
} from './phrases.ts';

export const SITUATION_WORDS = new Set<Meaning['t']>([
  'noCertificate',
  'othersNone',
  'alone',
  'place',
  'hukou',
  'hukouReform',
  'disability',
  'illness',
  'bedridden',
  'event',
  'death',
  'severe',
  'manageable',
  'benefit',
]);

export function readSituationWord(
  r: Reading,
  c: ClauseReading,
  tok: WordToken,
  i: number,
  m: Meaning,
  span: [number, number],
): void {
  switch (m.t) {
    case 'othersNone':
      // Asked who holds a certificate or is ill: everyone not named as having it has not
      // (place-members.ts fills only the members no fact was said of).
      if (r.ctx.slot.startsWith('disability')) r.allNoDisability = span;
      else if (r.ctx.slot.startsWith('illness')) r.allNoIllness = span;
      else break;
      c.understoodSomething = true;
      break;
    case 'noCertificate':
      r.noCertificate = true;
      // "瘫在炕上，没办残疾证", "（阿尔茨海默病，冇办残疾证）": in a summary the person has no 残疾证, whatever
      // the words for how they are (a 残疾证 is what the notices count).
      // ("冇办法出海", "没办法" is no way, not no certificate.)
      if (r.ctx.slot === 'summary' && !/^法/.test(r.text.slice(tok.end, tok.end + 1))) {
        const f = r.pf(c.who());
        f.hasDisability = { v: false, span };
        delete f.kind;
        delete f.grade;
        c.noCertificateAt = i;
      }
      c.understoodSomething = true;
      break;
    case 'alone':
      // "残疾人一个人就能办吗": a question, not the household.
      if (asking(c.clause, c.clauseText) && !hasPhrase(tok.text, 'livingHow')) break;
      // "婆婆七十六，跟自己过": living with oneself is someone living with the caller, not alone.
      if (endsWithPhrase(r.text.slice(Math.max(c.clauseStart, tok.start - 2), tok.start), 'livingAlongWith')) break;
      // "靠老婆一个人的工资": someone else alone, not the speaker.
      if (
        // ("我妈一个人住" in a call about her: the person before is the subject, who lives alone.)
        (isMeaning(c.clause[i - 1], 'person') &&
          meaningOf(c.clause[i - 1], 'person')!.rel !== 'self' &&
          !(
            r.ctx.slot === 'summary' &&
            c.clausePerson === r.people.self &&
            r.onBehalf &&
            (hasPhrase(tok.text, 'livingHow') || isPhrase(tok.text, 'livesAloneWord'))
          )) ||
        /靠$/.test(c.clause[i - 1]?.text ?? '') ||
        // "家里光靠她一个人": the one the family relies on, not someone living alone.
        /靠.?$/.test(r.text.slice(Math.max(0, tok.start - 2), tok.start))
      )
        break;
      // "妻子带两个孩子…父母在村里种地自己过": after the subject's own spouse or children were named, the
      // parents the clause is about keep their own home, apart from that family.
      if (
        r.ctx.slot === 'summary' &&
        c.clausePerson !== undefined &&
        (c.clausePerson.rel === 'parent' || c.clausePerson.rel === 'grandparent') &&
        c.clausePerson.at >= c.clause[0]!.start &&
        c.clausePerson.at < tok.start &&
        r.people.list.some((p) => (p.rel === 'spouse' || p.rel === 'child') && p.at >= 0 && p.at < c.clausePerson!.at)
      ) {
        for (const p of c.clausePersons) if (p.at < tok.start && p.rel === c.clausePerson.rel) p.apart = true;
        break;
      }
      // ("带个9岁仔生活。父母都七十几，自己过": the same said in the next clause of the sentence, naming no one.)
      if (eldersOnTheirOwnBefore(r, c)) break;
      // ("两老同儿子分开住，自己住一间旧屋": the couple on their own, not the writer alone.)
      if (coupleOnTheirOwn(r.text, r.clauses, c.ci, i, tok)) break;
      // "两间屋，一间自己住，一间租出去": one of the homes is the family's own, no one lives alone.
      if (endsWithPhrase(r.text.slice(Math.max(0, tok.start - 3), tok.start), 'oneOfTheHomes')) break;
      // "就我一个人挣钱", 粤 "得我一个揾钱": the one earner, not living alone.
      if (startsWithPhrase(r.text.slice(tok.end, tok.end + 5), 'earningAfterAlone')) break;
      // ("她一个人在超市上班": where the one earner works, said between.)
      if (worksAloneAt(c.clause, i)) break;
      // "一个人带两个孩子": raising them alone, not living alone.
      // ("一个人湊个仔", "一个人凑住两个细路": the same in 粤; "我一个人点养两个细路": asked how.)
      if (
        startsWithPhrase(c.clause[i + 1]?.text ?? r.text.slice(tok.end, tok.end + 2), 'raisingAlong') ||
        startsWithPhrases(r.text.slice(tok.end, tok.end + 3), 'howOrMust', 'raiseChild') ||
        // "一个人揸住成头家", "一个人撑起这个家": carrying the family alone, who lives with them.
        startsWithPhrase(r.text.slice(tok.end, tok.end + 3), 'carryingFamily')
      )
        break;
      r.alone = span;
      c.understoodSomething = true;
      break;
    case 'place': {
      // A name two cities share (a street office such as 城东): the one in the city the writer
      // is in, when it is one of them.
      const code = placeCodeOf(tok, r.ctx.region) ?? m.code;
      if (!r.regionFact || r.regionFact.code.endsWith('00')) r.regionFact = { code, span };
      c.understoodSomething = true;
      break;
    }
    case 'hukou': {
      // 户口 words count anywhere; 城里, 乡下, 村里 say where one lives, and count only when the 户口
      // was asked, or in a call summary as a guess the agent sees marked (村民 usually hold a rural 户口).
      // In a summary only a word for who the person is (村民, 农民) guesses; a place (某村, 村里, 社区) is
      // where they live, which says nothing of the 户口.
      // "农村嘅", "城里的", "乡下人": who one is, said as the whole clause, is a guess said back too.
      const identity =
        c.clause.length <= 2 &&
        (isPhrase(c.clause[i + 1]?.text ?? '', 'personOrOf') || endsWithPhrase(tok.text, 'personOrOf')) &&
        !c.clause.some((t) => isMeaning(t, 'person'));
      if (
        !c.negated(i) &&
        (hasPhrase(tok.text, 'hukouWords') ||
          r.ctx.slot === 'hukou' ||
          (r.ctx.slot === 'summary' && (hasPhrase(tok.text, 'ruralIdentity') || tok.text.endsWith('人'))) ||
          identity)
      ) {
        const guess =
          !hasPhrase(tok.text, 'hukouWords') && (r.ctx.slot === 'summary' || (identity && r.ctx.slot !== 'hukou'));
        // "城镇户口，……公婆在农村": a 户口 stated outright is not undone by a later guess (the guess
        // is most often about someone else, or where they live).
        if (guess && r.hukou && !r.hukouGuessed) {
          c.understoodSomething = true;
          break;
        }
        // "俺是村里的，不过在城里租房住": after one's own kind is said, a place after 在 is where one lives.
        if (r.hukou && !hasPhrase(tok.text, 'hukouWords') && isPhrase(c.clause[i - 1]?.text ?? '', 'atPlace')) {
          c.understoodSomething = true;
          break;
        }
        // "俺是农村的，闺女上学把户口迁到城里了": after one's own kind is said, a clause about a relative
        // (named before the word) tells of their 户口, not the family's.
        if (
          r.hukou &&
          c.clause.slice(0, i).some((t) => {
            const p = meaningOf(t, 'person');
            return p !== undefined && p.rel !== 'self';
          })
        ) {
          c.understoodSomething = true;
          break;
        }
        r.hukouGuessed = guess;
        // "前几年改成居民户口了": the reform's name after a change is every booklet's, no kind of its own.
        if (
          isPhrase(tok.text, 'reformHukouName') &&
          endsWithPhrase(r.text.slice(Math.max(0, tok.start - 3), tok.start), 'changedTo')
        )
          r.hukouReform = true;
        // "城镇的，原来是农村后来转了": the kind said of the past (原来, 以前) gives way to the kind now,
        // whichever is said first; 后来, 现在, 转 after the past word bring the sentence back to now.
        const past = saidOfThePast(c, i);
        if (r.hukou && r.hukou.v !== m.value && (past || r.hukou.past)) {
          if (!past) r.hukou = { v: m.value, span };
          // "以前是农村的，后来改成居民户口了": the reform's name for every booklet, not a kind of its own.
          if (isPhrase(tok.text, 'reformHukouName')) r.hukouReform = true;
        } else {
          // Two kinds named, both now, and not sure which: left unknown.
          r.hukouConflict = r.hukouConflict || (r.hukou !== undefined && r.hukou.v !== m.value);
          r.hukou = { v: m.value, span, ...(past ? { past } : {}) };
        }
      }
      c.understoodSomething = true;
      break;
    }
    case 'hukouReform':
      r.hukouReform = true;
      c.understoodSomething = true;
      break;
    case 'disability': {
      // "询问如何办残疾证", "想去办残疾证": a certificate asked about or still to get is not held.
      if (
        m.certificate &&
        endsWithPhrases(r.text.slice(Math.max(0, tok.start - 6), tok.start), 'howOrWantTo', 'applyFor')
      ) {
        c.understoodSomething = true;
        break;
      }
      // A body part (腿, 眼睛) says which disability only when disability is the subject.
      const bodyPartOnly =
        !m.certificate && !m.severe && m.kind !== undefined && !hasPhrase(tok.text, 'disabilityWords');
      // "俺是<county>的残疾人 肢体二级": the category's own name with a grade, or after disability was named.
      const graded = c.clause[i + 1]?.kind === 'num' && isMeaning(c.clause[i + 2], 'grade');
      if (
        bodyPartOnly &&
        !r.ctx.slot.startsWith('disability') &&
        !c.clause.some((t) => meaningOf(t, 'disability')?.certificate || /残/.test(t.text)) &&
        !(graded && isPhrase(tok.text, 'disabilityCategory'))
      )
        break;
      // "家有残疾闺女", "有个残疾的儿子" in a summary: the disability of the person named right after it.
      const after = personRightAfter(r, c, i);
      const target = after ?? c.who();
      // ("二级智力残疾嘅细佬", "肢体二级残疾的儿子": a grade and a kind said right before it are that
      // person's too, not the one talked about.)
      if (after && after !== c.who()) movePrefixed(r.pf(c.who()), r.pf(after), tok.start);
      // "没办（过）残疾证": the certificate word after the no is that no again.
      if (c.noCertificateAt !== undefined && i - c.noCertificateAt <= 2) break;
      const no = c.negated(i);
      const everyone =
        no &&
        c.clause.slice(Math.max(0, c.neg), i).some((t) => t.text === '人' || t.text === '谁' || t.text === '一个');
      if (everyone) r.allNoDisability = span;
      else {
        r.pf(target).hasDisability = { v: !no, span };
        // "耳仔听唔到 又讲唔到话", asked what kind: two kinds said of one person is the certificate's
        // 多重 (two or more kinds, 残疾人残疾分类和分级 GB/T 26341).
        // (So in a summary, two kinds each named as a disability in one clause: "言语残疾二级同肢体残疾三级".)
        const had = r.pf(target).kind;
        const two =
          had !== undefined &&
          had.v !== m.kind &&
          had.span[0] !== span[0] &&
          (r.ctx.slot === 'disability.kind' ||
            (r.ctx.slot === 'summary' &&
              had.span[0] >= c.clauseStart &&
              /残/.test(tok.text) &&
              /残/.test(r.text.slice(had.span[0], had.span[1]))));
        if (!no && m.kind) r.pf(target).kind = { v: two ? 'multiple' : m.kind, span };
        if (!no && m.severe) r.pf(target).severeDisability = { span };
      }
      c.understoodSomething = true;
      break;
    }
    case 'illness': {
      // "在家照顾中风的阿爸", "患尿毒症的儿子" in a summary: the illness of the person named right after it.
      const target = personRightAfter(r, c, i) ?? c.who();
      // "大病没有，就是高血压": the illness named, then no.
      const noAfter = deniedAfter(c.clause, i);
      // ("以前有胃癌，做了手术，现在好了": over, said later in the message.)
      const cured = m.serious && hasPhrase(r.text.slice(tok.end, tok.end + 30), 'illnessCured');
      const no = c.negated(i) || noAfter || cured;
      // (The 有 said before it was of the illness now over: no yes is left.)
      if (cured && r.yes === true) r.yes = undefined;
      // A call summary's acute illness long past ("去年中风后半边身郁唔到", "前年脑梗后左手不利索",
      // "脑出血后遗症"), or one the person died of ("突发心梗去世"): what it left is a disability or a
      // death, not a 重病 being treated now (the 重特大疾病 of 低保 rules is one under treatment).
      // (Heart surgery said for the illness, "前年做了心脏搭桥", is dated the same way.)
      const acute =
        r.ctx.slot === 'summary' &&
        m.serious &&
        (hasPhrase(m.name, 'suddenIllness') || hasPhrase(tok.text, 'heartSurgery'));
      const before = acute ? parseWhen(r.text.slice(c.clauseStart, tok.end), r.ctx.today) : undefined;
      if (
        acute &&
        !no &&
        ((before !== undefined && daysBetween(before, r.ctx.today) > 183) ||
          startsWithPhrase(r.text.slice(tok.end, tok.end + 3), 'illnessAftermath') ||
          hasPhrase(tok.text, 'illnessAftermath') ||
          c.clause.slice(i + 1).some((t) => isMeaning(t, 'death')))
      ) {
        c.understoodSomething = true;
        break;
      }
      // "不知道算不算重病", 粤 "唔知算唔算大病": whether it counts, asked, is no illness said; the one
      // named beside it is.
      if (m.name === '重病' && isMeaning(c.clause[i - 1], 'question')) {
        c.understoodSomething = true;
        break;
      }
      if (m.serious) {
        if (no && (tok.text === '重病' || tok.text === '大病')) r.allNoIllness = span;
        else if (!r.pf(target).ill?.v || no) {
          // "子宫癌": the organ before 癌 names it; "胰腺上长了东西，大夫说是癌": so does one named earlier.
          let name = m.name;
          if (tok.text === '癌') name = `${cancerSiteBefore(r.text.slice(0, tok.start), c.clause, i) ?? ''}癌`;
          r.pf(target).ill = { v: !no, ...(no ? {} : { name: r.pf(target).ill?.name ?? name }), span };
        }
        // "老伴上个月中风": an acute illness dated lately is an emergency that struck, with or without 突发.
        const when =
          !no && r.ctx.slot === 'summary' && hasPhrase(m.name, 'suddenIllness')
            ? parseWhen(c.clauseText, r.ctx.today)
            : undefined;
        if (when && daysBetween(when, r.ctx.today) <= 183)
          r.events.push({ kind: 'sudden_illness', span, clause: c.ci, at: tok.start });
        else if (!no && (r.ctx.slot === 'opening' || r.ctx.slot === 'hardship') && struckAndCost(r, c, i))
          r.events.push({ kind: 'sudden_illness', span, clause: c.ci, at: tok.start });
        // Asked what befell the family lately, an acute illness named ("阿妈中风入院", "老汉脑梗了") is the
        // emergency, unless dated long ago ("前年中风的").
        else if (!no && r.ctx.slot === 'hardship' && hasPhrase(m.name, 'suddenIllness')) {
          const said = parseWhen(c.clauseText, r.ctx.today);
          if (!said || daysBetween(said, r.ctx.today) <= 183)
            r.events.push({ kind: 'sudden_illness', span, clause: c.ci, at: tok.start });
        }
      } else if (!no && ['illness', 'opening', 'summary'].includes(r.ctx.slot) && r.pf(target).ill === undefined) {
        // A standing, ordinary illness named in answer to "serious illness?": not serious.
        r.pf(target).ill = { v: false, ...(r.ctx.slot === 'summary' ? { name: m.name } : {}), span };
      }
      c.understoodSomething = true;
      break;
    }
    case 'bedridden':
      c.understoodSomething = true;
      break;
    case 'event': {
      if (c.negated(i)) break;
      if (m.kind === 'sudden_illness' && !STRONG_SUDDEN.has(tok.text) && !c.clause.some((t) => isMeaning(t, 'illness')))
        break;
      if (
        (WEAK_EVENTS.has(tok.text) || isPhrase(tok.text, 'befellPlainly')) &&
        !r.ctx.slot.startsWith('hardship') &&
        r.ctx.slot !== 'summary' &&
        r.ctx.slot !== 'opening'
      )
        break;
      // "跌落水撞伤个头", "摔了一跤碰伤了": a word that is a crash or a knock (撞伤) is a knock when a fall
      // or another accident that is no crash is told in the same clause.
      if (
        m.kind === 'traffic_accident' &&
        tok.meanings.some((x) => x.t === 'event' && x.kind === 'accident') &&
        c.clause.some(
          (t) =>
            t !== tok &&
            t.kind === 'word' &&
            t.meanings.some((x) => x.t === 'event' && x.kind === 'accident') &&
            !t.meanings.some((x) => x.t === 'event' && x.kind === 'traffic_accident'),
        )
      )
        break;
      // "个仔因为诈骗坐紧监": the crime a relative is in prison for is no emergency of the household's.
      if (m.kind === 'crime' && r.ctx.slot === 'summary' && crimeDone(c.clause, i)) break;
      // "老汉骑电三轮摔了", 粤 "揸电单车跌亲": a fall while riding a vehicle is a road accident (the list's 车祸).
      const kind = m.kind === 'accident' && ridingBefore(r.text, c.clause, i) ? 'traffic_accident' : m.kind;
      r.events.push({ kind, span, clause: c.ci, at: tok.start });
      c.understoodSomething = true;
      break;
    }
    case 'death': {
      // "老公走咗十几年，一直冇音讯", "他走了就没音讯了": gone with no news since is missing, not dead.
      if (
        isPhrase(tok.text, 'goneEitherWay') &&
        r.tokens.some((t) => t.start > tok.start && t.start - tok.end < 16 && isMeaning(t, 'missing'))
      ) {
        c.understoodSomething = true;
        break;
      }
      // "家里没了收入来源", 粤 "冇咗份工": in a summary, gone with a thing named right after it is that
      // thing lost, not a death.
      const next = c.clause[i + 1];
      if (
        r.ctx.slot === 'summary' &&
        isPhrase(tok.text, 'lostSomething') &&
        next !== undefined &&
        next.start === tok.end &&
        (next.kind === 'char' || ['income', 'work', 'asset', 'jobless'].some((k) => isMeaning(next, k as never))) &&
        !/^[了啦喇嘅的咯哦呀]/.test(next.text)
      ) {
        c.understoodSomething = true;
        break;
      }
      // ("现在鸡场也没了": a thing named before it, no one named in the clause, is the thing gone.)
      if (
        r.ctx.slot === 'summary' &&
        isPhrase(tok.text, 'lostSomething') &&
        !c.clause.some((t) => isMeaning(t, 'person')) &&
        (c.clause.slice(0, i).some((t) => ['income', 'work', 'asset'].some((k) => isMeaning(t, k as never))) ||
          (c.clause.slice(0, i).filter((t) => t.kind === 'char').length >= 2 &&
            // (Grammar: "人已经没了" is someone dead, said with the character for a person.)
            !/[人已]/.test(r.text.slice(c.clauseStart, tok.start))))
      ) {
        c.understoodSomething = true;
        break;
      }
      const p = c.who();
      if (p !== r.people.self) p.dead = true;
      // "父母都去世了"; "阿爸阿妈早冇咗": two named one after the other, then gone, are both gone.
      const pair =
        c.clausePersons.length > 1 &&
        c.clause.slice(0, i).every((t) => isMeaning(t, 'person') || t.kind === 'char' || isMeaning(t, 'and'));
      if (hasPhrase(c.clauseText, 'allToo') || pair)
        for (const q of c.clausePersons) if (q !== r.people.self) q.dead = true;
      // "儿子、儿媳车祸双亡": both of those named, the first before the 、 that split them.
      if (hasPhrase(c.clauseText, 'bothOfThem')) {
        const listed = /[、，,]$/.test(r.text.slice(c.clauseStart - 1, c.clauseStart)) ? r.lastPersons : [];
        for (const q of [...c.clausePersons, ...listed]) if (q !== r.people.self) q.dead = true;
      }
      const date = parseWhen(c.clauseText, r.ctx.today);
      if (date && daysBetween(date, r.ctx.today) <= 366)
        r.events.push({ kind: 'other', span, clause: c.ci, date, at: tok.start });
      c.understoodSomething = true;
      break;
    }
    case 'severe':
      // ("弟弟在村里务农，家里也困难": a relative's own home, not the household's.)
      if (
        r.ctx.slot === 'summary' &&
        c.clausePersons.some((p) => p.rel !== 'self' && p.rel !== 'spouse') &&
        hasPhrase(r.text.slice(c.clauseStart, tok.start), 'theirHomeToo')
      ) {
        c.understoodSomething = true;
        break;
      }
      // "唔算好困难", "不算太困难": hardship said not to be so is managing.
      // (Basic living said to be getting by, in those words, outweighs a hint of hardship after it unless a 但
      // turns it: "基本生活还能维持。原话“乜都冇晒”".)
      if (c.negated(i)) {
        if (r.severe?.v !== true) r.severe = { v: false, span };
      } else if (
        !(r.severe?.v === false && startsWithPhrase(c.clauseText, 'onlyThatBut')) &&
        !(r.severe?.firm && !hasPhrase(r.text.slice(r.severe.span[1], tok.start), 'but'))
      )
        r.severe = { v: true, span };
      // ("吃饭还能吃上，就是看病没钱了": managing, only short of money for one thing.)
      c.understoodSomething = true;
      break;
    case 'manageable':
      // ("原来还有点积蓄，但都烧了", "以前还过得去": getting by said of before, not now.)
      if (c.clause.some((t) => isMeaning(t, 'past'))) break;
      // "好难，但係食饭冇问题", "很困难，不过吃饭还行": hard, but getting by is the answer (said back).
      // Basic living named as getting by (基本生活还能维持) is the summary's own word on it, over a hint before
      // it such as staying with kin (暂住).
      if (m.firm || r.severe?.v !== true || hasPhrase(r.text.slice(r.severe.span[1], tok.start), 'but'))
        r.severe = m.firm ? { v: false, span, firm: true } : { v: false, span };
      c.understoodSomething = true;
      break;
    case 'benefit': {
      // "咨询能否申请“五保”（特困人员供养）": in a summary, the bracket glosses what the clause before asked for.
      // (The clauses since the last full stop or comma before the bracket: a quoted name, "申请“五保”",
      // may stand alone between them.)
      const bracketed = r.ctx.slot === 'summary' && /^[(（]$/.test(r.text[c.clauseStart - 1] ?? '');
      const lead = bracketed ? r.text.slice(0, c.clauseStart - 1) : '';
      const from = Math.max(lead.lastIndexOf('。'), lead.lastIndexOf('，'), lead.lastIndexOf('；')) + 1;
      const before = bracketed
        ? r.clauses
            .slice(0, c.ci)
            .flat()
            .filter((t) => t.start >= from)
        : [];
      const glossOfAsked = bracketed && before.length > 0 && asking(before, lead.slice(from));
      const lead2 = r.text.slice(c.clauseStart, tok.start);
      // "自己去年已经吃上低保": got onto it already is held, though 吃上 alone asks ("能吃上低保不").
      const already =
        endsWithPhrase(r.text.slice(Math.max(c.clauseStart, tok.start - 4), tok.start), 'heldAlready') &&
        !c.clause.some((t) => isMeaning(t, 'question'));
      // "来电人不清楚他有没有吃低保", "认为佢唔应该享受低保": not known, or what ought to be, is no status.
      // ("日子过得比低保户还紧", "还不如低保户": a measure of hardship, not a status held.)
      if (
        hasPhrase(lead2, 'statusUnknown') ||
        hasPhrase(lead2, 'oughtTo') ||
        comparedWith(r.text, c.clauseStart, tok.start)
      ) {
        c.understoodSomething = true;
        break;
      }
      // "我系五保户", "是低保户", "在吃低保": a status; "想申请低保", "能吃上低保不": a wish.
      if (
        !glossOfAsked &&
        (!asking(c.clause, c.clauseText) ||
          already ||
          statedWithNe(r.text, c, tok) ||
          askedIfItCounts(r.text, c, tok) ||
          askedForOneWho(r, c, i)) &&
        !told(c.clauseText) &&
        // ("啥是特困，俺够不够": asking what the programme is.)
        !endsWithPhrase(r.text.slice(c.clauseStart, tok.start), 'askingWhatIs') &&
        // ("村里有人有车有楼也评上低保": somebody else's status.)
        !somebodyElse(r.text.slice(c.clauseStart, tok.start)) &&
        (!BARE_BENEFIT.has(tok.text) ||
          already ||
          startsWithPhrase(r.text.slice(tok.end, tok.end + 2), 'holderAfter') ||
          statusAfterRelative(r, c.clause[i - 1]) ||
          HOLDS.has(r.text.slice(Math.max(0, tok.start - 1), tok.start)) ||
          HOLDS.has(r.text.slice(Math.max(0, tok.start - 2), tok.start)))
      ) {
        // "独子62岁，自己家也吃着低保": a relative's own household's status; they live apart from this one.
        // (A clause naming no one: the relative named just before, "儿子62岁，自己家也吃着低保".)
        // (Or glossed in brackets after it: "自己家都困难（低收入户）".)
        const glossed = bracketed ? r.text.slice(from, c.clauseStart - 1) : '';
        const own =
          r.ctx.slot === 'summary' && (hasPhrase(c.clauseText, 'ownHousehold') || hasPhrase(glossed, 'ownHousehold'));
        const last = r.lastPersons.length === 1 ? r.lastPersons[0]! : undefined;
        const named = c.clausePerson && c.clausePerson !== r.people.self;
        // (The 自己 of "自己家都困难" is the relative's own self, the last one of them named before it; not
        // after 我: "我自己屋企都困难".)
        const relative =
          last === r.people.self && !hasPhrase(c.clauseText + glossed, 'meUs')
            ? r.people.list.findLast((p) => p !== r.people.self && p.rel !== 'spouse' && p.n === 1 && p.at <= tok.start)
            : last;
        // ("姑姑在城里，自己也是低收入户": 自己 is the relative named last, when that is not the subject.)
        const alsoSelf =
          r.ctx.slot === 'summary' &&
          !named &&
          last !== undefined &&
          last !== r.people.self &&
          last.rel !== 'spouse' &&
          last.n === 1 &&
          hasPhrase(c.clauseText, 'selfIsAlso');
        const person = alsoSelf
          ? last
          : own && !named && relative && relative !== r.people.self && relative.rel !== 'spouse'
            ? relative
            : c.who();
        if ((own || alsoSelf) && person !== r.people.self) person.apart = true;
        r.benefits.push({
          what: m.what,
          negated: c.negated(i) || benefitEnded(r.text, c, i, tok.end),
          person,
          span,
        });
      }
      c.understoodSomething = true;
      break;
    }
    default:
      break;
  }
}

/**
 * "帮村里一个五保户问", "替一户低保户问问": asking for someone named by the status they hold (一个, 一户, then
 * a word for its holder, 户 or 老人): the status is that person's, though the clause asks.
 */
function askedForOneWho(r: Reading, c: ClauseReading, i: number): boolean {
  const tok = c.clause[i]!;
  const m = meaningOf(c.clause[i - 1], 'person');
  return (
    r.ctx.slot === 'opening' &&
    r.onBehalf &&
    endsWithPhrase(tok.text, 'statusHolder') &&
    endsWithPhrase(r.text.slice(Math.max(c.clauseStart, tok.start - 2), tok.start), 'oneOfThem') &&
    m === undefined
  );
}

/**
 * "大女低保", 粤 "佢低保": asked how a relative stands, the programme's bare name right after the person is
 * what they hold (a topic, then its comment), with no 是 or 吃 between.
 */
function statusAfterRelative(r: Reading, prev: Token | undefined): boolean {
  return (
    (r.ctx.slot === 'obligors.situation' || r.ctx.slot === 'supportPayer') &&
    (isMeaning(prev, 'person') || isMeaning(prev, 'pronoun'))
  );
}

/**
 * "娃得了白血病花了几十万", 粤 "老公患咗癌，使咗好多钱": a grave illness that struck (得了, 患上), with money
 * spent on it in the same sentence, told when asked what happened: the sudden illness of 临时救助.
 */
function struckAndCost(r: Reading, c: ClauseReading, i: number): boolean {
  if (!endsWithPhrase(r.text.slice(Math.max(0, c.clause[i]!.start - 3), c.clause[i]!.start), 'fellIllWith'))
    return false;
  const from = c.clause[i]!.end;
  const rest = r.text.slice(from, from + 20);
  const end = firstPhrase(rest, 'sentenceEnd');
  const to = from + (end ? end.index : rest.length);
  return r.tokens.some((t) => t.start >= from && t.end <= to && isMeaning(t, 'expense'));
}

/**
 * "儿子也吃低保呢", "俺哥还是低保户哩": 晋南 呢 at the end of a statement, after 也 or 还 before the status
 * (someone else is on it too), says it holds; "能吃上低保呢？" asks, and so does a question mark.
 */
function statedWithNe(text: string, c: ClauseReading, tok: WordToken): boolean {
  const questions = c.clause.filter((t) => isMeaning(t, 'question'));
  const last = c.clause.at(-1);
  return (
    last !== undefined &&
    questions.length === 1 &&
    questions[0] === last &&
    isPhrase(last.text, 'assertingNe') &&
    !/[?？]/.test(text[last.end] ?? '') &&
    !hasPhrase(c.clauseText, 'askingWords') &&
    endsWithPhrase(text.slice(Math.max(0, tok.start - 1), tok.start), 'tooOrStill')
  );
}

/**
 * "还有低保金算不算", 粤 "仲有低保金算唔算": a benefit said to be held (有, 领 right before it), then asked only
 * whether it counts as income: the holding is stated; the question is about the question.
 */
function askedIfItCounts(text: string, c: ClauseReading, tok: WordToken): boolean {
  const questions = c.clause.filter((t) => isMeaning(t, 'question'));
  return (
    questions.length > 0 &&
    questions.every((q) => q.start >= tok.end && isPhrase(q.text, 'asksIfCounts')) &&
    !hasPhrase(c.clauseText, 'askingWords') &&
    (HOLDS.has(text.slice(Math.max(0, tok.start - 1), tok.start)) ||
      HOLDS.has(text.slice(Math.max(0, tok.start - 2), tok.start)))
  );
}

/** A grade, then a kind before it, said right up to `at`: moved from one person's facts to another's. */
function movePrefixed(from: PersonFacts, to: PersonFacts, at: number): void {
  let end = at;
  if (from.grade && from.grade.span[1] === end && to.grade === undefined) {
    to.grade = from.grade;
    end = from.grade.span[0];
    delete from.grade;
  }
  if (from.kind && from.kind.span[1] === end && to.kind === undefined) {
    to.kind = from.kind;
    if (from.hasDisability?.span[0] === from.kind.span[0]) delete from.hasDisability;
    delete from.kind;
  }
}

/**
 * In a call summary, the person named right after a word about health ("家有残疾闺女", "有个残疾的
 * 儿子", "照顾中风的阿爸"): whose disability or illness it is. Named before, the one already named
 * ("问残疾的儿子能不能单独吃": not a new child); undefined when no person word follows.
 */
function personRightAfter(r: Reading, c: ClauseReading, i: number): Person | undefined {
  const at = isPhrase(c.clause[i + 1]?.text ?? '', 'possessive') ? i + 2 : i + 1;
  // (A resident's answer too when 的/嘅 joins them: "和残疾的儿子一起住", 粤 "有个中风嘅老公".)
  const after = r.ctx.slot === 'summary' || at === i + 2 ? meaningOf(c.clause[at], 'person') : undefined;
  if (!after || after.rel === 'self' || after.n) return undefined;
  const named = r.people.list.filter(
    (p) => p.rel === after.rel && p.n === 1 && !p.dead && (!after.gender || !p.gender || p.gender === after.gender),
  );
  return named.length === 1
    ? named[0]!
    : r.people.mention(after.rel, c.clause[at]!.start, {
        word: c.clause[at]!.text,
        ...(after.gender ? { gender: after.gender } : {}),
      });
}

/** A vehicle (a car, a tricycle, a motorbike) ridden or driven, named before the word at `i` in its clause. */
function ridingBefore(text: string, clause: readonly Token[], i: number): boolean {
  return clause.slice(0, i).some((t) => {
    const what = meaningOf(t, 'asset')?.what;
    return (
      (what === 'car' || what === 'exempt_vehicle') &&
      hasPhrase(text.slice(Math.max(0, t.start - 2), t.start), 'rideVerb')
    );
  });
}

/**
 * Where a bare 癌 grew: an organ right before it ("肺癌" typed apart), else the nearest one named earlier in
 * the answer, else the one or two plain characters right before it (never across a word: "说是癌" names none).
 */
function cancerSiteBefore(before: string, clause: readonly Token[], i: number): string | undefined {
  const near = endingPhrase(before, 'cancerSite');
  if (near) return near;
  const earlier = lastPhrase(before, 'cancerSite');
  if (earlier) return earlier;
  let organ = '';
  for (let j = i - 1; j >= Math.max(0, i - 2) && clause[j]?.kind === 'char'; j--) organ = `${clause[j]?.text}${organ}`;
  return organ || undefined;
}

/**
 * "带个9岁仔生活。父母都七十几，（在村里）自己过": in a summary, a clause naming no one right after a clause
 * about the parents (or grandparents), once the subject's own spouse or children were named: the elders
 * keep their own home, apart from that family. Marks them apart and says so.
 */
function eldersOnTheirOwnBefore(r: Reading, c: ClauseReading): boolean {
  const elders = r.topic;
  const named = r.clauses[c.ci - 1];
  if (
    r.ctx.slot !== 'summary' ||
    c.clausePerson !== undefined ||
    named === undefined ||
    /[。；;！？!?]/.test(r.text[c.clauseStart - 1] ?? '') ||
    (elders.rel !== 'parent' && elders.rel !== 'grandparent') ||
    !named.some((t) => t.start === elders.at) ||
    !r.people.list.some((p) => (p.rel === 'spouse' || p.rel === 'child') && p.at >= 0 && p.at < elders.at)
  )
    return false;
  for (const p of r.people.list)
    if (p.partOf === elders.key || (p.rel === elders.rel && named.some((t) => t.start === p.at))) p.apart = true;
  return true;
}

/** "比低保户还紧", "不如人家低保户", 粤 "仲衰过低保户": a status named only to compare with, within the two words before. */
function comparedWith(text: string, clauseStart: number, at: number): boolean {
  const before = text.slice(Math.max(clauseStart, at - 4), at);
  return /(比|不如|像|衰过|差过)(人家|别人|人哋)?$/.test(before);
}

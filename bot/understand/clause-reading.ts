/**
 * One clause being read (a run of words between commas, spaces or full stops): who it is about,
 * what kind of money and period its words name, whether it says someone lives elsewhere. The
 * first pass sets what qualifies every amount in the clause before any amount is read; `finish`
 * hands what carries over to the next clause back to the message (Reading).
 */
import { kinHereabouts } from './kin-hereabouts.ts';
import type { Amount } from './amounts.ts';
import { isMeaning, lacksEvenBasics, YEARLY_WORDS } from './cues.ts';
import type { Person } from './people.ts';
import { quotedMoneyKind } from './quoted-money.ts';
import type { Reading } from './reading.ts';
import { meaningOf, type Token } from './tokens.ts';
import { letToOthers } from './let-to-others.ts';
import { listedAcrossBrackets } from './listed-in-brackets.ts';
import { villageOfOthers } from './home-village.ts';
import { splitFromWriter } from './split-homes.ts';
import { stayedAWhile } from './stayed-a-while.ts';
import { kinThereExtras } from './kin-there.ts';
import { notGoneOut } from './not-gone-out.ts';
import { hasPhrase, isPhrase, startsWithPhrase } from './phrases.ts';
import type { ParameterSet } from '../../screening/index.ts';
import { shortName } from '../cities.ts';

/** Words that carry a sentence on about the relative named before (health, disability, school). */
const CARRIES_TOPIC = ['illness', 'disability', 'student'] as const;

/**
 * Whether the sentence whose first clause is `ci` tells of health, disability or school: its clauses
 * only, read once at the sentence's start (linear over the message).
 */
function carriesTopic(r: Reading, ci: number): boolean {
  for (let k = ci; k < r.clauses.length; k++) {
    const cl = r.clauses[k]!;
    if (cl.some((t) => CARRIES_TOPIC.some((m) => isMeaning(t, m)))) return true;
    if (/[。；;]/.test(r.text[cl.at(-1)!.end] ?? '')) return false;
  }
  return false;
}

export class ClauseReading {
  /** Index of the last negation in this clause. */
  neg = -10;
  clausePerson: Person | undefined;
  readonly clausePersons: Person[] = [];
  /** "我在家伺候她", "一个人带两个孩子": the person looked after, never who works or earns. */
  lookedAfter: Person | undefined;
  /**
   * A child and their spouse named together ("儿子媳妇", 粤 "仔同心抱"): work said of the pair in this
   * clause ("…在外省打工") is said of both, so the child is a working adult too.
   */
  couple: [Person, Person] | undefined;
  /** "佢哋老豆老母": the people whose relatives the next kinship words name. */
  possessorOfClause: Person | undefined;
  lastAgeAt: number | undefined;
  understoodSomething = false;
  clauseCategory: Amount['category'];
  clauseLastCategory: Amount['category'];
  clauseExpenseKind: Amount['expenseKind'];
  clausePeriod: number | undefined;
  clauseEach = false;
  /** "地租给别人种，一年给1000元": the 给 of this clause pays the rent named just before. */
  rentGiven = false;
  clauseTotal = false;
  clauseAbout = false;
  clauseApart = false;
  clauseElsewhere = false;
  readonly clauseStart: number;
  /** "上学的" said before the people it describes ("两个上学的孩子"): for the next person named. */
  studentFor: [number, number] | undefined;
  /** "打工的" said before the relative it describes ("在外地打工的弟弟"): for the next person named. */
  workFor: [number, number] | undefined;
  /** Where a summary said there is no 残疾证 (没办残疾证), for the certificate word after it. */
  noCertificateAt: number | undefined;
  readonly clauseText: string;

  /**
   * The clause is about these people, the first its subject; with `topic`, the message goes on about
   * the first too (a later clause that names no one is about them).
   */
  about(people: readonly Person[], topic = true): void {
    this.clausePersons.push(...people);
    this.clausePerson = people[0];
    if (topic && people[0]) this.r.topic = people[0];
    this.understoodSomething = true;
  }

  constructor(
    private readonly r: Reading,
    readonly clause: Token[],
    readonly ci: number,
  ) {
    this.clauseStart = clause[0]!.start;
    this.clauseText = r.text.slice(this.clauseStart, clause.at(-1)!.end);
    // "独身（离婚多年，一个仔…喺外地做厨师），做散工": after an aside of several clauses about a relative
    // living elsewhere, the text is back on whom it was about before the bracket.
    const aside = r.asideTopic;
    if (aside && afterClose(r.text, r.clauses[ci - 1]?.at(-1)?.end ?? this.clauseStart, this.clauseStart)) {
      if (!aside.dead && !r.parenOwner && r.topic.apart && r.topic !== aside && r.topic.at > r.asideAt) r.topic = aside;
      r.asideTopic = undefined;
    }
    // "老伴前些年走了，独居。有肢体三级残疾证": a new sentence naming no one is not about the dead; nor,
    // telling of work, money or the home ("独自带个12岁女儿。原在超市上班"), about the relative named in the
    // sentence before: its implicit subject is the caller. (Health or school said on, "现在还在化疗", is
    // still about that relative.) A quote opening the sentence ("妻子在家。“车是饭碗，现在也没了”") starts it too:
    // the caller's own words, not about the one named before.
    if (
      r.ctx.slot === 'summary' &&
      /[。；;]/.test(r.text[this.clauseStart - (/["“「]/.test(r.text[this.clauseStart - 1] ?? '') ? 2 : 1)] ?? '') &&
      (r.topic.dead || !carriesTopic(r, ci))
    )
      r.topic = r.people.self;
    // "老伴早年去世，每月退休金一千一": a pension or allowance said right after a death, naming no one, is
    // drawn by the one living (the dead draw none now); what the dead earned is said as such (生前, 以前).
    else if (
      r.ctx.slot === 'summary' &&
      r.topic.dead &&
      !hasPhrase(this.clauseText, 'whileAlive') &&
      !clause.some((t) => meaningOf(t, 'person') || isMeaning(t, 'pronoun')) &&
      clause.some((t) => {
        const cat = meaningOf(t, 'income')?.cat;
        return cat !== undefined && cat !== 'wages' && cat !== 'business';
      })
    )
      r.topic = r.people.self;
    // "儿子（28岁）在外打工": after the bracket, still about the person before it.
    // "带两个孩子（10岁、6岁）": inside the bracket, about the person before it too.
    if (/^[)）(（]$/.test(r.text[this.clauseStart - 1] ?? '') && r.parenOwner) {
      this.clausePerson = r.parenOwner;
      this.clausePersons.push(r.parenOwner);
      // ("二仔（55）同三仔（52）打工": both listed.)
      for (const p of r.parenGroup) if (p !== r.parenOwner) this.clausePersons.push(p);
    }
    this.firstPass();
    // 存款“就剩两三千”: the quoted words give the amount of the money named right before the quote.
    this.clauseCategory ??= quotedMoneyKind(r.tokens, this.clauseStart);
  }

  /** A word within three after a negation is negated ("没有残疾证", "冇做嘢"). */
  negated(i: number): boolean {
    return i - this.neg > 0 && i - this.neg <= 3;
  }

  /** The person this clause is about: named in it, or the one the message was talking about. */
  /** "俺两个孙子": the count a pair word for the writer gives the relative's word right after it. */
  countForNext: number | undefined;

  who(): Person {
    return this.clausePerson ?? this.r.topic;
  }

  /** The words that qualify amounts in the clause: kind of money, period, each or total, elsewhere. */
  private firstPass(): void {
    const clause = this.clause;
    // "租咗块地畀人种": something let to others — what follows is rent received, not money given.
    if (letToOthers(this.clauseText)) {
      this.clauseCategory = 'property';
      this.r.incomeMentioned.add('property');
      this.understoodSomething = true;
    }
    // "每月给母亲寄500元，自己在城里租房，一个月挣四千多", 粤 "每月俾阿妈五百，自己一个月揾四千": a clause
    // opening on the caller after money given is about the caller's own life, so a figure there or after
    // it with no word of its own is not more of what was given.
    if (
      this.r.ctx.slot === 'summary' &&
      this.r.lastCategory === 'support' &&
      clause[0] !== undefined &&
      meaningOf(clause[0], 'person')?.rel === 'self' &&
      isPhrase(clause[0].text, 'callerOwnWord') &&
      !clause.some((t) => isMeaning(t, 'income') || isMeaning(t, 'gives'))
    )
      this.r.lastCategory = undefined;
    // (Farming said of land, "种的二亩地", until a word after it lets the land out: "…流转出去一年给800".)
    let farmedLand = false;
    for (const [ti, tok] of clause.entries()) {
      if (tok.kind !== 'word') continue;
      // "三个娃一家一年给500", 粤 "两个仔每家每月畀三百": a household word right after several people is
      // each one's own household — the sum is each one's.
      if (isPhrase(tok.text, 'eachHousehold') && severalPeople(clause, ti - 1)) this.clauseEach = true;
      // ("弟兄三个轮流管，一家一年给两千", 粤 "三个仔，一家一年俾两千": a household word opening what is given
      // by the period is each giver's household, not the family's own income for the year.)
      if (
        isPhrase(tok.text, 'eachHousehold') &&
        isMeaning(clause[ti + 1], 'period') &&
        isMeaning(clause[ti + 2], 'gives') &&
        !clause.slice(0, ti).some((t) => t.kind === 'word' || t.kind === 'num')
      )
        this.clauseEach = true;
      for (const m of tok.meanings) {
        if (m.t === 'income' && (!this.clauseCategory || (farmedLand && m.cat === 'property'))) {
          this.clauseCategory = m.cat;
          farmedLand = false;
        }
        // ("帮人看果园，一年挣一万二", 粤 "帮人睇鱼塘": a farm or trade right after a work word is what the work is
        // on, not a business of their own.)
        if (m.t === 'income' && !(m.cat === 'business' && isMeaning(clause[ti - 1], 'work')))
          this.clauseLastCategory = m.cat;
        if (m.t === 'asset' && m.what === 'deposits' && !this.clauseCategory) this.clauseCategory = 'deposits';
        if (m.t === 'asset' && m.what === 'deposits') this.clauseLastCategory = 'deposits';
        // "种两亩地": farming, whose money is business income.
        if (
          m.t === 'asset' &&
          m.what === 'land' &&
          !this.clauseCategory &&
          (clause.some((t) => /^种/.test(t.text) || t.text === '种') ||
            // "家里3亩地一年两千块": what the land brings in a year, not rented out, is farming too.
            (this.r.ctx.slot === 'summary' &&
              !hasPhrase(this.clauseText, 'landLetOut') &&
              clause.some((t) => meaningOf(t, 'period')?.every === true)))
        ) {
          this.clauseCategory = 'business';
          farmedLand = true;
        }
        // "开了个五金店（有营业执照），一年能挣六万": what a shop or a registered business brings in.
        if (
          m.t === 'asset' &&
          // (公司 alone is where someone works: "在物流公司做司机".)
          ((m.what === 'business' && tok.text !== '公司' && tok.text !== '法人') ||
            (m.what === 'shop' && hasPhrase(this.clauseText, 'runsBusiness')) ||
            // (Grammar: 开, a done mark, a short measure word, 公司 not followed by 的: a regex that stays.)
            (tok.text === '公司' && /开(了|咗)?[个间家一]{0,2}公司(?![的嘅])|经营/.test(this.clauseText))) &&
          !this.clauseCategory &&
          !/租/.test(this.clauseText)
        )
          this.clauseCategory = 'business';
        // "租咗间铺位出去，每个月收八百", "把门面租给人": a shop or a house let out, its object between the
        // verb and 出去 — what follows is rent received.
        if (
          m.t === 'asset' &&
          (m.what === 'shop' || m.what === 'house') &&
          !this.clauseCategory &&
          startsWithPhrase(this.r.text.slice(tok.end, tok.end + 4), 'letOutAfter') &&
          hasPhrase(this.r.text.slice(Math.max(this.clauseStart, tok.start - 4), tok.start), 'rentVerbBefore')
        ) {
          this.clauseCategory = 'property';
          this.r.incomeMentioned.add('property');
        }
        // "租咗间屋畀人，每个月一千二": a renting word then "to others" — a home let, rent received.
        if (
          m.t === 'asset' &&
          m.what === 'rented_home' &&
          !this.clauseCategory &&
          startsWithPhrase(this.r.text.slice(tok.end, tok.end + 3), 'toOthersAfter')
        ) {
          this.clauseCategory = 'property';
          this.r.incomeMentioned.add('property');
        }
        if (m.t === 'debt' && !this.clauseCategory) this.clauseCategory = 'debt';
        if (m.t === 'debt') this.clauseLastCategory = 'debt';
        if (m.t === 'lent' && !this.clauseCategory) this.clauseCategory = 'lent';
        if (m.t === 'expense' && !this.clauseCategory) {
          this.clauseCategory = 'expense';
          this.clauseExpenseKind = m.kind;
        }
        if (m.t === 'expense' && m.kind && !this.clauseExpenseKind) this.clauseExpenseKind = m.kind;
        // "地租给别人种，一年给1000元": money given for land rented out in the clause before is rent,
        // and so in the same clause ("地包给别人一年给八百", "流转出去一年给1200"), no relative named;
        // "从未给过钱": no giving, nothing for a later figure to be.
        if (
          m.t === 'gives' &&
          (this.clauseCategory === 'property' || (!this.clauseCategory && this.r.lastCategory === 'property')) &&
          !clause.some((t) => isMeaning(t, 'person'))
        ) {
          this.clauseCategory = 'property';
          this.rentGiven = true;
        } else if (
          m.t === 'gives' &&
          !this.clauseCategory &&
          !clause.slice(Math.max(0, clause.indexOf(tok) - 3), clause.indexOf(tok)).some((t) => isMeaning(t, 'neg'))
        )
          this.clauseCategory = 'support';
        if (m.t === 'work' && !this.clauseCategory) this.clauseCategory = 'wages';
        if (m.t === 'period' && m.every && this.clausePeriod === undefined) this.clausePeriod = m.months;
        if (m.t === 'each') this.clauseEach = true;
        if (m.t === 'total') this.clauseTotal = true;
        if (m.t === 'about') this.clauseAbout = true;
        // (前夫, 前妻 name someone apart themselves: "闺女有个儿子跟了前夫" is not about the daughter.)
        if (
          m.t === 'apart' &&
          !startsWithPhrase(tok.text, 'exSpouse') &&
          !notGoneOut(clause, ti) &&
          villageOfOthers(clause, tok) &&
          !splitFromWriter(clause, tok)
        )
          this.clauseApart = true;
        if (m.t === 'elsewhere') this.clauseElsewhere = true;
      }
    }
    // "给小区看大门，一月1500", 粤 "帮厂里睇门": 给 before the work done says for whom it is done, not giving —
    // the money is a wage (with no one named between them: "给儿子打工的钱" is not this).
    if (this.clauseCategory === 'support') {
      const g = clause.findIndex((t) => isMeaning(t, 'gives'));
      const w = clause.findIndex((t, j) => j > g && isMeaning(t, 'work'));
      if (
        g >= 0 &&
        w > g &&
        !clause.slice(g, w).some((t) => t.kind === 'num' || isMeaning(t, 'person') || isMeaning(t, 'pronoun'))
      ) {
        this.clauseCategory = 'wages';
        this.clauseLastCategory = 'wages';
      }
    }
    // "借咗三万畀个外甥", "借了两万给俺兄弟", "借咗三万畀佢": lent to someone (借 … 给/畀 a person), not borrowed.
    const borrowed = clause.findIndex((t) => isMeaning(t, 'debt') && /^借/.test(t.text));
    if (
      this.clauseCategory === 'debt' &&
      borrowed >= 0 &&
      clause.some(
        (t, j) =>
          j > borrowed &&
          isMeaning(t, 'gives') &&
          (isMeaning(clause[j + 1], 'person') ||
            // ("借咗三万畀佢": to him or her, the one the sentence is about.)
            isMeaning(clause[j + 1], 'pronoun') ||
            (/^个$/.test(clause[j + 1]?.text ?? '') && isMeaning(clause[j + 2], 'person'))),
      )
    ) {
      this.clauseCategory = 'lent';
      this.clauseLastCategory = 'lent';
    }
    // "在镇上养殖场干活", "蚝排工人", "在幼儿园当保育员": a farm, a business or a school named as where
    // someone is employed is a workplace; what they earn there is a wage, not the family's business or a cost.
    if (this.clauseCategory === 'business' || this.clauseCategory === 'expense') {
      const w = workplaceAt(clause);
      if (w !== undefined && clause.slice(w + 1).some((t) => isMeaning(t, 'work'))) {
        this.clauseCategory = 'wages';
        this.clauseLastCategory = 'wages';
        this.clauseExpenseKind = undefined;
      }
    }
    // "丈夫是家里顶梁柱，一个月挣五千来块": in a summary, earning said with no kind of work named here or in
    // the clause before is a wage (what a business brings in is said with the business). So is a person's
    // income by the month said with no kind ("老婆在服装店月入2500").
    if (
      this.r.ctx.slot === 'summary' &&
      !this.clauseCategory &&
      !this.r.lastCategory &&
      !this.r.carriedCategory &&
      clause.some(
        (t) =>
          t.kind !== 'num' &&
          (isPhrase(t.text, 'earnVerb') ||
            (isPhrase(t.text, 'monthlyIncome') && clause.some((u) => u.start < t.start && isMeaning(u, 'person')))),
      )
    )
      this.clauseCategory = 'wages';
    if (this.clauseCategory === 'expense' && !this.clauseExpenseKind && clause.some((t) => isMeaning(t, 'illness')))
      this.clauseExpenseKind = 'medical';
    // Asked what was spent, "闺女上高中住校 一年五千": a child at school, then the year's cost — school.
    if (this.r.ctx.slot === 'hardship.expense' && !this.clauseCategory && clause.some((t) => isMeaning(t, 'student'))) {
      this.clauseCategory = 'expense';
      this.clauseExpenseKind = 'education';
    }
    // 在<another county>, 喺广州: a place other than the one the household was placed in.
    const herePlace = this.r.regionFact?.code;
    if (
      clause.some(
        (t, j) =>
          j > 0 &&
          isPhrase(clause[j - 1]!.text, 'atPlace') &&
          meaningOf(t, 'place') &&
          herePlace &&
          meaningOf(t, 'place')!.code !== herePlace &&
          !cityOfHomeDistrict(meaningOf(t, 'place')!.code, herePlace, this.r.ctx.parameters) &&
          !districtOfHomeCity(meaningOf(t, 'place')!.code, herePlace, this.r.ctx.parameters),
      )
    )
      this.clauseElsewhere = true;
    // "在西安打工", "在省城成家了": lives there; "在西安治疗", "在县里上高中": does not; "儿子女儿都在市区": lives there.
    const extras = this.r.ctx.slot === 'summary' ? kinThereExtras(clause) : undefined;
    if (
      this.clauseElsewhere &&
      (clause.some(
        (t) =>
          isMeaning(t, 'work') ||
          // "儿子在城里开饭店": a business of their own there.
          (this.r.ctx.slot === 'summary' && meaningOf(t, 'income')?.cat === 'business') ||
          (hasPhrase(t.text, 'settledThere') && !stayedAWhile(this.r.text, t.end)),
      ) ||
        clause.every(
          (t, k) =>
            isMeaning(t, 'person') ||
            meaningOf(t, 'place') ||
            // ("有个儿子跟前妻在省城": the have-and-count opening, the former spouse lived with, kin-there.ts.)
            extras?.has(k) === true ||
            // "儿子在北京": 在北京 is one word.
            isMeaning(t, 'elsewhere') ||
            // ("儿子25岁在深圳": their age said on the way.)
            t.text === '岁' ||
            (t.kind === 'num' && this.r.text[t.end] === '岁') ||
            isPhrase(t.text, 'atPlace') ||
            isPhrase(t.text, 'allToo') ||
            isPhrase(t.text, 'possessive') ||
            // "儿子女儿都在<城>市区": the part of that other place.
            (this.r.ctx.slot === 'summary' && isPhrase(t.text, 'townPart')) ||
            // ("父母喺<城>乡下": its countryside, said of relatives other than the couple — a spouse counts
            // wherever they live, 审核确认办法 第七条(一).)
            (this.r.ctx.slot === 'summary' && isPhrase(t.text, 'villagePart') && onlyKinNamed(clause)),
        ))
    )
      this.clauseApart = true;
    // "儿子女儿都在<城>市区" in a summary: relatives said only to be somewhere, even the household's own
    // district, are where they live, not with the family (who live together is said with 同住, 一起).
    if (
      this.r.ctx.slot === 'summary' &&
      !this.clauseApart &&
      clause.some((t) => meaningOf(t, 'place')) &&
      clause.some((t) => (meaningOf(t, 'person')?.rel ?? 'self') !== 'self') &&
      clause.every(
        (t) =>
          (!['self', 'spouse'].includes(meaningOf(t, 'person')?.rel ?? 'self') && !isMeaning(t, 'together')) ||
          meaningOf(t, 'place') ||
          isPhrase(t.text, 'atPlace') ||
          isPhrase(t.text, 'allToo') ||
          isPhrase(t.text, 'townPart'),
      )
    )
      this.clauseApart = true;
    if (this.r.ctx.slot === 'summary' && !this.clauseApart && kinHereabouts(this.r.text, clause))
      this.clauseApart = true;
    // "儿子在县城开饭馆", 粤 "个仔喺市区开铺": in a summary, a relative running a business in town, even the
    // household's own county town, keeps a home there (their business and what it earns are their own).
    if (
      this.r.ctx.slot === 'summary' &&
      !this.clauseApart &&
      hasPhrase(this.clauseText, 'inTown') &&
      /[在喺]/.test(this.clauseText) &&
      clause.some((t) => meaningOf(t, 'income')?.cat === 'business') &&
      onlyKinNamed(clause) &&
      !clause.some((t) => isMeaning(t, 'together'))
    )
      this.clauseApart = true;
    if (this.clausePeriod !== undefined) this.r.messagePeriod = this.clausePeriod;
  }

  /** What carries over to the next clause; a clause of which nothing was understood is noted. */
  finish(): void {
    const r = this.r;
    const clause = this.clause;
    if (this.clausePersons.length) r.lastPersons = this.clausePersons;
    // "连买菜的钱都没了": basic living is severely affected, whatever the words for what is gone.
    if (lacksEvenBasics(this.clauseText) && !r.severe?.firm) {
      r.severe = { v: true, span: [this.clauseStart, clause.at(-1)!.end] };
      this.understoodSomething = true;
    }
    // "子女：一仔一女，都喺广州": the relatives just named all live in that place.
    if (
      r.ctx.slot === 'summary' &&
      isPhrase(clause[0]?.text ?? '', 'allOfThem') &&
      clause.some((t) => meaningOf(t, 'place') || isMeaning(t, 'elsewhere') || isMeaning(t, 'apart')) &&
      clause.every(
        (t) =>
          meaningOf(t, 'place') ||
          isMeaning(t, 'elsewhere') ||
          isMeaning(t, 'apart') ||
          isPhrase(t.text, 'atPlace') ||
          isPhrase(t.text, 'allOfThem') ||
          isPhrase(t.text, 'already') ||
          isPhrase(t.text, 'townPart'),
      ) &&
      r.lastPersons.length > 0
    ) {
      // ("两公婆得两个女，都已嫁出去": the relatives the couple has, named after them, not the couple.)
      const family = r.lastPersons.filter((p) => p === r.people.self || p.rel === 'spouse' || p.known !== undefined);
      const relatives = r.lastPersons.filter((p) => !family.includes(p) && family.every((q) => q.at < p.at));
      // ("我同个女，都喺广州": the speaker with them, all there; not so.)
      const joined =
        family.length > 0 &&
        (r.clauses[this.ci - 1] ?? []).some((t) => isMeaning(t, 'and') || isPhrase(t.text, 'andWith'));
      if (relatives.length > 0 && !joined && relatives.length === r.lastPersons.length - family.length)
        for (const p of relatives) p.apart = true;
    }
    // "哥哥（60岁）在广州": the person before the brackets lives in that other place.
    const owner = this.clausePerson;
    if (
      this.clauseApart &&
      r.ctx.slot === 'summary' &&
      owner &&
      owner === r.parenOwner &&
      owner !== r.people.self &&
      // (A spouse away is still the household's: 审核确认办法 第七条(一).)
      owner.rel !== 'spouse' &&
      owner.known === undefined &&
      !clause.some((t) => isMeaning(t, 'person') || isMeaning(t, 'together'))
    )
      owner.apart = true;
    if (/^[(（]$/.test(r.text[clause.at(-1)!.end] ?? '')) {
      r.parenOwner = this.clausePerson;
      r.parenGroup = listedAcrossBrackets(r, clause, this.clauseStart, this.clausePersons);
      r.asideTopic = this.clausePerson ?? r.topic;
      r.asideAt = clause.at(-1)!.end;
    } else if (!/^[)）]$/.test(r.text[clause.at(-1)!.end] ?? '')) {
      r.parenOwner = undefined;
      r.parenGroup = [];
    }
    // "180蚊一个月，两个人一样", "一个月一百五，俺俩都一样": a clause of people counted and "the same",
    // with no amount of its own, makes the amounts before it each person's.
    // "老汉的跟俺一样", "老公同我一样": another person the same as the one whose amount was said — two.
    const compared = new Set(this.clausePersons).size;
    if (
      this.clauseEach &&
      !r.amounts.some((a) => a.clause === this.ci) &&
      (compared > 1 ||
        clause.some(
          (t, j) =>
            isMeaning(t, 'group') ||
            (meaningOf(t, 'person')?.n ?? 0) > 1 ||
            (t.kind === 'num' && isMeaning(clause[j + 1], 'people') && t.n.value > 1),
        ))
    )
      for (const a of r.amounts)
        if (a.clause < this.ci) {
          a.each = true;
          if (compared > 1 && a.count === undefined) a.count = compared;
        }
    if (this.clauseCategory) {
      r.lastCategory = this.clauseLastCategory ?? this.clauseCategory;
      r.lastCategoryMonths = clause.some((t) => YEARLY_WORDS.has(t.text) || t.text === '今年' || t.text === '去年')
        ? 12
        : undefined;
      r.lastExpenseKind = this.clauseExpenseKind;
    }
    // A work order's sentence ends what its income words were about: "…每月2300。租屋住，每月900" is
    // not a second wage.
    if (r.ctx.slot === 'summary' && /^[。！？!?\n】]/.test(r.text[clause.at(-1)!.end] ?? '')) {
      // ("在工地打零工。每月挣1500元": a kind named with no figure is what the next sentence's figure is.)
      r.carriedCategory =
        r.lastCategory !== undefined && r.amounts.length === r.sentenceFirstAmount ? r.lastCategory : undefined;
      r.sentenceFirstAmount = r.amounts.length;
      r.lastCategory = undefined;
      r.lastCategoryMonths = undefined;
    }
    const filler = (t: Token) =>
      t.kind === 'num' ||
      ['neutral', 'yes', 'neg', 'hedge', 'question', 'command', 'only', 'and', 'over'].some((k) =>
        isMeaning(t, k as never),
      );
    // ("离婚了，就我跟娃": a divorce told of the household is read: the former spouse is not a member, place-members.ts.)
    const divorceTold =
      (r.ctx.slot === 'opening' || r.ctx.slot === 'members') && hasPhrase(this.clauseText, 'divorced');
    if (!this.understoodSomething && !divorceTold && !clause.every(filler)) r.unclear.push(this.clauseText);
  }
}

/**
 * Where a business or school word in a clause names a workplace: after 在/喺 with only words of place
 * or characters between ("在镇上养殖场", "喺海产加工厂"), or right before a worker's word (蚝排工人).
 * The index of that word, else undefined. One pass over the clause.
 */
export function workplaceAt(clause: readonly Token[]): number | undefined {
  let at = -1;
  for (let j = 0; j < clause.length; j++) {
    const t = clause[j]!;
    if (isPhrase(t.text, 'atPlace') || t.text === '于') at = j;
    const place =
      meaningOf(t, 'income')?.cat === 'business' ||
      meaningOf(t, 'expense')?.kind === 'education' ||
      isMeaning(t, 'student');
    if (!place) {
      if (at >= 0 && t.kind === 'word' && !isMeaning(t, 'neutral') && !meaningOf(t, 'place')) at = -1;
      continue;
    }
    if (at >= 0 || isPhrase(clause[j + 1]?.text ?? '', 'workerWord')) return j;
  }
  return undefined;
}

/** Several people named by the token at `i`: a group word ("三个娃", "俩小子") or a count before one ("两个 闺女"). */
function severalPeople(clause: readonly Token[], i: number): boolean {
  const p = meaningOf(clause[i], 'person');
  if (!p) return false;
  if ((p.n ?? 1) > 1) return true;
  const before = clause[i - 1];
  return before?.kind === 'num' && before.n.value > 1;
}

/** Whether a closing bracket stands between the clause before (ending at `from`) and this one. */
function afterClose(text: string, from: number, to: number): boolean {
  const between = text.slice(from, to);
  return between.includes('）') || between.includes(')');
}

/**
 * "来电人在<城>开网约车" from the city's own central district: the city's name is the city proper, the
 * district the place data lists as that city's 市区, where the household already is, not another place.
 */
function cityOfHomeDistrict(place: string, home: string, parameters: ParameterSet): boolean {
  const city = parameters.regions.get(place);
  const here = parameters.regions.get(home);
  if (city?.level !== 'city' || !here?.aliases) return false;
  return here.aliases.includes(`${shortName(city.name)}市区`);
}

/**
 * "在县城医院住了二十天…来电人在<县>县城送外卖": with the household placed only as far as a city (a city's
 * hospital named first), a county or district inside that city is a nearer placing, not elsewhere.
 */
function districtOfHomeCity(place: string, home: string, parameters: ParameterSet): boolean {
  const here = parameters.regions.get(home);
  return here?.level === 'city' && parameters.regions.get(place)?.parent === home;
}

/** Whether the clause names someone, and only relatives other than the applicant and their spouse. */
function onlyKinNamed(clause: readonly Token[]): boolean {
  const rels = clause.flatMap((t) => {
    const who = meaningOf(t, 'person');
    return who ? [who.rel] : [];
  });
  return rels.length > 0 && rels.every((rel) => rel !== 'self' && rel !== 'spouse');
}

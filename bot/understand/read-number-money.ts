/**
 * A number that is money (read-number.ts says which numbers come here): an amount with everything that
 * qualifies it in the clause — its kind, its period, per person or together, rough, net of costs, out of
 * pocket, who gives it — or a figure that only looks like money (a price, what a thing is worth, rent paid).
 */
import { laterSentenceCategory, RESTATED } from './later-sentence.ts';
import {
  durationIn,
  isMeaning,
  MONEY_SLOTS,
  nearestCategory,
  nearestPeriod,
  type unitAfter,
  YEARLY_WORDS,
} from './cues.ts';
import type { Amount } from './amounts.ts';
import type { ClauseReading } from './clause-reading.ts';
import type { Person } from './people.ts';
import type { Reading } from './reading.ts';
import { allHavePension } from './all-have-pension.ts';
import { changedFromMonth } from './rate-changed.ts';
import { paidAheadByOther } from './paid-ahead.ts';
import { type ReadNumber, wholeNumber } from './numbers.ts';
import { meaningOf, type Token } from './tokens.ts';
import type { NumToken } from './read-number.ts';
import {
  endingPhrase,
  endsWithPhrase,
  firstPhrase,
  hasPhrase,
  isPhrase,
  phraseAfterGap,
  phrasesEnding,
  startsWithPhrase,
} from './phrases.ts';

import { groupAllThen } from './read-number-count.ts';
import { countOfEarners, eachOfTwo, gaveSupport, givenByNoKin, oneOfThem } from './money-givers.ts';
import { CLAUSE_STOPS, shareLeft } from './share-paid-back.ts';
import { sentenceAfter, sentenceBefore } from './sentence-window.ts';

type Unit = ReturnType<typeof unitAfter>;

/** Yuan: a pension said as a year's under this is a month's (a basic pension's year is at least 1,200 a person). */
const TINY_YEARLY_PENSION = 600;

/**
 * The number at `i`, not an age or a count (read-number.ts): days worked at a day's rate, days gone by, an age
 * said with 才 or 满, a price, a worth or a rent, which are not income; else an amount of money and what it is.
 */
export function readMoney(
  r: Reading,
  c: ClauseReading,
  tok: NumToken,
  i: number,
  figure: ReadNumber,
  unit: Unit,
  daysOfMonth: boolean,
): void {
  let n = figure;
  // A day rate and the days worked in a month: "一天一百五 一个月能干二十来天".
  const prevWord = c.clause[i - 1];
  if (
    (unit === 'period' || daysOfMonth) &&
    isPhrase(c.clause[i + 1]!.text, 'dayWord') &&
    r.amounts.length > 0 &&
    r.amounts.at(-1)!.months === 1 / 30
  ) {
    // "一年能干一百来天": days said over a year are spread over its months; so are more days than a month
    // has, said with no period ("摘苹果一天一百，干了八十来天": the season's days, in the last year).
    const overYear = c.clause.slice(0, i).some((t) => meaningOf(t, 'period')?.months === 12) || n.value > 31;
    r.amounts.at(-1)!.daysPerMonth = overYear ? n.value / 12 : n.value;
    r.usedNums.add(tok);
    c.understoodSomething = true;
    return;
  }
  // "两天没怎么吃饭", "住咗十日": days that passed, not a day's pay (that is "一天一百五").
  if (
    (unit === 'duration' || unit === 'period') &&
    isPhrase(c.clause[i + 1]!.text, 'dayWord') &&
    n.value >= 2 &&
    n.value <= 31 &&
    Number.isInteger(n.value)
  )
    return;
  // "俺今年刚满六十": the speaker's age.
  if (
    prevWord?.text === '满' &&
    isPhrase(c.clause[i - 2]?.text ?? '', 'reachedNow') &&
    n.value >= 16 &&
    n.value <= 100 &&
    unit !== 'money'
  ) {
    r.pf(c.who()).age ??= { v: n.value, span: [tok.start, tok.end] };
    r.usedNums.add(tok);
    c.understoodSomething = true;
    return;
  }
  // "老婆子的还没领上 她才五十八", 粤 "老婆先五十九": a person, "only" (才, 先, 刚), then a number with no unit is
  // how old they are, not money — said of a pension not yet reached.
  if (
    isPhrase(prevWord?.text ?? '', 'onlyJustAge') &&
    (isMeaning(c.clause[i - 2], 'person') || isMeaning(c.clause[i - 2], 'pronoun')) &&
    Number.isInteger(n.value) &&
    n.value >= 16 &&
    n.value < 100 &&
    unit !== 'money'
  ) {
    r.usedNums.add(tok);
    c.understoodSomething = true;
    return;
  }
  // "没到六十", "满七十": an age threshold; "一斤卖五六十": a price.
  if (isPhrase(prevWord?.text ?? '', 'ageThreshold') && n.value <= 120 && unit !== 'money') return;
  // "十亩麦子 一亩落个四五百", "三亩地流转出去了 一亩一年六百": a price per unit times the units said
  // before it is the income; a price alone ("一斤卖五六十") is not.
  // ("一块二一斤": the unit right after the sum, 块 and its tenths between.)
  const after = c.clause[i + (r.usedNums.has(c.clause[i + 2]!) ? 3 : 2)];
  const price =
    c.clause.slice(Math.max(0, i - 3), i).find((t) => isMeaning(t, 'unitPrice')) ??
    (unit === 'money' && isMeaning(after, 'unitPrice') ? after : undefined);
  if (price) {
    const units = unitsBefore(r, price);
    if (units === undefined) return;
    // "压死了两头牛，一头牛就一万多": in a call summary, a price per head with no word of selling or earning
    // in its clause is what the animals were worth, not income.
    if (
      r.ctx.slot === 'summary' &&
      !c.clause.some((t) => isMeaning(t, 'income') || isMeaning(t, 'net') || isMeaning(t, 'gives')) &&
      !hasPhrase(c.clauseText, 'earnsVerb')
    )
      return;
    n = { ...n, value: n.value * units, lo: n.lo * units, hi: n.hi * units };
  }
  // "一辆七万块的车", "四十万嘅楼": what something is worth, not money coming in.
  // ("架车系弟弟畀佢嘅，值一万几", "间屋值二十万": what a thing is worth, said right after 值.)
  if (
    worthOfProperty(r.text.slice(tok.end, tok.end + 10)) ||
    (r.ctx.slot === 'summary' && isPhrase(c.clause[i - 1]?.text ?? '', 'worthWord'))
  ) {
    r.usedNums.add(tok);
    return;
  }
  // "租房住每月五百", 粤 "租间屋一个月八百": a sum right after renting the home lived in, with no word for money
  // coming in between, is the rent the family pays out, not an income.
  if (r.ctx.slot === 'summary' && rentPaid(r, c, i)) {
    r.usedNums.add(tok);
    return;
  }
  const moneyish =
    unit === 'money' ||
    unit === 'period' ||
    c.clauseCategory !== undefined ||
    isMeaning(prevWord, 'period') ||
    isMeaning(prevWord, 'each') ||
    isMeaning(prevWord, 'gives') ||
    (MONEY_SLOTS.has(r.ctx.slot) &&
      !(r.ctx.slot === 'income.amount' && unit === undefined && n.value < 30 && !c.clausePeriod)) ||
    (n.value >= 100 &&
      ['income', 'opening', 'summary', 'employed', 'members'].includes(r.ctx.slot) &&
      (n.value >= 130 || r.ctx.slot !== 'members'));
  // "报了六成": a share paid back (shareLeft), not a sum.
  if (/报/.test(r.text.slice(c.clauseStart, tok.start)) && /^成/.test(c.clause[i + 1]?.text ?? '')) {
    r.usedNums.add(tok);
    c.understoodSomething = true;
    return;
  }
  // In a call summary, a figure under ten with no unit of money ("一分抚养费都冇畀过", "唯一收入来源",
  // "塌了一孔", "一块住") is a word's 一, never money a household lives on.
  if (r.ctx.slot === 'summary' && moneyish && n.value > 0 && n.value < 10 && unit !== 'money') {
    r.usedNums.add(tok);
    return;
  }
  if (moneyish && n.value >= 0) {
    /** What the clause says before the amount. */
    const saidBefore = r.text.slice(c.clauseStart, tok.start);
    // "我哋两个都係一百九", "俺两个都是一百六" asked about money: the pair, all, then the sum: each one's.
    const pair = MONEY_SLOTS.has(r.ctx.slot) ? groupAllThen(c, i) : allHavePension(c, i);
    if (pair !== undefined) {
      c.clauseEach = true;
      r.groupCount = pair;
    }
    const near = nearestCategory(c.clause, i);
    // "借咗三万畀个外甥": the 借 nearest the amount is money lent (clause-reading.ts).
    // "存款有两万，不对，…交了学费，现在就剩一万五": what is left, with no word of its own for the money,
    // is what remains of the money the message began with, not of the reason said in between.
    const left =
      !near &&
      !c.clauseCategory &&
      r.amounts.length > 0 &&
      c.clause.slice(0, i).some((t) => isMeaning(t, 'net') && hasPhrase(t.text, 'leftOver'));
    // Asked about savings, "现在就剩一万五", "而家得番两万五": what is left now is the savings, whatever
    // the clause before spent money on.
    const leftNow =
      r.ctx.slot === 'deposits' &&
      near === undefined &&
      c.clauseCategory === undefined &&
      c.clause.slice(0, i).some((t) => isMeaning(t, 'net') || isPhrase(t.text, 'nowStill'));
    // "化肥农药还花了四千多，算下来也就落个三千来块": what is left right after a cost taken off an income is
    // that income's, not the spending's.
    const afterCost =
      !near &&
      !c.clauseCategory &&
      r.amounts.at(-1)?.cost === true &&
      c.clause.slice(0, i).some((t) => isMeaning(t, 'net'));
    // ("赔了二十万…自己手里还剩十来万": what is left in hand is savings, whatever it came from.)
    const said = left
      ? hasPhrase(c.clauseText, 'inHand')
        ? 'deposits'
        : r.amounts[0]!.category
      : afterCost
        ? r.amounts.at(-1)!.category
        : ((leftNow ? 'deposits' : undefined) ??
          (c.clauseCategory === 'lent' && near?.category === 'debt'
            ? 'lent'
            : c.rentGiven && near?.category === 'support'
              ? 'property'
              : near?.category === 'expense' && givenToward(c, i)
                ? 'support'
                : near?.category === 'support' && paidForWork(r, c, i)
                  ? 'wages'
                  : near?.category) ??
          c.clauseCategory ??
          // "好几万，借钱睇嘅，大概五万": asked what was spent, a sum with no word of its own after a
          // clause that said it was borrowed for is the spending again, not a debt.
          (r.ctx.slot === 'hardship.expense' && r.lastCategory === 'debt' ? undefined : r.lastCategory) ??
          (r.ctx.slot === 'summary' ? laterSentenceCategory(r, c.clauseText) : undefined));
    // "船老板俾咗五千", "厂里给了一万": money from an employer or the other side is not a relative's
    // support but a transfer (compensation, an advance).
    // "ICU一日要几千蚊": what something costs, with no income word in the clause, is spending.
    const cost =
      r.ctx.slot === 'summary' &&
      isPhrase(c.clause[i - 1]?.text ?? '', 'mustPay') &&
      !c.clause.some((t) => isMeaning(t, 'income') || isMeaning(t, 'work'));
    // "还在ICU，一天好几千": a figure by the day right after hospital care, with no word for income, is
    // what the care costs, not money coming in.
    const careCost =
      r.ctx.slot === 'summary' &&
      hasPhrase(r.text.slice(Math.max(0, c.clauseStart - 12), tok.start), 'hospitalCare') &&
      !c.clause.some((t) => isMeaning(t, 'income') || isMeaning(t, 'work'));
    // "医生说后面还要好几万", "跟住仲要几万": what treatment will still cost is not money spent yet.
    // (Not "报完以后还要自己出": 以后 there follows reimbursement, and what is left is paid.)
    if (cost && hasPhrase(saidBefore, 'costAhead') && !c.clause.some((t) => isMeaning(t, 'reimbursed'))) {
      r.usedNums.add(tok);
      return;
    }
    // "医院让先交两万押金", 粤 "要先俾一万按金": a deposit demanded before treatment is neither income nor
    // money spent yet.
    // ("送到市医院说要手术，先交两万": the same, with the hospital named before in the sentence.)
    if (
      r.ctx.slot === 'summary' &&
      endsWithPhrase(saidBefore, 'demandedFirst') &&
      (hasPhrase(r.text.slice(tok.end, tok.end + 3), 'depositAsked') ||
        (hasPhrase(sentenceBefore(r.text, tok.start), 'hospitalCare') &&
          !c.clause.some((t) => isMeaning(t, 'income') || isMeaning(t, 'work'))))
    ) {
      r.usedNums.add(tok);
      return;
    }
    // "自己交着灵活就业社保，一年交一万多", 粤 "自己供社保，一年交万几": what the family pays into social
    // insurance is money going out, not income (nor the wage of the work said before it).
    if (
      r.ctx.slot === 'summary' &&
      endsWithPhrase(saidBefore, 'paysIn') &&
      hasPhrase(sentenceBefore(r.text, tok.start), 'socialInsurance')
    ) {
      r.usedNums.add(tok);
      return;
    }
    // "工钱三万多一分没拿到", "老板拖欠半年工资3万元没给": wages owed are not money the household had.
    if (
      r.ctx.slot === 'summary' &&
      (said === 'wages' || said === undefined) &&
      (hasPhrase(saidBefore, 'wagesOwed') || hasPhrase(r.text.slice(tok.end, c.clause.at(-1)!.end), 'notReceived'))
    ) {
      r.usedNums.add(tok);
      return;
    }
    // A cost by the day ("一日要几千") is a rate, not what was spent: no total to record.
    if ((cost || careCost) && (nearestPeriod(c.clause, i) ?? c.clausePeriod ?? 1) < 1) {
      r.usedNums.add(tok);
      return;
    }
    // "丈夫在矿上出事没了，赔了40万", "对方赔咗一万": compensation paid to the family after a death or
    // an accident is a transfer it received, not a loss (赔了 after selling is one).
    // (Work said in the clause is a wage lost, "打工赔了"; not the workplace paying, "厂里赔了十二万".)
    const paidAt = c.clauseStart + saidBefore.lastIndexOf('赔');
    const compensation =
      r.ctx.slot === 'summary' &&
      endsWithPhrase(saidBefore, 'compensated') &&
      !c.clause.some(
        (t) =>
          (isMeaning(t, 'work') && !(t.end <= paidAt && hasPhrase(r.text.slice(t.start, paidAt), 'payerNotKin'))) ||
          (isMeaning(t, 'income') && !/^赔/.test(t.text)),
      ) &&
      (hasPhrase(saidBefore, 'payerNotKin') ||
        hasPhrase(r.text.slice(Math.max(0, tok.start - 40), tok.start), 'deathOrAccident'));
    // "赔咗20万，钱喺心抱度", "赔了10万，被前夫拿走了": compensation someone outside the household holds is
    // not money the household has.
    if (compensation && heldElsewhere(r.text.slice(tok.end, tok.end + 24))) {
      r.usedNums.add(tok);
      return;
    }
    // "已花费十二万，对方保险只赔了五万": compensation right after money spent, and less than it, pays
    // part of that spending back: what the household bore is the rest (not a transfer on top of it).
    const spentBefore = compensation
      ? r.amounts.findLast((a) => a.category === 'expense' && !a.reimbursed && a.clause >= c.ci - 1)
      : undefined;
    const offsetsSpending = spentBefore !== undefined && n.hi < spentBefore.n.lo;
    // "帮人出海…一季六七千" asked about wages: the kind asked wins when the answer named it too.
    const asked = r.ctx.slot === 'income.amount' ? r.ctx.incomeKey : undefined;
    // "卖了八千，化肥农药花了三千", "卖咗两万，蚝苗使咗一万二": spending on what a farm or a trade needs
    // (a cost word before the amount) is taken off that income, not spending of the household's own.
    const costOfIncome = costOfIncomeIn(r, c, i, near);
    // "把船卖咗得3万元，存在银行": money put in the bank right after it was had is savings, not income.
    const banked =
      r.ctx.slot === 'summary' &&
      hasPhrase(r.text.slice(tok.end, Math.min(r.text.length, tok.end + 8)).split(/[。；]/)[0]!, 'bankedNow');
    // "被骗走全部积蓄8万元": savings taken are savings no longer had; so too when the taking follows the sum
    // (粤 "全部积蓄六万被骗光", 晋南 "攒的两万块叫人骗走了").
    const takenAfter = startsWithPhrase(r.text.slice(tok.end, tok.end + 6).replace(/^[元块蚊]/, ''), 'savingsTaken');
    if (r.ctx.slot === 'summary' && said === 'deposits' && (hasPhrase(saidBefore, 'savingsTaken') || takenAfter))
      n = { ...n, value: 0, lo: 0, hi: 0, approx: false };
    const category = banked
      ? 'deposits'
      : costOfIncome
        ? costOfIncome
        : cost || offsetsSpending
          ? 'expense'
          : compensation
            ? 'otherTransfers'
            : said === 'support' &&
                r.ctx.slot === 'summary' &&
                (hasPhrase(saidBefore, 'payerNotKin') ||
                  // ("司机挺好，垫了医药费，还给了1万块钱": the sentence is about the payer.)
                  startsWithPhrase(sentenceBefore(r.text, tok.start), 'payerNotKin'))
              ? 'otherTransfers'
              : asked &&
                  said !== asked &&
                  (r.incomeMentioned.has(asked) || givenByNoKin(r, asked, said, near)) &&
                  ['wages', 'business', 'property', 'pensions', 'support'].includes(said ?? '')
                ? asked
                : said;
    // "本来一月租八百，降到六百，从五月份开始": the new rate from a month on, over the old rate's period.
    const changedFrom = changedFromMonth(r, c.ci, c.clauseStart, tok);
    const oldRate =
      changedFrom === undefined ? undefined : r.amounts.findLast((a) => a.category === category && !a.changedFrom);
    // ("原先一个月租一千": said of before, it still held for the months before the change.)
    if (oldRate) oldRate.past = false;
    // The clause before and this one up to the amount, where a year said for it is looked for.
    const sinceClauseBefore = r.text.slice(c.ci > 0 ? r.clauses[c.ci - 1]![0]!.start : c.clauseStart, tok.start);
    // "今年差": this year named in the clause or the one before.
    const thisYearSaid = hasPhrase(sinceClauseBefore, 'thisYear');
    // "两万到三万": one amount, the range between.
    const prevAmount = r.amounts.at(-1);
    const between = prevAmount && prevAmount.clause === c.ci ? r.text.slice(prevAmount.end, tok.start) : '';
    if (prevAmount && isPhrase(between.trim(), 'rangeTo')) {
      prevAmount.n = {
        ...prevAmount.n,
        lo: prevAmount.n.lo,
        hi: n.hi,
        value: Math.round((prevAmount.n.lo + n.hi) / 2),
        approx: true,
      };
      prevAmount.end = tok.end;
      r.usedNums.add(tok);
      return;
    }
    // "已经花了四万多，新农合还没结算", 粤 "已用咗12万，医保仲未报": a bill before insurance has paid its share
    // is not what the family bears (临时救助: 自负部分); the kind stays, its amount unknown.
    if (r.ctx.slot === 'summary' && category === 'expense' && claimPending(r.text, tok.end)) {
      // (What medical insurance pays toward is a medical bill, whatever word came before it.)
      r.unsettledBill ??= {
        kind: near?.expenseKind ?? c.clauseExpenseKind ?? r.lastExpenseKind ?? 'medical',
        span: [tok.start, tok.end],
      };
      r.usedNums.add(tok);
      return;
    }
    // (Read once a clause: the amount below asked for it up to three times.)
    if (!r.durations.has(c.ci)) r.durations.set(c.ci, durationIn(r.text, r.clauses, c.ci));
    const duration = r.durations.get(c.ci);
    r.amounts.push({
      n,
      start: tok.start,
      end: tok.end + (unit === 'money' ? c.clause[i + 1]!.text.length : 0),
      clause: c.ci,
      category,
      expenseKind: offsetsSpending
        ? spentBefore.expenseKind
        : (near?.expenseKind ?? c.clauseExpenseKind ?? r.lastExpenseKind),
      months: costOfIncome
        ? (nearestPeriod(c.clause, i) ??
          c.clausePeriod ??
          // The cost is over the period of the income it is taken off.
          r.amounts.findLast((a) => !a.cost && (a.category ?? asked) === costOfIncome)?.months)
        : ['expense', 'deposits', 'debt', 'lent'].includes(category ?? '')
          ? (nearestPeriod(c.clause, i) ??
            c.clausePeriod ??
            near?.months ??
            // "每月喺康复机构做训练，自费约三千": a cost after a clause that said how often (每月), in the
            // same sentence, is a cost by that period.
            (category === 'expense' ? periodOfClauseBefore(r, c, true) : undefined))
          : (nearestPeriod(c.clause, i) ??
            c.clausePeriod ??
            // "船主话只畀五千", "老板讲最多俾一万": what an employer or the other party pays, with no period
            // of its own, is a sum paid once, not a monthly figure.
            (r.ctx.slot === 'summary' && near?.months === undefined && hasPhrase(saidBefore, 'payerNotKin')
              ? 12
              : undefined) ??
            periodOfClauseBefore(r, c) ??
            // "一季万几蚊，今年差，总共得一万左右": the whole of this year, whatever period came before.
            (c.clauseTotal && thisYearSaid ? 12 : undefined) ??
            oldRate?.months ??
            // "公公有一百多块养老金": a pension is paid by the month; a figure of it under a thousand with no
            // period of its own is a month's, whatever period the summary named before (no pension is that
            // little in a year).
            // ("一季度发一回，一回四百多": a period said in the clause before, in the same sentence, is the figure's.)
            (r.ctx.slot === 'summary' &&
            (category === 'basicPension' || category === 'pensions') &&
            n.hi < 1000 &&
            !periodInClauseBefore(r, c)
              ? 1
              : undefined) ??
            // "今年干了大半年，到手的也就两万出头": what came to hand over the months worked (or this year,
            // named just before) is their sum, not a rate by the day or the month said before.
            // ("今年…卖了不到八千…化肥农药还花了四千多，算下来也就落个三千来块": the year named anywhere
            // in the sentence is the period of what was left at the end of it.)
            (c.clause.slice(0, i).some((t) => isMeaning(t, 'net')) &&
            (duration !== undefined ||
              hasPhrase(sinceClauseBefore, 'yearNamed') ||
              hasPhrase(sentenceBefore(r.text, tok.start), 'yearNamed'))
              ? 12
              : undefined) ??
            // "今年除咗成本净得六千": a year named in the same clause, with no period nearer the amount.
            (hasPhrase(saidBefore, 'yearNamed') || hasPhrase(saidBefore, 'lastYear') ? 12 : undefined) ??
            near?.months ??
            (near ? undefined : r.lastCategoryMonths) ??
            (c.clause.slice(0, i).some((t) => YEARLY_WORDS.has(t.text)) ? 12 : undefined) ??
            // "今年卖了一万二 … 落下不到五千": the same money, over the same period.
            r.amounts.findLast((a) => a.category === (near?.category ?? c.clauseCategory ?? r.lastCategory))?.months ??
            (c.clauseTotal && !r.messagePeriod && !['income.amount', 'basicPension'].includes(r.ctx.slot)
              ? 12
              : undefined) ??
            // "今年做咗半年，总共攞咗万几蚊": everything this year, in all.
            (c.clauseTotal &&
            !r.messagePeriod &&
            hasPhrase(r.text.slice(Math.max(0, tok.start - 40), tok.start), 'yearNamed')
              ? 12
              : undefined) ??
            // "种砂糖橘，今年价钱差，除咗成本净得八千几": a year named earlier in the same sentence.
            (r.ctx.slot === 'summary' &&
            (hasPhrase(sentenceBefore(r.text, tok.start), 'yearNamed') ||
              sentenceBefore(r.text, tok.start).includes('一年'))
              ? 12
              : undefined) ??
            // "船老板俾咗五千", "包工头给了两万", "工地已赔偿一万": a sum paid once, not a monthly figure.
            (r.ctx.slot === 'summary' &&
            (endsWithPhrase(saidBefore, 'done') ||
              compensation ||
              startsWithPhrase(r.text.slice(tok.end, tok.end + 9).replace(/^[元块蚊]/, ''), 'paidOffAfter'))
              ? 12
              : undefined) ??
            // The period a listener has in mind by now ("一年干八九个月，能挣四万五"), not one said later.
            (r.ctx.slot === 'summary' ? r.messagePeriod : undefined)),
      under: isMeaning(c.clause[i - 1], 'under'),
      nearly: isMeaning(c.clause[i - 1], 'nearly'),
      over:
        isMeaning(c.clause[i + 1], 'over') ||
        (isMeaning(c.clause[i + 1], 'currency') && isMeaning(c.clause[i + 2], 'over')),
      past:
        c.clause.some((t) => isMeaning(t, 'past')) ||
        (c.clausePersons.length === 0 && earnedWhileAlive(r, c.ci, c.clauseStart)),
      loss: !compensation && c.clause.slice(0, i).some((t) => isMeaning(t, 'noGain')),
      net: c.clause.slice(0, i).some((t) => isMeaning(t, 'net')),
      // "报完自己出咗两千几": what is paid after insurance is out of pocket, not the part paid back.
      reimbursed:
        offsetsSpending ||
        paidAheadByOther(c.clause, i, saidBefore) ||
        (c.clause.slice(Math.max(0, i - 3), i).some((t) => isMeaning(t, 'reimbursed')) &&
          !isMeaning(c.clause[i - 1], 'expense') &&
          !c.clause.slice(Math.max(0, i - 2), i).some((t) => isPhrase(t.text, 'outOfPocket'))),
      outOfPocket: c.clause.slice(Math.max(0, i - 4), i).some((t) => isPhrase(t.text, 'outOfPocket')),
      alternative: c.clause.some((t) => isMeaning(t, 'alternative')),
      ...(thisYearSaid ? { thisYear: true } : {}),
      cost: c.clause.slice(0, i).some((t) => isMeaning(t, 'cost')) && category !== 'expense',
      // (Asked what was spent, a figure with no word of its own is spending too: "七八万，报了一半".)
      ...((category === 'expense' || (category === undefined && r.ctx.slot.startsWith('hardship'))) &&
      shareLeft(r.text, tok.end) !== undefined
        ? { share: shareLeft(r.text, tok.end)! }
        : {}),
      ...(near?.word ? { source: near.word } : {}),
      ...(duration !== undefined ? { duration } : {}),
      ...(oldRate ? { changedFrom } : {}),
      ...(category === 'lent' && hasPhrase(c.clauseText, 'lentBesides') ? { lentBesides: true } : {}),
      ...(oneOfThem(r, c.clause[i - 1], tok) ? { oneOfThem: true } : {}),
      ...ordinalBefore(r, tok.start),
      ...(hasPhrase(c.clauseText, 'alsoAdded') || eachOfTwo(r, c, tok.start, category) ? { added: true } : {}),
      clauseText: c.clauseText,
      ...countOfEarners(r, c, category),
      each: c.clauseEach || isMeaning(c.clause[i - 1], 'alone'),
      total: c.clauseTotal,
      person: c.clausePerson ?? r.topic,
      ...(theirOwn(r, c.clausePerson ?? r.topic, tok.start) ? { theirOwn: true } : {}),
      hedged: r.hedgedMessage || c.clauseAbout || n.approx,
      // A loss (损失两万), or what the household cannot pay (拿不出几万块, 押金交唔够): not money it has.
      negated:
        c.negated(i) ||
        c.clause.slice(Math.max(0, i - 4), i).some((t) => isMeaning(t, 'damage')) ||
        c.clause.slice(Math.max(0, i - 6), i).some((t) => isMeaning(t, 'severe')),
      afterCorrection: r.corrected || (r.ctx.slot === 'summary' && RESTATED.test(c.clauseText)),
    });
    // "一年就靠两人养老金三百多": the basic pension is paid by the month, around 100–250 yuan a person; a figure
    // of it under a few hundred with a year before it is a month's (no one's pension is that little a year).
    const pushed = r.amounts.at(-1)!;
    if (
      r.ctx.slot === 'summary' &&
      (category === 'basicPension' || category === 'pensions') &&
      pushed.months === 12 &&
      n.hi < TINY_YEARLY_PENSION
    )
      pushed.months = 1;
    // "老婆在服装店月入2500", "老公月薪3000": someone's own pay by the month says they work (not of the past:
    // "丈夫生前月入六千").
    if (
      r.ctx.slot === 'summary' &&
      category === 'wages' &&
      c.clausePerson &&
      c.clausePerson !== r.people.self &&
      !c.negated(i) &&
      c.clause.slice(0, i).some((t) => isPhrase(t.text, 'monthlyIncome')) &&
      !c.clause.some((t) => isMeaning(t, 'past'))
    )
      r.pf(c.clausePerson).employed ??= { v: true, span: [tok.start, tok.end] };
    // "一个一百五，一个一百八": a second figure for one of them makes the first one person's too, not each's.
    const said2 = r.amounts.at(-1)!;
    const otherOne = said2.oneOfThem ? r.amounts.findLast((a) => a !== said2 && a.oneOfThem) : undefined;
    if (otherOne && otherOne.clause >= c.ci - 1) {
      otherOne.each = false;
      said2.each = false;
    }
    // "三个儿子每人每月给三百" in a summary: relatives who give the family money live apart from it
    // (unless the clause says they live together).
    // (Not a child's 抚养费, which the child receives; only people named before the word for giving.)
    const giving = c.clause.find((t) => isMeaning(t, 'gives'));
    if (
      category === 'support' &&
      r.ctx.slot === 'summary' &&
      giving &&
      !r.amounts.at(-1)!.negated &&
      !hasPhrase(c.clauseText, 'childUpkeep')
    )
      for (const p of c.clausePersons.length ? c.clausePersons : c.clausePerson ? [c.clausePerson] : [])
        if (
          p !== r.people.self &&
          p.at < giving.start &&
          // (Or named again here: "三个仔都已成家在外，三个仔每人每月给2000" is the group named first.)
          (p.at >= c.clauseStart ||
            c.clause.some((t) => t.start < giving.start && meaningOf(t, 'person')?.rel === p.rel)) &&
          ['child', 'grandchild', 'sibling'].includes(p.rel) &&
          p.known === undefined &&
          !c.clause.some((t) => isMeaning(t, 'together'))
        ) {
          p.apart = true;
          gaveSupport(r, p, giving);
        }
    // "儿子50岁在城里打工，一年给三千": giving said in a clause that names no one is done by the relative the
    // clause before named somewhere, who then lives apart from the family given to. (Whether they can support
    // is left to what is said of them: a little given once a year shows no 赡养能力 by itself.)
    if (
      category === 'support' &&
      r.ctx.slot === 'summary' &&
      giving &&
      !c.clausePerson &&
      c.clausePersons.length === 0 &&
      !r.amounts.at(-1)!.negated &&
      !hasPhrase(c.clauseText, 'childUpkeep') &&
      r.topic !== r.people.self &&
      r.topic.known === undefined &&
      !r.topic.dead &&
      ['child', 'grandchild', 'sibling'].includes(r.topic.rel) &&
      r.topic.at < giving.start &&
      !c.clause.some((t) => isMeaning(t, 'together')) &&
      // (Named in the clause just before, said to be somewhere: "儿子50岁在城里打工，一年给三千"; or several,
      // each giving: "两个弟弟轮流照顾，每人每月俾500" — each pays their share from a home of their own.)
      c.ci > 0 &&
      r.topic.at >= clauseBeforeFrom(r, c.ci) &&
      (r.clauses[c.ci - 1]!.some((t) => startsWithPhrase(t.text, 'atPlace')) || (c.clauseEach && r.topic.n > 1))
    ) {
      r.topic.apart = true;
    }
    // "两个闺女逢年过节给点，一年各一千左右": the givers named in the clause before, with the word for giving.
    const before = c.ci > 0 ? r.clauses[c.ci - 1]! : [];
    // ("前夫一直冇畀抚养费，法院判咗每月800": giving denied there names no giver of this figure.)
    const g = before.findIndex((t) => isMeaning(t, 'gives'));
    const gaveBefore =
      g >= 0 && !isMeaning(before[g - 1], 'neg') && !isMeaning(before[g - 2], 'neg') ? before[g] : undefined;
    if (
      category === 'support' &&
      r.ctx.slot === 'summary' &&
      !giving &&
      gaveBefore &&
      !c.clausePerson &&
      c.clausePersons.length === 0 &&
      !r.amounts.at(-1)!.negated &&
      !before.some((t) => isMeaning(t, 'together'))
    )
      for (const p of r.lastPersons)
        if (
          p !== r.people.self &&
          p.at < gaveBefore.start &&
          ['child', 'grandchild', 'sibling'].includes(p.rel) &&
          p.known === undefined
        ) {
          p.apart = true;
          gaveSupport(r, p, gaveBefore);
        }
    // "一季麦一季玉米，一季落三千", "一季得几千，一年两季": crops have as many seasons a year as said, not four.
    if (r.amounts.at(-1)!.months === 3) {
      const seasons = seasonsPerYear(r, tok);
      if (seasons) r.amounts.at(-1)!.months = 12 / seasons;
    }
    // "儿子偶尔给个几百", "有时畀几百": now and then, no period — a year's worth is one to a few times it,
    // kept as a wide range (said back as 大概); 说不准 with it leaves it unknown (the flow's 不知道).
    // (A period said earlier in the message, "养老金每月四百多", is not this gift's.)
    const last = r.amounts.at(-1)!;
    if (
      (last.months === undefined || !c.clause.some((t) => isMeaning(t, 'period'))) &&
      last.category === 'support' &&
      // (A count of times a year is grammar, a bounded gap: it stays a regex.)
      (hasPhrase(c.clauseText, 'nowAndThen') || /一年.{0,2}[一两]次/.test(c.clauseText))
    ) {
      last.months = 12;
      last.n = { ...last.n, hi: last.n.hi * 4, value: Math.round((last.n.lo + last.n.hi * 4) / 2), approx: true };
      last.hedged = true;
      last.occasional = true;
      if (r.idk) last.negated = true;
    }
    // "卖了也就七八千", "今年就干了半年活 挣了一万八": what was sold or earned, done, with no period, is the
    // year's total so far, not a month's.
    if (
      last.months === undefined &&
      r.messagePeriod === undefined &&
      (['wages', 'business', 'property'].includes(last.category ?? '') ||
        (last.category === undefined && r.ctx.slot === 'income.amount')) &&
      earnedJustNow(r.text.slice(Math.max(0, tok.start - 8), tok.start))
    )
      last.months = 12;
    // A harvest priced per 亩 with no period said is the year's.
    // (Rent by the room, "每间四百", is by the month like any rent.)
    if (price && !isPhrase(price.text, 'rentUnit') && r.amounts.at(-1)!.months === undefined)
      r.amounts.at(-1)!.months = 12;
    if (c.clauseAbout && !n.approx) {
      const last = r.amounts.at(-1)!;
      last.n = { ...n, lo: Math.round(n.value * 0.9), hi: Math.round(n.value * 1.1), approx: true };
    }
    r.usedNums.add(tok);
    c.understoodSomething = true;
  }
}

/**
 * "前夫每年给儿子学费五千", 粤 "佢老窦每年俾个仔学费三千": what a relative outside gives toward a cost named
 * is money the household receives (support), not spending of its own.
 */
function givenToward(c: ClauseReading, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && !isMeaning(c.clause[k], 'expense')) k--;
  while (k >= 0 && !(isMeaning(c.clause[k], 'gives') && !/^自己/.test(c.clause[k]!.text))) k--;
  // (The giver, a relative or one living apart, "前夫": not the writer.)
  for (k--; k >= 0; k--) {
    const rel = meaningOf(c.clause[k], 'person')?.rel;
    if (rel !== undefined) return rel !== 'self';
    if (isMeaning(c.clause[k], 'apart')) return true;
  }
  return false;
}

/**
 * "给人放羊一年给三千", 粤 "帮人睇牛一年俾三千": what is given for work done for others, no relative named, is pay.
 * So too in the clause right after that work, in the same sentence ("平时帮人睇鱼塘，一个月畀佢五百"), when the
 * clause names no one and no other money before the sum, and is not a day's rate.
 */
function paidForWork(r: Reading, c: ClauseReading, i: number): boolean {
  const forOthers = (t: Token) => meaningOf(t, 'income')?.cat === 'wages' && startsWithPhrase(t.text, 'workForOthers');
  if (c.clause.some((t) => isMeaning(t, 'person'))) return false;
  if (c.clause.slice(0, i).some(forOthers)) return true;
  const before = c.ci > 0 ? r.clauses[c.ci - 1] : undefined;
  return (
    r.ctx.slot === 'summary' &&
    before !== undefined &&
    hasPhrase(r.text.slice(before[0]!.start, before.at(-1)!.end), 'workForOthers') &&
    before.some((t) => isMeaning(t, 'work') || meaningOf(t, 'income')?.cat === 'wages') &&
    !/[。；;]/.test(r.text.slice(before.at(-1)!.end, c.clauseStart)) &&
    // (A day's rate, "一天给个八十一百的", is left to what the text says the year came to.)
    (nearestPeriod(c.clause, i) ?? c.clausePeriod ?? 1) >= 1 &&
    !c.clause.slice(0, i).some((t) => isMeaning(t, 'income') || isMeaning(t, 'work'))
  );
}

/**
 * Where the clause before clause `ci` starts, taking in a bracketed aside right before it and the clause
 * it belongs to ("大仔（42岁）喺城里做泥水，每月畀五百": 大仔 is named in the clause before, its age aside).
 */
function clauseBeforeFrom(r: Reading, ci: number): number {
  const start = r.clauses[ci - 1]![0]!.start;
  const aside = ci >= 3 ? r.clauses[ci - 2]! : undefined;
  if (!aside || !isPhrase(r.text[aside[0]!.start - 1] ?? '', 'openBracket')) return start;
  return isPhrase(r.text[aside.at(-1)!.end] ?? '', 'closeBracket') ? r.clauses[ci - 3]![0]!.start : start;
}

/** A sum right after renting the home lived in, no word of money coming in between: the rent paid out. */
function rentPaid(r: Reading, c: ClauseReading, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = c.clause[k]!;
    if (t.kind === 'num' || isMeaning(t, 'income') || isMeaning(t, 'work') || isMeaning(t, 'gives')) return false;
    if (meaningOf(t, 'asset')?.what === 'rented_home')
      return !startsWithPhrase(r.text.slice(t.end, t.end + 3), 'toOthersAfter');
  }
  return false;
}

/** The rest of the sentence after a sum spent says insurance has not yet paid ("医保还没报", "未结算"). */
function claimPending(text: string, from: number): boolean {
  const sentence = sentenceAfter(text, from, 40);
  // (Not "没报失踪": a report to the police, not a claim.)
  return hasPhrase(sentence, 'claimPending') && !sentence.includes('失踪');
}

/** A period word in the clause before this one, within the same sentence ("一季度发一回，一回四百多"). */
function periodInClauseBefore(r: Reading, c: ClauseReading): boolean {
  const sentenceStart = c.clauseStart - sentenceBefore(r.text, c.clauseStart).length;
  const before = r.clauses[c.ci - 1] ?? [];
  // ("种地一年收入四千来块，基础养老金一人一百五": a period with a sum of its own after it is that sum's.)
  const at = before.findIndex((t) => t.start >= sentenceStart && isMeaning(t, 'period'));
  return at >= 0 && !before.slice(at + 1).some((t) => t.kind === 'num' && t.n.hi >= 10);
}

/**
 * "过年先畀 几百蚊啫", 晋南 "一个月 给个三五百": a period said in the clause just before, which has no figure of
 * its own, in the same sentence, is the period of the figure that follows.
 */
function periodOfClauseBefore(r: Reading, c: ClauseReading, rate = false): number | undefined {
  const before = r.clauses[c.ci - 1];
  // (Asked for a rate, a small count is no figure: "每月喺一间康复机构做训练".)
  if (!before || before.some((t) => t.kind === 'num' && (!rate || t.n.hi >= 10)) || c.ci === 0) return undefined;
  const sentenceStart = c.clauseStart - sentenceBefore(r.text, c.clauseStart).length;
  if (before[0]!.start < sentenceStart) return undefined;
  const periods = before.flatMap((t) => {
    const m = meaningOf(t, 'period');
    return m ? [m.months] : [];
  });
  // (A length of time worked, "干了几个月", is no rate: only a year, or a rate of giving, "每月给", or
  // asked for a rate, one said with 每: "每月去做训练".)
  const giving = before.some((t) => isMeaning(t, 'gives'));
  // (Only by the month, and not a sum spent so far, "自费部分已花了三万多", or in a year, "去年自己掏了三万".)
  const every =
    rate &&
    periods[0] === 1 &&
    before.some((t) => isMeaning(t, 'period') && t.text.startsWith('每')) &&
    !hasPhrase(c.clauseText, 'already') &&
    !hasPhrase(c.clauseText, 'yearNamed') &&
    !hasPhrase(c.clauseText, 'lastYear');
  return periods.length === 1 && (periods[0] === 12 || giving || every) ? periods[0] : undefined;
}

/**
 * "大的一个月给三百，小的在外头…，一年过年给个一千": the older or younger one named last before the figure in
 * its sentence (no one else named after) is whose it is.
 */
function ordinalBefore(r: Reading, at: number): { ordinal?: 'older' | 'younger' } {
  const from = at - sentenceBefore(r.text, at).length;
  let which: 'older' | 'younger' | undefined;
  for (const t of r.tokens) {
    if (t.start < from) continue;
    if (t.end > at) break;
    const m = meaningOf(t, 'ordinal');
    if (m) which = m.which;
    else if (isMeaning(t, 'person') && meaningOf(t, 'person')?.rel !== 'self') which = undefined;
  }
  return which ? { ordinal: which } : {};
}

/** How many of a price's unit (亩, 头, 只, 箱) the message counted before it: "十亩麦子 … 一亩…". */
function unitsBefore(r: Reading, price: Token): number | undefined {
  // (The classifier after 一 or 每: "一亩" 亩, "每头猪" 头.)
  const unit = price.text.slice(/^[一每]/.test(price.text) ? 1 : 0)[0] ?? '';
  let found: number | undefined;
  let at = -1;
  for (let k = 0; k + 1 < r.tokens.length && r.tokens[k]!.start < price.start; k++) {
    const t = r.tokens[k]!;
    if (t.kind === 'num' && !t.n.digitString && r.tokens[k + 1]!.text.startsWith(unit) && t.n.value > 1) {
      found = t.n.value;
      at = k;
    }
  }
  if (found === undefined) return unitsAfter(r, price, unit);
  // "五亩麦子 一亩打一千斤 一块二一斤": the 斤 counted are themselves so many a 亩, times the 亩 said
  // before — a yield per unit between the units and the price.
  const per = r.tokens.slice(Math.max(0, at - 3), at).findLast((t) => isMeaning(t, 'unitPrice'));
  return per && per !== price ? found * (unitsBefore(r, per) ?? 1) : found;
}

/** "一年一亩五百 四亩": the units counted after the price, when none were before it (the first count). */
function unitsAfter(r: Reading, price: Token, unit: string): number | undefined {
  for (let k = 0; k + 1 < r.tokens.length; k++) {
    const t = r.tokens[k]!;
    if (t.start <= price.start) continue;
    if (t.kind === 'num' && !t.n.digitString && r.tokens[k + 1]!.text.startsWith(unit) && t.n.value > 1)
      return t.n.value;
  }
  return undefined;
}

/** Crop or fishing seasons a year the message names: "一年两季", or each "一季…" said before the amount. */
function seasonsPerYear(r: Reading, amount: Token): number | undefined {
  // (The first numeral before 季, with or without 一年/每年 before it: the same numeral, so no words here.)
  const said = r.text.match(/([两二三3-4])季/);
  if (said?.[1] !== undefined) return wholeNumber(said[1])?.value;
  const seasons = r.tokens.filter((t) => t.start < amount.start && isPhrase(t.text, 'eachSeason'));
  // ("今年一季卖了六千": the one crop of a year named right before it is that year's.)
  const last = seasons.at(-1);
  if (last && endsWithPhrase(r.text.slice(Math.max(0, last.start - 2), last.start), 'yearNamed')) return 1;
  return seasons.length >= 3 ? seasons.length - 1 : undefined;
}

const INCOME_RECKONED = new Set(['business', 'wages', 'property']);

/**
 * The income a cost is taken off: a cost word (化肥, 成本, 饲料, 蚝苗) before the amount, with spending
 * words (花了, 使咗) or none, in a message that has named an income (the one asked, else the one said).
 */
function costOfIncomeIn(
  r: Reading,
  c: ClauseReading,
  i: number,
  near: ReturnType<typeof nearestCategory>,
): Amount['category'] | undefined {
  const firstCost = c.clause.findIndex((t, j) => j < i && isMeaning(t, 'cost'));
  if (firstCost < 0) return undefined;
  // "除咗成本净得八千几": what is left after the costs is the income itself; not when what is left is said
  // next ("扣掉化肥农药一万五，净落一万七八": the figure taken off is the costs).
  const next = r.clauses[c.ci + 1];
  const leftSaidNext =
    next !== undefined &&
    isPhrase(r.text.slice(c.clause.at(-1)!.end, next[0]!.start), 'clauseComma') &&
    next.some((t) => isMeaning(t, 'net'));
  if (!leftSaidNext && c.clause.slice(0, i).some((t) => isMeaning(t, 'net'))) return undefined;
  // "扣掉化肥农药人工一万五", 粤 "肥料同人工去咗三千": labour hired, listed among the costs, is one of them.
  const labourCost =
    near?.category === 'wages' && c.clause.some((t, j) => j > firstCost && j < i && t.text === near.word);
  if (near && near.category !== 'expense' && !labourCost) return undefined;
  if (near?.expenseKind) return undefined;
  const asked = r.ctx.slot === 'income.amount' ? r.ctx.incomeKey : undefined;
  if (asked && INCOME_RECKONED.has(asked)) return asked;
  const said = r.amounts.findLast((a) => INCOME_RECKONED.has(a.category ?? ''))?.category;
  return said;
}

/**
 * "一辆七万块的车", "四十万嘅楼": right after a number, an optional unit of money, 的, then within three
 * characters of the same clause a thing a price is said of. (The unit words hold no 的, so the unit is
 * whatever comes before the first 的, at most two characters.)
 */
function worthOfProperty(after: string): boolean {
  const of = firstPhrase(after.slice(0, 3), 'possessive');
  if (!of || (of.index > 0 && !isPhrase(after.slice(0, of.index), 'moneyUnit'))) return false;
  return phraseAfterGap(after, of.index + 1, 'propertyWorth', { min: 0, max: 3, stops: CLAUSE_STOPS });
}

/**
 * "赔咗20万，钱喺心抱度", "赔了10万，被前夫拿走了": within six characters of the sum (the same sentence),
 * perhaps the money, then 在/喺 and someone's place, or 被/俾 and taken away, one to six characters of
 * the same clause apart.
 */
function heldElsewhere(after: string): boolean {
  const gap = { min: 1, max: 6, stops: '，。' };
  for (let p = 0; p <= 8 && p < after.length; p++) {
    if (p > 0 && '。；'.includes(after[p - 1]!)) return false;
    const lead = after.slice(0, p);
    if (
      isPhrase(after[p]!, 'atPlace') &&
      (p <= 6 || phrasesEnding(lead, 'theMoney').some((w) => p - w.length <= 6)) &&
      phraseAfterGap(after, p + 1, 'withSomeone', gap)
    )
      return true;
    if (p <= 6 && isPhrase(after[p]!, 'doneBy') && phraseAfterGap(after, p + 1, 'takenAway', gap)) return true;
  }
  return false;
}

/**
 * "卖了也就七八千", "挣了一万八", "攞咗个": earning, then 了/咗/到 (or brought home: "拿回来"), then perhaps
 * "only" (once or twice) and "that", right before the sum. Each optional word is tried in turn, as the
 * pattern's groups were.
 */
function earnedJustNow(before0: string): boolean {
  // ("卖咗大概三千", "挣了差不多两万": about, right before the sum.)
  const about = endingPhrase(before0, 'aboutBefore');
  const before = about ? before0.slice(0, -about.length) : before0;
  for (const that of ['', ...phrasesEnding(before, 'thatSum')]) {
    const b1 = before.slice(0, before.length - that.length);
    for (const again of ['', ...phrasesEnding(b1, 'onlyAgain')]) {
      const b2 = b1.slice(0, b1.length - again.length);
      for (const only of ['', ...phrasesEnding(b2, 'onlyThat')]) {
        const b3 = b2.slice(0, b2.length - only.length);
        if (endsWithPhrase(b3, 'doneOrGot') && endsWithPhrase(b3.slice(0, -1), 'earnedBy')) return true;
        if (endsWithPhrase(b3, 'broughtHome')) return true;
      }
    }
  }
  return false;
}

/**
 * "老公…浸死咗。…生前做泥水，一个月四五千": the amount in the clause right after one that says what
 * someone who has died did while alive, in the same sentence and naming no one else, is what they used
 * to earn, not the household's income now.
 */
function earnedWhileAlive(r: Reading, ci: number, clauseStart: number): boolean {
  if (ci === 0 || !isPhrase(r.text.slice(clauseStart - 1, clauseStart), 'clauseComma')) return false;
  const before = r.clauses[ci - 1]!;
  const said = r.text.slice(before[0]!.start, before.at(-1)!.end);
  // ("丈夫…去世了，丈夫以前跑运输，一个月挣五千": in a summary, 以前 said of the one who died is the same.)
  return (
    hasPhrase(said, 'whileAlive') || (r.ctx.slot === 'summary' && r.topic.dead === true && hasPhrase(said, 'formerly'))
  );
}

/**
 * "儿子住在同村，自己也靠种地和养老金，一年收入六七千": money said to the relative a 自己 went back to, later in
 * that sentence, is what they live on themselves.
 */
function theirOwn(r: Reading, person: Person, at: number): boolean {
  // ("来电人称父亲…。来电人在村里开小卖部，一年挣三四万": the caller, set aside as living apart from the
  // parent the call is about, tells of their own trade; not the parent's household's.)
  // (Nor one set aside as no kin of the household's, a sibling or nephew who calls, unless the summary says
  // the one the call is for lives with the caller: "其弟与其同住".)
  const aside = person.apart || (person.bystander && !hasPhrase(r.text, 'livesWithCaller'));
  if (r.ctx.slot === 'summary' && aside && person === r.people.writer) return true;
  const own = r.apartOwn;
  if (own === undefined || own.person !== person || own.at >= at) return false;
  const between = r.text.slice(own.at, at);
  return !hasPhrase(between, 'sentenceEnd') && !between.includes('\n');
}

/**
 * Property and money as facts: cars (not an electric tricycle or motorbike), houses owned or
 * rented, shops, businesses; every amount read added up by kind over a year (amounts.ts), and
 * "此外没有别的收入" closing the kinds not named.
 */
import { stoppedInMonth } from './stopped-in-month.ts';
import { neverPaid } from './never-paid.ts';
import type { IncomeCategory } from '../../content/lexicon/index.ts';
import type { Household } from '../../screening/index.ts';
import { type Amount, type AmountContext, yearly } from './amounts.ts';
import type { Context, Fact } from './extract.ts';
import type { Placed } from './place-members.ts';
import type { Reading } from './reading.ts';
import { daysBetween, isMeaning } from './cues.ts';
import { firstPhrase, hasPhrase, phraseAfterGap } from './phrases.ts';

/** Things owned that are no home: 还有 after one of them lists the next thing, not one home more. */
const LISTED_BEFORE_HOME = new Set(['car', 'exempt_vehicle', 'shop', 'business']);

/** Money drawn from the state (养老金, 基础养老金, 高龄补贴): named in a summary, it is had, figure or not. */
const DRAWN: ReadonlySet<IncomeCategory> = new Set<IncomeCategory>(['pensions', 'basicPension', 'otherTransfers']);
export function placeMoney(r: Reading, placed: Placed): void {
  const { memberIndex } = placed;
  // ── Property ────────────────────────────────────────────────────────────────────────────
  // "俺儿有个车 那是他的 他不跟俺在一块": a relative's who lives elsewhere is not the household's.
  // Where the family lives (租房住, 住自己楼) is the household's whoever the clause was about.
  const saidApart =
    hasPhrase(r.text, 'theirOwnThing') || r.tokens.some((t) => isMeaning(t, 'apart') || isMeaning(t, 'elsewhere'));
  const notOurs = (a: Reading['assets'][number]) => {
    const home = a.what === 'rented_home' || a.what === 'no_home' || a.what === 'own_home';
    return (
      a.owner !== undefined &&
      a.owner !== r.people.self &&
      !((a.negated || home) && r.ctx.slot === 'summary' && sentenceNamesNoOne(r, a.span[0])) &&
      (a.owner.apart ||
        // Asked what the household has, a husband or wife named lives with the writer unless said
        // otherwise ("老公有辆二手车").
        (!home &&
          !(r.ctx.slot === 'property' && a.owner.rel === 'spouse' && !a.owner.dead) &&
          // Asked before anyone in the household was named, a relative with a thing, not said to live
          // elsewhere nor to own it alone, is taken as one of the household ("小子有辆车").
          !(r.ctx.slot === 'property' && r.ctx.household.members === undefined && !a.owner.dead && !saidApart) &&
          a.owner.known === undefined &&
          !memberIndex.has(a.owner.key)))
    );
  };
  for (const a of r.assets) {
    if (notOurs(a)) continue;
    // "两辆车 一辆老汉的一辆娃的": the count said is the number, whatever car word comes after it.
    // (Not when one was sold: "有两辆车 去年卖了一辆" leaves the last said.)
    const carsCounted = hasPhrase(r.text, 'soldOff')
      ? 1
      : Math.max(1, ...r.assets.filter((x) => x.what === 'car' && !x.negated && !notOurs(x)).map((x) => x.count ?? 1));
    if (a.what === 'car')
      r.add(
        'property.vehicles',
        a.negated || soldSince(r.text, a.span[1]) ? 0 : Math.max(carsCounted, a.count ?? 1),
        a.span,
      );
    if (a.what === 'exempt_vehicle' && r.ctx.slot === 'property' && !r.assets.some((x) => x.what === 'car')) {
      // An electric tricycle or a motorbike is not a car: say so, as 0 cars, when asked about cars.
      if (!r.facts.some((f) => f.path === 'property.vehicles')) r.add('property.vehicles', 0, a.span);
    }
    if (a.what === 'house') {
      // Owned houses named in different clauses add up (乡下有间祖屋，城里还在供一套); a count says it all.
      const owned = r.assets.filter((x) => x.what === 'house' && !x.negated && !notOurs(x));
      // ("城里一套老家一套", 粤 "城里一间乡下一间": one counted at each place, listed, is as many as listed.)
      // (Each counted already, so a 还 among them adds none: "村里一处院子，城里还在还贷一套" is two.)
      const ones = owned.filter((x) => x.count === 1).length;
      const listed = ones >= 2 ? Math.min(ones, 3) : 0;
      const counted = Math.max(0, ...owned.map((x) => x.count ?? 0), listed);
      // ("房子 一院老房": a house word alone between spaces is what the next clause counts, not one more.)
      // ("房屋（泥砖屋）全毁": a short name ending in a house word, alone in brackets right after one, is the
      // same house, not a second; "安置房（房在自己名下）" says something of it.)
      const gloss = (x: (typeof owned)[number]) => {
        const cl = x.clause !== undefined ? r.clauses[x.clause] : undefined;
        return (
          cl !== undefined &&
          cl.length <= 4 &&
          x.span[1] === cl.at(-1)!.end &&
          /^[(（]$/.test(r.text[cl[0]!.start - 1] ?? '') &&
          /^[)）]$/.test(r.text[cl.at(-1)!.end] ?? '') &&
          owned.some((y) => y.clause === x.clause! - 1)
        );
      };
      const unglossed = owned.filter((x) => !gloss(x));
      const described = unglossed.filter((x) => x.count !== undefined || !houseHeading(r, x.clause));
      const named = described.length ? described : unglossed;
      const clausesNamed = new Set(named.map((x) => x.clause ?? -1)).size;
      // "城里还有一套楼房": one more besides the home they live in.
      // ("没有车，但是城里还有一套房": 还有 against the no before it, still one.)
      // ("车是自个的 还有一套房": 还有 after a car or a shop goes on to the next thing owned, not a second home.)
      const another = owned.some(
        (x) =>
          x.also &&
          !r.assets.some((y) => (y.negated || LISTED_BEFORE_HOME.has(y.what)) && y.span[0] < x.span[0]) &&
          !hasPhrase(r.text.slice(0, x.span[0]), 'but'),
      );
      const count =
        a.negated && owned.length === 0
          ? 0
          : another && !listed
            ? Math.max(counted, 1) + 1
            : counted >= 2
              ? counted // "有两套，一套村里的，一套县城的": the count says it all.
              : counted >= 1
                ? Math.max(counted, clausesNamed > 1 ? Math.min(clausesNamed, 3) : 0)
                : clausesNamed > 1
                  ? Math.min(clausesNamed, 3)
                  : // A summary saying the family has a house, without a count ("有自住房", "有间屋"): one.
                    (a.count ?? (summaryHas(r, a.negated, a.span[0]) ? 1 : undefined));
      if (count !== undefined && !r.facts.some((f) => f.path === 'property.houses'))
        r.add('property.houses', count, a.span);
    }
    // "家中失火…一家人借住在邻居家", "台风吹塌了屋，暂住亲戚家": where they stay while the home they own
    // is lost or mended says nothing of owning one (a house destroyed is still theirs to rebuild).
    // (A rented home that burnt, "租住的平房着火", was never theirs: 0 still.)
    const afterLoss =
      r.events.some((e) => (e.kind === 'fire' || e.kind === 'natural_disaster') && e.clause < (a.clause ?? -1)) &&
      !r.assets.some((x) => x.what === 'rented_home' && (x.clause ?? 0) < (a.clause ?? -1));
    if ((a.what === 'rented_home' || a.what === 'no_home') && !afterLoss) r.add('property.houses', 0, a.span);
    // 住自建房, 房改房, 有房贷: the home they live in is their own, one unless a count was said.
    if (a.what === 'own_home' && !a.negated && !r.facts.some((f) => f.path === 'property.houses'))
      r.add('property.houses', 1, a.span);
    // "以前有间铺头，前年卖咗畀老公睇病": a shop sold since is not had, as a car sold is not.
    if (a.what === 'shop') r.add('property.commercialProperty', !a.negated && !soldSince(r.text, a.span[1]), a.span);
    if (a.what === 'business') r.add('property.registeredBusiness', !a.negated, a.span);
  }

  // ── Money ───────────────────────────────────────────────────────────────────────────────
  // "租房住，一个月房租六百": rent the family pays, not rent it receives.
  if (r.assets.some((a) => a.what === 'rented_home' && !a.negated))
    for (const a of r.amounts)
      if (
        a.category === 'property' &&
        hasPhrase(a.source ?? '', 'rentWord') &&
        !hasPhrase(a.clauseText ?? '', 'rentedOut')
      )
        a.negated = true;
  // "来电人76岁，老伴74岁，每人每月养老金160元": in a summary, a pension "each" with no group named
  // counts the members listed at pension age (城乡居民基本养老保险: paid from 60), not the son at work.
  if (r.ctx.slot === 'summary' && r.groupCount === undefined) {
    const elders = r.facts.filter((f) => /^members\[\d+\]\.age$/.test(f.path) && Number(f.value) >= 60).length;
    for (const a of r.amounts)
      if (a.each && a.count === undefined && /^(pensions|basicPension)$/.test(a.category ?? '') && elders > 1)
        a.count = elders;
  }
  // "细佬有时畀几百，唔知一年几多": money now and then, then the year's total said not known — unknown, not a
  // guess (the 不知道 may come after the figure).
  // "年时卖了三千 今年遭冻了 几乎没收成", "往年能挣两三万 今年赔了": asked what the income brings, a figure of
  // another year is not this year's, which is said to have brought nothing.
  if (r.ctx.slot === 'income.amount' && r.noGain && hasPhrase(r.text, 'thisYear'))
    for (const a of r.amounts)
      if (hasPhrase(a.clauseText ?? '', 'otherYears') && !hasPhrase(a.clauseText ?? '', 'thisYear')) a.negated = true;
  // "往年养蚝一年净赚四万，今年冇收成", "去年种地挣了三万，今年啥都没了": in a summary, what another year
  // brought, with this year then said to have brought nothing, is not the income of the look-back year;
  // a trade's nothing is its income now.
  if (r.ctx.slot === 'summary')
    for (const a of r.amounts)
      if (
        !a.negated &&
        hasPhrase(a.clauseText ?? '', 'otherYears') &&
        !hasPhrase(a.clauseText ?? '', 'thisYear') &&
        thisYearNothingAfter(r.text, a.end)
      ) {
        a.negated = true;
        if (a.category === 'business') r.add('income.business', 0, [a.start, a.end]);
      }
  // "去年卖了两万多，今年遭了冻，只卖了五六千", 粤 "旧年赚三万，今年得一万": in a summary, another year's figure
  // followed in the same sentence by this year's of the same kind is the year before, not more of this one.
  if (r.ctx.slot === 'summary')
    for (const a of r.amounts) {
      if (a.negated || !hasPhrase(a.clauseText ?? '', 'otherYears') || hasPhrase(a.clauseText ?? '', 'thisYear'))
        continue;
      const later = r.amounts.find(
        (b) =>
          b.start > a.end &&
          !b.negated &&
          b.category === a.category &&
          !hasPhrase(r.text.slice(a.end, b.start), 'sentenceEnd') &&
          hasPhrase(r.text.slice(a.end, b.end), 'thisYear'),
      );
      if (later) a.negated = true;
    }
  // "有时五百有时一千 没记过": every figure of that clause is one of those times, not a total.
  // ("不好说，好的时候两万，不好的时候赔钱": good years and bad, with the sum said not known, the same; "唔定，
  // 好嘅时候三四千" only says it varies, and still gives a range.)
  if (r.idk)
    for (const a of r.amounts)
      if (
        a.occasional ||
        (a.alternative && hasPhrase(r.text, 'sumNotKnown')) ||
        r.amounts.some((o) => o.occasional && o.clause === a.clause && o.category === a.category)
      )
        a.negated = true;
  // "老公之前做泥水每月五六千…（11月28日跌伤）": in a summary, what a living member earned until a recent
  // accident or sudden illness stopped them is income of the look-back period (household model: the last
  // 12 months), not work of long ago; what one who died earned is not (earned-while-alive).
  // ("屋企全靠老公每月挣六七千" after he died: what one who died earned is no income now.)
  if (r.ctx.slot === 'summary')
    for (const a of r.amounts) if (a.category === 'wages' && a.person?.dead) a.negated = true;
  if (r.ctx.slot === 'summary' && struckLately(r))
    for (const a of r.amounts)
      if (
        a.past &&
        (a.category === 'wages' || a.category === 'business') &&
        a.person !== undefined &&
        !a.person.dead &&
        !a.person.apart &&
        !a.person.bystander &&
        !r.events.some((e) => e.kind === 'other')
      )
        a.past = false;
  // "老公在外省打工，每月寄一千五返嚟": money a husband or wife of the household sends home is their
  // earnings, counted as the household's wages (共同生活的家庭成员: a spouse working away stays one), not
  // support from a relative; when their wage is said too, what they send is part of it, not more.
  if (r.ctx.slot === 'summary')
    for (const a of r.amounts) {
      const p = a.person;
      if (a.category !== 'support' || !p || p.rel !== 'spouse' || p.dead || p.apart || !memberIndex.has(p.key))
        continue;
      if (r.amounts.some((w) => w.category === 'wages' && w.person === p && !w.negated)) a.negated = true;
      else a.category = 'wages';
    }
  // "判咗每月畀个仔600蚊，但一次都冇畀过": support owed and never given is none had.
  const unpaid =
    r.ctx.slot === 'summary'
      ? r.amounts.find((a) => a.category === 'support' && !a.negated && neverPaid(r.text, a.end))
      : undefined;
  if (unpaid) unpaid.negated = true;
  stoppedInMonth(r);
  readAmounts(r.amounts, {
    ctx: r.ctx,
    add: r.add,
    groupCount: r.groupCount,
    messagePeriod: r.messagePeriod,
    text: r.text,
  });
  // (And none had from them: "Support said not to be given" is support 0.)
  if (unpaid && !r.facts.some((f) => f.path === 'income.support'))
    r.add('income.support', 0, [unpaid.start, unpaid.end]);
  // "俺那是农村养老金 一个月一百六": asked about pensions (or which incomes there are), a pension that is only the
  // basic one of 城乡居民基本养老保险 says there is no 职工 pension besides it.
  const askedPensions = r.ctx.slot === 'income' || (r.ctx.slot === 'income.amount' && r.ctx.incomeKey === 'pensions');
  const basic = r.facts.find((f) => f.path === 'income.basicPension' && Number(f.value) > 0);
  if (
    askedPensions &&
    basic &&
    !r.facts.some((f) => f.path === 'income.pensions') &&
    r.ctx.household.income?.pensions === undefined
  )
    r.add('income.pensions', 0, [basic.start, basic.end]);
  // In a call summary "没有收入" is usually said of one person; only "此外/其他/别的…没有" closes the household's.
  const noneClause =
    r.noneSaid && r.clauses.find((c) => c[0]!.start <= r.noneSaid![0] && c.at(-1)!.end >= r.noneSaid![1]);
  const closesAll =
    r.ctx.slot !== 'summary' ||
    (noneClause !== undefined && hasPhrase(r.text.slice(noneClause[0]!.start, noneClause.at(-1)!.end), 'otherBesides'));
  if (r.noneSaid && closesAll && ['income', 'summary', 'income.amount'].includes(r.ctx.slot)) {
    // "此外没有别的收入" closes the kinds not named.
    const open = (k: IncomeCategory) =>
      !r.facts.some((f) => f.path === `income.${k}`) &&
      r.ctx.household.income?.[k as keyof NonNullable<Household['income']>] === undefined;
    // ("啥也没有，就地里那点麦子": asked which kinds, one named after the no is had, its amount asked next;
    // "都没有，就那点养老金" is the basic pension after a no, not a 职工 one.)
    // (In a summary, money from the state said to be drawn with no figure, "领基础养老金，还有个高龄补贴，别的啥收入
    // 都没有", "领养老金", is had: the no closes only the others. Work named may be a relative's living apart.)
    // (A pension named with its figure, "每月养老金一百五十元", was read: the no closes the other kind of pension.)
    const aPensionRead = r.facts.some((f) => f.path === 'income.basicPension' || f.path === 'income.pensions');
    const pensionRead = (k: IncomeCategory) => k !== 'otherTransfers' && aPensionRead;
    const namedAfter = (k: IncomeCategory) =>
      (r.ctx.slot === 'income' && k !== 'pensions' && r.incomeMentioned.has(k)) ||
      (r.ctx.slot === 'summary' && DRAWN.has(k) && r.incomeMentioned.has(k) && !pensionRead(k));

    for (const k of ['wages', 'business', 'property', 'pensions', 'support'] as const)
      if (open(k) && !namedAfter(k)) r.add(`income.${k}`, 0, r.noneSaid);
    if (r.ctx.slot === 'summary') {
      if (open('otherTransfers') && !namedAfter('otherTransfers')) r.add('income.otherTransfers', 0, r.noneSaid);
      if (open('basicPension') && !r.incomeMentioned.has('pensions') && !namedAfter('basicPension'))
        r.add('income.basicPension', 0, r.noneSaid);
    }
  }
  // "老人家冇退休金": a 职工 pension said not to be had is none, unless a pension is said in figures too.
  // (In a call summary such a no is usually said of one person, as "没有收入" is above.)
  if (r.ctx.slot !== 'summary')
    for (const [k, span] of r.incomeDenied)
      if (!r.facts.some((f) => f.path === `income.${k}`)) r.add(`income.${k}`, 0, span);
  for (const f of r.facts)
    if (
      r.hedgedMessage &&
      f.hedged === undefined &&
      /^(members\[\d+\]\.(age|disability)|income|property\.deposits)/.test(f.path)
    )
      f.hedged = true;
}

/** An accident or a sudden illness told as lately (dated within a year of today, or with no date). */
function struckLately(r: Reading): boolean {
  return r.events.some(
    (e) =>
      (e.kind === 'accident' || e.kind === 'traffic_accident' || e.kind === 'sudden_illness') &&
      (e.date === undefined || daysBetween(e.date, r.ctx.today) <= 365),
  );
}

function readAmounts(
  amounts: Amount[],
  env: {
    ctx: Context;
    add: (path: string, value: unknown, span: [number, number], extra?: Partial<Fact>) => void;
    groupCount: number | undefined;
    messagePeriod: number | undefined;
    text: string;
  },
): void {
  const { ctx } = env;
  const slotCategory: Amount['category'] | undefined =
    ctx.slot === 'income.amount'
      ? ctx.incomeKey
      : ctx.slot === 'basicPension'
        ? 'basicPension'
        : ctx.slot === 'deposits'
          ? 'deposits'
          : ctx.slot === 'hardship.expense'
            ? 'expense'
            : undefined;
  // About emergencies and spending, money named is money spent (学费生活费一年一万多).
  const hardship = ctx.slot.startsWith('hardship');
  const list = hardship
    ? amounts.map((a) =>
        a.category === 'expense' || a.category === 'debt' || a.category === 'deposits'
          ? a
          : { ...a, category: 'expense' as const },
      )
    : amounts;
  // Asked how much, the amount is that of the expense told without one ("5 看病花了好多"), else the first.
  const told = ctx.household.hardship?.expenses ?? [];
  let expenseIndex =
    ctx.slot === 'hardship.expense'
      ? Math.max(
          0,
          told.findIndex((e) => e.amount === undefined),
        )
      : told.length;
  // (Objects built a property at a time, not as literals with conditional spreads: V8 took its slow path for
  // each property of those, ~5% of a short answer's reading.)
  const amountCtx: AmountContext = { household: ctx.household, text: env.text };
  if (slotCategory) amountCtx.slotCategory = slotCategory;
  if (env.messagePeriod !== undefined) amountCtx.defaultMonths = env.messagePeriod;
  if (env.groupCount !== undefined) amountCtx.count = env.groupCount;
  if (ctx.slot === 'income.amount') amountCtx.bareLargeIsYear = true;
  for (const y of yearly(list, amountCtx)) {
    const extra: Partial<Fact> = {};
    if (y.approx) extra.range = [y.lo, y.hi];
    if (y.hedged) extra.hedged = true;
    if (y.key === 'deposits') env.add('property.deposits', y.value, [y.start, y.end], extra);
    else if (y.key === 'debt') env.add('debt', y.value, [y.start, y.end], extra);
    else if (y.key.startsWith('expense:'))
      env.add(
        `hardship.expenses[${expenseIndex++}]`,
        { kind: y.key.slice(8), amount: y.value },
        [y.start, y.end],
        extra,
      );
    // "两个都七十几，净靠嗰二百几养老金": asked how the relatives elsewhere are, a pension is theirs, not
    // the household's income.
    else if (ctx.slot === 'obligors.situation' && (y.key === 'pensions' || y.key === 'basicPension')) continue;
    else env.add(`income.${y.key}`, y.value, [y.start, y.end], extra);
  }
}

/** "有" just before a house word in the same phrase ("有自住房", "屋企有间屋"): owning it, not a house mentioned. */
function summaryHas(r: Reading, negated: boolean, at: number): boolean {
  return (
    r.ctx.slot === 'summary' && !negated && /有[^，,。；;：:、）)]{0,3}$/.test(r.text.slice(Math.max(0, at - 4), at))
  );
}

/**
 * A word for a house alone before a space ("房子 一院老房", "屋 就一间"): the heading of what the
 * typist says next about it, not another house. (After a colon or comma it may be a house of its own.)
 */
function houseHeading(r: Reading, clause: number | undefined): boolean {
  const c = clause === undefined ? undefined : r.clauses[clause];
  return c?.length === 1 && c[0]!.kind === 'word' && r.text[c[0]!.end] === ' ';
}

/**
 * "有一个女儿在外打工，每月给200元。无存款，无车，住自己的旧屋": a work order's sentence that names no
 * one and lists what is not there, or where they live, speaks of the household, not of the relative
 * talked about before.
 * True when nothing from the sentence's start to `at` names a person. Bounded look-back.
 */
function sentenceNamesNoOne(r: Reading, at: number): boolean {
  let start = at;
  while (start > 0 && at - start < 200 && !/[。；;！？!?\n】]/.test(r.text[start - 1]!)) start--;
  return !r.tokens.some((t) => t.start >= start && t.start < at && isMeaning(t, 'person'));
}

/** "以前有辆车，去年给卖了看病了", "架车卖咗": sold since, shortly after it is named in the same sentence. */
function soldSince(text: string, from: number): boolean {
  const after = text.slice(from, from + 12);
  const end = firstPhrase(after, 'sentenceEnd');
  return hasPhrase(end ? after.slice(0, end.index) : after, 'soldOff');
}

/** How far after 今年 "nothing" may come ("今年基本冇收入", "今年真系一蚊都冇"): a few characters. */
const NOTHING_WITHIN = 4;

/** Whether the rest of the sentence after `from` says this year brought nothing (今年冇收成). */
function thisYearNothingAfter(text: string, from: number): boolean {
  const stop = text.slice(from, from + 40).search(/[。！？!?]/);
  const rest = text.slice(from, stop < 0 ? from + 40 : from + stop);
  const at = firstPhrase(rest, 'thisYear');
  if (!at) return false;
  return phraseAfterGap(rest, at.index + at.length, 'thisYearNothing', { min: 0, max: NOTHING_WITHIN, stops: '，,' });
}

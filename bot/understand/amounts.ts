/**
 * Amounts of money read from one message → one yearly figure per kind (income by category,
 * savings, debts, spending), the way a careful listener adds up what was said:
 * - a period turns each amount into a year (每月 ×12, 一季 ×4, 一天 × days worked);
 * - "每人", "一人" multiply by how many people were counted;
 * - different people's amounts add up (我1800佢1600); the same person's year figure replaces
 *   their month figure; a correction (不对) replaces that person's earlier figure;
 * - "一共" is the whole ("一共三万 借给闺女两万 存折上还有一万" is 30000);
 * - what is left after costs (落下, 剩) or paid oneself (自己掏) is the figure, and money paid
 *   back by insurance (报了) is taken off what was spent;
 * - good times and bad (好的时候…不好的时候) give a range; a loss (赔了) gives nothing; an
 *   amount said of years gone by (往年) is left out.
 */
import type { IncomeCategory } from '../../content/lexicon/index.ts';
import type { Household } from '../../screening/index.ts';
import type { ReadNumber } from './numbers.ts';
import type { Person } from './people.ts';
import { hasPhrase } from './phrases.ts';
import { prorated } from './rate-changed.ts';

export type AmountCategory = IncomeCategory | 'deposits' | 'debt' | 'expense' | 'lent';
export type ExpenseKind = 'medical' | 'education' | 'disability_rehab' | 'other';

export interface Amount {
  n: ReadNumber;
  start: number;
  end: number;
  clause: number;
  category?: AmountCategory;
  expenseKind?: ExpenseKind;
  months?: number;
  each?: boolean;
  total?: boolean;
  person?: Person;
  /** What a relative living apart lives on themselves ("儿子住同村，自己也靠种地，一年六七千"). */
  theirOwn?: boolean;
  daysPerMonth?: number;
  hedged: boolean;
  negated?: boolean;
  afterCorrection: boolean;
  under?: boolean;
  nearly?: boolean;
  over?: boolean;
  past?: boolean;
  loss?: boolean;
  net?: boolean;
  reimbursed?: boolean;
  outOfPocket?: boolean;
  alternative?: boolean;
  /** Said of this year ("今年差，得万几蚊"): of good and bad years, the last twelve months asked about. */
  thisYear?: boolean;
  /** A cost taken off the gross (肥料农药去咗三千). */
  cost?: boolean;
  /** The word that said what the money is (养鸡, 卖菜): two different words are two sources. */
  source?: string;
  /** Months worked or paid in the last year ("干了六个月"): a monthly figure covers only those. */
  duration?: number;
  /** Said as more on top (还有, 仲有): added to what was said before. */
  added?: boolean;
  /** The clause the amount was said in. */
  clauseText?: string;
  /** How many people "每人" counts here (the people just named). */
  count?: number;
  /** Given now and then with no period ("有时畀几百"): a guess at a year, dropped when the year is said not known. */
  occasional?: boolean;
  /** The part left to pay after "报了一半", "报咗六成": 0.5, 0.4. */
  share?: number;
  /** Said of the older or younger of them ("大的一个月给三百，小的一年给一千"): each its own person's. */
  ordinal?: 'older' | 'younger';
  /** Said of one of several people, unnamed ("一个两百三一个两百一"): two such figures are two people's. */
  oneOfThem?: boolean;
  /** Money lent said to be on top of what was said before ("仲借咗一万畀个侄仔"). */
  lentBesides?: boolean;
  /** A new rate from this month of the year on ("降到六百，从五月开始"): the rate before it holds until then. */
  changedFrom?: number;
}

export interface Yearly {
  /** `income.wages`, `property.deposits`, `debt`, `expense:medical` … */
  key: string;
  value: number;
  lo: number;
  hi: number;
  approx: boolean;
  hedged: boolean;
  start: number;
  end: number;
}

/** Days a month paid by the day: hired labour finds work about 20 days, a stall opens about 25. */
const DAYS_PER_MONTH_WORKED = 20;
const DAYS_PER_MONTH_OPEN = 25;
/** Below this a month, "养老金" of a rural resident is the 城乡居民基础养老金, not a 职工 pension. */
const BASIC_PENSION_MONTHLY_MAX = 600;

export interface AmountContext {
  /** What the question asks about, for amounts without a word saying what they are. */
  slotCategory?: AmountCategory;
  /** The period a bare amount is over, from the question or the message. */
  defaultMonths?: number;
  /** How many people "每人" counts. */
  count?: number;
  household: Household;
  /** The text, for telling a 职工 pension from the basic one. */
  text: string;
  /** The question asks a month's figure or a year's ("也可以说一年多少"): a bare sum of 万 is a year's. */
  bareLargeIsYear?: boolean;
}

function range(a: Amount, factor: number, count: number): { lo: number; hi: number } {
  let lo = a.n.lo * factor * count * (a.share ?? 1);
  let hi = a.n.hi * factor * count * (a.share ?? 1);
  if (a.nearly) lo *= 0.9;
  if (a.over) hi *= 1.15;
  if (a.under) lo = Math.min(lo, hi * 0.7);
  return { lo, hi };
}

/** Income a person lives on themselves, as against what they give another household. */
const OWN_INCOME: ReadonlySet<AmountCategory> = new Set(['wages', 'business', 'property', 'pensions', 'basicPension']);

export function yearly(amounts: readonly Amount[], ctx: AmountContext): Yearly[] {
  type Item = Amount & { key: string; lo: number; hi: number; yearly: boolean };
  const items: Item[] = [];
  // "花了三万，报了一半，自己出了一万五": what was paid oneself is said; the share is not taken twice.
  const ownSaid = amounts.some((a) => a.outOfPocket);
  for (const a0 of amounts) {
    const a = ownSaid && a0.share !== undefined ? { ...a0, share: undefined } : a0;
    if (a.negated || a.past) continue;
    let cat = a.category ?? ctx.slotCategory;
    if (!cat || cat === 'excluded') continue;
    if (cat === 'lent') cat = 'deposits';
    // A relative who lives elsewhere: their wages, and what they are said to live on themselves (their own
    // farm, pension, rent), are not the household's; only what they give it is (审核确认办法 第七条).
    if (a.person?.apart && (cat === 'wages' || (a.theirOwn && OWN_INCOME.has(cat)))) continue;
    // (So too what a caller set aside from the household earns: a sibling's "来电人做保安，月入二千八".)
    if (a.person?.bystander && a.theirOwn && OWN_INCOME.has(cat)) continue;
    // Savings, debts and money lent are sums, never a monthly flow ("月工资两千四 … 存款一万").
    const stock = cat === 'deposits' || cat === 'debt';
    // Asked for a month's income "or a year's", a bare sum of ten thousand or more ("2万") is the year's.
    // ("一万左右", 粤 "万零蚊上下": a round 万 said roughly is still a sum of 万, whatever its low end.)
    const bareMonths = ctx.bareLargeIsYear && a.n.value >= 10_000 ? 12 : 1;
    const months = stock
      ? undefined
      : (a.months ?? (cat === 'expense' ? undefined : (ctx.defaultMonths ?? bareMonths)));
    let factor = months === undefined ? 1 : 12 / months;
    if (a.duration !== undefined && months !== undefined && months <= 1 && a.duration < 12)
      factor = a.duration / months;
    if (months !== undefined && months < 1)
      factor =
        (a.duration ?? 12) * (a.daysPerMonth ?? (cat === 'business' ? DAYS_PER_MONTH_OPEN : DAYS_PER_MONTH_WORKED));
    const count = a.each ? Math.max(1, a.count ?? ctx.count ?? ctx.household.members?.length ?? 1) : 1;
    // A small 养老金 with no word of 退休 or 单位 is the basic pension.
    // (A survivor's allowance, named in any clause — "领他的遗属补助，一个月五百多" — is never the basic one.)
    if (
      cat === 'pensions' &&
      !hasPhrase(a.clauseText ?? ctx.text, 'workPension') &&
      !hasPhrase(ctx.text, 'survivorPension')
    ) {
      // The rate by the month, not the months it was paid ("领过三个月，每月一千五" is 1500 a month).
      const rate = a.duration !== undefined && months !== undefined && months <= 1 ? 12 / months : factor;
      const monthlyEach = (a.n.hi * rate) / 12 / (a.each ? 1 : Math.max(1, ctx.count ?? 1));
      if (monthlyEach <= BASIC_PENSION_MONTHLY_MAX) cat = 'basicPension';
    }
    const key = cat === 'expense' ? `expense:${a.expenseKind ?? 'medical'}` : cat;
    // (Copied and added to a property at a time: a literal with spreads took V8's slow path for each property.)
    const item = Object.assign({}, a) as Item;
    const { lo, hi } = range(a, factor, count);
    item.key = key;
    item.lo = lo;
    item.hi = hi;
    item.yearly = months === 12;
    items.push(item);
  }
  const out: Yearly[] = [];
  for (const key of [...new Set(items.map((x) => x.key))]) {
    const all = withChangedRates(items.filter((x) => x.key === key));
    const pick = choose(all);
    if (!pick) continue;
    const { lo, hi, members } = pick;
    out.push({
      key,
      lo: Math.round(lo),
      hi: Math.round(hi),
      value: Math.round((lo + hi) / 2),
      approx: lo !== hi || members.some((x) => x.n.approx),
      hedged: members.some((x) => x.hedged),
      start: Math.min(...members.map((x) => x.start)),
      end: Math.max(...members.map((x) => x.end)),
    });
  }
  return out;
}

/**
 * "本来一月租八百，降到六百，从五月份开始": a rate said to change from a month on replaces the rate said
 * before it (of the same kind) with the year's mix of the two (bot/understand/rate-changed.ts).
 */
function withChangedRates<T extends Amount & { lo: number; hi: number }>(list: T[]): T[] {
  let out = list;
  for (const x of list) {
    if (x.changedFrom === undefined) continue;
    const old = out.findLast((o) => o !== x && o.start < x.start && o.changedFrom === undefined);
    if (!old) continue;
    out = out.filter((o) => o !== old).map((o) => (o === x ? { ...x, ...prorated(old, x, x.changedFrom!) } : o));
  }
  return out;
}

type Chosen<T> = { lo: number; hi: number; members: T[] };

function choose<T extends Amount & { lo: number; hi: number; yearly: boolean }>(list: T[]): Chosen<T> | undefined {
  let all = list;
  if (all.length === 0) return undefined;
  if (all.some((x) => x.loss) && !all.some((x) => x.net && !x.loss)) return { lo: 0, hi: 0, members: all };
  // "总共用咗十五万，报销后自己出咗八万": of money spent, what was paid out of pocket is what the
  // household bore, whatever the total before reimbursement.
  // ("一共花了十万，报完自己掏了四万": the same, a sum spent then the own share said after it.)
  const ownShare = all.filter((x) => x.category === 'expense' && x.outOfPocket && !x.reimbursed);
  const own = ownShare.at(-1);
  if (own && all.some((x) => !x.outOfPocket && !x.reimbursed && (x.total || x.start < own.start))) return sumOf([own]);
  // (Money lent "as well" after it, "两公婆加埋三四万，仲借咗一万畀个侄仔": on top of the whole.)
  const totals = all.filter((x) => x.total);
  if (totals.length) {
    const t = totals.at(-1)!;
    // "总共花了十二万，合疗报了七万": what insurance paid back after the whole spent is taken off it
    // (a share paid back, "报了一半", is already the share of the whole).
    const back = all.filter((x) => x.reimbursed && !x.total && x.start > t.end);
    if (t.category === 'expense' && t.share === undefined && back.length) {
      const b = sumOf(back);
      return { lo: Math.max(0, t.lo - b.hi), hi: Math.max(0, t.hi - b.lo), members: [t, ...back] };
    }
    return sumOf([t, ...all.filter((x) => x.start > t.end && x.category === 'lent' && x.lentBesides)]);
  }
  const parts = partsOfFirst(all);
  if (parts) return parts;
  const net = all.filter((x) => x.net);
  if (net.length) return sumOf([net.at(-1)!]);
  // A person's year figure says it all over their month or day figures ("一天三百…一年估计两万到三万").
  // (Not one said on top with 还有: "每个月八百还有过年给两千" is both.)
  const yearlyPeople = new Set(all.filter((x) => x.yearly && !x.added).map((x) => whose(x)));
  all = all.filter((x) => x.yearly || !yearlyPeople.has(whose(x)) || x.reimbursed || x.cost || partOfCost(x, all));
  const costs = all.filter((x) => x.cost);
  if (costs.length && costs.length < all.length) {
    const gross = choose(all.filter((x) => !x.cost))!;
    const c = sumOf(costs);
    return { lo: Math.max(0, gross.lo - c.hi), hi: Math.max(0, gross.hi - c.lo), members: all };
  }
  const paidBack = all.filter((x) => x.reimbursed);
  if (paidBack.length) {
    const own = all.filter((x) => x.outOfPocket && !x.reimbursed);
    if (own.length) return sumOf([own.at(-1)!]);
    const spent = sumOf(all.filter((x) => !x.reimbursed));
    const back = sumOf(paidBack);
    if (!spent.members.length) return undefined;
    return { lo: Math.max(0, spent.lo - back.hi), hi: Math.max(0, spent.hi - back.lo), members: all };
  }
  // "好年景有三四万，今年差，得万几蚊": the year asked about, not the range of good and bad years.
  const thisYear = all.filter((x) => x.thisYear);
  if (all.some((x) => x.alternative && !x.thisYear) && thisYear.length && thisYear.length < all.length)
    return sumOf([thisYear.at(-1)!]);
  if (all.some((x) => x.alternative)) {
    // "老公返工一个月四千五，我做散工有时千几蚊有时冇": good times and bad are each person's own; two
    // people's figures still add up.
    const people = [...new Set(all.map((x) => whose(x)))];
    if (people.length > 1) {
      const each = people
        .map((k) => choose(all.filter((x) => whose(x) === k)))
        .filter((c): c is Chosen<T> => c !== undefined);
      return { ...sumOf(each), members: each.flatMap((c) => c.members) };
    }
    // "有时千几蚊有时冇": one figure, sometimes none: from nothing up to it.
    if (all.length === 1 && hasPhrase(all[0]!.clauseText ?? '', 'sometimesNone'))
      return { lo: 0, hi: all[0]!.hi, members: all };
    if (all.length > 1)
      return { lo: Math.min(...all.map((x) => x.lo)), hi: Math.max(...all.map((x) => x.hi)), members: all };
  }
  // Per person: a year figure replaces a month figure; a correction replaces the earlier figure;
  // "两万到三万" was already read as one range.
  const byPerson = new Map<number, T>();
  for (const x of all) {
    const k = whose(x);
    const prev = byPerson.get(k);
    if (prev && x.under) {
      // "千把块 不到两千": the second caps the first.
      byPerson.set(k, { ...prev, hi: Math.min(prev.hi, x.hi), lo: Math.min(prev.lo, x.hi), end: x.end });
      continue;
    }
    // ("每个月八百还有过年给两千": a year's sum said with 还有 comes on top of the month's, not instead.)
    if (!prev || x.afterCorrection || (x.yearly && !prev.yearly && !x.added)) byPerson.set(k, x);
    // "一个两百三一个两百一": each figure is another person's, added up.
    else if (x.oneOfThem && prev.oneOfThem)
      byPerson.set(k, { ...x, lo: prev.lo + x.lo, hi: prev.hi + x.hi, start: prev.start });
    else if (prev.yearly && !x.yearly && !partOfCost(x, [prev])) continue;
    // "每月养老金185元，“除咗嗰百几蚊，乜都冇”": a rough figure around an exact one said before, of the
    // same money, is that money said again roughly; the exact figure stands.
    else if (
      !x.added &&
      (!x.source || x.source === prev.source) &&
      prev.lo === prev.hi &&
      x.lo < x.hi &&
      prev.lo >= x.lo &&
      prev.lo <= x.hi
    )
      continue;
    // "俺俩一人一百八 一个月三百六": the same money said twice; two sources (养鸡…卖菜) add up.
    else if (
      !x.added &&
      (!x.source ||
        x.source === prev.source ||
        (prev.each && !x.each && Math.abs(x.lo - prev.lo) <= 0.1 * prev.lo) ||
        // "后核实为每月150元，来电人表示每月领养老金150元": the corrected figure said once more.
        (prev.afterCorrection && x.lo === prev.lo && x.hi === prev.hi))
    )
      byPerson.set(k, {
        ...x,
        lo: Math.max(prev.lo, x.lo) === prev.lo && prev.each ? prev.lo : x.lo,
        hi: prev.each ? prev.hi : x.hi,
      });
    else byPerson.set(k, { ...prev, lo: prev.lo + x.lo, hi: prev.hi + x.hi, end: x.end, source: x.source });
  }
  return sumOf([...byPerson.values()]);
}

/**
 * "大学学费一年六千 住宿一千二", "住院自己掏了4万6 门诊拿药一个月还得三四百": spending on an item of
 * its own (its source word differs from every other amount's), said in a clause of its own, is one
 * more part of the cost, added up whatever period each part is said over — not the same money again.
 */
function partOfCost(x: Amount, others: readonly Amount[]): boolean {
  return (
    x.category === 'expense' &&
    x.source !== undefined &&
    others.some((o) => o !== x && o.category === 'expense' && o.clause !== x.clause) &&
    others.every((o) => o === x || o.source !== x.source)
  );
}

/**
 * "储到四万几，旧年借咗三万畀个孙，而家存折仲有万几": savings said first, then what became of them — lent,
 * and what is left — in two or more parts that add up to about the first figure: the first is the whole
 * (money lent counts with savings, 办法第十四条), not one more sum beside its parts.
 */
function partsOfFirst<T extends Amount & { lo: number; hi: number }>(all: T[]): Chosen<T> | undefined {
  const [first, ...rest] = all;
  // (Called per kind: savings here are everything under `deposits`, money lent included.)
  if (
    !first ||
    rest.length < 2 ||
    (first as { key?: string }).key !== 'deposits' ||
    first.category === 'lent' ||
    !rest.some((x) => x.category === 'lent')
  )
    return undefined;
  const sum = sumOf(rest);
  return sum.lo <= first.hi && sum.hi >= first.lo ? sumOf([first]) : undefined;
}

/** Whose figure it is: the older or younger one said just before it, else the person it fell to. */
function whose(x: Amount): number {
  return x.ordinal === 'older' ? -1 : x.ordinal === 'younger' ? -2 : (x.person?.key ?? 0);
}

function sumOf<T extends { lo: number; hi: number }>(xs: T[]): Chosen<T> {
  return { lo: xs.reduce((s, x) => s + x.lo, 0), hi: xs.reduce((s, x) => s + x.hi, 0), members: xs };
}

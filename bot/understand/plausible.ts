/**
 * Figures a listener would query before writing down: a couple's pension of 24 yuan a year,
 * savings of 10 yuan (a 万 lost), an age of 190. Such an answer is not recorded at once; the
 * resident is asked to confirm it (issue 21, item 3), since a silent misreading changes the
 * verdict. The bounds are about what people say, not policy figures: wide, so a true but
 * unusual answer only costs one confirmation.
 */
import type { Household } from '../../screening/index.ts';

/** Yuan a year, at or under which an income said is far more likely a misreading than true. */
const TINY_YEARLY_INCOME = 120;
const HUGE_YEARLY_INCOME = 1_000_000;
/** The 城乡居民基础养老金 is around 100–250 yuan a month a person; under 30 or over 1,500 is doubtful. */
const BASIC_PENSION_MONTHLY = [30, 1500] as const;
const TINY_AMOUNT = 50;
const HUGE_DEPOSITS = 10_000_000;
const OLDEST = 110;

export interface Doubt {
  /** What looks wrong, in plain words: "基础养老金每人每月约 1 元". */
  what: string;
}

const changed = (a: unknown, b: unknown) => JSON.stringify(a) !== JSON.stringify(b);

/** The first figure an answer changed that a listener would query, if any. */
export function doubtOf(before: Household, after: Household): Doubt | undefined {
  const ages = (after.members ?? []).map((m, i) => ({ age: m.age, was: before.members?.[i]?.age }));
  const old = ages.find((x) => x.age !== undefined && x.age !== x.was && x.age > OLDEST);
  if (old) return { what: `年龄 ${old.age} 岁` };

  const inc = after.income ?? {};
  const was = before.income ?? {};
  if (inc.basicPension !== undefined && changed(inc.basicPension, was.basicPension) && inc.basicPension > 0) {
    const people = Math.max(1, (after.members ?? []).filter((m) => (m.age ?? 60) >= 60).length);
    const monthly = inc.basicPension / 12 / people;
    if (monthly < BASIC_PENSION_MONTHLY[0] || monthly > BASIC_PENSION_MONTHLY[1])
      return { what: `基础养老金每人每月约 ${Math.round(monthly)} 元` };
  }
  // Interest and a few chickens can be tiny; a wage or a pension cannot.
  for (const [key, word, tiny] of [
    ['wages', '工资', TINY_YEARLY_INCOME],
    ['business', '种地、养殖、做生意的收入', 0],
    ['property', '房租利息', 0],
    ['pensions', '养老金、退休金', TINY_YEARLY_INCOME],
  ] as const) {
    const v = inc[key];
    if (v === undefined || !changed(v, was[key]) || v === 0) continue;
    if (v <= tiny) return { what: `${word}一年一共约 ${Math.round(v)} 元` };
    if (v >= HUGE_YEARLY_INCOME) return { what: `${word}一年约 ${Math.round(v / 10_000)} 万元` };
  }
  const support = (inc.support ?? []).reduce((s, x) => s + x.amount, 0);
  const supportWas = (was.support ?? []).reduce((s, x) => s + x.amount, 0);
  if (support !== supportWas && support > 0 && support < TINY_AMOUNT)
    return { what: `亲属给的生活费一年一共约 ${Math.round(support)} 元` };

  const d = after.property?.deposits;
  if (d !== undefined && d !== before.property?.deposits && d > 0 && (d < TINY_AMOUNT || d >= HUGE_DEPOSITS))
    return { what: `存款约 ${d >= 10_000 ? `${Math.round(d / 10_000)} 万` : Math.round(d)} 元` };

  const spent = (after.hardship?.expenses ?? []).find(
    (e, i) =>
      changed(e, before.hardship?.expenses?.[i]) && e.amount !== undefined && e.amount > 0 && e.amount < TINY_AMOUNT,
  );
  if (spent?.amount !== undefined) return { what: `花了约 ${Math.round(spent.amount)} 元` };
  return undefined;
}

/**
 * Who an amount is from (read-number-money.ts reads the amount): how many people a sum said "each" is for,
 * whether a bare word of giving is a relative's support, and a relative who gives as able to support.
 */
import { isMeaning, type Near } from './cues.ts';
import type { ClauseReading } from './clause-reading.ts';
import type { Person } from './people.ts';
import type { Reading } from './reading.ts';
import { sentenceBefore } from './sentence-window.ts';
import type { Token } from './tokens.ts';
import { endsWithPhrase, isPhrase, phraseBeforeGap, startsWithPhrase } from './phrases.ts';

/**
 * "民办教师退下来的，一个月给一千多", "地给人家盖厂房了，一年给一千二": asked about one kind of income
 * other than support, a bare word of giving (给, 畀) with no relative named anywhere in the answer is the
 * payer of the kind asked about (a pension office, a tenant), not a relative's support.
 */
export function givenByNoKin(r: Reading, asked: string, said: string | undefined, near: Near | undefined): boolean {
  return (
    asked !== 'support' &&
    said === 'support' &&
    near?.category === 'support' &&
    !r.people.list.some((p) => p !== r.people.self && p.rel !== 'other')
  );
}

/**
 * How many people the amount is for, when more than one: those the clause names ("三个儿子每人每月给2000":
 * each of the people one word counted), else those the clause before named ("两个闺女逢年过节给点，一年各一千"),
 * not everyone named in the message.
 */
export function countOfEarners(r: Reading, c: ClauseReading, category: string | undefined): { count?: number } {
  const named = giversNamed(r, c, category);
  if (named.length > 1) return { count: headCount(named) };
  // "俺姊妹三个都在外地，每人每年给她两千": what each gives, with the caller and their brothers and sisters
  // counted before and no other giver named here, is given by as many as were counted.
  if (
    r.ctx.slot === 'summary' &&
    category === 'support' &&
    c.clauseEach &&
    r.siblingsCounted !== undefined &&
    (!c.clausePerson || c.clausePerson === r.people.self || ['sibling', 'child'].includes(c.clausePerson.rel))
  )
    return { count: r.siblingsCounted };
  if (c.clausePerson && c.clausePerson.n > 1 && c.clauseEach) return { count: c.clausePerson.n };
  if (r.lastPersons.length > 1 && !c.clausePerson) return { count: headCount(r.lastPersons) };
  const eachGives = c.clauseEach && category === 'support';
  // ("来电人和弟弟都在城里上班，每人每月给母亲500元": the one given to is not a giver.)
  const others = r.lastPersons.filter((p) => p !== r.people.self);
  if (others.length > 1 && eachGives && c.clausePerson === r.people.self) return { count: headCount(others) };
  if (!c.clausePerson && eachGives && r.lastPersons.length === 1 && r.lastPersons[0]!.n > 1)
    return { count: r.lastPersons[0]!.n };
  return eachGives && !c.clausePerson ? givers(r) : {};
}

/**
 * The people a clause names, as those whose money it is: in a summary, support given to the person the
 * call is about ("来电人与姐姐每月各给母亲三百元") is given by the others, so she is not one of the givers.
 */
function giversNamed(r: Reading, c: ClauseReading, category: string | undefined): readonly Person[] {
  if (r.ctx.slot !== 'summary' || category !== 'support') return c.clausePersons;
  return c.clausePersons.filter((p) => p !== r.people.self);
}

/**
 * How many people a list of mentions stands for: each once however often named, a group as many as
 * it counts ("两个闺女" = 2), and one named as part of a group listed with it not again.
 */
function headCount(people: readonly Person[]): number {
  const unique = [...new Set(people)];
  return unique
    .filter((p) => p.partOf === undefined || !unique.some((g) => g.key === p.partOf))
    .reduce((s, p) => s + p.n, 0);
}

/**
 * A relative who gives the family money regularly from their own household is able to support
 * (特困人员认定办法 第八条: 具有赡养、抚养、扶养能力), unless the summary says otherwise (old, ill,
 * disabled: those words are read into the same person's facts and decide first).
 */
export function gaveSupport(r: Reading, p: Person, giving: Token): void {
  const f = r.pf(p);
  if (f.age && f.age.v >= 60) return;
  if (f.severeDisability || f.hasDisability?.v || f.ill?.v) return;
  f.healthy ??= { span: [giving.start, giving.end] };
}

/**
 * "一个两百三", "一个一百五": the figure right after 一个 is one person's (the 一 of 一百 may have gone into
 * the word 一个一, "one each", which a second such figure shows it was not).
 */
export function oneOfThem(r: Reading, prev: Token | undefined, tok: Token): boolean {
  if (endsWithPhrase(r.text.slice(Math.max(0, tok.start - 2), tok.start), 'oneOfThem')) return true;
  return isMeaning(prev, 'each') && startsWithPhrase(prev!.text, 'oneOfThem') && /^[百千]/.test(tok.text);
}

/**
 * "夫妻工资分别6000、3000元/月", "夫妻二人均上班，一个月6000，一个月3500": in a summary, wages said one
 * after the other for a couple who both work are each partner's, added up, not the same money said twice.
 */
export function eachOfTwo(r: Reading, c: ClauseReading, at: number, category: string | undefined): boolean {
  if (r.ctx.slot !== 'summary' || category !== 'wages') return false;
  const before = sentenceBefore(r.text, at);
  if (/分别/.test(before)) return true;
  const prev = r.amounts.at(-1);
  return prev !== undefined && prev.category === 'wages' && prev.clause === c.ci - 1 && bothWork(before);
}

/**
 * "大仔喺深圳，细仔喺中山 … 每个月一人畀三百": "each" of the relatives named in the message, when
 * money from relatives is said per person and no one is named beside it.
 */
export function givers(r: Reading): { count?: number } {
  const named = r.people.list.filter(
    (p) => p !== r.people.self && p.partOf === undefined && !p.bystander && !p.dead && p.rel !== 'self',
  );
  const n = named.reduce((s, p) => s + p.n, 0);
  return n > 1 ? { count: n } : {};
}

/** "夫妻二人均上班", "两口子都在打工": both of a pair, at most four characters of the clause, 都/均, perhaps 在, then work. */
function bothWork(before: string): boolean {
  for (let j = 1; j < before.length; j++) {
    if (!startsWithPhrase(before.slice(j), 'goingToWork')) continue;
    const all = before[j - 1] === '在' ? j - 2 : j - 1;
    if (
      all >= 0 &&
      isPhrase(before[all]!, 'allOrEach') &&
      phraseBeforeGap(before, all, 'pairOfThem', { max: 4, stops: '。，' })
    )
      return true;
  }
  return false;
}

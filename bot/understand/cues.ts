/**
 * Small readings of a clause shared by every part of the reader: what a number counts, the kind
 * of money or period next to an amount, whether a clause asks or states, how specific an event
 * word is, and the call-summary rules for who a call is about. Pure functions of tokens.
 */
import type { Meaning } from '../../content/lexicon/index.ts';
import type { Household } from '../../screening/index.ts';
import type { Amount } from './amounts.ts';
import { type ReadNumber, wholeNumber } from './numbers.ts';
import type { Context, SlotId } from './extract.ts';
import type { Person } from './people.ts';
import type { PersonFacts } from './reading.ts';
import { meaningOf, type Token } from './tokens.ts';
import { afterThisMishap } from './spell-off.ts';
import {
  endingPhrase,
  endsWithPhrase,
  endsWithPhrases,
  hasPhrase,
  hasPhrases,
  isPhrase,
  leadingPhrase,
  startsWithPhrase,
} from './phrases.ts';

export const MONEY_SLOTS = new Set<SlotId>(['income.amount', 'basicPension', 'deposits', 'hardship.expense']);
/** Slots where a bare number after a person is their age. */
export const AGE_SLOTS = new Set<SlotId>(['members', 'opening', 'summary', 'obligors', 'obligors.situation']);
/** Event words too weak to report an emergency outside the emergency question (塌了 about an old house). */
export const WEAK_EVENTS = new Set([
  '塌了',
  '倒塌',
  '受伤',
  '断了',
  '意外',
  '摔倒',
  '跌倒',
  '骨折',
  '整伤',
  '跌咗',
  '摔下来',
  '被撞',
  '撞伤',
  '受灾',
  '灾害',
  '冲走',
  '吹走',
  '发水',
  '淹了',
  '房子塌',
  '屋塌',
]);

/** The category word closest before an amount in its clause, else the first after it. */
export type Near = {
  category: Amount['category'];
  expenseKind?: Amount['expenseKind'];
  months?: number;
  word?: string;
};

/**
 * "干了六个月", "做咗半年", 粤 "返咗四个月工", "领过三个月", "得上半年有": how long the pay lasted, said
 * in the clause before the amount, its own, or the two after ("每个月转八百，今年失业咗，得上半年有").
 */
export function durationIn(text: string, clauses: Token[][], ci: number): number | undefined {
  const here = clauses[ci];
  // Further off (the clause before, the second after) only within the same sentence.
  const near = (other: Token[] | undefined, before: boolean): Token[] | undefined => {
    if (!other || !here) return undefined;
    const between = before
      ? text.slice(other.at(-1)!.end, here[0]!.start)
      : text.slice(here.at(-1)!.end, other[0]!.start);
    return hasPhrase(between, 'sentenceEnd') ? undefined : other;
  };
  for (const clause of [here, clauses[ci + 1], near(clauses[ci - 1], true), near(clauses[ci + 2], false)]) {
    if (!clause) continue;
    const t = text.slice(clause[0]!.start, clause.at(-1)!.end);
    // A count of months said is more exact than the half of the year it fell in ("上半年做咗五个月").
    const counted = monthsWorked(text, clause);
    if (counted !== undefined) return counted;
    // "冬天三个月不去", "休渔期三个半月冇得做": the months off, the rest of the year worked.
    // ("这一下俩三月干不了活": months a mishap now takes are a spell to come, not the year's pattern.)
    const off = afterThisMishap(t) ? undefined : monthsOff(text, clause);
    if (off !== undefined) return 12 - off;
    const stopped = stoppedAfterMonth(text, clause);
    if (stopped !== undefined) return stopped;
    if (hasPhrases(t, 'workedVerb', 'forHalfYear') || hasPhrase(t, 'halfOfTheYear')) return 6;
    // "租唔出空咗半年", "铺面闲了三个月": a let property empty that long brings the rest of the year's rent.
    if (hasPhrases(t, 'stoodEmpty', 'halfYearAfter')) return 6;
    const empty = monthsEmpty(text, clause);
    if (empty !== undefined) return 12 - empty;
    // "休渔期冇", "禁渔嗰阵冇得做": the closed season said, with no count, is the months it lasts.
    if (hasPhrase(t, 'fishingBan') && (hasPhrase(t, 'noWorkThen') || clause.some((x) => isMeaning(x, 'neg'))))
      return 12 - FISHING_BAN_MONTHS;
  }
  return undefined;
}

/**
 * How long the summer fishing ban lasts in the South China Sea, where fishing families in our
 * packages work: 5月1日12时 to 8月16日12时, three and a half months (农业农村部通告〔2018〕1号《关于
 * 调整海洋伏季休渔制度的通告》). A count said ("休渔期三个半月冇得做") is read instead (monthsOff).
 */
const FISHING_BAN_MONTHS = 3.5;

/**
 * A number of months (三个月, 三个半月), perhaps 都/就/也, then a word for no work ("不去", "冇得做", "没活"),
 * or that word first ("干一年歇俩月"): how many months of the year bring nothing.
 */
function monthsOff(text: string, clause: Token[]): number | undefined {
  for (const x of clause) {
    const lengthWord = x.kind === 'word' ? endingPhrase(x.text, 'monthsLong') : undefined;
    let n: number | undefined;
    let end = x.end;
    if (lengthWord) n = wholeNumber(x.text.slice(0, -lengthWord.length))?.value;
    else if (x.kind === 'num') {
      const after = text.slice(x.end, x.end + 3);
      const half = leadingPhrase(after, 'andHalfMonth');
      const unit = half ?? leadingPhrase(after, 'monthsLong');
      if (unit) {
        n = x.n.value + (half ? 0.5 : 0);
        end = x.end + unit.length;
      }
    }
    if (n === undefined || n < 1 || n >= 12) continue;
    let rest = text.slice(end, end + 6);
    const also = leadingPhrase(rest, 'thenAlso');
    if (also) rest = rest.slice(also.length);
    if (startsWithPhrase(rest, 'noWorkThen')) return n;
    if (endsWithPhrase(text.slice(Math.max(0, x.start - 2), x.start), 'noWorkThen')) return n;
  }
  return undefined;
}

/**
 * "六月之后冇做咗", "八月份以后就没干了": work that stopped after a month of this year, so the months before
 * it (from January) are the ones paid.
 */
function stoppedAfterMonth(text: string, clause: Token[]): number | undefined {
  for (const x of clause) {
    if (x.kind !== 'num' || x.n.approx || x.n.value < 1 || x.n.value > 11) continue;
    let rest = text.slice(x.end, x.end + 10);
    for (const list of ['monthOfYear', 'fromThenOn'] as const) {
      const w = leadingPhrase(rest, list);
      if (!w) {
        rest = '';
        break;
      }
      rest = rest.slice(w.length);
    }
    const also = leadingPhrase(rest, 'thenAlso');
    if (also) rest = rest.slice(also.length);
    if (rest && startsWithPhrase(rest, 'noWorkThen')) return x.n.value;
  }
  return undefined;
}

/** A word for standing empty right before a number of months ("空了三个月", "丢空咗两个月"): months without rent. */
function monthsEmpty(text: string, clause: Token[]): number | undefined {
  for (const x of clause) {
    // (A number then 个月, or one word, "三个月", read as its number.)
    const lengthWord = x.kind === 'word' ? endingPhrase(x.text, 'monthsLong') : undefined;
    const n = lengthWord
      ? wholeNumber(x.text.slice(0, -lengthWord.length))?.value
      : x.kind === 'num' && startsWithPhrase(text.slice(x.end, x.end + 2), 'monthsLong')
        ? x.n.value
        : undefined;
    if (n === undefined || n < 1 || n >= 12) continue;
    const before = text.slice(Math.max(0, x.start - 5), x.start);
    if (endsWithPhrase(before, 'stoodEmpty') || endsWithPhrase(before.slice(0, -1), 'stoodEmpty')) return n;
  }
  return undefined;
}

/** A work verb, a done mark or none, then the number of months ("干了六个月", "返咗四个月工"). */
function monthsWorked(text: string, clause: Token[]): number | undefined {
  for (const x of clause) {
    // "四个月" as a number then 个月, or one word ("三个月") read as a number and 个月.
    const lengthWord = x.kind === 'word' ? endingPhrase(x.text, 'monthsLong') : undefined;
    const n =
      x.kind === 'num' && startsWithPhrase(text.slice(x.end, x.end + 2), 'monthsLong')
        ? x.n.value
        : lengthWord
          ? wholeNumber(x.text.slice(0, -lengthWord.length))?.value
          : undefined;
    if (n === undefined || n < 1 || n >= 12) continue;
    // "干一个月三千多": the month is the period of the pay said right after it, not how long it lasted.
    // (A numeral's first character: a character class, grammar.)
    const end = lengthWord ? x.end : x.end + (leadingPhrase(text.slice(x.end, x.end + 2), 'monthsLong')?.length ?? 0);
    if (/^\s?[\d０-９一二两三四五六七八九十几]/.test(text.slice(end, end + 2))) continue;
    const before = text.slice(Math.max(0, x.start - 2), x.start);
    if (endsWithPhrase(before, 'workedVerb') || endsWithPhrases(before, 'workedVerb', 'doneOrHad')) return n;
    // "旺季三个月每月三千", 粤 "旺季（夏季三个月）每日二百": the months of the busy season are the months worked.
    if (hasPhrase(text.slice(Math.max(0, x.start - 6), x.start), 'busySeason')) return n;
    // "冬天在县城烧锅炉四个月": months counted right after the work named are how long it was done (not
    // "上班一个月挣四千", one month being the period of the pay that follows).
    const prev = clause[clause.indexOf(x) - 1];
    if (
      n >= 2 &&
      prev &&
      prev.end === x.start &&
      isMeaning(prev, 'work') &&
      !startsWithPhrase(text.slice(end), 'earnVerb')
    )
      return n;
  }
  return undefined;
}

/** Income paid once a year by its nature (分红, 包地钱): a bare amount is a year's. */
export const YEARLY_WORDS = new Set([
  '分红',
  '股息',
  '流转费',
  '包地钱',
  '土地流转',
  '地租',
  '租地钱',
  '利息',
  '收成',
  '纯收入',
  '年收入',
]);

/**
 * "一个月领那一百多块养老钱": money for old age drawn (领, 拿, 攞) rather than given is a pension (a small one
 * is the basic pension, amounts.ts), not support from children.
 */
function drawnOldAgeMoney(clause: Token[], j: number): Near | undefined {
  const t = clause[j];
  if (t?.kind !== 'word' || !isPhrase(t.text, 'oldAgeMoney')) return undefined;
  const before = clause.slice(0, j);
  if (before.some((x) => isMeaning(x, 'gives')) || !before.some((x) => isPhrase(x.text, 'drawsMoney')))
    return undefined;
  return { category: 'pensions', word: t.text };
}

export function nearestCategory(clause: Token[], i: number): Near | undefined {
  const of = (t: Token | undefined): Near | undefined => {
    if (t?.kind !== 'word') return undefined;
    for (const m of t.meanings) {
      if (m.t === 'income')
        return {
          category: m.cat,
          word: t.text,
          // (A word that names its month, 每月租金, 月工资, 月薪: a monthly figure whatever was said before.)
          ...(YEARLY_WORDS.has(t.text) ? { months: 12 } : startsWithPhrase(t.text, 'monthlyWord') ? { months: 1 } : {}),
        };
      if (m.t === 'work') return { category: 'wages', word: t.text };
      if (m.t === 'asset' && m.what === 'deposits') return { category: 'deposits', word: t.text };
      if (m.t === 'debt') return { category: 'debt', word: t.text };
      if (m.t === 'lent') return { category: 'lent', word: t.text };
      // (An item paid for, 学费 or 住院, is the amount's source; a verb of paying, 花了, names none.)
      if (m.t === 'expense') return { category: 'expense', ...(m.kind ? { expenseKind: m.kind, word: t.text } : {}) };
      if (m.t === 'gives' && !/^自己/.test(t.text)) return { category: 'support' };
    }
    return undefined;
  };
  for (let j = i - 1; j >= 0; j--) {
    const c = drawnOldAgeMoney(clause, j) ?? of(clause[j]);
    // "欠银行三万": owed to the bank, not money in it.
    if (c?.category === 'deposits' && clause.slice(0, j).some((t) => isMeaning(t, 'debt'))) return { category: 'debt' };
    if (c) return c;
  }
  for (let j = i + 1; j < clause.length; j++) {
    const c = drawnOldAgeMoney(clause, j) ?? of(clause[j]);
    if (c) return c;
  }
  return undefined;
}

/** The period word next to an amount ("一年二百", "1500元/月", "每月一千二"), in months. */
export function nearestPeriod(clause: Token[], i: number): number | undefined {
  const of = (t: Token | undefined) =>
    (t?.kind === 'word' ? t.meanings.find((m) => m.t === 'period') : undefined) as { months: number } | undefined;
  const after = isMeaning(clause[i + 1], 'currency') ? clause[i + 2] : clause[i + 1];
  const near = of(clause[i - 1])?.months ?? of(after)?.months;
  if (near !== undefined) return near;
  // "过年给个一千块": a period word a few words before, with no other number between.
  for (let j = i - 2; j >= Math.max(0, i - 4); j--) {
    if (clause[j]?.kind === 'num') break;
    const p = of(clause[j]);
    if (p) return p.months;
  }
  return undefined;
}

/** "12和8岁": a bare number followed by another age. */
export function isAgeListNext(clause: Token[], i: number): boolean {
  const a = clause[i + 1];
  const b = clause[i + 2];
  return isMeaning(a, 'and') && b?.kind === 'num' && unitAfter(clause, i + 2) === 'age';
}
// (突发 in a summary is an illness that struck: 突发急性胰腺炎; a fire or accident named too outranks it.)
export const STRONG_SUDDEN = new Set([
  '抢救',
  '急诊',
  'ICU',
  '住ICU',
  '重症监护',
  '突然病倒',
  '突发',
  '突然晕倒',
  '晕倒',
  '昏倒',
  '晕低',
  '晕低咗',
  '突然晕低',
  '晕咗过去',
]);

export function wordsOf(text: string, span: [number, number]): string {
  return text.slice(span[0], span[1]);
}

export function isMeaning(tok: Token | undefined, t: Meaning['t']): boolean {
  if (tok?.kind !== 'word') return false;
  // (A loop, not .some: called thousands of times a reading, and a closure each time showed in the profile.)
  for (const m of tok.meanings) if (m.t === t) return true;
  return false;
}

/** A no ("没有", "冇") right after the word at `i`, with only particles after it in the clause. */
export function deniedAfter(clause: readonly Token[], i: number): boolean {
  const next = clause[i + 1];
  return (
    (isMeaning(next, 'neg') || isMeaning(next, 'none')) &&
    clause.slice(i + 2).every((t) => /^[啊喇啦了的嘅呀咯噢]$/.test(t.text))
  );
}

/**
 * "有赚冇赚", "赚没赚钱", "去唔去": a verb, then the same verb negated, asks whether — it is a
 * question (正反问句), not a no. True when the token at `i` is the negated half.
 */
export function isAskingWhether(clause: readonly Token[], i: number): boolean {
  const prev = clause[i - 1]?.text;
  const tok = clause[i]?.text;
  if (!prev || !tok || !/^[没冇唔不未]/.test(tok)) return false;
  // "有冇养老金", "有没有": have-or-not.
  if (prev === '有') return isPhrase(tok, 'haveNot');
  const rest = tok.slice(1);
  if (rest) return rest.startsWith(prev) || prev.startsWith(rest);
  return clause[i + 1]?.text === prev;
}

/** What a number token counts, from the word right after it. */
export function unitAfter(
  clause: Token[],
  i: number,
): 'age' | 'ageish' | 'people' | 'grade' | 'money' | 'period' | 'date' | 'duration' | 'count' | undefined {
  const next = clause[i + 1];
  if (!next) return undefined;
  // 四月份, 月底: a month of the year.
  if (next.kind === 'word' && /^月/.test(next.text)) return 'date';
  if (next.kind === 'word') {
    const m = next.meanings;
    if (m.some((x) => x.t === 'age')) return 'age';
    if (m.some((x) => x.t === 'grade')) return 'grade';
    if (m.some((x) => x.t === 'currency')) return 'money';
    if (m.some((x) => x.t === 'people')) return 'people';
    if (m.some((x) => x.t === 'period')) {
      // 十月 / 十月份 / 三个月前 / 2026年: dates, not amounts over a period.
      if (isPhrase(next.text, 'dateUnit') || next.text.startsWith('月')) return 'date';
      if (next.text === '年' && /^\d{4}$/.test(clause[i]!.text)) return 'date';
      // "六个月", "三年", "两天": how long, not money over a period ("五千一个月" is).
      // ("一千几个月", "八百个月": a sum of money, no count of months, before 个月 is by the month.)
      const sum = clause[i]!.kind === 'num' && (clause[i] as { n: ReadNumber }).n.value >= 100;
      if (!m.some((x) => x.t === 'period' && x.every) && !(sum && isPhrase(next.text, 'perMonthWord')))
        return 'duration';
      return 'period';
    }
  }
  // "一千多点" is a little over a thousand, not a time of day.
  if (
    next.kind === 'char' &&
    next.text === '点' &&
    clause[i]!.kind === 'num' &&
    (clause[i] as { n: ReadNumber }).n.value > 24
  )
    return undefined;
  if (next.kind === 'char' && /^[号日点时]$/.test(next.text)) return 'date';
  if (
    next.kind === 'char' &&
    (next.text === '了' || next.text === '喇' || next.text === '啦') &&
    clause[i]!.kind === 'num'
  )
    return 'ageish';
  if (next.kind === 'char' && /^[套辆间处头亩次只条栋部台张户斤季造院幢座]$/.test(next.text)) return 'count';
  if (next.kind === 'word' && next.meanings.some((x) => (x.t === 'asset' && x.what === 'land') || x.t === 'unitPrice'))
    return 'count';
  // "二十头猪", "几只鸡鸭": livestock counted in one word with its classifier, not money.
  if (
    next.kind === 'word' &&
    /^[头只箱窝]/.test(next.text) &&
    next.meanings.some((x) => x.t === 'income' && x.cat === 'business')
  )
    return 'count';
  // "一间铺面", "一套房": a classifier read into the property word after it.
  if (next.kind === 'word' && /^[套辆间处栋部台院幢座]/.test(next.text) && next.meanings.some((x) => x.t === 'asset'))
    return 'count';
  // "有一儿子", "两孙": how many people, never money.
  if (
    next.kind === 'word' &&
    next.meanings.some((x) => x.t === 'person') &&
    clause[i]!.kind === 'num' &&
    (clause[i] as { n: ReadNumber }).n.value === 1
  )
    return 'count';
  return undefined;
}

/** How specific an emergency's kind is: a cause over its consequence (an accident over the illness it brought). */
export const EVENT_RANK: Record<NonNullable<NonNullable<Household['hardship']>['events']>[number]['kind'], number> = {
  fire: 0,
  traffic_accident: 0,
  natural_disaster: 0,
  crime: 0,
  accident: 1,
  sudden_illness: 2,
  other: 3,
};

/** A program's bare name (低保, 特困) is a status only after a word of having it (是低保, 吃低保, 属于特困). */
export const BARE_BENEFIT = new Set([
  '低保',
  '底保',
  '五保',
  '特困',
  '低收入',
  '最低生活保障',
  '供养',
  '特困供养',
  '低保金',
]);
export const HOLDS = new Set([
  // "就吃个低保", 粤 "食个低保": held, with a measure word between.
  '吃个',
  '领个',
  '拿个',
  '食个',
  '是',
  '系',
  '着',
  '靠',
  '吃着',
  '领着',
  '拿着',
  '属',
  '为',
  '吃',
  '领',
  '拿',
  '有',
  '享受',
  '属于',
  '纳入',
  '评上',
  // "佢屋企旧年评咗低保": assessed as; "唔系咩低保": is not (negated where said).
  '评咗',
  '评了',
  '评为',
  '系咩',
  '是啥',
  '办了',
  '吃上了',
  '已是',
  '都是',
  '也是',
  '还是',
  // 粤 "而家食紧低保", "攞紧五保": eating (drawing) it now.
  '食',
  '食紧',
  '食住',
  '攞紧',
  '领紧',
]);

/** What the agent told the caller (已告知, 解释) is advice, not a fact about the household. */
export function told(clauseText: string): boolean {
  return hasPhrase(clauseText, 'agentTold');
}

/** Words that report what a caller said: the relative named right after them is who the call is about. */
export const REPORTING = new Set([
  '称',
  '反映',
  '咨询',
  '为',
  '替',
  '帮',
  '代',
  '话',
  '讲',
  '问',
  '说',
  '为其',
  '代其',
  '替其',
]);

/**
 * Whether a relative named in a call summary is the person the call is about: named first, right
 * after the caller reports ("来电人称其父母…", "来电人替父亲咨询", "来电人（女儿）称：母亲（60岁）…"),
 * or as 其X; not when the caller lives with them ("与母亲同住") or has already told of their own
 * household (anything said of the caller beyond age and sex).
 */
export function callIsAbout(
  clause: Token[],
  i: number,
  ci: number,
  text: string,
  callerFacts: PersonFacts | undefined,
  /** The tokens after the relative's word to the end of its sentence (a death told a clause later). */
  restOfSentence: readonly Token[] = [],
): boolean {
  const tok = clause[i]!;
  const before = text.slice(0, tok.start);
  // (The caller's own job, "来电人48岁，在深圳打工", says where the caller works, not who lives with them.)
  const callerSaidMore =
    callerFacts !== undefined && Object.keys(callerFacts).some((k) => !['age', 'employed', 'healthy'].includes(k));
  if (callerSaidMore) return false;
  // ("来电人：我妈今天中午在家烧炕…": 在家 says where she was, not that the caller lives with her.)
  // ("俺和俺爹俺妈早就分家了": the second of a pair joined to the caller by 和, as the first.)
  let lead = i - 1;
  while (lead > 0 && (meaningOf(clause[lead], 'person')?.rel ?? 'self') !== 'self') lead--;
  if (
    isPhrase(clause[lead]?.text ?? '', 'alongWith') ||
    clause.some((t) => isMeaning(t, 'together') && !isPhrase(t.text, 'atHomeOnly'))
  )
    return false;
  // "称父亲11月29号突发心梗去世了": the call is about the family left, not the one who died.
  if (clause.slice(i + 1).some((t) => isMeaning(t, 'death'))) return false;
  // ("称其11岁仔…去江边玩水，遇溺身亡": the death a clause later, no one else named before it.)
  const died = restOfSentence.findIndex((t) => isMeaning(t, 'death'));
  if (died >= 0 && !restOfSentence.slice(0, died).some((t) => isMeaning(t, 'person'))) return false;
  // "反映家有残疾闺女", "家里有个生病的儿子": someone in the caller's own household, not someone else's call.
  // ("称家中儿子（22岁）有孤独症": the caller's own home named right before the relative, the same.)
  if (hasPhrase(before.slice(-8), 'homeHas') || endsWithPhrase(before, 'saysOwnHome')) return false;
  // "一家五口：父亲（64岁）、母亲…", "家里四口人：": the household listed after its count, not a relative
  // the call is about.
  // (Grammar, a number then 口/口人/人 and a mark: a regex that stays.)
  if (/[两二三四五六七八九十\d](口人?|人)[：:，,]?$/.test(before.slice(-6))) return false;
  // "称俺家屋里的（妻子）…", "称我老婆…": the caller's own spouse or child, of the caller's household.
  if (
    ['spouse', 'child'].includes(meaningOf(tok, 'person')?.rel ?? '') &&
    endsWithPhrase(before, 'meOrMyHome') &&
    !hasPhrase(before.slice(-6), 'onBehalf')
  )
    return false;
  // ("称其8岁儿子在学校门口被撞伤", "反映其女儿（6岁）…": a young child lives with the parent who calls, so the
  // household is the caller's — 民法典 第二十七条, the parents are the guardians of a minor.)
  // (Only the caller's own son or daughter written with 其: a bare "来电，女儿（12岁）…" keeps the settled
  // child-first reading, and "一名17岁女孩" a social worker calls about is no one's child.)
  if (
    meaningOf(tok, 'person')?.rel === 'child' &&
    isPhrase(tok.text.replace(/^其/, ''), 'kinAfterQi') &&
    minorAgeBeside(text, tok.start, tok.end) &&
    (tok.text.startsWith('其') || /其\d{1,2}岁$/.test(before.slice(-5)) || before.endsWith('其'))
  )
    return false;
  if (ci <= 1 && !callerFacts && hasPhrase(before, 'callerReports') && !hasPhrase(before, 'callerSelf')) return true;
  // Later, only a parent or grandparent: a child or spouse the caller names is in the caller's own household.
  const rel = meaningOf(tok, 'person')?.rel;
  // "来电人为侄子，反映其叔叔（64岁）…", "其姐姐": a relative of another kind told of with 其 is who the call is about.
  if ((rel === 'other' || rel === 'sibling') && clause[i - 1]?.text === '其' && !hasPhrase(before, 'householdListing'))
    return true;
  if (rel !== 'parent' && rel !== 'grandparent') return false;
  // "称母亲今年88岁，跟他和老婆一起住": the caller lives with them, and the household is the caller's.
  // ("其母亲63岁，精神残疾二级，一直跟着她家过", "母亲（88岁）…与来电人一家同住": later in the sentence.)
  const sentence = text.slice(tok.end, tok.end + 40).split(/[。；]/)[0]!;
  if (hasPhrases(sentence, 'livingAlongWith', 'callerSide')) return false;
  const prev = clause[i - 1]?.text;
  const afterColon =
    i === 0 && /[：:]$/.test(before) && hasPhrase(text.slice(Math.max(0, tok.start - 16), tok.start), 'callerSaid');
  // "来电人在中山打工，称老家在某县某镇，母亲（72岁）…": the caller reports where home is, and the parent
  // named next is the family there.
  const prevClause = i === 0 ? clauseBefore(before) : '';
  const reported = [2, 1].find((k) => REPORTING.has(prevClause.slice(0, k)));
  const afterHome =
    reported !== undefined && startsWithPhrase(prevClause.slice(reported).replace(/^其/, ''), 'homeIsAt');
  // "户主李某 男 57 其妻55 其母87": a household head's 其X, or one after 其妻/其子 listed the family,
  // is a member of that household, not someone the caller calls about.
  const listing = hasPhrase(before, 'householdListing');
  return (
    ((/^其/.test(tok.text) || prev === '其') && !listing) ||
    (prev !== undefined && REPORTING.has(prev)) ||
    // "说她爸（55岁）…", "话佢老豆…": the caller's own parent, told of with 他/她/佢 for the caller.
    (isPhrase(prev ?? '', 'heOrShe') && REPORTING.has(clause[i - 2]?.text ?? '')) ||
    // "反映老家父亲（74）…", "说娘家妈（72）独居": the caller's parent at the home they come from.
    (isPhrase(prev ?? '', 'homeBeforeKin') &&
      [...REPORTING].some((w) => text.slice(0, clause[i - 1]!.start).endsWith(w))) ||
    // (Whatever the tokens: "反映父亲（92岁）" where 反映 was not read as one word.)
    [...REPORTING].some((w) => w.length > 1 && text.slice(tok.start - w.length, tok.start) === w) ||
    (i === 0 && REPORTING.has(text.slice(tok.start - 2, tok.start - 1))) ||
    afterColon ||
    afterHome
  );
}

/** The clause right before a comma that ends `before` ("称老家在X镇，" → "称老家在X镇"), or "". */
function clauseBefore(before: string): string {
  if (!/[，,]$/.test(before)) return '';
  const b = before.slice(Math.max(0, before.length - 30), -1);
  const k = Math.max(b.lastIndexOf('，'), b.lastIndexOf(','), b.lastIndexOf('。'), b.lastIndexOf('：'));
  return b.slice(k + 1);
}

/**
 * The writer once a message turned to someone else. In a call summary, a son or daughter calling
 * for their parents lives elsewhere unless the text says otherwise, and owes them support; anyone
 * else (a neighbour, village staff), and any writer in a chat, is a bystander.
 */
export function setAsideWriter(writer: Person, slot: SlotId, livesWith = false): void {
  // A child who was said to live with the parent (caller-at-home.ts) stays one of the household.
  if (slot === 'summary' && writer.rel === 'child' && livesWith) return;
  // (A grandchild owes support only where the grandparent's children cannot give it — 民法典 第一千
  // 零七十四条 — which a summary seldom says: the grandchild who calls is not listed as owing it.)
  if (slot === 'summary' && writer.rel === 'child') writer.apart = true;
  // A parent calling for their child ("为女儿咨询单人保") lives with them, as such calls are about a
  // grown child at home: a member of the household.
  else if (slot === 'summary' && writer.rel === 'parent') return;
  // A spouse calling about the other ("来电人称：丈夫（39岁）在工地受伤") is of the same household
  // (审核确认办法 第七条(一): 配偶 always counts).
  else if (slot === 'summary' && writer.rel === 'spouse') return;
  else writer.bystander = true;
}

export function asking(clause: Token[], clauseText: string): boolean {
  return (
    clause.some((t) => isMeaning(t, 'question')) || hasPhrase(clauseText, 'askingWords') || clauseText.endsWith('不')
  );
}

export function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
}

/** Amounts → yearly facts by kind (bot/understand/amounts.ts does the adding up). */

/** Words after 连 that make it "in a row" or "together with", not "even" (连续, 连同, 连夜). */
const NOT_EVEN = new Set([...'续接同带夜忙锁日年']);

/**
 * "连买菜的钱都没了", "连细路交伙食费嘅钱都冇", "连做饭的地方都没了": even the basics are gone (or
 * borrowed), said in any words. 连, then 都 or 也, then a negation or a loan, in that order within one clause. Three
 * index scans over the clause: linear, no regular expression that could backtrack.
 */
export function lacksEvenBasics(clauseText: string): boolean {
  let at = clauseText.indexOf('连');
  while (at >= 0 && NOT_EVEN.has(clauseText[at + 1] ?? '')) at = clauseText.indexOf('连', at + 1);
  if (at < 0) return false;
  const dou = [clauseText.indexOf('都', at + 2), clauseText.indexOf('也', at + 2)]
    .filter((k) => k > at)
    .sort((a, b) => a - b)[0];
  if (dou === undefined) return false;
  const rest = clauseText.slice(dou + 1);
  // ("连买米都要问人借": even those had to be borrowed.)
  return ['没', '冇', '不', '唔', '无', '未'].some((neg) => rest.includes(neg)) || hasPhrase(rest, 'evenBorrowed');
}

/**
 * Asked the household's wages ("打工或上班的工资，全家…"): whoever the answer names working away is a
 * member working away (外出务工 members are 共同生活的家庭成员, 审核确认办法 第七条), not a relative elsewhere.
 */
export function wagesAsked(ctx: Context): boolean {
  return ctx.slot === 'income.amount' && ctx.incomeKey === 'wages';
}

/** An age under 18 said right before a child word ("其8岁儿子") or in brackets right after ("女儿（6岁）"). */
function minorAgeBeside(text: string, start: number, end: number): boolean {
  const before = /(\d{1,2})岁$/.exec(text.slice(Math.max(0, start - 3), start));
  const after = /^[（(](\d{1,2})岁/.exec(text.slice(end, end + 5));
  const age = Number((before ?? after)?.[1] ?? Number.NaN);
  return age < 18;
}

/**
 * One reader for every resident message and every hotline summary: Chinese text → facts about
 * the household, each with the words it came from. The question being answered (the slot) is
 * context that decides what a bare number or a bare yes means; everything else the message
 * states is read too, so an answer that says more than was asked fills more than one fact.
 *
 * It reads clause by clause (commas, spaces and full stops end a clause), keeping the person the
 * message is talking about from one clause to the next ("我妈有，眼睛看不见，二级"): words name
 * people, ages, disability, illness, work, income with its period and whether it is per person,
 * property, debts, emergencies and their dates and places, and what someone's status is. A word
 * after a negation (没, 冇, 唔, 不是) records the negative answer.
 *
 * The parts: reading.ts (what the message has said so far), clause-reading.ts (one clause),
 * read-number.ts and read-*-words.ts (a number, a word), place-*.ts (from what was said to facts),
 * short-answers.ts, cues.ts (small shared readings).
 */

import { savingsKeptOrGone } from './savings-kept-or-gone.ts';
import { writerInGroup } from './writer-in-group.ts';
import { siblingFamilyWith } from './sibling-family-with.ts';
import { newbornChild } from './newborn.ts';
import { gradeInWords } from './grade-in-words.ts';
import { readAsForAParent } from './for-a-parent.ts';
import { readAskedAlone } from './asked-alone.ts';
import { natalHomeKinApart } from './natal-home.ts';
import type { Command, IncomeCategory, Relation } from '../../content/lexicon/index.ts';
import type { Household, ParameterSet } from '../../screening/index.ts';
import { ClauseReading } from './clause-reading.ts';
import { isMeaning } from './cues.ts';
import type { ReadNumber } from './numbers.ts';
import { placeHardship } from './place-hardship.ts';
import { notMarried } from './not-married.ts';
import { placeMembers } from './place-members.ts';
import { placeMoney } from './place-money.ts';
import { placeRelatives, placeSupport } from './place-relatives.ts';
import { givesNone } from './gives-none.ts';
import { readNumberToken } from './read-number.ts';
import { readWordToken } from './read-word.ts';
import { Reading } from './reading.ts';
import { shortAnswers } from './short-answers.ts';

export type SlotId =
  | 'opening'
  | 'region'
  | 'members'
  | 'relations'
  | 'hukou'
  | 'disability'
  | 'disability.which'
  | 'disability.kind'
  | 'disability.grade'
  | 'illness'
  | 'illness.which'
  | 'illness.list'
  | 'employed'
  | 'income'
  | 'income.amount'
  | 'basicPension'
  | 'supportPayer'
  | 'property'
  | 'deposits'
  | 'obligors'
  | 'obligors.situation'
  | 'hardship'
  | 'hardship.when'
  | 'hardship.severe'
  | 'hardship.expense'
  | 'expenditureType'
  | 'summary';

export type IncomeKey = 'wages' | 'business' | 'property' | 'pensions' | 'support';

export interface Context {
  slot: SlotId;
  household: Household;
  today: string;
  /** The city or county the resident lives in (decides the dialect and the place words). */
  region?: string;
  parameters: ParameterSet;
  /** income.amount: which income is asked. */
  incomeKey?: IncomeKey;
  /** A follow-up about one member (disability.kind, disability.grade, illness.list). */
  member?: number;
  /**
   * Whom the writer answers for, said in an earlier answer (the `askingFor` fact: father, mother …):
   * words from the writer's side (我妈, 我哥, 我们) are then read as the applicant's relatives.
   */
  askingFor?: string;
}

export interface Fact {
  /** A household path (members[1].age, income.wages …), or `region`, `debt`. */
  path: string;
  value: unknown;
  /** A rough amount's range, in the same unit as `value`. */
  range?: [number, number];
  hedged?: boolean;
  start: number;
  end: number;
  words: string;
}

export interface Understanding {
  text: string;
  facts: Fact[];
  /** The first yes or no the message gives (有, 冇, 不是 …), for a yes/no question. */
  yes?: boolean;
  /** The resident says they do not know what was asked. */
  idk: boolean;
  commands: Command[];
  /** Numbers no fact used, for the question to read as a choice or a count. */
  bare: { n: ReadNumber; start: number; end: number }[];
  /** Members facts were said about. */
  named: number[];
  /** Known members the message names at all (我自己, 我老公), for "which one?" questions. */
  mentioned: number[];
  /** Clauses where nothing at all was understood. */
  unclear: string[];
  /** The message corrects itself (三个人，不对，四个): later figures replace earlier ones. */
  corrected: boolean;
  /** The message asks for someone else (帮我妈问). */
  onBehalf: boolean;
  /** Someone named with a bare yes or no ("我弟有，我妈没有"): member index → yes/no. */
  polarity: { member: number; yes: boolean }[];
  /** 大的/小的 said without a name ("小的那个"). */
  ordinal?: 'older' | 'younger';
  /** 低保户, 特困, 低收入 said (of anyone), not negated: for "what is the relative who gives money?". */
  statusWords: ('dibao' | 'tekun' | 'lowIncome')[];
  /** A status said not to be held ("唔系咩低保", "不是低保户"), and none said to be. */
  statusDenied: boolean;
  /** Getting by is said ("日子还行", "仲顶得住"): for "are they hard up too?", a no. */
  managing: boolean;
  /** "都没有", "没有其他收入": nothing else of what was asked. */
  noneSaid: boolean;
  /** Income that came to nothing (自己食, 蚀咗). */
  noGain: boolean;
  /** Kinds of income named, with or without an amount. */
  incomeMentioned: IncomeCategory[];
  /** Money that does not count as income was named (低保金, 高龄津贴). */
  excludedIncome: boolean;
  /** "现在都叫居民户口": the 户籍 reform named (no 户口 of the family's own). */
  hukouReform: boolean;
  /** Basic living said to be hard (连买菜的钱都没了) or managed (还凑合), in any words. */
  livingSevere?: boolean;
  /** Spending on health or school was named, with or without an amount. */
  expenseMentioned: boolean;
  /** Kinds of spending named, each once in order (看病 → medical, 读书 → education, 康复 → disability_rehab). */
  expenseKinds: ('medical' | 'education' | 'disability_rehab' | 'other')[];
  /** Spending said with no kind named (花了, 使咗, 掏). */
  spendingSaid: boolean;
  /** A car, house, shop or business was named (whoever's it is). */
  assetsMentioned: boolean;
  /** "冇证", "没办": no 残疾证. */
  noCertificate: boolean;
  /** The message begins with no (冇，不过…). */
  leadingNo: boolean;
  /** How many people at home the message says work ("俺闺女在超市当收银员"), known members or not. */
  working: number;
  /** The kinship words in order, each with 大的/细嘅 when said before it (for the relations question). */
  /**
   * (`away`: said to live elsewhere right after, "儿子在外头打工"; `again`: the word just said, said again,
   * "闺女 闺女离婚回来住的": perhaps none of those asked about, or one already counted.)
   */
  relationSequence: {
    rel?: Relation;
    ordinal?: 'older' | 'younger';
    at: number;
    age?: number;
    /** "第二个系我老伴": the member named by their place in the list the question showed. */
    member?: number;
    away?: true;
    again?: true;
  }[];
}

export function understand(raw: string, ctx: Context): Understanding {
  const r = new Reading(raw, ctx);
  r.clauses.forEach((clause, ci) => {
    const c = new ClauseReading(r, clause, ci);
    clause.forEach((tok, i) => {
      if (tok.kind === 'num') readNumberToken(r, c, tok, i);
      else if (tok.kind === 'word') readWordToken(r, c, tok, i);
    });
    c.finish();
  });
  gradeInWords(r);
  // Numbers no fact used: a choice, a count, or loose ages in a members answer ("3个人 45 43 15").
  for (const clause of r.clauses) {
    for (const tok of clause) {
      if (tok.kind !== 'num' || r.usedNums.has(tok) || tok.n.digitString) continue;
      // "他六十几来着，六十三": an exact number alone right after a rough one, inside its range, narrows it.
      const last = r.bare[r.bare.length - 1];
      if (
        last?.n.approx &&
        !tok.n.approx &&
        clause.length === 1 &&
        tok.start - last.end <= 6 &&
        tok.n.value >= last.n.lo &&
        tok.n.value <= last.n.hi
      ) {
        last.n = tok.n;
        continue;
      }
      r.bare.push({ n: tok.n, start: tok.start, end: tok.end });
    }
  }

  notMarried(r);
  readAsForAParent(r);
  readAskedAlone(r);
  natalHomeKinApart(r);
  newbornChild(r);
  siblingFamilyWith(r);
  writerInGroup(r);
  const placed = placeMembers(r);
  placeRelatives(r, placed);
  placeHardship(r);
  savingsKeptOrGone(r);
  placeMoney(r, placed);
  const short = shortAnswers(r, placed);
  placeSupport(r);
  givesNone(r);

  // Someone answering for a parent or grandparent (帮我爸问, "我爸今年79了…"): said back first, so a
  // misreading is seen ("您是替父亲问的").
  const writer = r.people.writer;
  // (A first message that says only that, "我帮阿爸问下低保", says it too: the dialogue keeps it.)
  if (writer && r.onBehalf && r.ctx.slot !== 'summary' && (r.facts.length > 0 || r.ctx.slot === 'opening')) {
    const g = r.people.self.gender;
    const who =
      writer.rel === 'child'
        ? g === 'm'
          ? 'father'
          : g === 'f'
            ? 'mother'
            : 'parent'
        : writer.rel === 'grandchild'
          ? g === 'm'
            ? 'grandfather'
            : g === 'f'
              ? 'grandmother'
              : 'grandparent'
          : 'other';
    r.add('askingFor', who, [0, 0]);
  }
  // A later answer read from the applicant's side (我妈 → 老伴) because an earlier one said whom the
  // writer answers for: said back, so the mapping is seen.
  if (r.people.keptUsed && r.keptFor && !r.onBehalf && r.facts.length > 0) r.add('askingForKept', r.keptFor, [0, 0]);
  // "俺老汉查出来肺癌，看病把钱都花光了": a first message telling of spending of a kind, with no amount — the
  // expense is kept with its kind, its amount asked later (an unknown, never 0).
  // (So the answer to what befell the family: "阿妈中风入院，花咗好多钱".)
  // ("老婆查出肺癌，钱都用晒", "外孙住ICU，屋企借咗好多钱": savings used up or money borrowed while telling of a
  // sudden illness is money spent on it.)
  const spentOnIllness =
    r.events.some((e) => e.kind === 'sudden_illness') &&
    r.tokens.some((t) => isMeaning(t, 'exhausted') || isMeaning(t, 'debt'));
  if (
    (r.ctx.slot === 'opening' || r.ctx.slot === 'hardship') &&
    (r.spendingSaid || spentOnIllness) &&
    !r.facts.some((f) => f.path.startsWith('hardship.expenses[')) &&
    !(r.ctx.household.hardship?.expenses ?? []).length
  ) {
    // ("阿妈中风入院，花咗好多钱": money spent, of no kind named, in a message telling of a sudden illness is
    // spent on treating it.)
    const kinds: typeof r.expenseKinds =
      r.expenseKinds.length === 0 && r.events.some((e) => e.kind === 'sudden_illness') ? ['medical'] : r.expenseKinds;
    for (const [i, kind] of kinds.entries()) r.add(`hardship.expenses[${i}]`, { kind }, [0, 0]);
  }
  // "已经花了四万多，新农合还没结算": the bill is an expense of its kind, with no amount the family bears yet.
  if (r.unsettledBill && !r.facts.some((f) => f.path.startsWith('hardship.expenses[')))
    r.add('hardship.expenses[0]', { kind: r.unsettledBill.kind }, r.unsettledBill.span);
  // Asked what befell the family, a kind of spending named after one told with its sum ("学费一万几，仲有阿妈食药"):
  // one more expense, its amount asked later.
  const told = r.facts
    .filter((f) => f.path.startsWith('hardship.expenses[') && /^hardship\.expenses\[\d+\]$/.test(f.path))
    .map((f) => (f.value as { kind?: string }).kind);
  if (r.ctx.slot === 'hardship' && told.length > 0 && !(r.ctx.household.hardship?.expenses ?? []).length)
    for (const kind of r.expenseKinds.filter((k) => !told.includes(k)))
      r.add(`hardship.expenses[${told.push(kind) - 1}]`, { kind }, [0, 0]);
  // One fact per path: the last said wins (an amount after "存款么有", a correction).
  const last = new Map<string, number>();
  for (let k = 0; k < r.facts.length; k++) last.set(r.facts[k]!.path, k);
  const firstWord = r.tokens.find((t) => t.kind !== 'sep');
  // Built a property at a time, in the order a literal with spreads gave them: that literal (its
  // properties vary with the reading) took V8's slow path for every property after a spread, ~10 µs a reading.
  const u = { text: r.text, facts: r.facts.filter((f, k) => last.get(f.path) === k) } as Understanding;
  if (r.yes !== undefined) u.yes = r.yes;
  u.idk = r.idk;
  u.commands = r.commands;
  u.bare = r.bare;
  u.named = placed.named;
  u.unclear = r.unclear;
  u.corrected = r.corrected;
  u.onBehalf = r.onBehalf;
  u.relationSequence = short.relationSequence;
  u.polarity = short.polarity;
  if (short.ordinal) u.ordinal = short.ordinal;
  u.statusWords = short.statusWords;
  u.statusDenied = short.statusDenied;
  u.mentioned = [
    ...new Set(r.people.list.filter((p) => p.known !== undefined && p.at >= 0 && !p.apart).map((p) => p.known!)),
  ];
  u.noneSaid = r.noneSaid !== undefined;
  u.managing = r.severe?.v === false;
  u.noGain = r.noGain;
  u.incomeMentioned = [...r.incomeMentioned];
  u.excludedIncome = r.excludedIncome;
  u.hukouReform = r.hukouReform;
  if (r.severe) u.livingSevere = r.severe.v;
  u.expenseMentioned = r.expenseMentioned;
  u.expenseKinds = [...r.expenseKinds];
  u.spendingSaid = r.spendingSaid;
  u.assetsMentioned = r.assets.length > 0;
  u.noCertificate = r.noCertificate;
  u.leadingNo = isMeaning(firstWord, 'neg') || isMeaning(firstWord, 'none');
  u.working = r.people.list
    .filter((p) => !p.apart && !p.dead && !p.bystander && r.personFacts.get(p.key)?.employed?.v === true)
    .reduce((k, p) => k + p.n, 0);
  return u;
}

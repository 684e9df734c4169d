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
 */
import { type Command, type Dialect, dialectOfRegion, type IncomeCategory, type Meaning, type Relation } from '../../content/lexicon/index.ts';
import type { Household, Member, ParameterSet } from '../../screening/index.ts';
import { parseWhen } from './dates.ts';
import { type ReadNumber } from './numbers.ts';
import { type Amount, yearly } from './amounts.ts';
import { People, type Person } from './people.ts';
import { placeLexicon } from './places.ts';
import { clausesOf, meaningOf, type Token, tokenize } from './tokens.ts';

export type SlotId =
  | 'opening' | 'region' | 'members' | 'relations' | 'hukou' | 'disability' | 'disability.which' | 'disability.kind' | 'disability.grade'
  | 'illness' | 'illness.which' | 'illness.list' | 'employed' | 'income' | 'income.amount' | 'basicPension' | 'supportPayer' | 'property'
  | 'deposits' | 'obligors' | 'obligors.situation' | 'hardship' | 'hardship.when' | 'hardship.severe' | 'hardship.expense'
  | 'expenditureType' | 'summary';

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
  /** "都没有", "没有其他收入": nothing else of what was asked. */
  noneSaid: boolean;
  /** Income that came to nothing (自己食, 蚀咗). */
  noGain: boolean;
  /** Kinds of income named, with or without an amount. */
  incomeMentioned: IncomeCategory[];
  /** Money that does not count as income was named (低保金, 高龄津贴). */
  excludedIncome: boolean;
  /** Spending on health or school was named, with or without an amount. */
  expenseMentioned: boolean;
  /** A car, house, shop or business was named (whoever's it is). */
  assetsMentioned: boolean;
  /** "冇证", "没办": no 残疾证. */
  noCertificate: boolean;
  /** The message begins with no (冇，不过…). */
  leadingNo: boolean;
  /** The kinship words in order, each with 大的/细嘅 when said before it (for the relations question). */
  relationSequence: { rel?: Relation; ordinal?: 'older' | 'younger'; at: number }[];
}

const MONEY_SLOTS = new Set<SlotId>(['income.amount', 'basicPension', 'deposits', 'hardship.expense']);
/** Slots where a bare number after a person is their age. */
const AGE_SLOTS = new Set<SlotId>(['members', 'opening', 'summary', 'obligors', 'obligors.situation']);
/** Event words too weak to report an emergency outside the emergency question (塌了 about an old house). */
const WEAK_EVENTS = new Set(['塌了', '倒塌', '受伤', '断了', '意外', '摔倒', '跌倒', '骨折', '整伤', '跌咗', '摔下来', '被撞', '撞伤', '受灾', '灾害', '冲走', '吹走', '发水', '淹了', '房子塌', '屋塌']);

/** The category word closest before an amount in its clause, else the first after it. */
type Near = { category: Amount['category']; expenseKind?: Amount['expenseKind']; months?: number; word?: string };

/** "干了六个月", "做咗半年": how long the pay lasted, in this clause or the next. */
function durationIn(text: string, clauses: Token[][], ci: number): number | undefined {
  for (const clause of [clauses[ci], clauses[ci + 1]]) {
    if (!clause) continue;
    const t = text.slice(clause[0]!.start, clause.at(-1)!.end);
    if (/(干|做|领|上|打)(了|咗)半年/.test(t)) return 6;
    const m = t.match(/(干|做|领|上|打)(了|咗)?([0-9一二两三四五六七八九十]{1,2})个?月/);
    if (m?.[3]) {
      const n = clause.find((x) => x.kind === 'num' && x.text === m[3]) as { n: ReadNumber } | undefined;
      if (n && n.n.value >= 1 && n.n.value < 12) return n.n.value;
    }
  }
  return undefined;
}

/** Income paid once a year by its nature (分红, 包地钱): a bare amount is a year's. */
const YEARLY_WORDS = new Set(['分红', '股息', '流转费', '包地钱', '土地流转', '地租', '租地钱', '利息', '收成', '纯收入', '年收入']);

function nearestCategory(clause: Token[], i: number): Near | undefined {
  const of = (t: Token | undefined): Near | undefined => {
    if (t?.kind !== 'word') return undefined;
    for (const m of t.meanings) {
      if (m.t === 'income') return { category: m.cat, word: t.text, ...(YEARLY_WORDS.has(t.text) ? { months: 12 } : {}) };
      if (m.t === 'work') return { category: 'wages', word: t.text };
      if (m.t === 'asset' && m.what === 'deposits') return { category: 'deposits', word: t.text };
      if (m.t === 'debt') return { category: 'debt', word: t.text };
      if (m.t === 'lent') return { category: 'lent', word: t.text };
      if (m.t === 'expense') return { category: 'expense', ...(m.kind ? { expenseKind: m.kind } : {}) };
      if (m.t === 'gives' && !/^自己/.test(t.text)) return { category: 'support' };
    }
    return undefined;
  };
  for (let j = i - 1; j >= 0; j--) {
    const c = of(clause[j]);
    // "欠银行三万": owed to the bank, not money in it.
    if (c?.category === 'deposits' && clause.slice(0, j).some((t) => isMeaning(t, 'debt'))) return { category: 'debt' };
    if (c) return c;
  }
  for (let j = i + 1; j < clause.length; j++) {
    const c = of(clause[j]);
    if (c) return c;
  }
  return undefined;
}

/** The period word next to an amount ("一年二百", "1500元/月", "每月一千二"), in months. */
function nearestPeriod(clause: Token[], i: number): number | undefined {
  const of = (t: Token | undefined) => (t?.kind === 'word' ? t.meanings.find((m) => m.t === 'period') : undefined) as { months: number } | undefined;
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
function isAgeListNext(clause: Token[], i: number): boolean {
  const a = clause[i + 1];
  const b = clause[i + 2];
  return isMeaning(a, 'and') && b?.kind === 'num' && unitAfter(clause, i + 2) === 'age';
}
const STRONG_SUDDEN = new Set(['抢救', '急诊', 'ICU', '住ICU', '重症监护', '突然病倒']);

interface PersonFacts {
  age?: { v: number; range?: [number, number]; span: [number, number] };
  hasDisability?: { v: boolean; span: [number, number] };
  kind?: { v: NonNullable<Member['disability']>['kind']; span: [number, number] };
  grade?: { v: number; span: [number, number]; hedged: boolean };
  ill?: { v: boolean; name?: string; span: [number, number] };
  employed?: { v: boolean; span: [number, number] };
  student?: { span: [number, number] };
  imprisoned?: { span: [number, number] };
  missing?: { span: [number, number] };
  healthy?: { span: [number, number] };
  severeDisability?: { span: [number, number] };
  noSupport?: { span: [number, number] };
  status?: { v: 'dibao' | 'tekun' | 'low_income' | 'none'; span: [number, number] };
}

function wordsOf(text: string, span: [number, number]): string {
  return text.slice(span[0], span[1]);
}

function isMeaning(tok: Token | undefined, t: Meaning['t']): boolean {
  return tok?.kind === 'word' && tok.meanings.some((m) => m.t === t);
}

/** What a number token counts, from the word right after it. */
function unitAfter(clause: Token[], i: number): 'age' | 'ageish' | 'people' | 'grade' | 'money' | 'period' | 'date' | 'duration' | 'count' | undefined {
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
      if (/^(月份?|号|日)$/.test(next.text) || next.text.startsWith('月')) return 'date';
      if (next.text === '年' && /^\d{4}$/.test(clause[i]!.text)) return 'date';
      // "六个月", "三年", "两天": how long, not money over a period ("五千一个月" is).
      if (!m.some((x) => x.t === 'period' && x.every)) return 'duration';
      return 'period';
    }
  }
  if (next.kind === 'char' && /^[号日点时]$/.test(next.text)) return 'date';
  if (next.kind === 'char' && (next.text === '了' || next.text === '喇' || next.text === '啦') && clause[i]!.kind === 'num') return 'ageish';
  if (next.kind === 'char' && /^[套辆间处头亩次只条栋部台张户斤]$/.test(next.text)) return 'count';
  if (next.kind === 'word' && next.meanings.some((x) => (x.t === 'asset' && x.what === 'land') || x.t === 'unitPrice')) return 'count';
  // "有一儿子", "两孙": how many people, never money.
  if (next.kind === 'word' && next.meanings.some((x) => x.t === 'person') && clause[i]!.kind === 'num' && (clause[i] as { n: ReadNumber }).n.value === 1) return 'count';
  return undefined;
}

export function understand(raw: string, ctx: Context): Understanding {
  const dialect: Dialect | 'all' = dialectOfRegion(ctx.region);
  const { text, tokens } = tokenize(raw, dialect, placeLexicon(ctx.parameters));
  const clauses = clausesOf(tokens);
  const known = ctx.household.members ?? [];
  const people = new People(known);
  const facts: Fact[] = [];
  const personFacts = new Map<number, PersonFacts>();
  const pf = (p: Person): PersonFacts => {
    let f = personFacts.get(p.key);
    if (!f) personFacts.set(p.key, (f = {}));
    return f;
  };
  const add = (path: string, value: unknown, span: [number, number], extra: Partial<Fact> = {}) =>
    facts.push({ path, value, start: span[0], end: span[1], words: wordsOf(text, span), ...extra });

  let yes: boolean | undefined;
  let idk = false;
  const commands: Command[] = [];
  const usedNums = new Set<Token>();
  const bare: Understanding['bare'] = [];
  const amounts: Amount[] = [];
  const unclear: string[] = [];
  let corrected = false;
  let onBehalf = false;
  let size: { v: number; span: [number, number] } | undefined;
  let alone: [number, number] | undefined;
  let regionFact: { code: string; span: [number, number] } | undefined;
  const events: { kind: NonNullable<NonNullable<Household['hardship']>['events']>[number]['kind']; span: [number, number]; clause: number; date?: string; place?: string; at?: number }[] = [];
  let severe: { v: boolean; span: [number, number] } | undefined;
  let noneSaid: [number, number] | undefined;
  let allNoDisability: [number, number] | undefined;
  let allNoIllness: [number, number] | undefined;
  let obligorsNone: [number, number] | undefined;
  let hukou: { v: 'rural' | 'urban'; span: [number, number] } | undefined;
  let hukouConflict = false;
  let hukouGuessed = false;
  const assets: { what: string; negated: boolean; count?: number; span: [number, number]; also: boolean; owner?: Person; clause?: number }[] = [];
  const benefits: { what: 'dibao' | 'tekun' | 'lowIncome'; negated: boolean; person: Person; span: [number, number] }[] = [];
  const hedgedMessage = tokens.some((t) => isMeaning(t, 'hedge'));
  let topic: Person = ctx.member !== undefined ? people.member(ctx.member) : people.self;
  const incomeMentioned = new Set<IncomeCategory>();
  let noGain = false;
  let noCertificate = false;
  let excludedIncome = false;
  let expenseMentioned = false;
  const memberSlots = new Set<SlotId>(['members', 'opening', 'summary']);
  const usedAsAge = new Set<Token>();
  /** "一个九岁一个六岁": counting off people, each number the age of the next one. */
  let enumerating = false;
  let enumerated = 0;
  /** The people named in the last clause that named anyone ("阿爸阿妈喺乡下，都七十几喇"). */
  let lastPersons: Person[] = [];
  /** The person a clause ending in "（" was about: "儿子（28岁）在外打工" goes on about them after "）". */
  let parenOwner: Person | undefined;
  /** A person counted several (两个儿子): each age goes to the next of them. */
  const ageTarget = (p: Person): Person => {
    if (p.n <= 1) return p;
    const parts = people.list.filter((q) => q.partOf === p.key);
    const free = parts.find((q) => personFacts.get(q.key)?.age === undefined);
    if (free) return free;
    return parts.length < p.n ? people.mention(p.rel, p.at + parts.length + 1) : p;
  };
  // In answer to "family who live elsewhere?", everyone named lives elsewhere; about their
  // situation, the relatives already named are who the words are about.
  const obligorPeople: Person[] = [];
  if (ctx.slot === 'obligors.situation') {
    for (const o of ctx.household.obligors?.list ?? []) {
      const p = people.mention((o.relation ?? 'child') === 'other' ? 'other' : (o.relation ?? 'child'), -1);
      p.apart = true;
      p.preset = true;
      obligorPeople.push(p);
    }
    if (obligorPeople[0]) topic = obligorPeople[0];
  }
  let lastCategory: Amount['category'];
  let lastCategoryMonths: number | undefined;
  let lastExpenseKind: Amount['expenseKind'];
  let messagePeriod: number | undefined;
  let groupCount: number | undefined;

  clauses.forEach((clause, ci) => {
    let neg = -10; // index of the last negation in this clause
    let clausePerson: Person | undefined;
    const clausePersons: Person[] = [];
    /** "佢哋老豆老母": the people whose relatives the next kinship words name. */
    let possessorOfClause: Person | undefined;
    let lastAgeAt: number | undefined;
    let understoodSomething = false;
    let clauseCategory: Amount['category'];
    let clauseLastCategory: Amount['category'];
    let clauseExpenseKind: Amount['expenseKind'];
    let clausePeriod: number | undefined;
    let clauseEach = false;
    let clauseTotal = false;
    let clauseAbout = false;
    let clauseApart = false;
    let clauseElsewhere = false;
    const clauseStart = clause[0]!.start;
    const clauseText = text.slice(clauseStart, clause.at(-1)!.end);
    const negated = (i: number) => i - neg > 0 && i - neg <= 3;
    const who = (): Person => clausePerson ?? topic;
    const opensAfter = /^[)）]$/.test(text[clauseStart - 1] ?? '') && parenOwner;
    if (opensAfter && parenOwner) {
      clausePerson = parenOwner;
      clausePersons.push(parenOwner);
    }

    // First pass over the clause: the words that qualify amounts in it.
    for (const tok of clause) {
      if (tok.kind !== 'word') continue;
      for (const m of tok.meanings) {
        if (m.t === 'income' && !clauseCategory) clauseCategory = m.cat;
        if (m.t === 'income') clauseLastCategory = m.cat;
        if (m.t === 'asset' && m.what === 'deposits' && !clauseCategory) clauseCategory = 'deposits';
        if (m.t === 'asset' && m.what === 'deposits') clauseLastCategory = 'deposits';
        // "种两亩地": farming, whose money is business income.
        if (m.t === 'asset' && m.what === 'land' && !clauseCategory && clause.some((t) => /^种/.test(t.text) || t.text === '种')) clauseCategory = 'business';
        if (m.t === 'debt' && !clauseCategory) clauseCategory = 'debt';
        if (m.t === 'debt') clauseLastCategory = 'debt';
        if (m.t === 'lent' && !clauseCategory) clauseCategory = 'lent';
        if (m.t === 'expense' && !clauseCategory) {
          clauseCategory = 'expense';
          clauseExpenseKind = m.kind;
        }
        if (m.t === 'expense' && m.kind && !clauseExpenseKind) clauseExpenseKind = m.kind;
        if (m.t === 'gives' && !clauseCategory) clauseCategory = 'support';
        if (m.t === 'work' && !clauseCategory) clauseCategory = 'wages';
        if (m.t === 'period' && m.every && clausePeriod === undefined) clausePeriod = m.months;
        if (m.t === 'each') clauseEach = true;
        if (m.t === 'total') clauseTotal = true;
        if (m.t === 'about') clauseAbout = true;
        if (m.t === 'apart') clauseApart = true;
        if (m.t === 'elsewhere') clauseElsewhere = true;
      }
    }
    if (clauseCategory === 'expense' && !clauseExpenseKind && clause.some((t) => isMeaning(t, 'illness'))) clauseExpenseKind = 'medical';
    // 在永济市区, 喺广州: a place other than the one the household was placed in.
    const herePlace = regionFact?.code;
    if (clause.some((t, j) => j > 0 && /^(在|喺)$/.test(clause[j - 1]!.text) && meaningOf(t, 'place') && herePlace && meaningOf(t, 'place')!.code !== herePlace)) clauseElsewhere = true;
    // "在西安打工", "在运城成家了": lives there; "在西安治疗", "在县里上高中": does not; "儿子女儿都在运城市区": lives there.
    if (
      clauseElsewhere &&
      (clause.some((t) => isMeaning(t, 'work') || /成家|住|安家|买了房|定居/.test(t.text)) ||
        clause.every((t) => isMeaning(t, 'person') || meaningOf(t, 'place') || /^(在|喺|都|也|嘅|的)$/.test(t.text)))
    )
      clauseApart = true;
    if (clausePeriod !== undefined) messagePeriod = clausePeriod;

    clause.forEach((tok, i) => {
      if (tok.kind === 'num') {
        const unit = unitAfter(clause, i);
        const n = tok.n;
        if (n.digitString) return;
        const ageLike = unit === 'age' || (unit === 'ageish' && n.value <= 120 && n.value >= 1 && (AGE_SLOTS.has(ctx.slot) || clausePerson !== undefined) && clauseCategory === undefined);
        // "俺62 老汉65", "两个小孩12和8岁", "老大四十几在佛山": a number right after a person, in a slot about people.
        const skippable = (t: Token | undefined) => t !== undefined && (isMeaning(t, 'neutral') || isMeaning(t, 'yes') || /^(都|也|已经|今年|今年个|都系|都是|都係)$/.test(t.text));
        const before = skippable(clause[i - 1]) ? (skippable(clause[i - 2]) ? clause[i - 3] : clause[i - 2]) : clause[i - 1];
        // "BB 8个月": a baby's age in months.
        if (unit === 'period' && /^个?月$/.test(clause[i + 1]!.text) && isMeaning(before, 'person') && n.value < 24) {
          pf(ageTarget(who())).age ??= { v: Math.floor(n.value / 12), span: [tok.start, clause[i + 1]!.end] };
          usedNums.add(tok);
          usedAsAge.add(tok);
          return;
        }
        const afterPerson = isMeaning(before, 'person') || isMeaning(before, 'group') || (before?.kind === 'num' && usedAsAge.has(before));
        const alone = clause.every((t) => t === tok || isMeaning(t, 'neutral') || isMeaning(t, 'hedge') || t.text === '了' || t.text === '岁');
        const afterThisYear = clause[i - 1]?.text === '今年' || clause[i - 1]?.text === '今年个';
        const bareAge =
          !unit &&
          AGE_SLOTS.has(ctx.slot) &&
          n.value <= 120 &&
          n.value >= 1 &&
          Number.isInteger(n.value) &&
          // "闺女十九在太原上大学", "仔廿三喺深圳打工": right after a person it is their age, whatever else the clause is about.
          (clauseCategory === undefined || (afterPerson && n.value <= 100)) &&
          (afterPerson || isAgeListNext(clause, i) || afterThisYear || (alone && ci > 0 && people.list.length > 1 && ctx.slot !== 'members'));
        // "一个四十八一个四十五" about two relatives: each age to the next of them.
        if (enumerating && !unit && AGE_SLOTS.has(ctx.slot) && n.value <= 120 && Number.isInteger(n.value)) {
          enumerating = false;
          const pool = ctx.slot === 'obligors.situation' ? obligorPeople : [];
          const target = pool[enumerated++] ?? ageTarget(who());
          pf(target).age ??= { v: n.value, ...(n.approx ? { range: [n.lo, n.hi] as [number, number] } : {}), span: [tok.start, tok.end] };
          usedNums.add(tok);
          usedAsAge.add(tok);
          return;
        }
        if ((ageLike || bareAge) && n.value <= 120) {
          if (enumerating && ctx.slot === 'obligors.situation') {
            enumerating = false;
            const target = obligorPeople[enumerated++];
            if (target) {
              pf(target).age ??= { v: Math.floor(n.value), span: [tok.start, tok.end] };
              usedNums.add(tok);
              return;
            }
          }
          enumerating = false;
          const age = { v: Math.floor(n.value), ...(n.approx ? { range: [n.lo, n.hi] as [number, number] } : {}), span: [tok.start, unit ? clause[i + 1]!.end : tok.end] as [number, number] };
          const all = /都/.test(clauseText) ? (clausePersons.length > 1 ? clausePersons : !clausePerson ? lastPersons : []) : [];
          // "九十岁的老娘": the age of the person named right after it.
          const next = clause[i + 2]?.text === '的' ? meaningOf(clause[i + 3], 'person') : undefined;
          // "阿爸阿妈六十几", "我同老婆三十几": named one after the other, one age for both.
          const runOfPeople = clausePersons.filter((p) => !personFacts.get(p.key)?.age && p.at > (lastAgeAt ?? -1));
          const targets = next ? [people.mention(next.rel, clause[i + 3]!.start, { word: clause[i + 3]!.text, ...(next.gender ? { gender: next.gender } : {}) })] : all.length > 1 ? all : runOfPeople.length > 1 && n.approx ? runOfPeople : [who()];
          lastAgeAt = tok.start;
          for (const target of targets) pf(ageTarget(target)).age ??= age;
          usedNums.add(tok);
          usedAsAge.add(tok);
          understoodSomething = true;
          return;
        }
        const personRight = meaningOf(clause[i + 1], 'person');
        if (!unit && personRight && personRight.rel !== 'self' && Number.isInteger(n.value) && n.value >= 2 && n.value <= 10) {
          const p = people.mention(personRight.rel, clause[i + 1]!.start, { n: n.value, word: clause[i + 1]!.text });
          groupCount = n.value;
          clausePerson = p;
          topic = p;
          usedNums.add(tok);
          understoodSomething = true;
          return;
        }
        if (unit === 'grade') {
          if (n.value >= 1 && n.value <= 4 && Number.isInteger(n.value)) {
            pf(who()).grade = { v: n.value, span: [tok.start, clause[i + 1]!.end], hedged: hedgedMessage };
            usedNums.add(tok);
            understoodSomething = true;
          }
          return;
        }
        if (unit === 'people') {
          const after = clause[i + 2];
          const personAfter = meaningOf(after, 'person');
          if (personAfter && n.value > 10 && n.value <= 120 && AGE_SLOTS.has(ctx.slot)) {
            // "个女50个外孙22": 50 is the daughter's age, 个 the classifier of the next person.
            pf(who()).age ??= { v: n.value, span: [tok.start, tok.end] };
            usedNums.add(tok);
            usedAsAge.add(tok);
            return;
          }
          if (personAfter) {
            // "我哋係三兄弟姐妹": three, the speaker among them.
            const withSelf = personAfter.rel === 'sibling' && clause.slice(Math.max(0, i - 3), i).some((t) => isMeaning(t, 'plural'));
            const count = Math.max(1, Math.round(n.value) - (withSelf ? 1 : 0));
            const p = people.mention(personAfter.rel, after!.start, { n: count, word: after!.text });
            if (n.value > 1) groupCount = Math.round(n.value);
            clausePerson = p;
            topic = p;
            usedNums.add(tok);
            understoodSomething = true;
            return;
          }
          // "一个九岁一个两岁半": counting off, not a size.
          const afterCount = clause[i + 2];
          if (n.value === 1 && (afterCount?.kind === 'num' || (afterCount?.kind === 'word' && afterCount.meanings.some((x) => x.t === 'age')))) {
            usedNums.add(tok);
            enumerating = true;
            return;
          }
          if (!memberSlots.has(ctx.slot) && !clauseEach) {
            if (n.value >= 1 && n.value <= 30) groupCount = n.value;
            bare.push({ n, start: tok.start, end: tok.end });
            usedNums.add(tok);
            understoodSomething = true;
            return;
          }
          // "还有一个": one more, not the size; "三个", "家里4口人", "一户三人": the household's size.
          const plainGe = clause[i + 1]!.text === '个' && !/^(人|口)/.test(clause[i + 2]?.text ?? '');
          const household = i === 0 || /^(家里|屋里|一家|屋企|就|得|只有|全家|我家|俺家|家中|一户)$/.test(clause[i - 1]?.text ?? '') || /家|屋企|户/.test(clause[i - 1]?.text ?? '');
          if (plainGe && !household) {
            usedNums.add(tok);
            return;
          }
          // "来电人姐弟三人" in a call about their mother: the caller's siblings, not her household.
          if (ctx.slot === 'summary' && people.writer && !household && /(姐弟|兄弟|姐妹|兄妹|弟兄)$/.test(text.slice(Math.max(0, tok.start - 2), tok.start))) {
            usedNums.add(tok);
            return;
          }
          // "两个人每人…": a count for "each".
          if (n.value >= 1 && n.value <= 30 && Number.isInteger(n.value)) {
            if (clauseEach || clause.slice(i + 2).some((t) => isMeaning(t, 'each'))) groupCount = n.value;
            else {
              if (size && !corrected && ci > 0 && clause.some((t) => isMeaning(t, 'correction'))) corrected = true;
              size = { v: n.value, span: [tok.start, clause[i + 1]!.end] };
              groupCount = n.value;
            }
            usedNums.add(tok);
            understoodSomething = true;
          }
          return;
        }
        if (unit === 'duration' && !/^(天|日)$/.test(clause[i + 1]!.text)) return;
        if (unit === 'date' || unit === 'count') {
          if (unit === 'count' && /^[套间处栋]$/.test(clause[i + 1]!.text) && !clause.some((t) => isMeaning(t, 'event'))) {
            assets.push({ what: 'house', negated: false, count: n.value, span: [tok.start, clause[i + 1]!.end], also: false });
            usedNums.add(tok);
          }
          if (unit === 'count' && /^[辆部台]$/.test(clause[i + 1]!.text) && !clause.some((t) => isMeaning(t, 'event') || meaningOf(t, 'asset')?.what === 'exempt_vehicle')) {
            assets.push({ what: 'car', negated: false, count: n.value, span: [tok.start, clause[i + 1]!.end], also: false });
            usedNums.add(tok);
          }
          return;
        }
        // A day rate and the days worked in a month: "一天一百五 一个月能干二十来天".
        const prevWord = clause[i - 1];
        if (unit === 'period' && /^(天|日)$/.test(clause[i + 1]!.text) && amounts.length > 0 && amounts.at(-1)!.months === 1 / 30) {
          amounts.at(-1)!.daysPerMonth = n.value;
          usedNums.add(tok);
          return;
        }
        // "没到六十", "满七十": an age threshold; "一斤卖五六十": a price.
        if (/^(到|满|过|够|超过|未满|不满|没到|冇到|唔到)$/.test(prevWord?.text ?? '') && n.value <= 120 && unit !== 'money') return;
        if (clause.slice(Math.max(0, i - 3), i).some((t) => isMeaning(t, 'unitPrice'))) return;
        const moneyish =
          unit === 'money' ||
          unit === 'period' ||
          clauseCategory !== undefined ||
          isMeaning(prevWord, 'period') ||
          isMeaning(prevWord, 'each') ||
          isMeaning(prevWord, 'gives') ||
          (MONEY_SLOTS.has(ctx.slot) && !(ctx.slot === 'income.amount' && unit === undefined && n.value < 30 && !clausePeriod)) ||
          (n.value >= 100 && ['income', 'opening', 'summary', 'employed', 'members'].includes(ctx.slot) && (n.value >= 130 || ctx.slot !== 'members'));
        if (moneyish && n.value >= 0) {
          const near = nearestCategory(clause, i);
          const category = near?.category ?? clauseCategory ?? lastCategory;
          // "两万到三万": one amount, the range between.
          const prevAmount = amounts.at(-1);
          const between = prevAmount && prevAmount.clause === ci ? text.slice(prevAmount.end, tok.start) : '';
          if (prevAmount && /^\s*(到|至|-|~|～)\s*$/.test(between)) {
            prevAmount.n = { ...prevAmount.n, lo: prevAmount.n.lo, hi: n.hi, value: Math.round((prevAmount.n.lo + n.hi) / 2), approx: true };
            prevAmount.end = tok.end;
            usedNums.add(tok);
            return;
          }
          amounts.push({
            n,
            start: tok.start,
            end: tok.end + (unit === 'money' ? clause[i + 1]!.text.length : 0),
            clause: ci,
            category,
            expenseKind: near?.expenseKind ?? clauseExpenseKind ?? lastExpenseKind,
            months:
              nearestPeriod(clause, i) ??
              clausePeriod ??
              near?.months ??
              (near ? undefined : lastCategoryMonths) ??
              (clause.slice(0, i).some((t) => YEARLY_WORDS.has(t.text)) ? 12 : undefined) ??
              // "今年卖了一万二 … 落下不到五千": the same money, over the same period.
              amounts.findLast((a) => a.category === (near?.category ?? clauseCategory ?? lastCategory))?.months ??
              (clauseTotal && !messagePeriod && !['income.amount', 'basicPension'].includes(ctx.slot) ? 12 : undefined) ??
              // The period a listener has in mind by now ("一年干八九个月，能挣四万五"), not one said later.
              (ctx.slot === 'summary' ? messagePeriod : undefined),
            under: isMeaning(clause[i - 1], 'under'),
            nearly: isMeaning(clause[i - 1], 'nearly'),
            over: isMeaning(clause[i + 1], 'over') || (isMeaning(clause[i + 1], 'currency') && isMeaning(clause[i + 2], 'over')),
            past: clause.some((t) => isMeaning(t, 'past')),
            loss: clause.slice(0, i).some((t) => isMeaning(t, 'noGain')),
            net: clause.slice(0, i).some((t) => isMeaning(t, 'net')),
            reimbursed: clause.slice(Math.max(0, i - 3), i).some((t) => isMeaning(t, 'reimbursed')),
            outOfPocket: clause.slice(Math.max(0, i - 4), i).some((t) => /^(自己掏|自费|自己出|自己畀|自己俾|掏)$/.test(t.text)),
            alternative: clause.some((t) => isMeaning(t, 'alternative')),
            cost: clause.slice(0, i).some((t) => isMeaning(t, 'cost')),
            ...(clause.slice(Math.max(0, i - 4), i).some((t) => isMeaning(t, 'damage')) ? { negated: true } : {}),
            ...(near?.word ? { source: near.word } : {}),
            ...(durationIn(text, clauses, ci) !== undefined ? { duration: durationIn(text, clauses, ci)! } : {}),
            ...(/还有|仲有|另外|加上|同埋/.test(clauseText) ? { added: true } : {}),
            clauseText,
            ...(clausePersons.length > 1 ? { count: clausePersons.length } : lastPersons.length > 1 && !clausePerson ? { count: lastPersons.length } : {}),
            each: clauseEach || isMeaning(clause[i - 1], 'alone'),
            total: clauseTotal,
            person: clausePerson ?? topic,
            hedged: hedgedMessage || clauseAbout || n.approx,
            negated: negated(i),
            afterCorrection: corrected,
          });
          if (clauseAbout && !n.approx) {
            const last = amounts.at(-1)!;
            last.n = { ...n, lo: Math.round(n.value * 0.9), hi: Math.round(n.value * 1.1), approx: true };
          }
          usedNums.add(tok);
          understoodSomething = true;
        }
        return;
      }
      if (tok.kind !== 'word') return;
      const span: [number, number] = [tok.start, tok.end];
      for (const m of tok.meanings) {
        switch (m.t) {
          case 'neg':
            neg = i;
            // The first yes or no of the message answers a yes/no question ("冇，不过阿妈好老喇").
            if (yes === undefined && !tok.meanings.some((x) => x.t === 'yes')) yes = false;
            break;
          case 'yes':
            if (yes === undefined && neg !== i - 1) yes = !(i - neg <= 1);
            break;
          case 'idk':
            idk = true;
            understoodSomething = true;
            break;
          case 'correction':
            corrected = true;
            break;
          case 'command':
            commands.push(m.cmd);
            break;
          case 'onBehalf':
            onBehalf = true;
            break;
          case 'person': {
            // "都冇老婆": nobody named.
            if (i - neg === 1 && m.rel !== 'self') break;
            // "来电人（女，52岁）": the sex of the person just named, not a daughter (女 alone is one in 粤).
            if (tok.text === '女' && /^[（(，,、：:]$/.test(text[tok.start - 1] ?? '') && /^[，,、）)：:0-9]$/.test(text[tok.end] ?? '')) break;
            // "阿婆同两个孙": an old woman speaking of herself, as 两阳 grandmothers do, when she talks of her grandchildren.
            if (m.rel === 'grandparent' && /^(阿婆|阿公|阿嫲|阿爷|婆婆|公公|阿嬷)$/.test(tok.text) && people.list.length === 1 && /孙/.test(text)) {
              people.namedSelf(tok.start);
              clausePerson = people.self;
              topic = people.self;
              clausePersons.push(people.self);
              understoodSomething = true;
              break;
            }
            // 来电人 after the call turned to someone else: the caller, not the subject.
            if (m.rel === 'self' && people.writer && /^来电/.test(tok.text)) {
              if (clause.some((t) => isMeaning(t, 'together'))) people.writer.apart = false;
              clausePerson = people.writer;
              topic = people.writer;
              clausePersons.push(people.writer);
              understoodSomething = true;
              break;
            }
            // "我是她侄女": the writer saying who they are, not someone else.
            if (m.rel !== 'self' && clause.slice(Math.max(0, i - 3), i).some((t, k, arr) => meaningOf(t, 'person')?.rel === 'self' && isMeaning(arr[k + 1], 'yes'))) break;
            // 我老公, 俺妈: 我 here says whose, not who.
            if (m.rel === 'self' && !isMeaning(clause[i + 1], 'person')) people.namedSelf(tok.start);
            // A call about a relative ("来电人称其父母…", "居民来电称母亲（65岁）独居"): the relative is the subject.
            // "来电人（女儿）称…", "来电人系仔", "来电人称是叔叔": who the caller is to the person the call is about.
            if (ctx.slot === 'summary' && m.rel !== 'self' && /来电人[（(]$|来电人(称|说|话)?(是|系)$/.test(text.slice(Math.max(0, tok.start - 6), tok.start))) break;
            const aboutRelative = ctx.slot === 'summary' && m.rel !== 'self' && !people.writer && callIsAbout(clause, i, ci, text, personFacts.get(people.self.key));
            if (aboutRelative) {
              const subject = people.mention(m.rel, tok.start, { ...(m.n ? { n: m.n } : {}), ...(m.gender ? { gender: m.gender } : {}), word: tok.text });
              const writer = people.self;
              people.onBehalfOf(subject);
              setAsideWriter(writer, ctx.slot);
              clausePerson = people.self;
              topic = people.self;
              clausePersons.push(people.self);
              onBehalf = true;
              understoodSomething = true;
              break;
            }
            // "佢哋老豆老母" (their parents): a relation of the people just named, not of the speaker.
            if (isMeaning(clause[i - 1], 'others')) possessorOfClause = topic;
            else if (/^(嘅|的)$/.test(clause[i - 1]?.text ?? '') && meaningOf(clause[i - 2], 'person') && meaningOf(clause[i - 2], 'person')!.rel !== 'self') possessorOfClause = clausePerson;
            else if (!isMeaning(clause[i - 1], 'person') && !isMeaning(clause[i - 1], 'pronoun')) possessorOfClause = undefined;
            const possessor = possessorOfClause;
            const rel = possessor && possessor !== people.self ? composed(possessor.rel, m.rel) : m.rel;
            const p = people.mention(rel, tok.start, { ...(m.n ? { n: m.n } : {}), ...(m.gender ? { gender: m.gender } : {}), word: tok.text });
            if (m.n && m.n > 1) groupCount = m.n;
            if (possessor && possessor !== people.self) {
              // The clause is about them now; who the message is about stays the same.
              clausePerson = p;
            } else {
              clausePerson = p;
              topic = p;
            }
            if (clauseApart && p.rel !== 'self' && p.known === undefined && !clause.some((t) => isMeaning(t, 'together'))) p.apart = true;
            if (ctx.slot === 'obligors' && p !== people.self && !clause.some((t) => isMeaning(t, 'together'))) p.apart = true;
            if (clauseCategory === 'debt' || clauseCategory === 'lent') p.bystander = true;
            // A call summary names neighbours, village staff and strangers: not the household unless they live there.
            if (ctx.slot === 'summary' && p.rel === 'other' && p.known === undefined && !clause.some((t) => isMeaning(t, 'together'))) p.bystander = true;
            clausePersons.push(p);
            understoodSomething = true;
            break;
          }
          case 'group': {
            const others = m.with.map((rel) => people.mention(rel, tok.start, { fromGroup: true }));
            groupCount = 1 + others.length;
            clausePersons.push(people.self, ...others);
            clausePerson = people.self;
            topic = people.self;
            understoodSomething = true;
            break;
          }
          case 'plural':
            clausePerson = people.self;
            topic = people.self;
            break;
          case 'pronoun': {
            // 他/她/佢: the person last named other than the speaker; "他爸" is their father.
            let last = [...people.list].reverse().find((p) => p !== people.self && !p.bystander && !p.dead && p.at <= tok.start);
            // "俺一百四 他一百六": someone not named yet, not the speaker.
            if (!last && ['basicPension', 'income.amount', 'deposits', 'employed'].includes(ctx.slot)) {
              last = people.mention('other', tok.start, { word: '他' });
              last.bystander = true;
            }
            if (isMeaning(clause[i + 1], 'person')) {
              possessorOfClause = last ?? topic;
              break;
            }
            clausePerson = last ?? topic;
            topic = clausePerson;
            break;
          }
          case 'ordinal':
            if (ctx.slot === 'obligors.situation' && obligorPeople.length > 1) {
              const list = ctx.household.obligors?.list ?? [];
              const byAge = obligorPeople.map((p, k) => ({ p, age: list[k]?.age ?? 0 })).sort((a, b) => b.age - a.age);
              clausePerson = (m.which === 'older' ? byAge[0] : byAge.at(-1))!.p;
              topic = clausePerson;
            }
            break;
          case 'noCertificate':
            noCertificate = true;
            understoodSomething = true;
            break;
          case 'alone':
            // "残疾人一个人就能办吗": a question, not the household.
            if (asking(clause, clauseText) && !/住|过|生活/.test(tok.text)) break;
            // "靠老婆一个人的工资": someone else alone, not the speaker.
            if ((isMeaning(clause[i - 1], 'person') && meaningOf(clause[i - 1], 'person')!.rel !== 'self') || /靠$/.test(clause[i - 1]?.text ?? '')) break;
            // "一个人带两个孩子": raising them alone, not living alone.
            if (/^(带|带着|拉扯|养|养着|同|跟)/.test(clause[i + 1]?.text ?? text.slice(tok.end, tok.end + 2))) break;
            alone = span;
            understoodSomething = true;
            break;
          case 'place':
            if (!regionFact || regionFact.code.endsWith('00')) regionFact = { code: m.code, span };
            understoodSomething = true;
            break;
          case 'hukou':
            // 户口 words count anywhere; 城里, 乡下, 村里 say where one lives, and count only when the 户口
            // was asked, or in a call summary as a guess the agent sees marked (村民 usually hold a rural 户口).
            if (!negated(i) && (/户口|非农|农业/.test(tok.text) || ctx.slot === 'hukou' || ctx.slot === 'summary')) {
              hukouGuessed = !/户口|非农|农业/.test(tok.text) && ctx.slot === 'summary';
              // Two kinds named ("以前系农业户口，而家…居民户口") and not sure which: left unknown.
              hukouConflict = hukouConflict || (hukou !== undefined && hukou.v !== m.value);
              hukou = { v: m.value, span };
            }
            understoodSomething = true;
            break;
          case 'disability': {
            // A body part (腿, 眼睛) says which disability only when disability is the subject.
            const bodyPartOnly = !m.certificate && !m.severe && m.kind !== undefined && !/残|障|盲|聋|哑|瘫|智|精神|多重|傻|痴呆|脑瘫|自闭/.test(tok.text);
            if (bodyPartOnly && !ctx.slot.startsWith('disability') && !clause.some((t) => meaningOf(t, 'disability')?.certificate || /残/.test(t.text))) break;
            const target = who();
            const no = negated(i);
            const everyone = no && clause.slice(Math.max(0, neg), i).some((t) => t.text === '人' || t.text === '谁' || t.text === '一个');
            if (everyone) allNoDisability = span;
            else {
              pf(target).hasDisability = { v: !no, span };
              if (!no && m.kind) pf(target).kind = { v: m.kind, span };
              if (!no && m.severe) pf(target).severeDisability = { span };
            }
            understoodSomething = true;
            break;
          }
          case 'illness': {
            const target = who();
            const no = negated(i);
            if (m.serious) {
              if (no && (tok.text === '重病' || tok.text === '大病')) allNoIllness = span;
              else if (!pf(target).ill?.v || no) {
                // "子宫癌": the organ before 癌 names it.
                let name = m.name;
                if (tok.text === '癌') {
                  const organ = clause.slice(Math.max(0, i - 2), i).filter((t) => t.kind === 'char').map((t) => t.text).join('');
                  if (organ) name = `${organ}癌`;
                }
                pf(target).ill = { v: !no, ...(no ? {} : { name: pf(target).ill?.name ?? name }), span };
              }
            } else if (!no && ['illness', 'opening', 'summary'].includes(ctx.slot) && pf(target).ill === undefined) {
              // A standing, ordinary illness named in answer to "serious illness?": not serious.
              pf(target).ill = { v: false, span };
            }
            understoodSomething = true;
            break;
          }
          case 'bedridden':
            understoodSomething = true;
            break;
          case 'event': {
            if (negated(i)) break;
            if (m.kind === 'sudden_illness' && !STRONG_SUDDEN.has(tok.text) && !clause.some((t) => isMeaning(t, 'illness'))) break;
            if (WEAK_EVENTS.has(tok.text) && !ctx.slot.startsWith('hardship') && ctx.slot !== 'summary' && ctx.slot !== 'opening') break;
            events.push({ kind: m.kind, span, clause: ci, at: tok.start });
            understoodSomething = true;
            break;
          }
          case 'death': {
            const p = who();
            if (p !== people.self) p.dead = true;
            if (/都|也/.test(clauseText)) for (const q of clausePersons) if (q !== people.self) q.dead = true;
            const date = parseWhen(clauseText, ctx.today);
            if (date && daysBetween(date, ctx.today) <= 366) events.push({ kind: 'other', span, clause: ci, date, at: tok.start });
            understoodSomething = true;
            break;
          }
          case 'severe':
            severe = { v: true, span };
            understoodSomething = true;
            break;
          case 'manageable':
            if (severe?.v !== true) severe = { v: false, span };
            understoodSomething = true;
            break;
          case 'work': {
            // 出海 with one's own boat is a business: the income word decides which.
            if (!negated(i) && !tok.meanings.some((x) => x.t === 'income')) incomeMentioned.add('wages');
            // Work said with nobody named: the speaker, unless the person talked about is grown.
            const grown = (personFacts.get(topic.key)?.age?.v ?? 0) >= 16;
            const p = clausePerson ?? (((topic.rel === 'child' || topic.rel === 'grandchild') && !grown) || topic.n > 1 ? people.self : topic);
            const workers = /都/.test(clauseText) && clausePersons.length > 1 ? clausePersons : [p];
            for (const w of workers) {
              if (w !== people.self && ((clauseApart && w.known === undefined) || w.apart)) {
                w.apart = true;
                // A relative working elsewhere is a working adult: able to support (特困人员认定办法 第八条).
                if (!negated(i) && ctx.slot === 'summary') pf(w).healthy ??= { span };
              } else pf(w).employed = { v: !negated(i), span };
            }
            understoodSomething = true;
            break;
          }
          case 'jobless':
            pf(who()).employed = { v: false, span };
            if (/收入/.test(tok.text)) noneSaid ??= span;
            understoodSomething = true;
            break;
          case 'student':
            pf(who()).student = { span };
            understoodSomething = true;
            break;
          case 'apart': {
            // Someone named in this clause lives elsewhere; a known member stays a member.
            const p = clausePerson;
            if (p && p !== people.self && p.known === undefined) p.apart = true;
            understoodSomething = true;
            break;
          }
          case 'together': {
            // Only someone named in this clause ("儿子跟我住"), not whoever was named before.
            const p = clausePerson ?? people.self;
            // "不跟我们一块": lives elsewhere.
            if (p !== people.self) p.apart = negated(i) ? (p.known === undefined ? true : p.apart) : false;
            break;
          }
          case 'prison':
            pf(who()).imprisoned = { span };
            if (who() !== people.self) who().apart = true;
            understoodSomething = true;
            break;
          case 'missing':
            pf(who()).missing = { span };
            if (who() !== people.self) who().apart = true;
            understoodSomething = true;
            break;
          case 'healthy':
            pf(who()).healthy = { span };
            understoodSomething = true;
            break;
          case 'noSupport':
            pf(who()).noSupport = { span };
            understoodSomething = true;
            break;
          case 'childless':
            obligorsNone = span;
            understoodSomething = true;
            break;
          case 'benefit':
            // "我系五保户", "是低保户", "在吃低保": a status; "想申请低保", "能吃上低保不": a wish.
            if (!asking(clause, clauseText) && !told(clauseText) && (!BARE_BENEFIT.has(tok.text) || HOLDS.has(text.slice(Math.max(0, tok.start - 1), tok.start)) || HOLDS.has(text.slice(Math.max(0, tok.start - 2), tok.start))))
              benefits.push({ what: m.what, negated: negated(i), person: who(), span });
            understoodSomething = true;
            break;
          case 'asset':
            if ((m.what === 'house' || m.what === 'car') && clause.some((t) => isMeaning(t, 'event'))) break;
            if (m.what !== 'deposits' && m.what !== 'land') {
              const also = clause.slice(Math.max(0, i - 3), i).some((t) => t.text === '还有' || t.text === '仲有' || t.text === '另外');
              assets.push({ what: m.what, negated: negated(i), span, also, owner: who(), clause: ci });
            } else if (m.what === 'deposits' && negated(i)) {
              add('property.deposits', 0, span);
            }
            understoodSomething = true;
            break;
          case 'exhausted':
            if (clauseText.includes('钱') || clauseText.includes('存款') || clauseText.includes('积蓄') || ctx.slot === 'deposits') add('property.deposits', 0, span);
            understoodSomething = true;
            break;
          case 'none':
            neg = i;
            if (yes === undefined) yes = false;
            noneSaid = span;
            understoodSomething = true;
            break;
          case 'income':
            if (m.cat === 'excluded') excludedIncome = true;
            else if (!negated(i)) incomeMentioned.add(m.cat);
            // 打零工, 做泥水: working for pay.
            if (m.cat === 'wages' && !negated(i) && /工|泥水|搬砖|帮人/.test(tok.text)) {
              const p = who();
              if (p === people.self || !(p.apart || (clauseApart && p.known === undefined))) pf(p).employed ??= { v: true, span };
            }
            understoodSomething = true;
            break;
          case 'expense':
            if (m.kind && !negated(i)) expenseMentioned = true;
            understoodSomething = true;
            break;
          case 'gives':
            if (!negated(i) && who() !== people.self) incomeMentioned.add('support');
            break;
          case 'noGain':
            noGain = true;
            understoodSomething = true;
            break;
          case 'debt':
          case 'lent':
            understoodSomething = true;
            break;
          default:
            break;
        }
      }
      if (meaningOf(tok, 'onBehalf')) {
        // 帮我妈问 / 为其母亲咨询: the person named next (or just before) is who the answers are about.
        const after = clause.slice(i + 1).find((t) => meaningOf(t, 'person') && meaningOf(t, 'person')!.rel !== 'self');
        const m = meaningOf(after, 'person');
        const subject = m ? people.mention(m.rel, after!.start) : [...people.list].reverse().find((p) => p !== people.self && p.at <= tok.start && !p.bystander && !p.dead && !p.apart);
        if (subject) {
          const writer = people.self;
          people.onBehalfOf(subject);
          setAsideWriter(writer, ctx.slot);
          topic = people.self;
          onBehalf = true;
        }
      }
    });
    if (clausePersons.length) lastPersons = clausePersons;
    if (/^[(（]$/.test(text[clause.at(-1)!.end] ?? '')) parenOwner = clausePerson;
    else if (!/^[)）]$/.test(text[clause.at(-1)!.end] ?? '')) parenOwner = undefined;
    if (clauseCategory) {
      lastCategory = clauseLastCategory ?? clauseCategory;
      lastCategoryMonths = clause.some((t) => YEARLY_WORDS.has(t.text) || t.text === '今年' || t.text === '去年') ? 12 : undefined;
      lastExpenseKind = clauseExpenseKind;
    }
    if (!understoodSomething && !clause.every((t) => t.kind === 'num' || isMeaning(t, 'neutral') || isMeaning(t, 'yes') || isMeaning(t, 'neg') || isMeaning(t, 'hedge') || isMeaning(t, 'question') || isMeaning(t, 'command') || isMeaning(t, 'only') || isMeaning(t, 'and'))) {
      unclear.push(clauseText);
    }
  });

  // Numbers no fact used: a choice, a count, or loose ages in a members answer ("3个人 45 43 15").
  for (const clause of clauses) {
    for (const tok of clause) {
      if (tok.kind !== 'num' || usedNums.has(tok) || tok.n.digitString) continue;
      bare.push({ n: tok.n, start: tok.start, end: tok.end });
    }
  }

  // ── Household size and members ──────────────────────────────────────────────────────────
  // "一个人过 … 儿子在运城城里": living alone, anyone else named lives elsewhere.
  if (alone && !size) for (const p of people.list) if (p !== people.self && !p.dead && !p.bystander && p.known === undefined) p.apart = true;
  // Answering "who are they to you?": the people named are the members asked about, in order.
  if (ctx.slot === 'relations') {
    const open = known.flatMap((m, k) => (k > 0 && m.relation === undefined ? [k] : []));
    people.list.filter((p) => p !== people.self && p.known === undefined && !p.apart).forEach((p, k) => {
      if (open[k] !== undefined) p.known = open[k];
    });
  }
  const named: number[] = [];
  const buildMembers = ctx.slot === 'members' || (known.length === 0 && (ctx.slot === 'opening' || ctx.slot === 'summary'));
  if (alone && !size) size = { v: 1, span: alone };
  // A pair named (俺两口子) says who, not that no one else lives there, unless "only" is said (就俺两口子).
  const onlySaid = tokens.some((t) => isMeaning(t, 'only'));
  if (!size && groupCount && buildMembers && people.list.length <= groupCount && (ctx.slot !== 'opening' || onlySaid)) size = { v: groupCount, span: [0, 0] };
  let memberIndex = new Map<number, number>();
  if (buildMembers) {
    const loose = ctx.slot === 'members' ? bare.splice(0).filter((b) => b.n.value <= 120 && Number.isInteger(b.n.value)) : [];
    const order = memberListOf(people, size?.v, (p) => personFacts.get(p.key)?.age, loose, ctx.slot === 'summary');
    const said = order.length > 1 || size !== undefined || order[0]!.age !== undefined;
    if (said) {
      // In a first message, people named are who the message is about; the household is confirmed later.
      if (size !== undefined || ctx.slot !== 'opening') add('size', size?.v ?? order.length, size?.span ?? [0, 0]);
      order.forEach((entry, idx) => {
        if (entry.person && entry.person.key >= 0) memberIndex.set(entry.person.key, idx);
        if (idx === 0) add('members[0].relation', 'self', [0, 0]);
        else if (entry.person) add(`members[${idx}].relation`, entry.person.rel, [entry.person.at, entry.person.at]);
        if (entry.age !== undefined) add(`members[${idx}].age`, entry.age.v, entry.age.span, entry.age.range ? { range: entry.age.range, hedged: true } : {});
      });
    }
  } else {
    for (const p of people.list) if (p.known !== undefined) memberIndex.set(p.key, p.known);
  }

  // ── Facts about each person ─────────────────────────────────────────────────────────────
  // "两个孩子（15岁、11岁，都在上学）": what is said of a group is said of each one named in it.
  for (const g of people.list) {
    const said = personFacts.get(g.key);
    if (!said || g.n < 2) continue;
    for (const part of people.list.filter((q) => q.partOf === g.key)) {
      const own = pf(part);
      if (said.student) own.student ??= said.student;
      if (said.employed) own.employed ??= said.employed;
    }
  }
  const obligorFacts: { person: Person; f: PersonFacts }[] = [];
  for (const p of people.list) {
    const f = personFacts.get(p.key);
    const idx = memberIndex.get(p.key);
    if (p.apart || (p.dead && idx === undefined)) {
      if (p.apart && p !== people.self) obligorFacts.push({ person: p, f: f ?? {} });
      continue;
    }
    if (!f) continue;
    if (idx === undefined) {
      // A person not in the household as known: in a follow-up about members, say who is meant.
      continue;
    }
    named.push(idx);
    const at = `members[${idx}]`;
    if (!buildMembers && f.age) add(`${at}.age`, f.age.v, f.age.span);
    if (f.hasDisability) add(`${at}.hasDisability`, f.hasDisability.v, f.hasDisability.span);
    if (f.kind) add(`${at}.disability.kind`, f.kind.v, f.kind.span);
    if (f.grade) add(`${at}.disability.grade`, f.grade.v, f.grade.span, f.grade.hedged ? { hedged: true } : {});
    if (f.grade && !f.hasDisability && (ctx.household.members?.[idx]?.hasDisability === undefined)) add(`${at}.hasDisability`, true, f.grade.span);
    if (f.ill) {
      add(`${at}.seriousIllness`, f.ill.v, f.ill.span);
      if (f.ill.name) add(`${at}.illnessName`, f.ill.name, f.ill.span);
    }
    if (f.employed) add(`${at}.employed`, f.employed.v, f.employed.span);
    if (f.student) add(`${at}.student.fullTime`, true, f.student.span);
  }
  if (allNoDisability) {
    const count = buildMembers ? Math.max(1, ...[...memberIndex.values()].map((i) => i + 1)) : known.length || 1;
    for (let k = 0; k < count; k++) if (!facts.some((f) => f.path === `members[${k}].hasDisability`)) add(`members[${k}].hasDisability`, false, allNoDisability);
  }
  if (allNoIllness) {
    const count = buildMembers ? Math.max(1, ...[...memberIndex.values()].map((i) => i + 1)) : known.length || 1;
    for (let k = 0; k < count; k++) if (!facts.some((f) => f.path === `members[${k}].seriousIllness`)) add(`members[${k}].seriousIllness`, false, allNoIllness);
  }

  // ── Obligors: relatives who live elsewhere ──────────────────────────────────────────────
  if (obligorsNone) add('obligors.exist', false, obligorsNone);
  let o = (ctx.household.obligors?.list ?? []).length;
  // "两个都系后生仔": what is said of one relative, said of all of them.
  if (ctx.slot === 'obligors.situation' && obligorPeople.length > 1 && /都|两个|几个|全部|一样/.test(text)) {
    const said = obligorPeople.map((p) => personFacts.get(p.key)).find((f) => f && Object.keys(f).length > 0);
    if (said) for (const p of obligorPeople) if (!personFacts.get(p.key) || Object.keys(personFacts.get(p.key)!).length === 0) personFacts.set(p.key, { ...said });
  }
  const obligorIndex = new Map(obligorPeople.map((p, k) => [p.key, k]));
  for (const p of obligorPeople) if (!obligorFacts.some((x) => x.person === p)) obligorFacts.push({ person: p, f: personFacts.get(p.key) ?? {} });
  for (const { person, f: facts0 } of obligorFacts) {
    if (person.dead) continue;
    const f = personFacts.get(person.key) ?? facts0;
    const rel = person.rel;
    // Only those with a duty of support (配偶, 子女, 父母; 祖孙 where the middle generation is gone) owe it.
    if (rel === 'self' || rel === 'other' || rel === 'sibling') continue;
    const fixed = obligorIndex.get(person.key);
    if (fixed === undefined && !facts.some((x) => x.path === 'obligors.exist')) add('obligors.exist', true, [person.at, person.at + 1]);
    const parts = people.list.filter((q) => q.partOf === person.key).length;
    const count = person.partOf !== undefined ? 1 : Math.max(0, person.n - parts);
    for (let k = 0; k < count; k++) {
      const idx = fixed ?? o++;
      const at = `obligors.list[${idx}]`;
      if (fixed === undefined) add(`${at}.relation`, rel, [person.at, person.at + 1]);
      if (f.age && k === 0) add(`${at}.age`, f.age.v, f.age.span, f.age.range ? { range: f.age.range, hedged: true } : {});
      if (f.imprisoned) add(`${at}.imprisoned`, true, f.imprisoned.span);
      if (f.healthy) add(`${at}.ableBodiedAdult`, true, f.healthy.span);
      if (f.severeDisability || (f.grade && f.grade.v <= 2)) add(`${at}.severeDisability`, true, (f.severeDisability ?? f.grade)!.span);
      if (f.missing) add(`${at}.declaredMissing`, true, f.missing.span);
      const status = benefits.find((b) => b.person === person && !b.negated);
      if (status) add(`${at}.status`, status.what === 'lowIncome' ? 'low_income' : status.what, status.span);
    }
  }
  // Status words about a relative (儿子也是低保户) describe the obligor, not the household.
  for (const b of benefits) {
    if (b.person === people.self || b.person.known === 0 || (!b.person.apart && memberIndex.has(b.person.key))) {
      if (b.what === 'lowIncome') add('currentBenefits.lowIncome', !b.negated, b.span);
      else add(`currentBenefits.${b.what}`, !b.negated, b.span);
    }
  }

  // ── Hukou, region, hardship ─────────────────────────────────────────────────────────────
  if (hukou && !(hukouConflict && idk)) add('hukou', hukou.v, hukou.span, hukouGuessed ? { hedged: true } : {});
  if (regionFact) add('region', regionFact.code, regionFact.span);
  const kinds = new Set(events.map((e) => e.kind));
  const kept = events.filter((e, k) => {
    if (events.findIndex((x) => x.kind === e.kind) !== k) return false;
    // Told in passing about something long ago ("前年出车祸没了"): not an emergency now.
    const when = e.date ?? parseWhen(text.slice(clauses[e.clause]![0]!.start, clauses[e.clause]!.at(-1)!.end), ctx.today);
    if (when && !ctx.slot.startsWith('hardship') && daysBetween(when, ctx.today) > 366) return false;
    // One emergency told with its consequences ("煤气中毒 … 抢救", "车祸 … 身亡"): the most specific
    // kind names it; a fire and a theft are two.
    return EVENT_RANK[e.kind] === 0 || EVENT_RANK[e.kind] === Math.min(...[...kinds].map((x) => EVENT_RANK[x]));
  });
  kept.forEach((e, k) => {
    add(`hardship.events[${k}].kind`, e.kind, e.span);
    const clauseText = text.slice(clauses[e.clause]![0]!.start, clauses[e.clause]!.at(-1)!.end);
    const date = e.date ?? parseWhen(clauseText, ctx.today) ?? parseWhen(text, ctx.today);
    if (date && date <= ctx.today) add(`hardship.events[${k}].date`, date, e.span);
    // Where it happened: a place named after the event, or after 在/喺/到 ("琴日喺阳春出咗车祸").
    const cl = clauses[e.clause]!;
    const placeTok = cl.find((t, j) => meaningOf(t, 'place') && (t.start > (e.at ?? 0) || /^(在|喺|到|于)$/.test(cl[j - 1]?.text ?? '')));
    const place = meaningOf(placeTok, 'place');
    if (place) add(`hardship.events[${k}].place`, place.code, e.span);
    // A call summary names where the family lives first; an emergency with no other place happened there.
    else if (ctx.slot === 'summary' && regionFact && !regionFact.code.endsWith('00')) add(`hardship.events[${k}].place`, regionFact.code, e.span);
  });
  if (severe && (kept.length > 0 || ctx.slot === 'hardship.severe' || (ctx.household.hardship?.events?.length ?? 0) > 0)) {
    const n = Math.max(kept.length, ctx.household.hardship?.events?.length ?? 0, 1);
    for (let k = 0; k < n; k++) add(`hardship.events[${k}].basicLivingSevere`, severe.v, severe.span);
  }

  // ── Property ────────────────────────────────────────────────────────────────────────────
  for (const a of assets) {
    // "俺儿有个车 那是他的 他不跟俺在一块": a relative's who lives elsewhere is not the household's.
    if (a.owner && a.owner !== people.self && (a.owner.apart || (a.owner.known === undefined && !memberIndex.has(a.owner.key)))) continue;
    if (a.what === 'car') add('property.vehicles', a.negated ? 0 : Math.max(1, a.count ?? 1), a.span);
    if (a.what === 'exempt_vehicle' && ctx.slot === 'property' && !assets.some((x) => x.what === 'car')) {
      // An electric tricycle or a motorbike is not a car: say so, as 0 cars, when asked about cars.
      if (!facts.some((f) => f.path === 'property.vehicles')) add('property.vehicles', 0, a.span);
    }
    if (a.what === 'house') {
      // Owned houses named in different clauses add up (乡下有间祖屋，城里还在供一套); a count says it all.
      const owned = assets.filter((x) => x.what === 'house' && !x.negated);
      const counted = Math.max(0, ...owned.map((x) => x.count ?? 0));
      const clausesNamed = new Set(owned.map((x) => x.clause ?? -1)).size;
      const count = a.negated && owned.length === 0 ? 0 : counted >= 1 ? counted : a.also ? 2 : clausesNamed > 1 ? Math.min(clausesNamed, 3) : a.count;
      if (count !== undefined && !facts.some((f) => f.path === 'property.houses')) add('property.houses', count, a.span);
    }
    if (a.what === 'rented_home' || a.what === 'no_home') add('property.houses', 0, a.span);
    // 住自建房, 房改房, 有房贷: the home they live in is their own, one unless a count was said.
    if (a.what === 'own_home' && !a.negated && !facts.some((f) => f.path === 'property.houses')) add('property.houses', 1, a.span);
    if (a.what === 'shop') add('property.commercialProperty', !a.negated, a.span);
    if (a.what === 'business') add('property.registeredBusiness', !a.negated, a.span);
  }

  // ── Money ───────────────────────────────────────────────────────────────────────────────
  readAmounts(amounts, { ctx, add, groupCount, messagePeriod, text });
  // In a call summary "没有收入" is usually said of one person; only "此外/其他/别的…没有" closes the household's.
  const noneClause = noneSaid && clauses.find((c) => c[0]!.start <= noneSaid![0] && c.at(-1)!.end >= noneSaid![1]);
  const closesAll = ctx.slot !== 'summary' || (noneClause !== undefined && /其他|其它|别的|此外|除此|其余|另外|以外/.test(text.slice(noneClause[0]!.start, noneClause.at(-1)!.end)));
  if (noneSaid && closesAll && ['income', 'summary', 'income.amount'].includes(ctx.slot)) {
    // "此外没有别的收入" closes the kinds not named.
    const open = (k: IncomeCategory) => !facts.some((f) => f.path === `income.${k}`) && ctx.household.income?.[k as keyof NonNullable<Household['income']>] === undefined ;
    for (const k of ['wages', 'business', 'property', 'pensions', 'support'] as const) if (open(k)) add(`income.${k}`, 0, noneSaid);
    if (ctx.slot === 'summary') {
      if (open('otherTransfers')) add('income.otherTransfers', 0, noneSaid);
      if (open('basicPension') && !incomeMentioned.has('pensions')) add('income.basicPension', 0, noneSaid);
    }
  }
  for (const f of facts) if (hedgedMessage && f.hedged === undefined && /^(members\[\d+\]\.(age|disability)|income|property\.deposits)/.test(f.path)) f.hedged = true;

  const relationSequence: Understanding['relationSequence'] = [];
  for (const clause of clauses) {
    let ordinal: 'older' | 'younger' | undefined;
    for (const tok of clause) {
      const o = meaningOf(tok, 'ordinal');
      if (o) ordinal = o.which;
      const p = meaningOf(tok, 'person');
      if (p && p.rel !== 'self') {
        for (let k = 0; k < (p.n ?? 1); k++) relationSequence.push({ rel: p.rel, ...(ordinal ? { ordinal } : {}), at: tok.start });
        ordinal = undefined;
      }
    }
  }
  // "俺爸有", "我妈没有": a person and a bare yes or no.
  const polarity: Understanding['polarity'] = [];
  for (const clause of clauses) {
    const who = clause.map((t) => meaningOf(t, 'person')).findIndex((m) => m !== undefined);
    if (who < 0) continue;
    const m = meaningOf(clause[who], 'person')!;
    const p = m.rel === 'self' && !isMeaning(clause[who + 1], 'person') ? people.self : people.list.find((q) => q.at === clause[who + (m.rel === 'self' ? 1 : 0)]!.start) ?? people.list.find((q) => q.word === clause[who]!.text);
    const idx = p ? memberIndex.get(p.key) ?? p.known : undefined;
    if (idx === undefined) continue;
    const after = clause.slice(who + 1);
    // "我有癌症": the yes is about the illness named, not a bare yes.
    if (after.some((t) => t.kind === 'word' && t.meanings.some((x) => ['illness', 'disability', 'asset', 'income', 'event', 'benefit', 'work'].includes(x.t)))) continue;
    const no = after.findIndex((t) => isMeaning(t, 'neg') || isMeaning(t, 'none'));
    const yesAt = after.findIndex((t) => isMeaning(t, 'yes'));
    if (no >= 0 && (yesAt < 0 || no < yesAt)) polarity.push({ member: idx, yes: false });
    else if (yesAt >= 0) polarity.push({ member: idx, yes: true });
  }
  const ordinal = tokens.map((t) => meaningOf(t, 'ordinal')).find(Boolean)?.which;
  const statusWords = benefits.filter((b) => !b.negated).map((b) => b.what);
  // "个仔一个月畀五百，佢自己都系低保户": the status of who gives; "唔係低保": none of these.
  const givers = benefits.filter((b) => b.person !== people.self && b.person.known === undefined);
  if (givers.length && (facts.some((f) => f.path === 'income.support') || ctx.slot === 'income.amount' || ctx.slot === 'supportPayer')) {
    const b = givers.at(-1)!;
    add('income.supportPayerStatus', b.negated ? 'none' : b.what === 'lowIncome' ? 'low_income' : b.what, b.span);
  }
  const noGive = tokens.findIndex((t, k) => isMeaning(t, 'gives') && k > 0 && (isMeaning(tokens[k - 1], 'neg') || isMeaning(tokens[k - 2], 'neg')));
  if (noGive >= 0 && !facts.some((f) => f.path === 'income.support') && (ctx.slot === 'income.amount' || ctx.slot === 'obligors.situation' || ctx.slot === 'obligors')) add('income.support', 0, [tokens[noGive]!.start, tokens[noGive]!.end]);
  // "也不给钱": no support from them, and none named: no support income.
  const family = people.list.filter((p) => p !== people.self && ['child', 'spouse', 'parent', 'sibling'].includes(p.rel) && personFacts.get(p.key)?.noSupport);
  if (family.length && !facts.some((f) => f.path === 'income.support') && ['obligors', 'obligors.situation', 'summary', 'opening'].includes(ctx.slot)) {
    add('income.support', 0, personFacts.get(family[0]!.key)!.noSupport!.span);
  }

  // One fact per path: the last said wins (an amount after "存款么有", a correction).
  const last = new Map<string, number>();
  facts.forEach((f, k) => last.set(f.path, k));
  const deduped = facts.filter((f, k) => last.get(f.path) === k);
  return {
    text,
    facts: deduped,
    ...(yes !== undefined ? { yes } : {}),
    idk,
    commands,
    bare,
    named,
    unclear,
    corrected,
    onBehalf,
    relationSequence,
    polarity,
    ...(ordinal ? { ordinal } : {}),
    statusWords,
    mentioned: [...new Set(people.list.filter((p) => p.known !== undefined && p.at >= 0 && !p.apart).map((p) => p.known!))],
    noneSaid: noneSaid !== undefined,
    noGain,
    incomeMentioned: [...incomeMentioned],
    excludedIncome,
    expenseMentioned,
    assetsMentioned: assets.length > 0,
    noCertificate,
    leadingNo: isMeaning(tokens.find((t) => t.kind !== 'sep'), 'neg') || isMeaning(tokens.find((t) => t.kind !== 'sep'), 'none'),
  };
}

interface MemberEntry {
  person?: Person;
  age?: { v: number; range?: [number, number]; span: [number, number] };
}

/**
 * The member list a members answer gives: the applicant, then the others as named; ages said with
 * a person go to them, ages said alone ("3个人 45 43 15") fill the members without one, in order.
 */
function memberListOf(people: People, size: number | undefined, ageOf: (p: Person) => MemberEntry['age'], loose: { n: ReadNumber; start: number; end: number }[], trimToSize = false): MemberEntry[] {
  const self = people.self;
  const others = people.list.filter((p) => p !== self && !p.apart && !p.dead && !p.bystander && p.rel !== 'self' && p.partOf === undefined).sort((a, b) => a.at - b.at);
  const entries: MemberEntry[] = [{ person: self, age: ageOf(self) }];
  for (const p of others) {
    const parts = people.list.filter((q) => q.partOf === p.key);
    for (let k = 0; k < p.n; k++) {
      const part = k === 0 && parts.length === 0 ? p : parts[k] ?? (k === 0 ? p : { ...p, key: -1, n: 1 });
      entries.push({ person: part, age: ageOf(part) ?? (k === 0 ? ageOf(p) : undefined) });
    }
  }
  // A size said and more people named than it: the ones named beside money go first.
  if (size !== undefined) while (entries.length > size && entries.some((e) => e.person?.rel === 'other')) entries.splice(entries.findLastIndex((e) => e.person?.rel === 'other'), 1);
  // A call summary that states the household ("一家三口") and names more relatives: those named
  // without an age, then the last named, live elsewhere (a son in the city, a married daughter).
  if (size !== undefined && trimToSize) {
    while (entries.length > size) {
      const k = entries.findLastIndex((e, j) => j > 0 && e.age === undefined);
      const drop = entries.splice(k > 0 ? k : entries.length - 1, 1)[0]!;
      if (drop.person && drop.person.key >= 0) drop.person.apart = true;
    }
  }
  while (entries.length < (size ?? 0)) entries.push({});
  let next = 0;
  for (const b of loose) {
    while (next < entries.length && entries[next]!.age !== undefined) next++;
    const age = { v: b.n.value, ...(b.n.approx ? { range: [b.n.lo, b.n.hi] as [number, number] } : {}), span: [b.start, b.end] as [number, number] };
    if (next < entries.length) entries[next]!.age = age;
    else if (size === undefined) entries.push({ age });
    next++;
  }
  return entries;
}

/** Someone's relation to the speaker, named as a relation of a relative: 孙's 老豆 is 子女. */
function composed(of: Relation, rel: Relation): Relation {
  if (of === 'grandchild' && rel === 'parent') return 'child';
  if (of === 'child' && rel === 'child') return 'grandchild';
  if (of === 'child' && rel === 'parent') return 'spouse';
  if (of === 'spouse' && rel === 'child') return 'child';
  if (of === 'parent' && rel === 'spouse') return 'parent';
  return 'other';
}

/** A clause that asks or wishes rather than states (想申请, 能不能, 咋申请, 吗, 可唔可以). */
/** How specific an emergency's kind is: a cause over its consequence (an accident over the illness it brought). */
const EVENT_RANK: Record<NonNullable<NonNullable<Household['hardship']>['events']>[number]['kind'], number> = { fire: 0, traffic_accident: 0, natural_disaster: 0, crime: 0, accident: 1, sudden_illness: 2, other: 3 };

/** A program's bare name (低保, 特困) is a status only after a word of having it (是低保, 吃低保, 属于特困). */
const BARE_BENEFIT = new Set(['低保', '底保', '五保', '特困', '低收入', '最低生活保障', '供养', '特困供养', '低保金']);
const HOLDS = new Set(['是', '系', '着', '靠', '吃着', '领着', '拿着', '属', '为', '吃', '领', '拿', '有', '享受', '属于', '纳入', '评上', '办了', '吃上了', '已是', '都是', '也是', '还是']);

/** What the agent told the caller (已告知, 解释) is advice, not a fact about the household. */
function told(clauseText: string): boolean {
  return /告知|解释|答复|建议|介绍|说明|指引|引导/.test(clauseText);
}

/** Words that report what a caller said: the relative named right after them is who the call is about. */
const REPORTING = new Set(['称', '反映', '咨询', '为', '替', '帮', '代', '话', '讲', '问', '说', '为其', '代其', '替其']);

/**
 * Whether a relative named in a call summary is the person the call is about: named first, right
 * after the caller reports ("来电人称其父母…", "来电人替父亲咨询", "来电人（女儿）称：母亲（60岁）…"),
 * or as 其X; not when the caller lives with them ("与母亲同住") or has already told of their own
 * household (anything said of the caller beyond age and sex).
 */
function callIsAbout(clause: Token[], i: number, ci: number, text: string, callerFacts: PersonFacts | undefined): boolean {
  const tok = clause[i]!;
  const before = text.slice(0, tok.start);
  const callerSaidMore = callerFacts !== undefined && Object.keys(callerFacts).some((k) => k !== 'age');
  if (callerSaidMore) return false;
  if (/^(与|和|跟|同|陪)$/.test(clause[i - 1]?.text ?? '') || clause.some((t) => isMeaning(t, 'together'))) return false;
  if (ci <= 1 && !callerFacts && /来电|称|反映|咨询|求助|为其|替|帮/.test(before) && !/本人|自己|来电人[（(]/.test(before)) return true;
  // Later, only a parent or grandparent: a child or spouse the caller names is in the caller's own household.
  const rel = meaningOf(tok, 'person')?.rel;
  if (rel !== 'parent' && rel !== 'grandparent') return false;
  // "称母亲今年88岁，跟他和老婆一起住": the caller lives with them, and the household is the caller's.
  if (/(跟|同|和|与)(他|她|我|俺|佢|来电人)/.test(text.slice(tok.end, tok.end + 16))) return false;
  const prev = clause[i - 1]?.text;
  const afterColon = i === 0 && /[：:]$/.test(before) && /来电|称|反映|话/.test(text.slice(Math.max(0, tok.start - 16), tok.start));
  return /^其/.test(tok.text) || (prev !== undefined && REPORTING.has(prev)) || (i === 0 && REPORTING.has(text.slice(tok.start - 2, tok.start - 1))) || afterColon;
}

/**
 * The writer once a message turned to someone else. In a call summary, a son or daughter calling
 * for their parents lives elsewhere unless the text says otherwise, and owes them support; anyone
 * else (a neighbour, village staff), and any writer in a chat, is a bystander.
 */
function setAsideWriter(writer: Person, slot: SlotId): void {
  if (slot === 'summary' && (writer.rel === 'child' || writer.rel === 'grandchild')) writer.apart = true;
  else writer.bystander = true;
}

function asking(clause: Token[], clauseText: string): boolean {
  return clause.some((t) => isMeaning(t, 'question')) || /申请|想|问|咨询|能|可以|办|咋|点样|怎么|吃上|行不|中不|不$|？|\?/.test(clauseText);
}

function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
}

/** Amounts → yearly facts by kind (bot/understand/amounts.ts does the adding up). */
function readAmounts(
  amounts: Amount[],
  env: { ctx: Context; add: (path: string, value: unknown, span: [number, number], extra?: Partial<Fact>) => void; groupCount: number | undefined; messagePeriod: number | undefined; text: string },
): void {
  const { ctx } = env;
  const slotCategory: Amount['category'] | undefined =
    ctx.slot === 'income.amount' ? ctx.incomeKey : ctx.slot === 'basicPension' ? 'basicPension' : ctx.slot === 'deposits' ? 'deposits' : ctx.slot === 'hardship.expense' ? 'expense' : undefined;
  // About emergencies and spending, money named is money spent (学费生活费一年一万多).
  const hardship = ctx.slot.startsWith('hardship');
  const list = hardship ? amounts.map((a) => (a.category === 'expense' || a.category === 'debt' || a.category === 'deposits' ? a : { ...a, category: 'expense' as const })) : amounts;
  let expenseIndex = ctx.slot === 'hardship.expense' ? 0 : (ctx.household.hardship?.expenses?.length ?? 0);
  for (const y of yearly(list, { ...(slotCategory ? { slotCategory } : {}), ...(env.messagePeriod !== undefined ? { defaultMonths: env.messagePeriod } : {}), ...(env.groupCount !== undefined ? { count: env.groupCount } : {}), household: ctx.household, text: env.text })) {
    const extra: Partial<Fact> = { ...(y.approx ? { range: [y.lo, y.hi] as [number, number] } : {}), ...(y.hedged ? { hedged: true } : {}) };
    if (y.key === 'deposits') env.add('property.deposits', y.value, [y.start, y.end], extra);
    else if (y.key === 'debt') env.add('debt', y.value, [y.start, y.end], extra);
    else if (y.key.startsWith('expense:')) env.add(`hardship.expenses[${expenseIndex++}]`, { kind: y.key.slice(8), amount: y.value }, [y.start, y.end], extra);
    else env.add(`income.${y.key}`, y.value, [y.start, y.end], extra);
  }
}

/** Household members as the resident named them, for the say-back (我, 老伴 …). */
export function relationWord(rel: Relation): string {
  return { self: '您', spouse: '老伴', child: '子女', parent: '父母', grandparent: '祖父母', grandchild: '孙子女', sibling: '兄弟姐妹', other: '其他亲属' }[rel];
}

/**
 * A number in a clause: an age (七十六, 俺62, BB 8个月), a count of people (两个孙) or the household's
 * size (三口人), a disability grade, a date, a count of houses or cars, or an amount of money with
 * everything that qualifies it in the clause (its kind, its period, per person or together, rough,
 * net of costs, out of pocket).
 */
import { isDayAfterMonth } from './dates.ts';
import { laterSentenceCategory, RESTATED } from './later-sentence.ts';
import {
  AGE_SLOTS,
  durationIn,
  isAgeListNext,
  isMeaning,
  MONEY_SLOTS,
  type Near,
  nearestCategory,
  nearestPeriod,
  unitAfter,
  YEARLY_WORDS,
} from './cues.ts';
import type { Amount } from './amounts.ts';
import type { ClauseReading } from './clause-reading.ts';
import { relativesOwnChildren } from './relatives-kids.ts';
import { countOfNamed, countedNamed, leadingSize, thenAll, writerPairCount } from './counted-named.ts';
import { includeListed } from './listed-before.ts';
import { kinFamilyCount } from './kin-family-count.ts';
import type { Person } from './people.ts';
import { sexAfterPartyAge } from './sex-after-age.ts';
import type { PersonFacts, Reading } from './reading.ts';
import { allHavePension } from './all-have-pension.ts';
import { carersCounted } from './carers-counted.ts';
import { changedFromMonth } from './rate-changed.ts';
import { paidAheadByOther } from './paid-ahead.ts';
import { type ReadNumber, wholeNumber } from './numbers.ts';
import { bothInBrackets } from './both-in-brackets.ts';
import { meaningOf, type Token } from './tokens.ts';
import {
  endingPhrase,
  endsWithPhrase,
  firstPhrase,
  hasPhrase,
  isPhrase,
  phraseAfterGap,
  phraseBeforeGap,
  phrasesEnding,
  phrasesStarting,
  startsWithPhrase,
} from './phrases.ts';

type PersonAge = NonNullable<PersonFacts['age']>;

export type NumToken = Extract<Token, { kind: 'num' }>;

/** Questions asking which member: an ordinal answer ("第3位") names one of those listed. */
const WHICH_SLOTS: ReadonlySet<string> = new Set(['disability.which', 'illness.which']);
/** Yuan: a pension said as a year's under this is a month's (a basic pension's year is at least 1,200 a person). */
const TINY_YEARLY_PENSION = 600;

export function readNumberToken(r: Reading, c: ClauseReading, tok: NumToken, i: number): void {
  const unit = unitAfter(c.clause, i);
  let n = tok.n;
  if (n.digitString) return;
  // "一个钟头15块，一个月干八十来个钟头": the hours worked in a month at an hour's rate, as the days are at a day's.
  if (r.amounts.at(-1)?.months === 1 / 240 && startsWithPhrase(r.text.slice(tok.end, tok.end + 3), 'hourWord')) {
    r.amounts.at(-1)!.daysPerMonth = n.value;
    r.usedNums.add(tok);
    c.understoodSomething = true;
    return;
  }
  // "第3位 尿毒症", "第二个，眼睛看不见": answering which member, an ordinal picks the member listed at
  // that place, and what follows is about them. (The number stays a bare choice for the question.)
  if (
    WHICH_SLOTS.has(r.ctx.slot) &&
    isPhrase(c.clause[i - 1]?.text ?? '', 'ordinalMark') &&
    Number.isInteger(n.value) &&
    n.value >= 1 &&
    n.value <= r.known.length
  ) {
    const p = r.people.member(n.value - 1);
    c.clausePerson = p;
    r.topic = p;
  }
  // "八十几岁那个", 粤 "三十几岁嗰个": answering which member, the one listed whose age the figure
  // (or its range) holds, when only one does; the figure names them, it is no one's new age.
  if (WHICH_SLOTS.has(r.ctx.slot) && Number.isInteger(n.value)) {
    const after = r.text.slice(tok.end, tok.end + 6);
    const rest = after.startsWith('多岁') ? after.slice(2) : after.startsWith('岁') ? after.slice(1) : after;
    const [lo, hi] = n.approx ? [n.lo, n.hi] : [n.value, n.value];
    const hits = r.known.flatMap((m, k) => (m.age !== undefined && m.age >= lo && m.age <= hi ? [k] : []));
    if (startsWithPhrase(rest, 'thatOneOfAge') && hits.length === 1) {
      const p = r.people.member(hits[0]!);
      if (p.at < 0) p.at = tok.start;
      c.clausePerson = p;
      r.topic = p;
      r.usedNums.add(tok);
      c.understoodSomething = true;
      return;
    }
  }
  // "老婆子比俺小两岁", 粤 "老公比我大三岁": an age told against the writer's, said before it.
  const than = c.clause[i - 2];
  const ownAge = r.personFacts.get(r.people.self.key)?.age;
  if (
    unit === 'age' &&
    isPhrase(c.clause[i - 3]?.text ?? '', 'comparedWith') &&
    meaningOf(than, 'person')?.rel === 'self' &&
    ownAge !== undefined &&
    !ownAge.range &&
    isMeaning(c.clause[i - 4], 'person')
  ) {
    const who = r.people.list.findLast((p) => p.at === c.clause[i - 4]!.start);
    const by = c.clause[i - 1]?.text ?? '';
    const sign = isPhrase(by, 'youngerBy') ? -1 : isPhrase(by, 'olderBy') ? 1 : 0;
    if (who && who !== r.people.self && sign !== 0 && Number.isInteger(n.value) && n.value >= 1 && n.value <= 40) {
      c.clausePerson = who;
      r.pf(who).age = { v: ownAge.v + sign * n.value, span: [tok.start, c.clause[i + 1]!.end] };
      r.usedNums.add(tok);
      r.usedAsAge.add(tok);
      c.understoodSomething = true;
      return;
    }
  }
  // "上一个存款不对", "返上一题": the one before (or after), pointing at a question, not the number one.
  // (上/下 right before 一, and a counter right after it: grammar.)
  if (
    n.value === 1 &&
    /[上下]$/.test(r.text.slice(Math.max(0, tok.start - 1), tok.start)) &&
    /^[个题条步]/.test(r.text.slice(tok.end, tok.end + 1))
  ) {
    r.usedNums.add(tok);
    return;
  }
  // "来电人系一名中学生（16岁）": 一名 before who someone is says "a", a count of one person, never an age.
  // (名 right after 一: a counter, grammar.)
  if (n.value === 1 && r.text[tok.end] === '名' && r.ctx.slot === 'summary') {
    r.usedNums.add(tok);
    return;
  }
  // "六十出头", "四十出头": a round age and a little over it (60–64), not exactly sixty.
  // (Kept on the token too: a figure no fact uses is read later as a loose age, "一个人，六十出头".)
  if (c.clause[i + 1]?.text === '出头' && n.value % 10 === 0 && n.value >= 20 && n.value <= 100 && !n.approx) {
    n = { ...n, value: n.value + 2, lo: n.value, hi: n.value + 4, approx: true };
    tok.n = n;
  }
  // "一块二一斤", "三块五", 粤 "两蚊五": a small sum, 块, then one digit is that many tenths (角), a price
  // said the short way — not two amounts.
  const tenth = c.clause[i + 2];
  if (
    unit === 'money' &&
    !meaningOf(c.clause[i + 1], 'currency')?.mult &&
    n.value < 100 &&
    tenth?.kind === 'num' &&
    tenth.text.length === 1 &&
    !tenth.n.approx &&
    tenth.n.value >= 1 &&
    tenth.n.value <= 9 &&
    (c.clause[i + 3] === undefined ||
      isMeaning(c.clause[i + 3], 'unitPrice') ||
      meaningOf(c.clause[i + 3], 'currency')?.mult !== undefined)
  ) {
    const v = n.value + tenth.n.value / 10;
    n = { ...n, value: v, lo: v, hi: v };
    r.usedNums.add(tenth);
  }
  // "11月28": a day of the month (dates.ts), not an amount.
  const day = Number.isInteger(n.value) && n.value >= 1 && n.value <= 31;
  if (!unit && day && isDayAfterMonth(r.text, tok.start, tok.end)) return;
  // "由三楼跌落", "住六楼", "从五层楼摔下来": a floor of a building, never money or people.
  if (
    r.ctx.slot === 'summary' &&
    Number.isInteger(n.value) &&
    n.value >= 1 &&
    n.value <= 60 &&
    startsWithPhrase(c.clause[i + 1]?.text ?? '', 'floorOf') &&
    !isPhrase(r.text.slice(tok.end, tok.end + 2), 'buildingWord')
  ) {
    r.usedNums.add(tok);
    return;
  }
  // "听说七十岁以上都可以领", "六十岁以下的": an age bound in a rule someone quotes, nobody's age.
  // (岁, then 及 or 或, each optional: single characters, grammar; the bound itself is a word list.)
  if (
    r.ctx.slot === 'summary' &&
    startsWithPhrase(r.text.slice(tok.end, tok.end + 4).replace(/^岁?[及或]?/, ''), 'ageBound')
  ) {
    r.usedNums.add(tok);
    return;
  }
  // "女 62", "独居男70", "男，45": a work order's shorthand, the sex then the age of the person it is about.
  if (
    r.ctx.slot === 'summary' &&
    !unit &&
    Number.isInteger(n.value) &&
    n.value >= 1 &&
    n.value <= 110 &&
    // (A sex marker between punctuation: a shorthand's grammar, one character each, not a word list.)
    /(^|[\s,，、:：(（居])[男女][\s,，、]*$/.test(r.text.slice(Math.max(0, tok.start - 4), tok.start))
  ) {
    r.pf(r.people.self).age ??= { v: n.value, span: [tok.start, tok.end] };
    r.usedNums.add(tok);
    r.usedAsAge.add(tok);
    c.understoodSomething = true;
    return;
  }
  // "老两口，男76女74", "两公婆，男82女80": a couple in one breath, the second age the spouse's.
  const spouse =
    r.ctx.slot === 'summary' && (!unit || unit === 'age') && Number.isInteger(n.value) && n.value >= 1 && n.value <= 110
      ? pairedSpouse(r, tok)
      : undefined;
  if (spouse) {
    r.pf(spouse).age ??= { v: n.value, span: [tok.start, tok.end] };
    r.usedNums.add(tok);
    r.usedAsAge.add(tok);
    c.understoodSomething = true;
    return;
  }
  // "我阿爸七十四 哦唔係七十五", "俺七十三，不对，七十四": a figure right after a correction, answering
  // who lives there, replaces the age said last (of whoever it was), not someone new.
  const corrects =
    isMeaning(c.clause[i - 1], 'correction') || (i === 0 && isMeaning(r.clauses[c.ci - 1]?.at(-1), 'correction'));
  if (
    corrects &&
    (r.ctx.slot === 'members' || r.ctx.slot === 'opening') &&
    (!unit || unit === 'age') &&
    Number.isInteger(n.value) &&
    n.value >= 1 &&
    n.value <= 120
  ) {
    let owner: Person | undefined;
    let at = -1;
    for (const p of r.people.list) {
      const a = r.personFacts.get(p.key)?.age;
      if (a && a.span[1] <= tok.start && a.span[1] > at) {
        owner = p;
        at = a.span[1];
      }
    }
    // ("我六十五，阿妈唔系七十…": someone else named in this clause is who the figure is about.)
    if (owner && (!c.clausePerson || c.clausePerson === owner)) {
      r.pf(owner).age = { v: n.value, span: [tok.start, tok.end] };
      r.corrected = true;
      r.usedNums.add(tok);
      r.usedAsAge.add(tok);
      c.understoodSomething = true;
      return;
    }
  }
  // "以前两个，而家冇晒": how many worked before is not how many work now.
  if (
    r.ctx.slot === 'employed' &&
    c.clause.some((t) => isMeaning(t, 'past')) &&
    !c.clause.some((t) => isMeaning(t, 'currency'))
  ) {
    r.usedNums.add(tok);
    c.understoodSomething = true;
    return;
  }
  const ageLike =
    unit === 'age' ||
    (unit === 'ageish' &&
      n.value <= 120 &&
      n.value >= 1 &&
      (AGE_SLOTS.has(r.ctx.slot) || c.clausePerson !== undefined) &&
      c.clauseCategory === undefined);
  // "俺62 老汉65", "两个小孩12和8岁", "老大四十几在佛山": a number right after a person, in a slot about people.
  const skippable = (t: Token | undefined) =>
    t !== undefined && (isMeaning(t, 'neutral') || isMeaning(t, 'yes') || isPhrase(t.text, 'ageLeadIn'));
  const before = skippable(c.clause[i - 1])
    ? skippable(c.clause[i - 2])
      ? c.clause[i - 3]
      : c.clause[i - 2]
    : c.clause[i - 1];
  // "BB 8个月", "细孙，十个月大": a baby's age in months (the baby may end the clause before).
  if (
    (unit === 'period' || unit === 'duration') &&
    /^个?月$/.test(c.clause[i + 1]!.text) &&
    n.value < 24 &&
    (isMeaning(before, 'person') ||
      (i === 0 &&
        AGE_SLOTS.has(r.ctx.slot) &&
        /^(child|grandchild)$/.test(meaningOf(previousWord(r, c), 'person')?.rel ?? ''))) &&
    !c.clause.some((t) => isMeaning(t, 'currency') || isMeaning(t, 'income') || isMeaning(t, 'event'))
  ) {
    r.pf(r.ageTarget(c.who())).age ??= { v: Math.floor(n.value / 12), span: [tok.start, c.clause[i + 1]!.end] };
    r.usedNums.add(tok);
    r.usedAsAge.add(tok);
    return;
  }
  // "一个女", "一个仔": one, the classifier read inside the word; not an age.
  const oneCounted =
    n.value === 1 && /^个/.test(c.clause[i + 1]?.text ?? '') && !meaningOf(c.clause[i + 1], 'person')?.n;
  const afterPerson =
    isMeaning(before, 'person') ||
    // "俺爹妈都七十多了就靠那点养老金": the people, 都, then one age for them, whatever the clause goes on to.
    (c.clause[i - 1]?.text === '都' && isMeaning(c.clause[i - 2], 'person') && r.ctx.slot !== 'summary') ||
    // "大的四十二": the one of that birth order (read-people-words.ts), then their age.
    (isMeaning(before, 'ordinal') && c.clausePerson !== undefined) ||
    // "帮我妈问问，她七十八": 她/佢 standing for the one asked for, then their age.
    (isMeaning(before, 'pronoun') && r.onBehalf && c.clausePerson === r.people.self) ||
    // "就俺老两口 他78 俺75": 他/她 for the one other person named (the spouse of the pair), then their age.
    // (With more named, "我35他37，老大9岁", whom 他 stands for is left to the order the ages come in.)
    (isMeaning(before, 'pronoun') &&
      r.ctx.slot !== 'summary' &&
      c.clausePerson !== undefined &&
      c.clausePerson !== r.people.self &&
      onlyOtherNamed(r) === c.clausePerson) ||
    // "我哋都六十几": the writer and the spouse (read-people-words.ts), then their age.
    (isMeaning(before, 'plural') && c.clausePersons.length > 1) ||
    // "我爸妈在乡下，他们都六十多": the people just named, then their age.
    (isMeaning(before, 'others') && r.lastPersons.some((p) => p !== r.people.self)) ||
    isMeaning(before, 'group') ||
    (before?.kind === 'num' && r.usedAsAge.has(before)) ||
    // "两个仔廿五同廿二", "俩闺女十五和十二": an age, and, the next one's age.
    (isMeaning(c.clause[i - 1], 'and') &&
      [c.clause[i - 2], c.clause[i - 3]].some((t) => t?.kind === 'num' && r.usedAsAge.has(t)) &&
      (c.clause[i - 2]?.kind === 'num' || isMeaning(c.clause[i - 2], 'age'))) ||
    countedNamed(before);
  const aloneInClause = c.clause.every(
    (t) =>
      t === tok ||
      isMeaning(t, 'neutral') ||
      isMeaning(t, 'hedge') ||
      isMeaning(t, 'over') ||
      t.text === '了' ||
      t.text === '岁',
  );
  // "俺俩 都六十多", "我同老婆，都六十几": one age for the people just named.
  const allOfThem =
    isPhrase(c.clause[0]?.text ?? '', 'allToo') &&
    c.clause
      .slice(1)
      .every((t) => t === tok || isMeaning(t, 'neutral') || isMeaning(t, 'over') || isPhrase(t.text, 'ageTail')) &&
    r.lastPersons.length > 1;
  // "两个都七十几", "佢哋两个人都八十": a count of people (or the people), then 都, then one age for them all.
  const allOfCounted =
    i >= 2 &&
    isPhrase(c.clause[i - 1]?.text ?? '', 'bothWord') &&
    c.clause
      .slice(0, i - 1)
      .every(
        (t) =>
          t.kind === 'num' ||
          ['people', 'person', 'pronoun', 'plural', 'group'].some((k) => isMeaning(t, k as never)) ||
          t.text === '人',
      ) &&
    c.clause.slice(0, i - 1).some((t) => t.kind === 'num' || isMeaning(t, 'group'));
  const afterThisYear =
    c.clause[i - 1]?.text === '今年' ||
    c.clause[i - 1]?.text === '今年个' ||
    thisYearThen(r.text, c.clause, i) ||
    // "俺今年刚满六十": reached that age.
    (c.clause[i - 1]?.text === '满' && n.value >= 16 && n.value <= 100 && !unit);
  // "他六十几来着，六十三": an exact age alone right after a rough one, inside its range, narrows it.
  if (!unit && !n.approx && Number.isInteger(n.value) && aloneInClause && AGE_SLOTS.has(r.ctx.slot)) {
    const rough = roughAgeJustBefore(r, tok.start);
    if (rough?.range && n.value >= rough.range[0] && n.value <= rough.range[1]) {
      rough.v = n.value;
      delete rough.range;
      r.usedNums.add(tok);
      r.usedAsAge.add(tok);
      c.understoodSomething = true;
      return;
    }
  }
  // "公婆（都六十出头）", "公公婆婆在一起住，都六十多，": one bare age after the pair, for each of them.
  const bothOf =
    !unit && AGE_SLOTS.has(r.ctx.slot) && n.value >= 1 && n.value <= 120
      ? bothInBrackets(r.text, c.clause, i, c.ci > 0 ? r.clauses[c.ci - 1]! : [], r.lastPersons, r.people.self)
      : undefined;
  if (bothOf) {
    for (const p of bothOf)
      for (let k = 0; k < p.n; k++) r.pf(r.ageTarget(p)).age ??= ageSaid(Math.floor(n.value), n, [tok.start, tok.end]);
    r.usedNums.add(tok);
    r.usedAsAge.add(tok);
    c.understoodSomething = true;
    return;
  }
  // "5 我40 老婆37 …": the household's size said first, bare.
  if (leadingSize(r, c, i, n)) {
    r.size = { v: n.value, span: [tok.start, tok.end] };
    r.groupCount = n.value;
    r.usedNums.add(tok);
    c.understoodSomething = true;
    return;
  }
  // "俺跟老伴俩都七十多", "我同老公两个人都七十几": the people just named, counted before 都; not an age.
  if (countOfNamed(r, c, i, n)) {
    if (r.ctx.slot === 'summary' && !r.size && writerPairCount(c, i, n)) {
      r.size = { v: 2, span: [tok.start, c.clause[i + 1]!.end] };
      r.groupCount = 2;
    }
    r.usedNums.add(tok);
    c.understoodSomething = true;
    return;
  }
  // "俺还不到六十", "未够六十五": not yet that age; neither an age to record nor money.
  if (
    !unit &&
    (isMeaning(c.clause[i - 1], 'under') || isPhrase(c.clause[i - 1]?.text ?? '', 'notYetReached')) &&
    n.value >= 50 &&
    n.value <= 80 &&
    Number.isInteger(n.value) &&
    (r.ctx.slot === 'basicPension' || c.clause.some((t) => isMeaning(t, 'person'))) &&
    !c.clause.some((t) => isMeaning(t, 'currency') || isMeaning(t, 'period'))
  ) {
    r.usedNums.add(tok);
    c.understoodSomething = true;
    return;
  }
  // Answering the members question, a plain number in a clause about someone, with no money or
  // period words, is their age ("儿子在太原打工26").
  // Asked who lives elsewhere, the same: "儿子在外地打工三十二", "闺女嫁到本村二十九" (a number ending a
  // clause about someone else).
  const endsClause = c.clause.slice(i + 1).every((t) => isPhrase(t.text, 'ageTail'));
  const membersAge =
    (r.ctx.slot === 'members' || r.ctx.slot === 'obligors') &&
    !unit &&
    c.clausePerson !== undefined &&
    (['work', 'student', 'elsewhere', 'apart', 'income'].some((k) => isMeaning(c.clause[i - 1], k as never)) ||
      (r.ctx.slot === 'obligors' && endsClause && c.clausePerson !== r.people.self && i > 1)) &&
    n.value >= 1 &&
    n.value <= 100 &&
    !c.clause.some((t) => isMeaning(t, 'currency') || isMeaning(t, 'period') || isMeaning(t, 'each'));
  const bareAge =
    membersAge ||
    (!unit &&
      !oneCounted &&
      AGE_SLOTS.has(r.ctx.slot) &&
      n.value <= 120 &&
      n.value >= 1 &&
      Number.isInteger(n.value) &&
      // "闺女十九在太原上大学", "仔廿三喺深圳打工": right after a person it is their age, whatever else the clause is about.
      (c.clauseCategory === undefined || (afterPerson && n.value <= 100)) &&
      (afterPerson ||
        allOfThem ||
        allOfCounted ||
        isAgeListNext(c.clause, i) ||
        afterThisYear ||
        (aloneInClause && c.ci > 0 && r.people.list.length > 1 && r.ctx.slot !== 'members') ||
        (aloneInClause && i === 0 && listedAfterAge(r, tok)) ||
        (aloneInClause && ageOfPersonBefore(r, c))));
  // "一个四十八一个四十五" about two relatives: each age to the next of them.
  if (r.enumerating && !unit && AGE_SLOTS.has(r.ctx.slot) && n.value <= 120 && Number.isInteger(n.value)) {
    r.enumerating = false;
    // "我同细佬两个…，一个71一个68": the people just named, in the order named.
    const named = c.clausePersons.length > 1 ? c.clausePersons : r.lastPersons.length > 1 ? r.lastPersons : [];
    // "我41岁，自己带住两个仔，一个12一个8": the next one named without an age yet (each of a group in turn).
    const freeOne = () => {
      for (const p of new Set(named)) {
        const t = p.n > 1 ? r.ageTarget(p) : p;
        if (!r.personFacts.get(t.key)?.age) return t;
      }
      return undefined;
    };
    const target =
      r.ctx.slot === 'obligors.situation'
        ? (r.obligorPeople[r.enumerated++] ?? r.ageTarget(c.who()))
        : (freeOne() ?? oneMore(r, nextOfGroup(r, r.ageTarget(c.who())), tok.start));
    c.lastAgeAt = tok.start;
    r.pf(target).age ??= ageSaid(n.value, n, [tok.start, tok.end]);
    r.usedNums.add(tok);
    r.usedAsAge.add(tok);
    c.understoodSomething = true;
    return;
  }
  // ("俺爹妈都七十多了就靠那点养老金": a figure ending in 了 right after the people is their age, though
  // the clause goes on to an income.)
  const ageishAfterPerson =
    unit === 'ageish' && afterPerson && AGE_SLOTS.has(r.ctx.slot) && r.ctx.slot !== 'summary' && n.value >= 1;
  if ((ageLike || bareAge || ageishAfterPerson) && n.value <= 120) {
    if (r.enumerating && r.ctx.slot === 'obligors.situation') {
      r.enumerating = false;
      const target = r.obligorPeople[r.enumerated++];
      if (target) {
        r.pf(target).age ??= { v: Math.floor(n.value), span: [tok.start, tok.end] };
        r.usedNums.add(tok);
        return;
      }
    }
    const counting = r.enumerating;
    r.enumerating = false;
    const age = ageSaid(Math.floor(n.value), n, [tok.start, unit ? c.clause[i + 1]!.end : tok.end]);
    const all = /都/.test(c.clauseText)
      ? c.clausePersons.length > 1
        ? c.clausePersons
        : !c.clausePerson
          ? r.lastPersons
          : []
      : [];
    // "九十岁的老娘": the age of the person named right after it.
    const afterOf = isPhrase(c.clause[i + 2]?.text ?? '', 'possessive') ? 3 : 0;
    // "带着3岁女儿", "湊个4岁仔" in a summary: a child's age said right before the word for the child
    // (not "老伴45岁儿子20岁", where the word after has an age of its own). ("一个28岁未婚仔": with the word
    // for unmarried between them.)
    const g = isPhrase(c.clause[i + 2]?.text ?? '', 'unmarriedChild') ? 1 : 0;
    const childRight =
      !afterOf &&
      unit &&
      r.ctx.slot === 'summary' &&
      ['child', 'grandchild'].includes(meaningOf(c.clause[i + 2 + g], 'person')?.rel ?? '') &&
      !meaningOf(c.clause[i + 2 + g], 'person')?.n &&
      // ("本人46岁女，": the person's sex after their own age, not a daughter.)
      !sexAfterPartyAge(r.text, c.clause[i + 2 + g]!.start, c.clause[i + 2 + g]!.end) &&
      // ("其11岁仔11月29日…": a date after the child is not an age of its own.)
      (c.clause[i + 3 + g]?.kind !== 'num' || startsWithPhrase(c.clause[i + 4 + g]?.text ?? '', 'dateUnit'))
        ? 2 + g
        : 0;
    // "同83岁老母住", "还有一个72岁老娘" in a summary: a parent's age right before the word for them, after
    // 同/和 or a count (not "来电人65岁老伴在家", where the age before is the person's own).
    const lead = c.clause[i - 1];
    const parentRight =
      !afterOf &&
      !childRight &&
      unit &&
      r.ctx.slot === 'summary' &&
      ['parent', 'grandparent'].includes(meaningOf(c.clause[i + 2], 'person')?.rel ?? '') &&
      !meaningOf(c.clause[i + 2], 'person')?.n &&
      c.clause[i + 3]?.kind !== 'num' &&
      // ("一位80岁阿婆来电": the one calling, named by what she is called.)
      !startsWithPhrase(r.text.slice(c.clause[i + 2]!.end, c.clause[i + 2]!.end + 2), 'callerTitle') &&
      (isPhrase(lead?.text ?? '', 'andWith') || (isMeaning(lead, 'people') && c.clause[i - 2]?.kind === 'num'))
        ? 2
        : 0;
    const at = afterOf || childRight || parentRight;
    const next = at ? meaningOf(c.clause[i + at], 'person') : undefined;
    // "阿爸阿妈六十几", "我同老婆三十几": named one after the other, one age for both.
    const runOfPeople = c.clausePersons.filter((p) => !r.personFacts.get(p.key)?.age && p.at > (c.lastAgeAt ?? -1));
    const targets = next
      ? [
          r.people.mention(next.rel, c.clause[i + at]!.start, {
            word: c.clause[i + at]!.text,
            ...(next.gender ? { gender: next.gender } : {}),
            ...(next.inLaw ? { inLaw: true } : {}),
          }),
        ]
      : all.length > 1
        ? all
        : runOfPeople.length > 1 && n.approx
          ? runOfPeople
          : // "老汉没了 一个人过 七十三了": an age after the dead was named is the speaker's.
            [!c.clausePerson && r.topic.dead ? r.people.self : c.who()];
    // (A second age in the same clause about one of a group is the next one's: "仔10岁同7岁".)
    const again = c.lastAgeAt !== undefined;
    c.lastAgeAt = tok.start;
    // ("娃6岁和3岁", 粤 "个女三岁同一岁": a second age joined by 和 or 同 to a child named once is a second
    // child; one person has one age.)
    const joined = again && startsWithPhrase(c.clause[i - 1]?.text ?? '', 'andWith');
    for (const target of targets) {
      const t = again ? nextOfGroup(r, r.ageTarget(target)) : r.ageTarget(target);
      const another = joined && (t.rel === 'child' || t.rel === 'grandchild');
      const f = r.pf(counting || another ? oneMore(r, t, tok.start) : t);
      f.age = narrowedAge(f.age, age);
    }
    // ("都六十多" of a pair counted in one word, 我爸妈: each of them.)
    // ("两个老人家八十几": a rough age right after people counted is of each of them.)
    // (A call summary gives each one's age where it knows them.)
    const roughOfCounted =
      n.approx && r.ctx.slot !== 'summary' && isMeaning(c.clause[i - 1], 'person') && targets.every((t) => t.n > 1);
    if ((c.clause[i - 1]?.text === '都' || roughOfCounted) && !again)
      for (const target of targets) for (let k = 1; k < target.n; k++) r.pf(r.ageTarget(target)).age ??= age;
    r.usedNums.add(tok);
    r.usedAsAge.add(tok);
    c.understoodSomething = true;
    return;
  }
  // "一个闺女": the count, its classifier, then the person (个 a word of its own).
  // ("三个我爸72我妈70": a count of the household, then whose, not three fathers.)
  const classifier =
    c.clause[i + 1]?.text === '个' &&
    meaningOf(c.clause[i + 2], 'person') &&
    !startsWithPhrase(c.clause[i + 2]!.text, 'meUs')
      ? 1
      : 0;
  const personRight = meaningOf(c.clause[i + 1 + classifier], 'person');
  if (
    (!unit || (oneCounted && unit === 'count') || (classifier && unit === 'people')) &&
    personRight &&
    personRight.rel !== 'self' &&
    Number.isInteger(n.value) &&
    ((n.value >= 2 && n.value <= 10) || oneCounted)
  ) {
    // "我哋係三兄弟姐妹": three, the speaker among them.
    const withSelf =
      personRight.rel === 'sibling' && c.clause.slice(Math.max(0, i - 3), i).some((t) => isMeaning(t, 'plural'));
    const count = n.value - (withSelf ? 1 : 0);
    // (With the word's sex: "一个老娘 … 俺娘80" is the one mother named again.)
    const p = r.people.mention(personRight.rel, c.clause[i + 1 + classifier]!.start, {
      ...(count > 1 ? { n: count } : { counted: true }),
      ...(personRight.gender ? { gender: personRight.gender } : {}),
      word: c.clause[i + 1 + classifier]!.text,
    });
    if (n.value > 1) r.groupCount = n.value;
    if (!personRight.gender) relativesOwnChildren(r, c, p, tok.start);
    if (count > 1) r.countedWord.set(c.clause[i + 1 + classifier]!.start, p);
    // "来电人之子（最大的50岁）等三个子女": 等 closes a list, so those named before it are among the count.
    if (count > 1 && c.clause[i - 1]?.text === '等') includeListed(r, p);
    c.clausePerson = p;
    r.topic = p;
    r.usedNums.add(tok);
    c.understoodSomething = true;
    return;
  }
  if (unit === 'grade') {
    // ("证上写的二级，以前是三级": the grade it had before, re-assessed since, is not the grade now.)
    const before =
      r.pf(c.who()).grade !== undefined &&
      (isMeaning(c.clause[i - 1], 'past') ||
        (isMeaning(c.clause[i - 2], 'past') && c.clause[i - 1]?.text.length === 1));
    // ("最轻的那一级": 一 after "that" counts the one grade meant; grade-in-words.ts reads which.)
    if (n.value === 1 && isPhrase(c.clause[i - 1]?.text ?? '', 'thatOne')) {
      r.usedNums.add(tok);
      return;
    }
    if (n.value >= 1 && n.value <= 4 && Number.isInteger(n.value) && !before) {
      r.pf(c.who()).grade = { v: n.value, span: [tok.start, c.clause[i + 1]!.end], hedged: r.hedgedMessage };
      r.usedNums.add(tok);
      c.understoodSomething = true;
    }
    return;
  }
  if (unit === 'people') {
    // "家中还有公婆二人": how many of the pair named as also at home, not the household's size.
    const pair = meaningOf(c.clause[i - 1], 'person');
    if (
      r.ctx.slot === 'summary' &&
      pair &&
      pair.rel !== 'self' &&
      pair.n === n.value &&
      n.value > 1 &&
      isMeaning(c.clause[i - 2], 'and')
    ) {
      r.usedNums.add(tok);
      c.understoodSomething = true;
      return;
    }
    // "儿子一家三口和老两口住一块": a relative's own family counted, not the household's size.
    if (kinFamilyCount(r, c, i)) {
      r.usedNums.add(tok);
      c.understoodSomething = true;
      return;
    }
    // "承包咗两口鱼塘", "打了一口井", 晋南 "两口窑洞": 口 counting things, not people.
    if (c.clause[i + 1]!.text === '口' && startsWithPhrase(r.text.slice(c.clause[i + 1]!.end), 'countedByKou')) {
      r.usedNums.add(tok);
      return;
    }
    // "女儿嫁在本村，自家五口人也穷": a count of a relative's own home, in the clause after the one saying
    // they live apart, is their household, not the one asked about.
    const before = r.clauses[c.ci - 1];
    if (
      r.ctx.slot === 'summary' &&
      before !== undefined &&
      r.people.list.some((p) => p !== r.people.self && p.apart && !p.dead && before.some((t) => t.start === p.at)) &&
      !/[。；;！？!?]/.test(r.text[c.clauseStart - 1] ?? '') &&
      isPhrase(r.text.slice(c.clauseStart, tok.start).replace(/[也都]$/, ''), 'theirOwnHome')
    ) {
      r.usedNums.add(tok);
      c.understoodSomething = true;
      return;
    }
    // "原来六口人…现在就俺两口子", 粤 "以前五个人，而家得返两个": a count said of the past, with the
    // present told after it, is not the household's size now.
    if (
      (r.ctx.slot === 'members' || r.ctx.slot === 'opening') &&
      isMeaning(c.clause[i - 1], 'past') &&
      hasPhrase(r.text.slice(tok.end), 'nowSaid')
    ) {
      r.usedNums.add(tok);
      c.understoodSomething = true;
      return;
    }
    const after = c.clause[i + 2];
    // "三个我爸72我妈70…": a count before "my …" is how many live there, not three fathers.
    const personAfter = startsWithPhrase(after?.text ?? '', 'myOwn') ? undefined : meaningOf(after, 'person');
    if (personAfter && n.value > 10 && n.value <= 120 && AGE_SLOTS.has(r.ctx.slot)) {
      // "个女50个外孙22": 50 is the daughter's age, 个 the classifier of the next person.
      r.pf(c.who()).age ??= { v: n.value, span: [tok.start, tok.end] };
      r.usedNums.add(tok);
      r.usedAsAge.add(tok);
      return;
    }
    if (personAfter) {
      // "我哋係三兄弟姐妹": three, the speaker among them.
      const withSelf =
        personAfter.rel === 'sibling' && c.clause.slice(Math.max(0, i - 3), i).some((t) => isMeaning(t, 'plural'));
      const count = Math.max(1, Math.round(n.value) - (withSelf ? 1 : 0));
      const p = r.people.mention(personAfter.rel, after!.start, {
        n: count,
        ...(personAfter.gender ? { gender: personAfter.gender } : {}),
        word: after!.text,
      });
      if (n.value > 1) r.groupCount = Math.round(n.value);
      if (count > 1 && c.clause[i - 1]?.text === '等') includeListed(r, p);
      c.clausePerson = p;
      r.topic = p;
      r.usedNums.add(tok);
      c.understoodSomething = true;
      return;
    }
    // "一个九岁一个两岁半": counting off, not a size.
    const afterCount = c.clause[i + 2];
    if (
      n.value === 1 &&
      // ("两个子女（一个读初二、一个读高一）": the last one counted off too; "两个仔女，一个读高二": one of
      // the group named just before, in a summary.)
      (r.enumerating ||
        (r.ctx.slot === 'summary' && (r.topic?.n ?? 0) >= 2 && tok.start - r.topic!.at <= 12) ||
        afterCount?.kind === 'num' ||
        (afterCount?.kind === 'word' && afterCount.meanings.some((x) => x.t === 'age')) ||
        // "两个娃（一个上大学一个初中）" in a summary: one of each, counted off; in an answer, after the
        // group was named ("还有俩娃，一个上小学一个还没上学").
        ((r.ctx.slot === 'summary' || (r.topic?.n ?? 0) >= 2) &&
          /^个[^，,。；;一]{1,8}一个/.test(r.text.slice(tok.end, tok.end + 12))) ||
        // ("四个人 … 还有俩娃，一个上小学，一个还没上学": with the size said, one of the group just named.)
        (r.ctx.slot !== 'summary' && r.size !== undefined && (r.topic?.n ?? 0) >= 2 && r.topic !== r.people.self) ||
        countingOffFrom(r, tok) !== undefined)
    ) {
      r.usedNums.add(tok);
      r.enumerating = true;
      // "两个仔，一个喺深圳做嘢，一个喺县城做保安": in a summary, each 一个 after a group is the next one of
      // it, and what the clause says (work, a place) is theirs, not the caller's.
      const group = countingOffFrom(r, tok);
      if (group) {
        const k = r.countingOff?.group === group ? r.countingOff.k + 1 : 0;
        if (k < group.n) {
          r.countingOff = { group, k, at: tok.start };
          const part = r.people.partOfGroup(group, k);
          // (The message goes on about the group: "俩娃一个12岁一个9岁，在老家上学" is said of both.)
          c.about([part], false);
          // ("一个喺深圳", "一个嫁咗去广州": that one lives there.)
          if ((c.clauseApart || c.clauseElsewhere) && !c.clause.some((t) => isMeaning(t, 'together')))
            part.apart = true;
        }
      }
      return;
    }
    // "两个都係230" asked about money: this count is the group whose sum follows (groupAllThen).
    if (
      MONEY_SLOTS.has(r.ctx.slot) &&
      [i + 3, i + 4].some((k) => c.clause[k]?.kind === 'num' && groupAllThen(c, k) === n.value)
    )
      c.clauseEach = true;
    if (!r.memberSlots.has(r.ctx.slot) && !c.clauseEach) {
      if (n.value >= 1 && n.value <= 30) r.groupCount = n.value;
      r.bare.push({ n, start: tok.start, end: tok.end });
      r.usedNums.add(tok);
      c.understoodSomething = true;
      return;
    }
    // "老婆全职带细路（3个，8岁、5岁、2岁）": a count opening the brackets after a relative counts them.
    const bracketKin = countInBracketsOf(r, c, i);
    if (bracketKin && countsKin(r, c, bracketKin, n.value, tok)) return;
    // "还有一个": one more, not the size; "三个", "家里4口人", "一户三人": the household's size.
    const plainGe = c.clause[i + 1]!.text === '个' && !startsWithPhrase(c.clause[i + 2]?.text ?? '', 'headCounter');
    const household =
      i === 0 ||
      // "我哋七个", "俺们五个", answering how many live together: "we are seven".
      (i === 1 && r.ctx.slot === 'members' && isMeaning(c.clause[0], 'plural')) ||
      isPhrase(c.clause[i - 1]?.text ?? '', 'householdLeadIn') ||
      hasPhrase(c.clause[i - 1]?.text ?? '', 'homeWord') ||
      // "人数应该是三个", "人数係三个": the count said of the household's 人数.
      /人数/.test(
        c.clause
          .slice(0, i)
          .map((t) => t.text)
          .join(''),
      );
    // "家有老婆、一个读中专嘅仔": 一个 before a relative named later in the clause counts that relative,
    // not a household of one.
    const oneRelative =
      n.value === 1 &&
      plainGe &&
      c.clause.slice(i + 2).some((t) => {
        const rel = meaningOf(t, 'person')?.rel;
        return rel !== undefined && rel !== 'self';
      });
    // ("有一辆货车，一套房，一个门面", "一个小学生": 一个 before a thing owned or a pupil counts that, not the
    // household.)
    // ("家里两个果园": a count before a trade's land or gear counts that.)
    // ("有两个院子，一个是老宅": one of the things just counted, said to be what it is.)
    const oneThing =
      plainGe &&
      (isMeaning(c.clause[i + 2], 'asset') ||
        (n.value === 1 && isMeaning(c.clause[i + 2], 'yes') && isMeaning(c.clause[i + 3], 'asset')) ||
        isMeaning(c.clause[i + 2], 'student') ||
        meaningOf(c.clause[i + 2], 'income')?.cat === 'business');
    // "来电人姐弟三人", "俺姊妹三个" in a call about their mother: the caller's siblings, not her household
    // (how many they are is kept: what "each" of them gives is given by that many).
    const siblingsSaid =
      r.ctx.slot === 'summary' &&
      r.people.writer !== undefined &&
      !household &&
      endsWithPhrase(r.text.slice(Math.max(0, tok.start - 2), tok.start), 'siblingGroup');
    if (siblingsSaid) r.siblingsCounted = n.value;
    if ((plainGe && !household) || oneRelative || oneThing || siblingsSaid) {
      r.usedNums.add(tok);
      return;
    }
    // "两人学费今年合计一万", "两人养老金每月共四百": after the household's size was said, a count before
    // money words counts those the money is of, not the household again.
    // ("父亲72岁、母亲69岁，每月二人共领养老金三百多元": the two just named, before 共 and the money, with
    // no size said yet.)
    const moneyAt = isMeaning(c.clause[i + 2], 'total') ? (isMeaning(c.clause[i + 3], 'income') ? 3 : 4) : 2;
    const namedBefore = r.people.list
      .filter((p) => p !== r.people.self && !p.apart && !p.dead && !p.bystander && p.partOf === undefined)
      .reduce((k, p) => k + p.n, 0);
    if (
      r.ctx.slot === 'summary' &&
      (r.size || (moneyAt > 2 && namedBefore >= n.value)) &&
      (isMeaning(c.clause[i + moneyAt], 'expense') || isMeaning(c.clause[i + moneyAt], 'income')) &&
      !startsWithPhrase(c.clause[i + moneyAt]!.text, 'livingHow')
    ) {
      r.usedNums.add(tok);
      return;
    }
    // "与老婆都在工厂做嘢，两人每月合共约6000元", "两人一个月一共挣5000块": a count of people already
    // named, then their pay, counts the earners, not the household (children named after it live
    // there too). (A couple's pension, "两人养老金每月共四百", still says the household is the two.)
    // ("俩人种五亩地一年收入四千 … 儿子…跟老两口住": the couple's farm and what it brings, the same, where
    // someone is said later to live with them.)
    const workWords = [...c.clause, ...(r.clauses[c.ci - 1] ?? [])];
    const farmed =
      workWords.some((t) => meaningOf(t, 'income')?.cat === 'business' || meaningOf(t, 'asset')?.what === 'land') &&
      r.tokens.some((t) => t.start > c.clause.at(-1)!.end && isMeaning(t, 'together'));
    if (
      r.ctx.slot === 'summary' &&
      namedBefore + 1 >= n.value &&
      (farmed || workWords.some((t) => isMeaning(t, 'work') || meaningOf(t, 'income')?.cat === 'wages')) &&
      !c.clause.some((t) => {
        const cat = meaningOf(t, 'income')?.cat;
        return cat === 'pensions' || cat === 'basicPension';
      }) &&
      c.clause.slice(i + 2).some((t) => t.kind === 'num') &&
      !c.clause.some((t) => hasPhrase(t.text, 'livingHow') || isMeaning(t, 'together') || hasPhrase(t.text, 'homeWord'))
    ) {
      // (The two who farm are those a pension "each" is of: "两人种地…每人每月养老金一百六".)
      if (farmed) r.groupCount = Math.round(n.value);
      r.usedNums.add(tok);
      return;
    }
    // "子女两人都在市区", "个仔两个都喺广州" in a summary: a count right after relatives counts them,
    // not the household ("家里就父母二人" names the household: a home word or 就 before it).
    const kinBefore = meaningOf(c.clause[i - 1], 'person');
    if (
      r.ctx.slot === 'summary' &&
      kinBefore &&
      ['child', 'sibling', 'grandchild', 'other'].includes(kinBefore.rel) &&
      // (A one-character word may end a pair, "祖孙二人": the grandparent and the grandchild.)
      c.clause[i - 1]!.text.length >= 2 &&
      !c.clause.slice(0, i - 1).some(
        (t) =>
          hasPhrase(t.text, 'homeWord') ||
          isPhrase(t.text, 'householdLeadIn') ||
          isMeaning(t, 'only') ||
          // ("与9岁女儿两人生活", "跟闺女两个人过": the caller and the child, the pair who live together.)
          isMeaning(t, 'and') ||
          isPhrase(t.text, 'andWith'),
      ) &&
      !c.clause.slice(i + 2).some((t) => hasPhrase(t.text, 'livingHow') || isMeaning(t, 'together'))
    ) {
      const kin = r.people.list.findLast((p) => p.at === c.clause[i - 1]!.start);
      if (kin && countsKin(r, c, kin, n.value, tok)) return;
    }
    // "两个人每人…": a count for "each".
    if (n.value >= 1 && n.value <= 30 && Number.isInteger(n.value)) {
      if (c.clauseEach || c.clause.slice(i + 2).some((t) => isMeaning(t, 'each'))) r.groupCount = n.value;
      // "佢同老婆都係听力残疾，两个都喺厂里做": a count opening its clause, then 都, is of the people just
      // talked about, not the household's size (in a call about the caller's own family).
      else if (r.ctx.slot === 'summary' && i === 0 && thenAll(r.text.slice(tok.end, tok.end + 3)) && !r.onBehalf)
        r.groupCount = n.value;
      // "两人带着外孙（6岁）过": those who look after someone, not the household (carers-counted.ts).
      else if (carersCounted(r, c, i)) r.groupCount = n.value;
      else {
        if (r.size && !r.corrected && c.ci > 0 && c.clause.some((t) => isMeaning(t, 'correction'))) r.corrected = true;
        r.size = { v: n.value, span: [tok.start, c.clause[i + 1]!.end] };
        r.groupCount = n.value;
      }
      r.usedNums.add(tok);
      c.understoodSomething = true;
    }
    return;
  }
  if (unit === 'duration' && !isPhrase(c.clause[i + 1]!.text, 'dayWord')) return;
  // 粤 "一日一百五，一个月做十几日": 日 after a count is the days worked in the month named before it, not a date;
  // so are more days than a month has ("今年做咗六十几日"), worked over the year.
  const daysOfMonth =
    unit === 'date' &&
    isPhrase(c.clause[i + 1]!.text, 'dayWord') &&
    r.amounts.at(-1)?.months === 1 / 30 &&
    (c.clause.slice(0, i).some((t) => meaningOf(t, 'period')?.months === 1) || n.value > 31);
  if ((unit === 'date' && !daysOfMonth) || unit === 'count') {
    if (
      unit === 'count' &&
      // "两套房", "两院房" (晋南: a house and its yard), "两间屋" typed as one word.
      (/^[套间处栋院幢座]$/.test(c.clause[i + 1]!.text) ||
        (/^[套间处栋院幢座]/.test(c.clause[i + 1]!.text) && meaningOf(c.clause[i + 1], 'asset')?.what === 'house')) &&
      !c.clause.some((t) => isMeaning(t, 'event'))
    ) {
      // "住在两间旧房里", "住喺两间瓦屋": the rooms of the home they live in, one house.
      const rooms = c.clause[i + 1]!.text.startsWith('间') && /住/.test(r.text.slice(c.clauseStart, tok.start));
      // "楼下两间房租咗出去": rooms let, not houses counted.
      const roomsLet =
        c.clause[i + 1]!.text.startsWith('间') && hasPhrase(r.text.slice(tok.end, c.clause.at(-1)!.end), 'rentedOut');
      // "某区某小区3栋": in a summary, a block number after an estate's name is where someone lives.
      const block =
        r.ctx.slot === 'summary' &&
        /^[栋幢座]$/.test(c.clause[i + 1]!.text) &&
        endsWithPhrase(r.text.slice(Math.max(0, tok.start - 3), tok.start), 'estateBeforeBlock');
      if (roomsLet || block) {
        r.usedNums.add(tok);
        return;
      }
      r.assets.push({
        what: rooms ? 'own_home' : 'house',
        negated: false,
        count: rooms ? 1 : n.value,
        span: [tok.start, c.clause[i + 1]!.end],
        // "城里还有一套": one more.
        also: c.clause.slice(Math.max(0, i - 3), i).some((t) => isPhrase(t.text, 'oneMore')),
        clause: c.ci,
      });
      r.usedNums.add(tok);
    }
    if (
      unit === 'count' &&
      /^[辆部台]$/.test(c.clause[i + 1]!.text) &&
      // "一部分" (a part), "一台手术": not a vehicle.
      !startsWithPhrase(r.text.slice(c.clause[i + 1]!.end, c.clause[i + 1]!.end + 2), 'notAVehicle') &&
      !c.clause.some((t) => isMeaning(t, 'event') || meaningOf(t, 'asset')?.what === 'exempt_vehicle')
    ) {
      r.assets.push({
        what: 'car',
        negated: false,
        count: n.value,
        span: [tok.start, c.clause[i + 1]!.end],
        also: false,
      });
      r.usedNums.add(tok);
    }
    return;
  }
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
                : near?.category === 'support' && paidForWork(c, i)
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
    // "被骗走全部积蓄8万元": savings taken are savings no longer had.
    if (r.ctx.slot === 'summary' && said === 'deposits' && hasPhrase(saidBefore, 'savingsTaken'))
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
          ? (nearestPeriod(c.clause, i) ?? c.clausePeriod ?? near?.months)
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
  return;
}

/**
 * "我哋两个都係一百九", "俺俩都是一百六", "两个都係230": a group (a group word, or a count of two to thirty
 * with 个), 都, perhaps 係/是, right before the amount at i: how many the group is, each having that sum.
 */
/** An age as said: the figure, a rough one's range ("六十出头"), and the words it came from. */
function ageSaid(v: number, n: ReadNumber, span: [number, number]) {
  return { v, ...(n.approx ? { range: [n.lo, n.hi] as [number, number] } : {}), span };
}

function groupAllThen(c: ClauseReading, i: number): number | undefined {
  let j = i - 1;
  if (isMeaning(c.clause[j], 'yes')) j--;
  if (!isPhrase(c.clause[j]?.text ?? '', 'allOrEach')) return undefined;
  const g = meaningOf(c.clause[j - 1], 'group');
  if (g) return g.with.length + (g.selfIncluded ? 1 : 0);
  const count = c.clause[j - 2];
  if (c.clause[j - 1]?.text !== '个' || count?.kind !== 'num') return undefined;
  const v = count.n.value;
  return v >= 2 && v <= 30 ? v : undefined;
}

/**
 * "民办教师退下来的，一个月给一千多", "地给人家盖厂房了，一年给一千二": asked about one kind of income
 * other than support, a bare word of giving (给, 畀) with no relative named anywhere in the answer is the
 * payer of the kind asked about (a pension office, a tenant), not a relative's support.
 */
function givenByNoKin(r: Reading, asked: string, said: string | undefined, near: Near | undefined): boolean {
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
function countOfEarners(r: Reading, c: ClauseReading, category: string | undefined): { count?: number } {
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
function gaveSupport(r: Reading, p: Person, giving: Token): void {
  const f = r.pf(p);
  if (f.age && f.age.v >= 60) return;
  if (f.severeDisability || f.hasDisability?.v || f.ill?.v) return;
  f.healthy ??= { span: [giving.start, giving.end] };
}

/**
 * "一个两百三", "一个一百五": the figure right after 一个 is one person's (the 一 of 一百 may have gone into
 * the word 一个一, "one each", which a second such figure shows it was not).
 */
function oneOfThem(r: Reading, prev: Token | undefined, tok: Token): boolean {
  if (endsWithPhrase(r.text.slice(Math.max(0, tok.start - 2), tok.start), 'oneOfThem')) return true;
  return isMeaning(prev, 'each') && startsWithPhrase(prev!.text, 'oneOfThem') && /^[百千]/.test(tok.text);
}

/**
 * "夫妻工资分别6000、3000元/月", "夫妻二人均上班，一个月6000，一个月3500": in a summary, wages said one
 * after the other for a couple who both work are each partner's, added up, not the same money said twice.
 */
function eachOfTwo(r: Reading, c: ClauseReading, at: number, category: string | undefined): boolean {
  if (r.ctx.slot !== 'summary' || category !== 'wages') return false;
  const before = sentenceBefore(r.text, at);
  if (/分别/.test(before)) return true;
  const prev = r.amounts.at(-1);
  return prev !== undefined && prev.category === 'wages' && prev.clause === c.ci - 1 && bothWork(before);
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

/** "给人放羊一年给三千", 粤 "帮人睇牛一年俾三千": what is given for work done for others, no relative named, is pay. */
function paidForWork(c: ClauseReading, i: number): boolean {
  return (
    c.clause
      .slice(0, i)
      .some((t) => meaningOf(t, 'income')?.cat === 'wages' && startsWithPhrase(t.text, 'workForOthers')) &&
    !c.clause.some((t) => isMeaning(t, 'person'))
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
function periodOfClauseBefore(r: Reading, c: ClauseReading): number | undefined {
  const before = r.clauses[c.ci - 1];
  if (!before || before.some((t) => t.kind === 'num') || c.ci === 0) return undefined;
  const sentenceStart = c.clauseStart - sentenceBefore(r.text, c.clauseStart).length;
  if (before[0]!.start < sentenceStart) return undefined;
  const periods = before.flatMap((t) => {
    const m = meaningOf(t, 'period');
    return m ? [m.months] : [];
  });
  // (A length of time worked, "干了几个月", is no rate: only a year, or a rate of giving, "每月给".)
  const giving = before.some((t) => isMeaning(t, 'gives'));
  return periods.length === 1 && (periods[0] === 12 || giving) ? periods[0] : undefined;
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

/** The same sentence before a position, at most 60 characters back (a bounded look, linear overall). */
function sentenceBefore(text: string, at: number): string {
  const window = text.slice(Math.max(0, at - 60), at);
  return window.slice(window.lastIndexOf('。') + 1);
}

/**
 * "老汉 六十 俺 五十八", "儿子 三十 儿媳 二十九": typed with spaces, a person and their age alternate, so a
 * number standing alone right after a clause that only names someone (without an age yet) is theirs,
 * unless more numbers follow it ("我 老伴 儿子 70 68 40" is a list of ages in the order named).
 */
function ageOfPersonBefore(r: Reading, c: ClauseReading): boolean {
  const prev = c.ci > 0 ? r.clauses[c.ci - 1]! : [];
  const next = r.clauses[c.ci + 1];
  const personOnly =
    prev.length > 0 &&
    prev.some((t) => isMeaning(t, 'person')) &&
    prev.every((t) => isMeaning(t, 'person') || isMeaning(t, 'neutral'));
  const moreNumbers = next?.every((t) => t.kind === 'num' || isMeaning(t, 'neutral'));
  const who = c.who();
  return personOnly && !moreNumbers && who.n === 1 && !r.personFacts.get(who.key)?.age;
}

/**
 * The group a summary's 一个 counts off: the group just named ("两个仔，一个…"), or the one being counted
 * off when the last 一个 was near ("…，一个喺县城做保安"). Undefined in a chat, or with no group there.
 */
function countingOffFrom(r: Reading, tok: Token): Person | undefined {
  if (r.ctx.slot !== 'summary' && r.ctx.slot !== 'members') return undefined;
  const off = r.countingOff;
  if (off && r.topic === off.group && tok.start - off.at <= 16) return off.group;
  const t = r.topic;
  if (t.n >= 2 && t !== r.people.self && t.partOf === undefined && tok.start - t.at <= 12) return t;
  return undefined;
}

/**
 * "仲有个孙喺度读书一个9岁一个6岁", 晋南 "还有个孙子 一个十二一个八岁": counting off ages after one person
 * was named, an age for someone who already has one is one more of them (in an answer listing the
 * household), not the first again.
 */
function oneMore(r: Reading, t: Person, at: number): Person {
  return r.memberSlots.has(r.ctx.slot) &&
    r.ctx.slot !== 'summary' &&
    t !== r.people.self &&
    t.n === 1 &&
    t.partOf === undefined &&
    t.known === undefined &&
    r.personFacts.get(t.key)?.age !== undefined
    ? r.people.mention(t.rel, at, { counted: true })
    : t;
}

/**
 * "孙一个九岁一个六岁", "仔10岁同7岁": one of a group counted before, already given an age, and
 * another age said: the next of the group without one (if any), not the same child again.
 */
function nextOfGroup(r: Reading, t: Person): Person {
  if (t.partOf === undefined || r.personFacts.get(t.key)?.age === undefined) return t;
  const group = r.people.list.find((p) => p.key === t.partOf);
  const next = group ? r.ageTarget(group) : t;
  return next === group ? t : next;
}

function previousWord(r: Reading, c: ClauseReading): Token | undefined {
  return c.ci > 0 ? r.clauses[c.ci - 1]!.at(-1) : undefined;
}

/**
 * "大仔喺深圳，细仔喺中山 … 每个月一人畀三百": "each" of the relatives named in the message, when
 * money from relatives is said per person and no one is named beside it.
 */
function givers(r: Reading): { count?: number } {
  const named = r.people.list.filter(
    (p) => p !== r.people.self && p.partOf === undefined && !p.bystander && !p.dead && p.rel !== 'self',
  );
  const n = named.reduce((s, p) => s + p.n, 0);
  return n > 1 ? { count: n } : {};
}

/** The one person named so far besides the writer, when there is exactly one. */
function onlyOtherNamed(r: Reading): Person | undefined {
  const others = r.people.list.filter(
    (p) => p !== r.people.self && p.rel !== 'self' && !p.apart && !p.dead && !p.bystander && p.at >= 0,
  );
  return others.length === 1 && others[0]!.n === 1 ? others[0] : undefined;
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

/** The spouse of a couple named before ("老两口", "夫妇"), when the age follows "男76女": the pair's second age. */
function pairedSpouse(r: Reading, tok: NumToken): Person | undefined {
  const lead = r.text.slice(Math.max(0, tok.start - 24), tok.start);
  const second =
    // "老两口，男76女74"
    (/[男女]\s?\d{1,3}\s?[男女]$/.test(lead) && hasPhrase(lead, 'couple')) ||
    // "王某夫妇（男72岁、女70岁）", "老两口，72岁、70岁": the couple, then two ages and nothing else.
    coupleThenTwoAges(lead);
  if (!second || r.pf(r.people.self).age === undefined) return undefined;
  const spouse = r.people.list.find((p) => p.rel === 'spouse' && !p.dead && p.n === 1);
  return spouse && r.pf(spouse).age === undefined ? spouse : undefined;
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

const TENTHS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** "报了一半", "报咗六成" after a sum spent (within the sentence): the part left to pay. */
export function shareLeft(text: string, from: number): number | undefined {
  const after = text.slice(from, from + 16);
  const end = after.search(/[。；;]/);
  const back = sharePaidBack(end >= 0 ? after.slice(0, end) : after);
  return back === undefined ? undefined : Math.round((1 - back) * 100) / 100;
}

/**
 * The share paid back: 报, up to two marks of it (报销, 报咗, 报了, 报完), at most two characters of the
 * clause, then half, most, or tenths ("六成"). Tried in the order a pattern would: the first 报 that
 * leads to a share, as many marks as follow it first, the shortest gap first.
 */
function sharePaidBack(s: string): number | undefined {
  for (let at = s.indexOf('报'); at >= 0; at = s.indexOf('报', at + 1)) {
    let marks = 0;
    while (marks < 2 && isPhrase(s[at + 1 + marks] ?? '', 'reimbursedMark')) marks++;
    for (let k = marks; k >= 0; k--)
      for (let g = 0; g <= 2; g++) {
        const from = at + 1 + k;
        if (g > 0 && (from + g - 1 >= s.length || CLAUSE_STOPS.includes(s[from + g - 1]!))) break;
        const back = shareAt(s.slice(from + g, from + g + 3));
        if (back !== undefined) return back;
      }
  }
  return undefined;
}

/** Half (一半), most (大半, 一大半: taken as six tenths) or a numeral and 成 at the start of `x`. */
function shareAt(x: string): number | undefined {
  const words = phrasesStarting(x, 'halfOrMost');
  if (words.length > 0) return words[0] === '一半' ? 0.5 : 0.6;
  return x[1] === '成' && TENTHS[x[0]!] !== undefined ? TENTHS[x[0]!]! / 10 : undefined;
}

const CLAUSE_STOPS = '，。,；;';
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

/**
 * "王某夫妇（男72岁、女70岁）", "老两口，72岁、70岁": a couple (perhaps "the two"), then punctuation, one age
 * and a separator closing the lead. The age part is grammar (sex, digits, 岁, separators); nothing of it can
 * be a couple's last character, so the couple is right before where it starts, past the punctuation.
 */
function coupleThenTwoAges(lead: string): boolean {
  const age = /[男女]?\d{1,3}岁?\s?[、，,]\s?[男女]?\s?$/.exec(lead);
  if (!age) return false;
  let end = age.index;
  while (end > 0 && (OPENING_MARKS.includes(lead[end - 1]!) || lead[end - 1]!.trim() === '')) end--;
  const couple = lead.slice(0, end);
  return (
    endsWithPhrase(couple, 'couple') ||
    phrasesEnding(couple, 'theTwo').some((two) => endsWithPhrase(couple.slice(0, -two.length), 'couple'))
  );
}

const OPENING_MARKS = '（(，,';

/** The rough age (六十几) said last before a position, with no other number between (a few characters at most). */
/**
 * "两公婆 七十几岁 我七十四佢七十一": an exact age said of one person after a rough one said of a group
 * they are in, and inside its range, is their age; otherwise the first age said stands.
 */
function narrowedAge(was: PersonAge | undefined, said: PersonAge): PersonAge {
  if (!was) return said;
  const [lo, hi] = was.range ?? [was.v, was.v];
  return was.range && !said.range && said.span[0] > was.span[1] && said.v >= lo && said.v <= hi ? said : was;
}

function roughAgeJustBefore(r: Reading, at: number): { v: number; range?: [number, number] } | undefined {
  let best: { v: number; range?: [number, number]; span: [number, number] } | undefined;
  for (const f of r.personFacts.values())
    if (f.age?.range && f.age.span[1] <= at && (!best || f.age.span[1] > best.span[1])) best = f.age;
  if (!best || at - best.span[1] > 8) return undefined;
  const end = best.span[1];
  return r.tokens.some((t) => t.kind === 'num' && t.start >= end && t.start < at) ? undefined : best;
}

/**
 * "细路15、11、7岁", "仨娃15、11、7": a number alone after the list mark 、 that follows an age is the
 * next age of the list, not a loose number left for whoever is unplaced.
 */
function listedAfterAge(r: Reading, tok: Token): boolean {
  const k = r.tokens.indexOf(tok);
  const mark = r.tokens[k - 1];
  const prev = r.tokens[k - 2];
  return mark?.kind === 'sep' && mark.text === '、' && prev?.kind === 'num' && r.usedAsAge.has(prev);
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

/** A count said of the relatives just named (两个仔, 细路（3个）) makes them that many; false when it is no such count. */
function countsKin(r: Reading, c: ClauseReading, kin: Person, count: number, tok: NumToken): boolean {
  if (count < 2 || count > 12 || !Number.isInteger(count)) return false;
  kin.n = Math.max(kin.n, count);
  delete kin.generic;
  r.groupCount = count;
  r.usedNums.add(tok);
  c.understoodSomething = true;
  return true;
}

/**
 * The relative a count opening a bracket is of ("带细路（3个，…）", "儿女（两个，都成家了）"): the person named
 * right before the bracket, when a relative and not the writer.
 */
function countInBracketsOf(r: Reading, c: ClauseReading, i: number): Person | undefined {
  if (r.ctx.slot !== 'summary' || i !== 0) return undefined;
  const tok = c.clause[0]!;
  if (!/^[(（]$/.test(r.text[tok.start - 1] ?? '')) return undefined;
  const before = r.clauses[c.ci - 1]?.at(-1);
  const kin = meaningOf(before, 'person');
  if (!before || !kin || kin.rel === 'self' || kin.rel === 'spouse' || before.end !== tok.start - 1) return undefined;
  return r.people.list.findLast((p) => p.at === before.start);
}

// "俺今年正好七十", 粤 "我今年啱啱六十": 今年, a word that only colours the age (however it was split into
// tokens), then the number.
function thisYearThen(text: string, clause: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    if (clause[j]!.text !== '今年') continue;
    return j < i - 1 && isPhrase(text.slice(clause[j]!.end, clause[i]!.start), 'thisYearThenAge');
  }
  return false;
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

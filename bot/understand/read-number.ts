/**
 * A number in a clause: what kind of figure it is, read in order — first what it is not (an ordinal
 * choice, a floor, a price said the short way, a day of the month, an age in a rule someone quotes),
 * then an age (七十六, 俺62, BB 8个月, 六十出头), which this module reads; a count of people, a grade,
 * houses or cars go to read-number-count.ts, and money to read-number-money.ts.
 */
import { isDayAfterMonth } from './dates.ts';
import { AGE_SLOTS, isAgeListNext, isMeaning, unitAfter } from './cues.ts';
import type { ClauseReading } from './clause-reading.ts';
import { countOfNamed, countedNamed, leadingSize, writerPairCount } from './counted-named.ts';
import type { Person } from './people.ts';
import { sexAfterPartyAge } from './sex-after-age.ts';
import type { PersonFacts, Reading } from './reading.ts';
import type { ReadNumber } from './numbers.ts';
import { bothInBrackets } from './both-in-brackets.ts';
import { readCount, readHousesAndCars } from './read-number-count.ts';
import { readMoney } from './read-number-money.ts';
import { meaningOf, type Token } from './tokens.ts';
import { endsWithPhrase, hasPhrase, isPhrase, phrasesEnding, startsWithPhrase } from './phrases.ts';

type PersonAge = NonNullable<PersonFacts['age']>;

export type NumToken = Extract<Token, { kind: 'num' }>;

/** Questions asking which member: an ordinal answer ("第3位") names one of those listed. */
const WHICH_SLOTS: ReadonlySet<string> = new Set(['disability.which', 'illness.which']);

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
  // Not an age: a count, a grade, houses or cars, a date, or money, in that order.
  if (readCount(r, c, tok, i, n, unit, oneCounted)) return;
  if (unit === 'duration' && !isPhrase(c.clause[i + 1]!.text, 'dayWord')) return;
  // 粤 "一日一百五，一个月做十几日": 日 after a count is the days worked in the month named before it, not a date;
  // so are more days than a month has ("今年做咗六十几日"), worked over the year.
  const daysOfMonth =
    unit === 'date' &&
    isPhrase(c.clause[i + 1]!.text, 'dayWord') &&
    r.amounts.at(-1)?.months === 1 / 30 &&
    (c.clause.slice(0, i).some((t) => meaningOf(t, 'period')?.months === 1) || n.value > 31);
  if ((unit === 'date' && !daysOfMonth) || unit === 'count') readHousesAndCars(r, c, tok, i, n, unit);
  else readMoney(r, c, tok, i, n, unit, daysOfMonth);
}

/** An age as said: the figure, a rough one's range ("六十出头"), and the words it came from. */
function ageSaid(v: number, n: ReadNumber, span: [number, number]) {
  return { v, ...(n.approx ? { range: [n.lo, n.hi] as [number, number] } : {}), span };
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

/** The one person named so far besides the writer, when there is exactly one. */
function onlyOtherNamed(r: Reading): Person | undefined {
  const others = r.people.list.filter(
    (p) => p !== r.people.self && p.rel !== 'self' && !p.apart && !p.dead && !p.bystander && p.at >= 0,
  );
  return others.length === 1 && others[0]!.n === 1 ? others[0] : undefined;
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

// "俺今年正好七十", 粤 "我今年啱啱六十": 今年, a word that only colours the age (however it was split into
// tokens), then the number.
function thisYearThen(text: string, clause: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    if (clause[j]!.text !== '今年') continue;
    return j < i - 1 && isPhrase(text.slice(clause[j]!.end, clause[i]!.start), 'thisYearThenAge');
  }
  return false;
}

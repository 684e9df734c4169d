/**
 * A number that counts (read-number.ts says which numbers come here): people (两个孙, 三口人, 家中4口),
 * a disability grade (二级), houses (两套房) and cars (一辆).
 */
import { AGE_SLOTS, isMeaning, MONEY_SLOTS, type unitAfter } from './cues.ts';
import type { ClauseReading } from './clause-reading.ts';
import { relativesOwnChildren } from './relatives-kids.ts';
import { thenAll } from './counted-named.ts';
import { includeListed } from './listed-before.ts';
import { kinFamilyCount } from './kin-family-count.ts';
import type { Person } from './people.ts';
import type { Reading } from './reading.ts';
import { carersCounted } from './carers-counted.ts';
import type { ReadNumber } from './numbers.ts';
import { meaningOf, type Token } from './tokens.ts';
import type { NumToken } from './read-number.ts';
import { endsWithPhrase, hasPhrase, isPhrase, startsWithPhrase } from './phrases.ts';

type Unit = ReturnType<typeof unitAfter>;

/** People counted, or a grade: true when the number was one of those (and is read). */
export function readCount(
  r: Reading,
  c: ClauseReading,
  tok: NumToken,
  i: number,
  n: ReadNumber,
  unit: Unit,
  oneCounted: boolean,
): boolean {
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
    return true;
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
      return true;
    }
    if (n.value >= 1 && n.value <= 4 && Number.isInteger(n.value) && !before) {
      r.pf(c.who()).grade = { v: n.value, span: [tok.start, c.clause[i + 1]!.end], hedged: r.hedgedMessage };
      r.usedNums.add(tok);
      c.understoodSomething = true;
    }
    return true;
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
      return true;
    }
    // "儿子一家三口和老两口住一块": a relative's own family counted, not the household's size.
    if (kinFamilyCount(r, c, i)) {
      r.usedNums.add(tok);
      c.understoodSomething = true;
      return true;
    }
    // "承包咗两口鱼塘", "打了一口井", 晋南 "两口窑洞": 口 counting things, not people.
    if (c.clause[i + 1]!.text === '口' && startsWithPhrase(r.text.slice(c.clause[i + 1]!.end), 'countedByKou')) {
      r.usedNums.add(tok);
      return true;
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
      return true;
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
      return true;
    }
    const after = c.clause[i + 2];
    // "三个我爸72我妈70…": a count before "my …" is how many live there, not three fathers.
    const personAfter = startsWithPhrase(after?.text ?? '', 'myOwn') ? undefined : meaningOf(after, 'person');
    if (personAfter && n.value > 10 && n.value <= 120 && AGE_SLOTS.has(r.ctx.slot)) {
      // "个女50个外孙22": 50 is the daughter's age, 个 the classifier of the next person.
      r.pf(c.who()).age ??= { v: n.value, span: [tok.start, tok.end] };
      r.usedNums.add(tok);
      r.usedAsAge.add(tok);
      return true;
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
      return true;
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
      return true;
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
      return true;
    }
    // "老婆全职带细路（3个，8岁、5岁、2岁）": a count opening the brackets after a relative counts them.
    const bracketKin = countInBracketsOf(r, c, i);
    if (bracketKin && countsKin(r, c, bracketKin, n.value, tok)) return true;
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
      return true;
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
      // (Or more were already named as living there than the count: "他和老伴带着孙子和孙女过…两人养老金每月一共
      // 三百二" counts the two the pension is of.)
      (r.size || (moneyAt > 2 && namedBefore >= n.value) || namedBefore > n.value) &&
      (isMeaning(c.clause[i + moneyAt], 'expense') || isMeaning(c.clause[i + moneyAt], 'income')) &&
      !startsWithPhrase(c.clause[i + moneyAt]!.text, 'livingHow')
    ) {
      r.usedNums.add(tok);
      return true;
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
      return true;
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
      if (kin && countsKin(r, c, kin, n.value, tok)) return true;
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
    return true;
  }
  return false;
}

/** Houses (两套房, 两间屋) and cars (一辆) counted, or a date, which the date reader reads (dates.ts). */
export function readHousesAndCars(
  r: Reading,
  c: ClauseReading,
  tok: NumToken,
  i: number,
  n: ReadNumber,
  unit: Unit,
): void {
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
    // "两间房连同被褥粮食烧完了", "三间房连粮食全烧了": rooms a fire or a flood struck are the home hit (an
    // event, read as one), not houses counted.
    const roomsStruck =
      c.clause[i + 1]!.text.startsWith('间') && hasPhrase(r.text.slice(tok.end, c.clause.at(-1)!.end), 'roomsStruck');
    if (roomsLet || block || roomsStruck) {
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
}

/**
 * "我哋两个都係一百九", "俺俩都是一百六", "两个都係230": a group (a group word, or a count of two to thirty
 * with 个), 都, perhaps 係/是, right before the amount at i: how many the group is, each having that sum.
 */
export function groupAllThen(c: ClauseReading, i: number): number | undefined {
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

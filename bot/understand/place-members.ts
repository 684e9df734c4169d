/**
 * From the people a message named to household members: who lives together (the size said, the
 * people named, the ages said with them or loose), in what order, and what was said of each one
 * (age, disability, illness, work, school). Relatives who live elsewhere are handed on as
 * possible obligors (place-relatives.ts).
 */
import { atHomeInAside } from './aside-at-home.ts';
import { healthCovers } from './health-said.ts';
import type { ReadNumber } from './numbers.ts';
import { isMeaning } from './cues.ts';
import type { People, Person } from './people.ts';
import type { PersonFacts, Reading } from './reading.ts';
import { firstPhrase, hasPhrase, isPhrase, startsWithPhrase } from './phrases.ts';

/** Where each person went: member index by person key, and the relatives elsewhere. */
export interface Placed {
  named: number[];
  memberIndex: Map<number, number>;
  buildMembers: boolean;
  obligorFacts: { person: Person; f: PersonFacts }[];
}

/** Words for being unwell that name no illness (身体不好, 老毛病, 重病, 腰疼): inside the name, or the whole of it. */
function vagueIllness(name: string): boolean {
  return hasPhrase(name, 'unwellNoIllness') || isPhrase(name, 'unwellNoIllnessWhole');
}

/**
 * "老公走咗两年", "一年返一次": a number said with a unit of time or a count of times right after it
 * (the next word, whole) is how long or how often, not a member's age.
 */
function durationOrTimes(r: Reading, end: number): boolean {
  const next = r.tokens.find((t) => t.start === end);
  return next !== undefined && (next.kind === 'word' || next.kind === 'char') && isPhrase(next.text, 'durationOrTimes');
}

/**
 * Told in a resident's own account of the household, people who do not live in it: a spouse or a
 * couple said to be divorced ("老公前年离咗婚", "孙女她爸妈离婚了"), and anyone said not to look
 * after the family ("都不管", "唔理佢"): they are relatives elsewhere (possible obligors), not members.
 * A divorced son or daughter ("儿子离婚了") is not moved: it is their spouse who left (but a grandchild's
 * father or mother, "娃他爸妈离了", is the couple that split).
 */
function leftOrUncaring(r: Reading): void {
  const cut = firstPhrase(r.text, 'divorced');
  for (const p of r.people.list) {
    if (p === r.people.self || p.known !== undefined || p.rel === 'self' || p.partOf !== undefined) continue;
    const f = r.personFacts.get(p.key);
    const divorced =
      cut !== undefined &&
      (p.rel !== 'child' || p.n >= 2 || (p.word !== undefined && isPhrase(p.word, 'childsParentWord'))) &&
      p.at < cut.index &&
      // (The one it is said of: named just before, "老公前年离咗婚", "她爸妈离婚了".)
      cut.index - p.at <= 8 &&
      // (Grammar: the same clause, no comma or stop between them.)
      !/[，,。；;！!？?\n]/.test(r.text.slice(Math.ceil(p.at), cut.index));
    if (divorced || (f?.noSupport && f.age === undefined)) p.apart = true;
  }
}

/**
 * Whether the sentence that names `p` says they live with someone (跟着老两口生活, 同两老一齐住, 同住), not only
 * where they are (在家务农 says where a relative works, perhaps at a home of their own).
 */
function withThemSaid(r: Reading, p: Person): boolean {
  // From their word to the end of the sentence ("孙女（17岁）跟着…", "个女（38岁）有精神病，同住"): a few tokens.
  const from = r.tokens.findIndex((t) => t.start >= p.at);
  if (from < 0) return false;
  for (let k = from + 1; k < Math.min(r.tokens.length, from + 20); k++) {
    const t = r.tokens[k]!;
    if (t.kind === 'sep' && /^[。；;！!？?.]$/.test(t.text)) return false;
    // (With someone, "跟着老两口", or living together, "同住"; not 在家 alone, "在家务农" being where one works.)
    if (isMeaning(t, 'together') && (startsWithPhrase(t.text, 'andWith') || /[住过]/.test(t.text))) return true;
  }
  return false;
}

/** Someone named who would count as a member: not the applicant, not gone, not a part of a group. */
function isNamedMember(r: Reading, p: Person): boolean {
  return p !== r.people.self && p.rel !== 'self' && !p.apart && !p.dead && !p.bystander && p.partOf === undefined;
}

export function placeMembers(r: Reading): Placed {
  // ── Household size and members ──────────────────────────────────────────────────────────
  // "娃今年考上大学去外地上了", "个女喺广州读大学": a child away at school is still one of the household
  // (最低生活保障审核确认办法 第七条: 在校就读的子女 count with the family), unless said to work.
  if (r.ctx.slot === 'summary')
    for (const p of r.people.list) {
      const f = r.personFacts.get(p.key);
      if (p.apart && p.rel === 'child' && !p.dead && !p.bystander && f?.student && !f.employed?.v && !f.healthy)
        p.apart = false;
    }
  // "一个人过 … 儿子在城里": living alone, anyone else named lives elsewhere.
  if (r.alone && !r.size)
    for (const p of r.people.list)
      if (p !== r.people.self && !p.dead && !p.bystander && p.known === undefined) p.apart = true;
  // Answering "who are they to you?": the people named are the members asked about, in order.
  if (r.ctx.slot === 'relations') {
    const open = r.known.flatMap((m, k) => (k > 0 && m.relation === undefined ? [k] : []));
    r.people.list
      .filter((p) => p !== r.people.self && p.known === undefined && !p.apart)
      .forEach((p, k) => {
        if (open[k] !== undefined) p.known = open[k];
      });
  }
  // The spouse's parents count with the family only when said to live with it or described with an
  // age among its members; "公婆也不管", "家公家婆喺农村" names them, not the household.
  // (Unless a size is said that needs them: "五口人 我 老公 家婆 两个细路".)
  const namedAll = 1 + r.people.list.reduce((s, p) => s + (isNamedMember(r, p) ? p.n : 0), 0);
  const sizeNeedsAll = r.ctx.slot === 'members' && r.size !== undefined && namedAll <= r.size.v;
  if (r.ctx.slot === 'summary' || r.ctx.slot === 'opening' || r.ctx.slot === 'members')
    for (const p of r.people.list)
      if (
        !sizeNeedsAll &&
        p.inLaw &&
        p !== r.people.self &&
        p.known === undefined &&
        !p.atHome &&
        r.personFacts.get(p.key)?.age === undefined &&
        !r.people.list.some((q) => q.partOf === p.key && r.personFacts.get(q.key)?.age !== undefined)
      )
        p.bystander = true;
  if (r.ctx.slot === 'members' || r.ctx.slot === 'opening') leftOrUncaring(r);
  const named: number[] = [];
  const buildMembers =
    r.ctx.slot === 'members' ||
    // "<town>，我一个人住，七十八岁": the first question answered with the household too.
    // (The emergency path asks of hardship before the household: "老婆子查出来癌症" then names her too.)
    (r.known.length === 0 &&
      (r.ctx.slot === 'opening' || r.ctx.slot === 'summary' || r.ctx.slot === 'region' || r.ctx.slot === 'hardship'));
  if (r.alone && !r.size) r.size = { v: 1, span: r.alone };
  // A pair named (俺两口子) says who, not that no one else lives there, unless "only" is said (就俺两口子).
  const onlySaid = r.tokens.some((t) => isMeaning(t, 'only'));
  if (
    !r.size &&
    r.groupCount &&
    buildMembers &&
    r.people.list.length <= r.groupCount &&
    // ("三个儿子每人每月给三百": the givers counted live apart; the count is not the household.)
    !r.people.list.some((p) => p.apart && p.n === r.groupCount) &&
    // (In a call summary, "带着两个娃", "同父母住": the group counted is beside the caller, not the
    // whole household; the household is the caller and them.)
    !(
      r.ctx.slot === 'summary' &&
      r.people.list.some((p) => p !== r.people.self && p.rel !== 'self' && !p.apart && p.n === r.groupCount)
    ) &&
    (r.ctx.slot !== 'opening' || onlySaid)
  )
    r.size = { v: r.groupCount, span: [0, 0] };
  const memberIndex = new Map<number, number>();
  // "家里四口人，老婆、儿子（26岁，在城里打工）、女儿": a size said that counts someone working
  // away among the household: the people it needs, in the order named, live there after all.
  // The same in a resident's answer: "俺家六口 … 儿子在太原打工26" counts the son.
  if (buildMembers && (r.ctx.slot === 'summary' || r.ctx.slot === 'members' || r.ctx.slot === 'opening') && r.size) {
    const counted = (p: Person) =>
      p !== r.people.self && !p.apart && !p.dead && !p.bystander && p.rel !== 'self' && p.partOf === undefined;
    let have = 1 + r.people.list.filter(counted).reduce((s, p) => s + p.n, 0);
    for (const p of [...r.people.list].sort((a, b) => a.at - b.at)) {
      if (have >= r.size.v) break;
      if (
        p === r.people.self ||
        !p.apart ||
        p.dead ||
        p.bystander ||
        p.partOf !== undefined ||
        p.inLaw ||
        p.rel === 'other' ||
        p === r.people.writer
      )
        continue;
      if (have + p.n > r.size.v) continue;
      p.apart = false;
      have += p.n;
      // Working away was read as able to support from afar (in a resident's answer, only as away); counted
      // in the household, it is work ("四口人，老汉在外头打工…也算上").
      // (Not work said not to be done: "照顾佢冇得出去做嘢".)
      const f = r.personFacts.get(p.key);
      const near = r.tokens.filter((t) => t.start > p.at && t.start - p.at < 24);
      const work = near.findIndex((t) => isMeaning(t, 'work'));
      const denied = near.slice(0, Math.max(0, work)).some((t) => isMeaning(t, 'neg') || isMeaning(t, 'none'));
      if ((f?.healthy || (r.ctx.slot !== 'summary' && !denied)) && !f?.employed && work >= 0)
        r.pf(p).employed = { v: true, span: f?.healthy?.span ?? [p.at, p.at] };
    }
  }
  if (buildMembers) {
    const loose = refineRoughAges(
      r,
      r.ctx.slot === 'members'
        ? r.bare.splice(0).filter((b) => b.n.value <= 120 && Number.isInteger(b.n.value) && !durationOrTimes(r, b.end))
        : [],
    );
    const order = memberListOf(
      r.people,
      r.size?.v,
      (p) => r.personFacts.get(p.key)?.age,
      loose,
      r.ctx.slot === 'summary',
      // (Or said to live with them in words, "孙女跟着老两口生活": a count that leaves them out was of others.)
      (p) =>
        p !== undefined &&
        p.word !== undefined &&
        p.at >= 0 &&
        (atHomeInAside(r.text, p.at + p.word.length) || (p.atHome === true && withThemSaid(r, p))),
    );
    // (A count the summary gave of a pair, kept short of one said to live with them, was not the household's.)
    if (r.ctx.slot === 'summary' && r.size && order.length > r.size.v) r.size = { ...r.size, v: order.length };
    // "孙女读初中": a child named with a school level and no age is of that level's ages, said back as 大概.
    for (const entry of order) {
      // ("两个孙女上小学": each of a group named with the school is of its ages.)
      const of = entry.person;
      const school =
        of &&
        (r.personFacts.get(of.key)?.student ??
          (of.partOf !== undefined ? r.personFacts.get(of.partOf)?.student : undefined));
      // (Not in a 12345 summary: the agent writes the ages that were said.)
      if (!entry.age && school?.ages && entry.person !== r.people.self && r.ctx.slot !== 'summary') {
        const [lo, hi] = school.ages;
        entry.age = { v: Math.round((lo + hi) / 2), range: [lo, hi], span: school.span };
      }
    }
    const said = order.length > 1 || r.size !== undefined || order[0]!.age !== undefined;
    if (said) {
      // In a first message (or an emergency told first), people named are who the message is about; the
      // household is confirmed later.
      if (r.size !== undefined || (r.ctx.slot !== 'opening' && r.ctx.slot !== 'hardship'))
        r.add('size', r.size?.v ?? order.length, r.size?.span ?? [0, 0]);
      order.forEach((entry, idx) => {
        if (entry.person && entry.person.key >= 0 && !entry.another) memberIndex.set(entry.person.key, idx);
        if (idx === 0) r.add('members[0].relation', 'self', [0, 0]);
        else if (entry.person) r.add(`members[${idx}].relation`, entry.person.rel, [entry.person.at, entry.person.at]);
        if (entry.age !== undefined)
          r.add(
            `members[${idx}].age`,
            entry.age.v,
            entry.age.span,
            entry.age.range ? { range: entry.age.range, hedged: true } : {},
          );
      });
    }
  } else {
    for (const p of r.people.list) if (p.known !== undefined) memberIndex.set(p.key, p.known);
  }
  // "我琴日喺五金厂返工跌落嚟": what the speaker says of themselves is about member 0, even when no
  // household was described. The same in an answer about members when no household is known yet
  // ("有 俺自己 腿残了 三级", "就俺自个 在砖厂干"): the writer who names themself is member 0.
  const aboutMembers =
    r.known.length === 0 && MEMBER_QUESTIONS.has(r.ctx.slot) && (r.people.self.at >= 0 || r.alone !== undefined);
  if ((buildMembers || aboutMembers) && r.ctx.slot !== 'summary' && !memberIndex.has(r.people.self.key))
    memberIndex.set(r.people.self.key, 0);

  // ── Facts about each person ─────────────────────────────────────────────────────────────
  // "两个孩子（15岁、11岁，都在上学）": what is said of a group is said of each one named in it.
  for (const g of r.people.list) {
    const said = r.personFacts.get(g.key);
    if (!said || g.n < 2) continue;
    for (const part of r.people.list.filter((q) => q.partOf === g.key)) {
      const own = r.pf(part);
      // ("两个孩子（16岁读高一、12岁）", "（7岁上小学、3岁）": a school level said with one age of the list is
      // not the schooling of one younger than the level starts; with no level, below school age — six,
      // 义务教育法 第十一条 — is not at school.)
      const age = own.age?.v;
      if (said.student && !(age !== undefined && age < (said.student.ages?.[0] ?? 6))) own.student ??= said.student;
      if (said.employed) own.employed ??= said.employed;
    }
  }
  const obligorFacts: { person: Person; f: PersonFacts }[] = [];
  for (const p of r.people.list) {
    const f = r.personFacts.get(p.key);
    const idx = memberIndex.get(p.key);
    if (p.apart || (p.dead && idx === undefined)) {
      if (p.apart && p !== r.people.self && !p.othersFamily) obligorFacts.push({ person: p, f: f ?? {} });
      continue;
    }
    if (!f) continue;
    if (idx === undefined) {
      // A person not in the household as known: in a follow-up about members, say who is meant.
      continue;
    }
    named.push(idx);
    const at = `members[${idx}]`;
    if (!buildMembers && f.age) r.add(`${at}.age`, f.age.v, f.age.span);
    if (f.hasDisability) r.add(`${at}.hasDisability`, f.hasDisability.v, f.hasDisability.span);
    if (f.kind) r.add(`${at}.disability.kind`, f.kind.v, f.kind.span);
    if (f.grade) r.add(`${at}.disability.grade`, f.grade.v, f.grade.span, f.grade.hedged ? { hedged: true } : {});
    if (f.grade && !f.hasDisability && r.ctx.household.members?.[idx]?.hasDisability === undefined)
      r.add(`${at}.hasDisability`, true, f.grade.span);
    // A call summary naming a standing illness ("有高血压", "腰椎间盘突出") tells of health, not of a
    // 重病: the name is for matching the local list of 重特大疾病 (model: illnessName), which a
    // standing illness is not on, so nothing is stored; whether anyone is seriously ill stays open.
    const standingInSummary = f.ill !== undefined && !f.ill.v && r.ctx.slot === 'summary';
    if (f.ill && !standingInSummary) {
      r.add(`${at}.seriousIllness`, f.ill.v, f.ill.span);
      if (f.ill.name && !(r.ctx.slot === 'summary' && vagueIllness(f.ill.name)))
        r.add(`${at}.illnessName`, f.ill.name, f.ill.span);
    }
    if (f.employed) r.add(`${at}.employed`, f.employed.v, f.employed.span);
    if (f.student) r.add(`${at}.student.fullTime`, true, f.student.span);
  }
  // "俩娃上学", "两个细路读紧书": a group not named one by one is listed as n members; each is at school.
  if (buildMembers)
    for (const g of r.people.list) {
      const f = r.personFacts.get(g.key);
      const idx = memberIndex.get(g.key);
      if (!f || idx === undefined || g.n < 2 || r.people.list.some((q) => q.partOf === g.key)) continue;
      for (let k = 1; k < g.n; k++) {
        if (f.student) r.add(`members[${idx + k}].student.fullTime`, true, f.student.span);
        if (f.employed) r.add(`members[${idx + k}].employed`, f.employed.v, f.employed.span);
      }
    }
  if (r.allNoDisability) {
    const count = buildMembers ? Math.max(1, ...[...memberIndex.values()].map((i) => i + 1)) : r.known.length || 1;
    for (let k = 0; k < count; k++)
      if (!r.facts.some((f) => f.path === `members[${k}].hasDisability`))
        r.add(`members[${k}].hasDisability`, false, r.allNoDisability);
  }
  if (r.allNoIllness) {
    const count = buildMembers ? Math.max(1, ...[...memberIndex.values()].map((i) => i + 1)) : r.known.length || 1;
    for (let k = 0; k < count; k++)
      if (!r.facts.some((f) => f.path === `members[${k}].seriousIllness`))
        r.add(`members[${k}].seriousIllness`, false, r.allNoIllness);
  }
  // "母子俩身体都好", "家里人身体都好": no one covered is seriously ill (health-said.ts); "两人都无病无残":
  // no one covered is disabled either.
  if (buildMembers && r.healthSaid.length) {
    const count = Math.max(0, ...r.facts.map((f) => Number(/^members\[(\d+)\]\./.exec(f.path)?.[1] ?? -1) + 1));
    for (const h of r.healthSaid)
      for (const k of healthCovers(h, memberIndex, count)) {
        if (!r.facts.some((f) => f.path === `members[${k}].seriousIllness`))
          r.add(`members[${k}].seriousIllness`, false, h.span);
        if (h.noDisability && !r.facts.some((f) => f.path === `members[${k}].hasDisability`))
          r.add(`members[${k}].hasDisability`, false, h.span);
      }
  }
  return { named, memberIndex, buildMembers, obligorFacts };
}

/** Questions about the household's members one by one (health, work): asked of a writer alone too. */
const MEMBER_QUESTIONS: ReadonlySet<string> = new Set([
  'disability',
  'disability.which',
  'disability.kind',
  'disability.grade',
  'illness',
  'illness.which',
  'illness.list',
  'employed',
]);

interface MemberEntry {
  person?: Person;
  age?: { v: number; range?: [number, number]; span: [number, number] };
  /** One more of those a word for several stands for (仔女): facts said of the word stay with the first. */
  another?: true;
}

/**
 * The member list a members answer gives: the applicant, then the others as named; ages said with
 * a person go to them, ages said alone ("3个人 45 43 15") fill the members without one, in order.
 */
/**
 * "80几啦，好似84", "七十几…七十三定七十四": a rough age, then loose figures inside its range, narrow
 * that person's age (to the one figure, or to the span of several); they are nobody else's age.
 * The loose figures left are returned.
 */
function refineRoughAges(r: Reading, loose: { n: ReadNumber; start: number; end: number }[]) {
  const rest: typeof loose = [];
  for (let k = 0; k < loose.length; k++) {
    const b = loose[k]!;
    const owner = r.people.list.find((p) => {
      const a = r.personFacts.get(p.key)?.age;
      return (
        p.n === 1 &&
        a?.range &&
        !b.n.approx &&
        a.span[1] <= b.start &&
        b.n.value >= a.range[0] &&
        b.n.value <= a.range[1]
      );
    });
    if (!owner) {
      rest.push(b);
      continue;
    }
    // "七十三定七十四": the figures said together are the span.
    const also = loose.slice(k + 1).filter((x, j) => {
      const prev = j === 0 ? b : loose[k + j]!;
      return x.start - prev.end <= 2 && !x.n.approx && Math.abs(x.n.value - b.n.value) <= 3;
    });
    const last = also.at(-1) ?? b;
    const lo = Math.min(b.n.value, last.n.value);
    const hi = Math.max(b.n.value, last.n.value);
    r.pf(owner).age = { v: lo, ...(hi > lo ? { range: [lo, hi] as [number, number] } : {}), span: [b.start, last.end] };
    k += also.length;
  }
  return rest;
}

function memberListOf(
  people: People,
  size: number | undefined,
  ageOf: (p: Person) => MemberEntry['age'],
  loose: { n: ReadNumber; start: number; end: number }[],
  trimToSize = false,
  saidAtHome: (p: Person | undefined) => boolean = () => false,
): MemberEntry[] {
  const self = people.self;
  const others = people.list
    .filter((p) => p !== self && !p.apart && !p.dead && !p.bystander && p.rel !== 'self' && p.partOf === undefined)
    .sort((a, b) => a.at - b.at);
  const entries: MemberEntry[] = [{ person: self, age: ageOf(self) }];
  for (const p of others) {
    const parts = people.list.filter((q) => q.partOf === p.key);
    for (let k = 0; k < p.n; k++) {
      const part =
        k === 0 && parts.length === 0 ? p : (parts[k] ?? (k === 0 ? p : { ...p, key: -1, n: 1, partOf: p.key }));
      // (In a summary, one of a group counted off who died or lives elsewhere, "两个仔一个已经过身，一个喺
      // 深圳", is not a member; nor one of a group named after a colon, "两个女：大女已嫁人…细女喺深圳打工".)
      // (Not a group said to be at home, "家里他和俩儿子": the household the summary states.)
      if (trimToSize && part !== p && part.key >= 0 && (part.dead || part.apart) && (p.countedOff || !saidAtHome(p)))
        continue;
      entries.push({ person: part, age: ageOf(part) ?? (k === 0 ? ageOf(p) : undefined) });
    }
  }
  // A size said and more people named than it: the ones named beside money go first.
  if (size !== undefined)
    while (entries.length > size && entries.some((e) => e.person?.rel === 'other'))
      entries.splice(
        entries.findLastIndex((e) => e.person?.rel === 'other'),
        1,
      );
  // A call summary that states the household ("一家三口") and names more relatives: those named
  // without an age, then the last named, live elsewhere (a son in the city, a married daughter).
  // (Never one said to live with them: "两人靠养老金同儿子（38岁，同住）生活" counts the pair, not the home.)
  if (size !== undefined && trimToSize) {
    while (entries.length > size) {
      const k = entries.findLastIndex((e, j) => j > 0 && e.age === undefined);
      const at = k > 0 ? k : entries.length - 1;
      if (saidAtHome(entries[at]!.person)) break;
      const drop = entries.splice(at, 1)[0]!;
      if (drop.person && drop.person.key >= 0) drop.person.apart = true;
    }
  }
  // A resident's answer that says how many live together ("两个人") and then names more people with
  // no age and no loose figure left for them ("佢老豆老母唔理佢"): those are relatives elsewhere.
  if (size !== undefined && !trimToSize && loose.length === 0) {
    while (entries.length > size) {
      const k = entries.findLastIndex((e, j) => j > 0 && e.age === undefined && e.person !== undefined);
      if (k < 0) break;
      const drop = entries.splice(k, 1)[0]!;
      if (drop.person && drop.person.key >= 0) drop.person.apart = true;
    }
  }
  // "四个 我五十一 老婆四十九 仔女都二十几": a word for the children together stands for each one the
  // count said leaves room for, of the age said of them (no loose figure left for anyone else).
  const together = entries.find((e) => e.person?.together && e.person.n === 1 && e.person.key >= 0);
  if (together?.person && size !== undefined && !trimToSize && loose.length === 0)
    while (entries.length < size)
      entries.push({ person: together.person, ...(together.age ? { age: together.age } : {}), another: true });
  while (entries.length < (size ?? 0)) entries.push({});
  let next = 0;
  for (const b of loose) {
    while (next < entries.length && entries[next]!.age !== undefined) next++;
    const age = {
      v: b.n.value,
      ...(b.n.approx ? { range: [b.n.lo, b.n.hi] as [number, number] } : {}),
      span: [b.start, b.end] as [number, number],
    };
    if (next < entries.length) entries[next]!.age = age;
    else if (size === undefined) {
      // ("我77 佢75 细佬70": an age said after the writer's and before someone named later is a member
      // before them, in the order said; a count said first, "3 我34 娃8岁 5岁", is no one.)
      const later =
        self.at >= 0 && b.start > self.at
          ? entries.findIndex((e, j) => j > 0 && e.person !== undefined && e.person.at > b.start)
          : -1;
      if (later > 0) entries.splice(later, 0, { age });
      else entries.push({ age });
    }
    next++;
  }
  return entries;
}

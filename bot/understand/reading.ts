/**
 * What a message has said so far while it is read clause by clause (bot/understand/extract.ts):
 * the people named, the facts found, and every open thread a later clause may pick up (the
 * person talked about, the last kind of money named, a period in force, a size said). One
 * object, so each part of the reader is a function of it rather than one long closure.
 */
import { jobOfAKind } from './job-of-a-kind.ts';
import { kinAside } from './kin-aside.ts';
import { husbandsParents } from './husbands-parents.ts';
import type { HealthSaid } from './health-said.ts';
import { type Command, type Dialect, dialectOfRegion, type IncomeCategory } from '../../content/lexicon/index.ts';
import type { Household } from '../../screening/index.ts';
import type { Amount } from './amounts.ts';
import { isMeaning, wordsOf } from './cues.ts';
import type { Context, Fact, SlotId, Understanding } from './extract.ts';
import { People, type Person } from './people.ts';
import { placeLexicon } from './places.ts';
import { clausesOf, meaningOf, type Token, tokenize } from './tokens.ts';
import { splitParentPair } from './parent-pair.ts';
import { readWholeAnswer } from './whole-answer.ts';
import { dropSelfNaming } from './self-named.ts';
import { eldersAsParents } from './elders-counted.ts';
import { askedForBetween } from './asked-for-between.ts';
import { isPhrase } from './phrases.ts';
import { sexOfKinWord } from './sex-of-word.ts';

/** What is said of one person before it becomes facts about a member or a relative elsewhere. */
export interface PersonFacts {
  age?: { v: number; range?: [number, number]; span: [number, number] };
  hasDisability?: { v: boolean; span: [number, number] };
  kind?: { v: NonNullable<NonNullable<Household['members']>[number]['disability']>['kind']; span: [number, number] };
  grade?: { v: number; span: [number, number]; hedged: boolean };
  ill?: { v: boolean; name?: string; span: [number, number] };
  employed?: { v: boolean; span: [number, number] };
  student?: { span: [number, number]; ages?: [number, number] };
  imprisoned?: { span: [number, number] };
  missing?: { span: [number, number] };
  healthy?: { span: [number, number] };
  severeDisability?: { span: [number, number] };
  noSupport?: { span: [number, number] };
  status?: { v: 'dibao' | 'tekun' | 'low_income' | 'none'; span: [number, number] };
}

/** Whom a writer answers for (the `askingFor` fact) → the applicant's relation to the writer, and sex. */
const KEPT_VIEW: Record<string, ['parent' | 'grandparent', 'm' | 'f']> = {
  father: ['parent', 'm'],
  mother: ['parent', 'f'],
  grandfather: ['grandparent', 'm'],
  grandmother: ['grandparent', 'f'],
};

/** The name of a kept view (for the say-back "按父亲的情况算"), by relation and sex. */
const KEPT_NAME: Record<string, string> = {
  'parent,m': 'father',
  'parent,f': 'mother',
  'grandparent,m': 'grandfather',
  'grandparent,f': 'grandmother',
};

/** Follow-ups asking which member or who works, where a writer's own parent word can name the applicant. */
const WHO_FOLLOW_UPS: ReadonlySet<string> = new Set(['disability.which', 'illness.which', 'employed']);
/**
 * Questions about the household's health ("家里有没有人得了重病"), where a writer's parent named in the
 * answer (俺爸肺癌晚期) is the applicant only when the applicant is old: a younger applicant's parent
 * may live elsewhere and be mentioned in passing.
 */
const HEALTH_QUESTIONS: ReadonlySet<string> = new Set(['disability', 'illness', 'disability.grade', 'illness.list']);
/** Questions about the known members' health or work (a relative named is one of them). */
const MEMBER_FOLLOW_UPS: ReadonlySet<string> = new Set([
  'disability',
  'disability.which',
  'illness',
  'illness.which',
  'employed',
]);
/** Questions whose answer may describe the household's members (one set, not one built for every reading). */
const MEMBER_SLOTS: ReadonlySet<SlotId> = new Set<SlotId>(['members', 'opening', 'summary']);
/** The youngest applicant whose child types for them, by question kind (see the two sets above). */
const WRITER_BELOW_FROM_AGE = { follow: 40, health: 60 } as const;

/**
 * Asked which member has a certificate or an illness, "我爸", "俺爷爷 肺癌", "係阿嫲自己隻腳跛咗": the
 * first person named is the writer's parent or grandparent (of a known sex), while the household
 * as known has no one of that relation and its first member is old enough to be that parent or
 * grandparent — so a child or grandchild is typing for the applicant, who is member 0. Read as
 * when an earlier answer said so, and said back ("按父亲的情况算").
 */
function writerBelowApplicant(
  tokens: readonly Token[],
  ctx: Context,
  fromAge: number,
): ['parent' | 'grandparent', 'm' | 'f'] | undefined {
  const known = ctx.household.members ?? [];
  const age = known[0]?.age;
  if (age === undefined) return undefined;
  for (const t of tokens) {
    const p = meaningOf(t, 'person');
    // (The writer's brother or sister named first, "就我细佬喺镇上做，阿妈冇做嘢": one of the applicant's
    // children, read once the parent word shows whom the writer answers for.)
    if (!p || p.rel === 'self' || (p.rel === 'sibling' && !p.inLaw && known.some((m) => m.relation === 'child')))
      continue;
    if ((p.rel !== 'parent' && p.rel !== 'grandparent') || p.inLaw || (p.n ?? 1) > 1) return undefined;
    const gender = p.gender ?? sexOfKinWord(t.text);
    if (!gender || known.some((m) => m.relation === p.rel)) return undefined;
    // (A parent of a writer old enough to type for them; a grandparent older still.)
    if (age < (p.rel === 'parent' ? fromAge : fromAge + 15)) return undefined;
    return [p.rel, gender];
  }
  return undefined;
}

/**
 * Asked about family elsewhere, "我同我细佬，我哋都喺外面", "我、我哥、我妹，都不跟我爸住": the writer
 * names themself (我 alone) beside their brothers and sisters, who owe an applicant nothing unless
 * the applicant is their parent — so the writer answers for a parent (of the sex of the parent
 * named, if one is). The same view as when an earlier answer said so; said back ("按父亲的情况算").
 */
function writerAmongRelatives(tokens: readonly Token[]): 'm' | 'f' | 'unknown' | undefined {
  let writer = false;
  let sibling = false;
  let gender: 'm' | 'f' | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const p = meaningOf(tokens[i], 'person');
    const next = meaningOf(tokens[i + 1], 'person');
    if (p?.rel === 'self' && isPhrase(tokens[i]!.text, 'myOrOur') && !next) writer = true;
    if (isMeaning(tokens[i], 'plural') && !next) writer = true;
    if (p?.rel === 'sibling' && !p.inLaw) sibling = true;
    if (p?.rel === 'parent' && !p.inLaw && p.gender) gender ??= p.gender;
    // A spouse or child of the writer's own: the writer is the applicant speaking of their family.
    if (p && (p.rel === 'spouse' || p.rel === 'child' || p.rel === 'grandchild')) return undefined;
  }
  return writer && sibling ? (gender ?? 'unknown') : undefined;
}

export type EventKind = NonNullable<NonNullable<Household['hardship']>['events']>[number]['kind'];
type Span = [number, number];

export class Reading {
  readonly dialect: Dialect | 'all';
  readonly text: string;
  readonly tokens: Token[];
  readonly clauses: Token[][];
  readonly people: People;
  readonly facts: Fact[] = [];
  readonly personFacts = new Map<number, PersonFacts>();
  yes: boolean | undefined;
  idk = false;
  readonly commands: Command[] = [];
  readonly usedNums = new Set<Token>();
  readonly bare: Understanding['bare'] = [];
  readonly amounts: Amount[] = [];
  readonly unclear: string[] = [];
  corrected = false;
  /** In a summary, a child last named as looked after ("妻子在家带两个娃") and who looks after them (carer-of-young.ts). */
  carer: { of: Person; by: Person } | undefined;
  /** Grandchildren 他/佢 opened a clause about ("他爸在监狱里"), and the parent of theirs named then. */
  grandchildsOf: Person | undefined;
  grandchildsParent: Person | undefined;
  /** Where a slip owned in the middle of the message ends ("…俺弄错了 是俺妹子"): what comes after answers. */
  correctedAt: number | undefined;
  /** The yes (r.yes) was said of the past ("以前有"). */
  yesOfPast = false;
  onBehalf = false;
  /** Where the applicant was last named in the third person (户主, 该户; cadre-voice.ts). */
  selfThirdAt: number | undefined;
  /** How many of a couple a cadre named were read as the head and the spouse (cadre-voice.ts). */
  cadreCouple = 0;
  cadreCoupleAt: number | undefined;
  /** Whom the writer answers for, kept from an earlier answer or seen in this one (for-a-parent.ts). */
  keptFor: string | undefined;
  size: { v: number; span: Span } | undefined;
  alone: Span | undefined;
  /** In a summary, the caller told first of a parent who died (其父亲…过身): the other parent named next is the subject. */
  parentDiedFirst = false;
  regionFact: { code: string; span: Span } | undefined;
  readonly events: { kind: EventKind; span: Span; clause: number; date?: string; place?: string; at?: number }[] = [];
  severe: { v: boolean; span: Span; firm?: true } | undefined;
  noneSaid: Span | undefined;
  allNoDisability: Span | undefined;
  allNoIllness: Span | undefined;
  /** A summary saying people are in good health (身体都好, 都没啥病): whom it covers (health-said.ts). */
  readonly healthSaid: HealthSaid[] = [];
  obligorsNone: Span | undefined;
  hukou: { v: 'rural' | 'urban'; span: Span; past?: boolean } | undefined;
  /** "现在都叫居民户口": the 2014 reform named, which says nothing of the family's own 户口. */
  hukouReform = false;
  hukouConflict = false;
  hukouGuessed = false;
  readonly assets: {
    what: string;
    negated: boolean;
    count?: number;
    span: Span;
    also: boolean;
    owner?: Person;
    clause?: number;
  }[] = [];
  readonly benefits: { what: 'dibao' | 'tekun' | 'lowIncome'; negated: boolean; person: Person; span: Span }[] = [];
  readonly hedgedMessage: boolean;
  /** The person the message is talking about, from one clause to the next. */
  topic: Person;
  /** In a summary, a group being counted off one by one ("两个仔，一个…，一个…"): which, how far, where. */
  countingOff: { group: Person; k: number; at: number } | undefined;
  /**
   * In a summary about someone else, where the caller (来电人) was last named: a 自己 after it in that
   * sentence is theirs.
   */
  writerAt: number | undefined;
  /**
   * In a summary, a relative living apart whom a 自己 went back to ("儿子住在同村，自己也靠种地"), with where:
   * money said after it in that sentence is what the relative lives on, not the household's.
   */
  apartOwn: { person: Person; at: number } | undefined;
  readonly incomeMentioned = new Set<IncomeCategory>();
  /** Kinds of income said not to be had ("冇退休金", "没有退休工资"), with where. */
  readonly incomeDenied = new Map<IncomeCategory, [number, number]>();
  noGain = false;
  noCertificate = false;
  excludedIncome = false;
  expenseMentioned = false;
  /** Kinds of spending named (看病, 读书, 康复), not denied, each once in order: what expenses with no amount are. */
  readonly expenseKinds: NonNullable<Amount['expenseKind']>[] = [];
  /** Spending said with no kind (花了, 使咗, 掏): with a kind named, a big expense told without its amount. */
  spendingSaid = false;
  /** A bill insurance has not yet paid its share of ("已花四万多，新农合还没结算"): an expense, amount unknown. */
  unsettledBill: { kind: NonNullable<Amount['expenseKind']>; span: [number, number] } | undefined = undefined;
  readonly memberSlots: ReadonlySet<SlotId> = MEMBER_SLOTS;
  readonly usedAsAge = new Set<Token>();
  /** "一个九岁一个六岁": counting off people, each number the age of the next one. */
  enumerating = false;
  enumerated = 0;
  /** The people named in the last clause that named anyone ("阿爸阿妈喺乡下，都七十几喇"). */
  lastPersons: Person[] = [];
  /** The person a clause ending in "（" was about: "儿子（28岁）在外打工" goes on about them after "）". */
  parenOwner: Person | undefined;
  /** "二仔（55）同三仔（": those listed across brackets, all of whom the words after "）" are about. */
  parenGroup: Person[] = [];
  /**
   * Whom the text was about when a bracket opened: an aside of several clauses about a relative
   * ("独身（…一个仔…做厨师），做散工…") ends with the text back on them.
   */
  asideTopic: Person | undefined;
  asideAt = -1;
  /** In answer to "their situation?", the relatives elsewhere already named, in order. */
  readonly obligorPeople: Person[] = [];
  lastCategory: Amount['category'];
  lastCategoryMonths: number | undefined;
  /** A summary's kind of money named in the last sentence with no figure ("打零工收入不稳定。每月一千五"). */
  carriedCategory: Amount['category'];
  /** How many amounts were read before the current sentence of a summary. */
  sentenceFirstAmount = 0;
  lastExpenseKind: Amount['expenseKind'];
  /** The period said last ("每月…"), which a bare amount after it is taken in. */
  messagePeriod: number | undefined;
  /** How many people "each" or a group means ("两个人每人…"). */
  groupCount: number | undefined;
  /** "来电人姐弟三人", "俺姊妹三个": how many the caller and their brothers and sisters are, when said. */
  siblingsCounted: number | undefined;
  /** A person word a count before it already named ("三个仔" again: the group, by the word's start). */
  readonly countedWord = new Map<number, Person>();
  /**
   * How long the pay lasted, by clause (durationIn depends on the clause alone): read once a clause, not once an
   * amount, so a clause of many figures costs time linear in its length.
   */
  readonly durations = new Map<number, number | undefined>();

  constructor(
    raw: string,
    readonly ctx: Context,
  ) {
    this.dialect = dialectOfRegion(ctx.region, ctx.parameters);
    const tokenized = tokenize(splitParentPair(raw, ctx.slot), this.dialect, placeLexicon(ctx.parameters));
    this.text = tokenized.text;
    // "老板" alone, answering who someone is: the husband (whole-answer.ts).
    // ("阿婆我七十五": the writer naming themself, self-named.ts.)
    // ("两个老人，我同老公": counted old ones beside the writer are the writer's parents, elders-counted.ts.)
    // ("有份村里看水闸嘅工": a bare 工 after 有份 is a job had, job-of-a-kind.ts; "父亲（爷爷唯一个仔）": a bracket
    // saying only whose relative someone is names no one new, kin-aside.ts.)
    // ("帮村里阿伯问下，佢六十九": the one asked for, named between the helping and the asking, asked-for-between.ts.)
    // ("家有丈夫、公公（75岁）": her husband's father, husbands-parents.ts.)
    this.tokens = askedForBetween(
      tokenized.text,
      eldersAsParents(
        dropSelfNaming(
          readWholeAnswer(tokenized.text, husbandsParents(kinAside(jobOfAKind(tokenized.tokens)), ctx.slot), ctx.slot),
        ),
        ctx.slot,
      ),
      ctx.slot,
    );
    this.clauses = clausesOf(this.tokens);
    this.people = new People(ctx.household.members ?? []);
    this.people.kinSex = ctx.slot !== 'summary';
    this.people.fillUnrelated = MEMBER_FOLLOW_UPS.has(ctx.slot);
    this.hedgedMessage = this.tokens.some((t) => isMeaning(t, 'hedge'));
    // Said in an earlier answer: the writer answers for a parent or grandparent (for-a-parent.ts).
    const said = ctx.slot === 'summary' || ctx.slot === 'opening' ? undefined : KEPT_VIEW[ctx.askingFor ?? ''];
    const among = !said && ctx.slot === 'obligors' ? writerAmongRelatives(this.tokens) : undefined;
    const fromAge = WHO_FOLLOW_UPS.has(ctx.slot)
      ? WRITER_BELOW_FROM_AGE.follow
      : HEALTH_QUESTIONS.has(ctx.slot)
        ? WRITER_BELOW_FROM_AGE.health
        : undefined;
    const above =
      !said && !among && fromAge !== undefined ? writerBelowApplicant(this.tokens, ctx, fromAge) : undefined;
    if (said) this.keptFor = ctx.askingFor;
    else if (among) this.keptFor = among === 'f' ? 'mother' : among === 'm' ? 'father' : 'parent';
    else if (above) this.keptFor = KEPT_NAME[above.join()];
    const kept = said ?? above ?? (among ? (['parent', among === 'f' ? 'f' : 'm'] as const) : undefined);
    if (kept) this.people.keepWrittenFor(kept[0], kept[1], ctx.slot === 'obligors');
    this.topic = ctx.member !== undefined ? this.people.member(ctx.member) : this.people.self;
    // ("第三个 俺孙子 白血病": a follow-up about one member, named again by their relation, is them.)
    if (ctx.member !== undefined && ctx.member > 0) this.topic.preset = true;
    // ("我哥那个证上写的是二级", asked about the applicant's child: a brother or sister of the writer's,
    // where the household lists none, is that child, the writer another child typing for the parent.)
    if (
      ctx.member !== undefined &&
      this.known[ctx.member]?.relation === 'child' &&
      !this.known.some((m) => m.relation === 'sibling')
    )
      this.people.soleRelative = this.topic;
    // In answer to "family who live elsewhere?", everyone named lives elsewhere; about their
    // situation, the relatives already named are who the words are about.
    if (ctx.slot === 'obligors.situation') {
      for (const o of ctx.household.obligors?.list ?? []) {
        const p = this.people.relative((o.relation ?? 'child') === 'other' ? 'other' : (o.relation ?? 'child'));
        p.apart = true;
        p.preset = true;
        this.obligorPeople.push(p);
      }
      if (this.obligorPeople[0]) this.topic = this.obligorPeople[0];
      if (this.obligorPeople.length === 1) this.people.soleRelative = this.obligorPeople[0];
    }
  }

  get known(): NonNullable<Household['members']> {
    return this.ctx.household.members ?? [];
  }

  // Arrow properties: handed to other parts of the reader as plain functions.

  /** What is said of `p` so far (created empty on first use). */
  readonly pf = (p: Person): PersonFacts => {
    const f = this.personFacts.get(p.key) ?? {};
    this.personFacts.set(p.key, f);
    return f;
  };

  readonly add = (path: string, value: unknown, span: Span, extra: Partial<Fact> = {}): void => {
    this.facts.push({ path, value, start: span[0], end: span[1], words: wordsOf(this.text, span), ...extra });
  };

  /** A person counted several (两个儿子): each age goes to the next of them. */
  readonly ageTarget = (p: Person): Person => {
    if (p.n <= 1) return p;
    const parts = this.people.list.filter((q) => q.partOf === p.key);
    const free = parts.find((q) => this.personFacts.get(q.key)?.age === undefined);
    if (free) return free;
    return parts.length < p.n ? this.people.mention(p.rel, p.at + parts.length + 1) : p;
  };
}

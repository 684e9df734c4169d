/**
 * Who a message talks about: the people it names (我, 老伴, 俺闺女, 两个孙, 老两口, 其母亲),
 * resolved against the household already known, or added to it. A person mentioned by a
 * relation is the known member with that relation when there is exactly one; otherwise a new
 * person, who becomes a household member or, when they live elsewhere, someone who may owe
 * support (an obligor). "For someone else" (帮她问, 来电人为其母亲咨询) moves `self` to the
 * person asked about.
 */
import type { Relation } from '../../content/lexicon/index.ts';
import type { Household, Member } from '../../screening/index.ts';
import { sexOfKinWord } from './sex-of-word.ts';
import { hasPhrase, isPhrase, leadingPhrase } from './phrases.ts';

/** A relative's word with "my" taken off (俺舅 → 舅, 我的儿子 → 儿子, 个仔 → 仔). */
export function bareKinWord(word: string): string {
  return word.slice(leadingPhrase(word, 'myBeforeKin')?.length ?? 0);
}

/** "两个娃", "俩孩子": a word for children of either sex, counted. */
function endsGeneric(word: string): boolean {
  for (const g of GENERIC) if (word.endsWith(g)) return true;
  return false;
}

export interface Person {
  key: number;
  rel: Relation;
  /** Index in the known household's members, when this is a known member. */
  known?: number;
  /** How many people the mention stands for (两个孙 = 2). */
  n: number;
  /** Lives elsewhere (在外地打工, 嫁出去). */
  apart?: boolean;
  /** Said to own a home (儿子在城里有房): apart unless said to live with the family (child-own-home.ts). */
  ownsHome?: boolean;
  dead?: boolean;
  /** Where first named, for ordering new members. */
  at: number;
  gender?: 'm' | 'f';
  /** Named as one of a group (老两口, 两兄弟): a later word for the same relation is this person. */
  fromGroup?: boolean;
  /** One of several named together (大孙 of 两个孙): the key of that mention. */
  partOf?: number;
  /** Named beside a debt or a loan (借亲戚): not a household member. */
  bystander?: boolean;
  /** Someone else's own family ("儿子…自家还有俩娃"): neither a member nor owing the household support. */
  othersFamily?: boolean;
  claimed?: boolean;
  /** How many of the `n` have been named one by one. */
  filled?: number;
  /** A group a summary counted off one by one (两个仔，一个…，一个…): see People.partOfGroup. */
  countedOff?: boolean;
  /** The word first used for them (儿子, 俺舅): the same word later is the same person. */
  word?: string;
  /** A relative already known to the dialogue (an obligor asked about): named by relation, it is them. */
  preset?: boolean;
  /** Named by a word for "the children" (娃, 孩子) before they were counted. */
  generic?: boolean;
  /** Named by a word for the children together (仔女, 娃们), with no count: perhaps more than one. */
  together?: true;
  /** The spouse's parent (婆婆, 家公, 岳母): a parent of the family when living with it, never an obligor. */
  inLaw?: boolean;
  /** Said to live with the family (家里还有公公婆婆, 家婆同佢哋住). */
  atHome?: boolean;
  /**
   * The other one of a parent-and-child pair (娘俩, 爷俩, 母子俩): the writer may be either, so a parent
   * named later ("俺娘俩 我41 我妈66") is this person, not one more.
   */
  eitherWay?: boolean;
}

/** The relation of someone to the applicant, given their relation to the person asked about. */
function relative(toSubject: Relation, subjectToApplicant: Relation): Relation {
  if (subjectToApplicant === 'self') return toSubject;
  // The caller asks for a parent: the parent's spouse is the caller's parent too, etc. Only the
  // common cases matter for who counts in the household; the rest are "other".
  if (toSubject === 'self') return subjectToApplicant;
  return 'other';
}

/**
 * The writer's uncles and aunts (大伯, 叔叔, 细叔, 姑姐, 舅舅): a grandparent's children, when the
 * writer answers for the grandparent (叔伯姑 on the father's side, 舅姨 on the mother's).
 */
const UNCLES_AUNTS = new Set(
  (
    '大伯 二伯 三伯 伯伯 伯父 叔叔 二叔 三叔 细叔 阿叔 叔仔 姑姑 姑妈 姑姐 阿姑 细姑 舅舅 阿舅 细舅 姨妈 ' +
    '阿伯 伯爷 叔 伯 姑 舅 姨 舅父 叔父 姑母 姨母'
  ).split(' '),
);
export function isUncleOrAunt(word: string | undefined): boolean {
  return UNCLES_AUNTS.has(bareKinWord(word ?? ''));
}

/** First-person words: in a dialogue kept for a parent, the writer (我们每月给他们五百). */
const FIRST_PERSON = new Set(['我', '俺', '我们', '俺们', '我哋', '咱', '咱们', '额', '偶', '我自己', '俺自己']);

/** Words for "the children", "the kids" that name no one new once children were named. */
const GENERIC = new Set([
  '娃们',
  '孩子',
  '娃',
  '娃娃',
  '娃儿',
  '小孩',
  '小孩子',
  '孩子们',
  '细路',
  '细路仔',
  '子女',
  '儿女',
  '仔女',
  '个仔女',
  '个子女',
  '个儿女',
  '孩儿',
  '孙们',
]);

/**
 * The birth order a word for a child or grandchild gives (大仔, 细孙, 小闺女, 老二, 孻女): 0 the
 * eldest, 1 the second …, or the youngest. Words for siblings (细佬, 大姐) name the speaker's own
 * order, not one among several, so only children and grandchildren are read.
 */
function birthOrder(rel: Relation, word: string | undefined): number | 'youngest' | undefined {
  if (!word || (rel !== 'child' && rel !== 'grandchild')) return undefined;
  const w = bareKinWord(word);
  const rank = leadingPhrase(w, 'birthRank');
  if (rank === undefined) return undefined;
  const rest = w.slice(rank.length);
  if (rest !== '' && !isPhrase(rest, 'childAfterRank')) return undefined;
  if (rest === '' && !rank.startsWith('老')) return undefined;
  const first = rank.replace(/^老/, '');
  if (isPhrase(first, 'youngestRank')) return 'youngest';
  return { 大: 0, 二: 1, 三: 2, 四: 3 }[first];
}

/** The short kin words said after 俺/我 and the whole word they stand for (俺儿 … 儿子 is one son). */
const LONG_FORM: Record<string, string> = {
  儿: '儿子',
  // A son by his 粤 word ("同儿子住 … 帮个仔申请"): the son named, again.
  仔: '儿子',
  弟: '弟弟',
  哥: '哥哥',
  姐: '姐姐',
  妹: '妹妹',
  孙: '孙子',
  // A daughter by any of her words ("俺女 … 女子十四", 粤 "个女 … 女仔5岁"): the one named, again.
  女: '女儿',
  女子: '女儿',
  女仔: '女儿',
  // An only child, named again by the plain word ("独生子 … 儿子", "独女 … 女儿"): the one child.
  独生子: '儿子',
  独子: '儿子',
  独生女: '女儿',
  独女: '女儿',
  // An uncle or aunt by the short word and the whole ("俺舅 … 舅舅六十", "我姨 … 阿姨七十"): one person.
  舅: '舅舅',
  叔: '叔叔',
  姑: '姑姑',
  婶: '婶婶',
  伯: '伯伯',
  姨: '阿姨',
};

export class People {
  readonly list: Person[] = [];
  /**
   * Answering how the one relative elsewhere is: that relative, named as the writer's brother or sister
   * ("我哥是低保户", typed by a child for a parent, where the dialogue listed him as the parent's son).
   */
  soleRelative: Person | undefined;
  /** The person `self` words refer to (changes when the message is about someone else). */
  private selfKey = 0;

  constructor(private readonly known: readonly Member[]) {
    this.list.push({ key: 0, rel: 'self', known: known.length > 0 ? 0 : undefined, n: 1, at: -1 });
  }

  /** A 粤 grandparent word's sex counts (sex-of-word.ts): set for a chat's answers, not a call summary. */
  kinSex = false;
  /**
   * Asked about the members' health or work, a relative named whom no known member's relation fits is the
   * one member whose relation was never asked, when there is exactly one.
   */
  fillUnrelated = false;

  /** The applicant was named in words (我, 俺自己): counts as naming member 0. */
  namedSelf(at: number): void {
    if (this.self.at < 0) this.self.at = at;
  }

  get self(): Person {
    return this.list[this.selfKey]!;
  }

  /** The person first named by the word starting at `at`, if a person word started there. */
  namedAt(at: number): Person | undefined {
    return this.list.find((p) => p.at === at);
  }

  /** A person named by relation at position `at`. */
  mention(
    rel: Relation,
    at: number,
    opts: {
      n?: number;
      gender?: 'm' | 'f';
      fromGroup?: boolean;
      word?: string;
      inLaw?: boolean;
      /** Counted on their own ("三个仔，一个女"): someone new, not one of a group named before. */
      counted?: boolean;
    } = {},
  ): Person {
    if (rel === 'self') return this.writerFor(opts.word) ?? this.self;
    // "第三个 娃白血病" from grandparents raising a grandchild: 娃, 孩子 with no child known is the grandchild.
    if (
      rel === 'child' &&
      (opts.n ?? 1) === 1 &&
      GENERIC.has(opts.word ?? '') &&
      this.knownWith('child').length === 0 &&
      this.knownWith('grandchild').length === 1
    )
      rel = 'grandchild';
    // "我阿爷84，阿嫲82": the sex a 粤 grandparent word carries (sex-of-word.ts), so the second is not the first again.
    // (In a chat only: a call summary's 阿嫲 … 阿爷 are read as before.)
    const sex = this.kinSex ? (opts.gender ?? sexOfKinWord(opts.word)) : undefined;
    if (sex && !opts.gender) opts = { ...opts, gender: sex };
    // About someone else: named again by the writer's word for them (母亲 … 母亲), they are the subject.
    const vp = this.viewpoint;
    if (this.kept && rel !== 'other') this.keptUsed = true;
    // The caller's brother, when the call is about their parents, is the parents' son.
    if (vp && vp.rel === 'parent' && rel === 'sibling') rel = 'child';
    // The caller's brother's wife and nephews, when the call is about that brother, are his wife and children.
    if (vp && vp.rel === 'sibling' && rel === 'other') {
      const bare = bareKinWord(opts.word ?? '');
      if (isPhrase(bare, 'siblingsSpouse')) rel = 'spouse';
      else if (isPhrase(bare, 'siblingsChild')) rel = 'child';
    }
    // The caller's spouse, when the call is about the caller's child, is the child's other parent.
    // A grandchild calling for a grandparent: the caller's father (来电人父亲, 老豆) and uncles and aunts
    // (大伯, 叔叔, 姑姑, 舅舅) are the grandparent's children.
    if (vp && vp.rel === 'grandparent' && (rel === 'parent' || (rel === 'other' && isUncleOrAunt(opts.word))))
      rel = 'child';
    // "俺和俩孙子 … 娃他爸在外头打工": with a grandchild named or known, "the child's father" is the
    // grandparent's son (or daughter, for 娃他妈), not the writer's husband.
    if (
      rel === 'spouse' &&
      opts.word !== undefined &&
      isPhrase(opts.word, 'childsParentWord') &&
      (this.list.some((p) => p.rel === 'grandchild') || this.known.some((m) => m.relation === 'grandchild'))
    )
      rel = 'child';
    // "替公公咨询…来电人丈夫（公公的独子）", "为家婆咨询…来电人丈夫": asking for a parent-in-law, the writer's
    // husband is the subject's child, not the subject's spouse (whose own partner is named 公公, 婆婆); so is
    // the wife of a son-in-law asking for her mother (a wife of a woman is not the subject's own).
    if (
      vp?.inLaw &&
      rel === 'spouse' &&
      (isPhrase(opts.word ?? '', 'husbandRoleWord') || (vp.gender === 'f' && isPhrase(opts.word ?? '', 'wifeRoleWord')))
    ) {
      rel = 'child';
    }
    const writersSpouse = vp !== undefined && vp.rel === 'child' && rel === 'spouse';
    if (writersSpouse) rel = 'parent';
    // 其父母 … 父母在家种地: the couple the call is about, named again.
    if (vp && rel === vp.rel && opts.n === 2 && vp.spouse) return this.self;
    // "称父亲…住院。家里就父母二人，母亲60岁": the pair after one parent was the subject is the subject
    // and the subject's spouse, not the subject's own parents.
    if (vp && rel === vp.rel && opts.n === 2 && !opts.inLaw && (rel === 'parent' || rel === 'grandparent')) {
      vp.spouse = {
        key: this.list.length,
        rel: 'spouse',
        n: 1,
        at,
        ...(vp.gender ? { gender: vp.gender === 'f' ? ('m' as const) : ('f' as const) } : {}),
      };
      this.list.push(vp.spouse);
      return this.self;
    }
    if (vp && rel === vp.rel && (opts.n ?? 1) === 1 && !opts.inLaw) {
      if (!opts.gender || !vp.gender || opts.gender === vp.gender) {
        this.namedSelf(at);
        return this.self;
      }
      if (vp.spouse) {
        if (vp.spouse.at < 0) vp.spouse.at = at;
        return vp.spouse;
      }
      // A call about the caller's mother: the caller's father named next is her husband.
      if (rel === 'parent' || rel === 'grandparent') {
        vp.spouse = { key: this.list.length, rel: 'spouse', n: 1, at, gender: opts.gender };
        this.list.push(vp.spouse);
        return vp.spouse;
      }
    }
    const n = opts.n ?? 1;
    // 父母 after 父亲 … 母亲 were named one by one (or 父母 again): the same people, not two more.
    if (n > 1) {
      const group = this.list.find(
        (p) =>
          p.rel === rel && p.n === n && p.key !== this.selfKey && p.partOf === undefined && !p.inLaw === !opts.inLaw,
      );
      if (group) return group;
      const singles = this.list.filter(
        (p) => p.rel === rel && p.n === 1 && p.key !== this.selfKey && !p.apart && !p.dead && !p.inLaw === !opts.inLaw,
      );
      if (singles.length >= n) return singles[0]!;
      // "带着孙子和孙女过…两个娃能不能有补助": 娃, 孩子 counted, with no child at home and as many grandchildren
      // at home named before, are those grandchildren again, not as many children more.
      if (rel === 'child' && singles.length === 0 && endsGeneric(opts.word ?? '')) {
        const grandchildren = this.list.filter(
          (p) => p.rel === 'grandchild' && p.n === 1 && p.key !== this.selfKey && !p.apart && !p.dead,
        );
        if (grandchildren.length === n) return grandchildren[0]!;
      }
      // "妻子全职带娃，两个孩子分别4岁和1岁": the children spoken of before they were counted are these.
      const spoken = singles.find((p) => p.generic && p.known === undefined && !p.preset);
      if (spoken && singles.length === 1) {
        spoken.n = n;
        delete spoken.generic;
        return spoken;
      }
      // "啲仔女都结晒婚 … 三个仔女过年俾少少": the children said to live apart before they were counted
      // are these, still apart — not as many again at home.
      const apartSpoken = this.list.filter(
        (p) => p.rel === rel && p.n === 1 && p.apart && p.generic && !p.dead && p.known === undefined && !p.preset,
      );
      if (singles.length === 0 && apartSpoken.length === 1) {
        apartSpoken[0]!.n = n;
        delete apartSpoken[0]!.generic;
        return apartSpoken[0]!;
      }
    }
    // "父母都七十多了，父亲有退休金": the father of the pair named before, not a third parent (the
    // pair's first is the father, as 其父母 is read; the second the mother).
    if (n === 1 && (rel === 'parent' || rel === 'grandparent') && opts.gender && !opts.inLaw) {
      const parts = this.list.filter((p) => p.rel === rel && p.partOf !== undefined && !p.dead && !p.apart);
      if (parts.length === 2) {
        const part = opts.gender === 'm' ? parts[0]! : parts[1]!;
        part.gender ??= opts.gender;
        if (part.gender === opts.gender) return part;
      }
    }
    // 孩子, 娃, 细路 after the children were named: them again, not someone new.
    // (Counted, "等四个子女" after one child was named, they are the group the count says.)
    if (opts.word && GENERIC.has(opts.word) && n === 1) {
      const same = [...this.list].reverse().find((p) => p.rel === rel && p.key !== this.selfKey);
      // ("外孙女 闺女在外地打工 娃跟着俺": with the child away, 娃 is the grandchild at home, the child's child.)
      const grandchild =
        same?.apart && rel === 'child'
          ? this.list.filter((p) => p.rel === 'grandchild' && !p.apart && !p.dead && p.n === 1)
          : [];
      if (grandchild.length === 1) return grandchild[0]!;
      if (same) return same;
    }
    // "俺娘俩 我41 我妈66": the writer is the child of the pair, the other one their parent.
    const pairParent =
      rel === 'parent' && n === 1 && !opts.fromGroup && !opts.counted
        ? this.list.find((p) => p.eitherWay && p.rel === 'child' && !p.claimed)
        : undefined;
    if (pairParent) {
      pairParent.rel = 'parent';
      pairParent.claimed = true;
      if (opts.gender) pairParent.gender = opts.gender;
      if (opts.word) pairParent.word ??= bareKinWord(opts.word) || opts.word;
      return pairParent;
    }
    // 两兄弟 … 细佬: the brother of the pair; 两个孙 … 大孙, 细孙: each one of the two in turn.
    const grouped = this.list.find((p) => p.rel === rel && p.fromGroup && !p.claimed);
    if (grouped && n === 1 && !opts.fromGroup && !opts.counted) {
      grouped.claimed = true;
      // (Named by this word, the same word later is them again: "父女俩…闺女38岁…问闺女能不能…".)
      if (opts.word) grouped.word ??= bareKinWord(opts.word) || opts.word;
      return grouped;
    }
    // 俺舅 and 舅, 我儿 and 儿: the same word once "my" is taken off.
    // 俺儿 and 儿子, 俺弟 and 弟弟: one word, its short form after "my" (a fixed table, LONG_FORM).
    const bare = (opts.word !== undefined ? bareKinWord(opts.word) : undefined) || opts.word;
    // (粤 "同个孙 … 孙仔十二岁": 孙仔 is 孙子, the one named a moment ago.)
    const word =
      bare !== undefined ? (LONG_FORM[bare] ?? (isPhrase(bare, 'grandsonAgain') ? LONG_FORM['孙'] : bare)) : bare;
    const several = this.list.find((p) => p.rel === rel && p.n > 1 && (p.filled ?? 0) < p.n);
    if (several && n === 1 && !opts.fromGroup && !opts.counted) {
      several.filled = (several.filled ?? 0) + 1;
      const part: Person = {
        key: this.list.length,
        rel,
        n: 1,
        at: several.at + (several.filled - 1) * 1e-3,
        partOf: several.key,
        ...(rel === 'child' && word && !GENERIC.has(opts.word ?? '') ? { word } : {}),
      };
      this.list.push(part);
      return part;
    }
    // "有一儿一女，儿子在县城…女儿嫁到外省。儿子每月给二百": once each of a group has been named, the
    // same word again is the one it named, not one more.
    const namedPart =
      rel === 'child' && n === 1 && word && !GENERIC.has(opts.word ?? '') && !opts.counted && !opts.fromGroup
        ? this.list.find((p) => p.rel === rel && p.partOf !== undefined && p.word === word && !p.inLaw === !opts.inLaw)
        : undefined;
    if (namedPart) return namedPart;
    // (… 女儿嫁到外省。"闺女过年给个一千": another word for a daughter, the one daughter of the group.)
    const sexOfWord = rel === 'child' && !opts.counted && !opts.fromGroup && n === 1 ? childWordSex(word) : undefined;
    const sameSex = sexOfWord
      ? this.list.filter((p) => p.rel === rel && p.partOf !== undefined && childWordSex(p.word) === sexOfWord)
      : [];
    if (sameSex.length === 1 && !this.list.some((p) => p.rel === rel && p.n > 1 && (p.filled ?? 0) < p.n))
      return sameSex[0]!;
    // Named again, the same person: the same word (儿子 … 儿子, 俺舅 … 俺舅); the spouse; a parent or
    // grandparent of the same sex (俺爹 … 爹); a relative the dialogue asked about, by relation.
    // 婆婆 is not 母亲: a spouse's parent and one's own are two people.
    const single = this.list.filter(
      (p) =>
        p.rel === rel &&
        p.key !== this.selfKey &&
        p.n === 1 &&
        !p.partOf &&
        !p.inLaw === !opts.inLaw &&
        !(writersSpouse && p === vp?.writer),
    );
    // "丈夫上班月薪四千五，妻子做零活一年一万": a husband and a wife told of in turn, with no one else for
    // the caller to be, are the couple itself: the second partner word is the one the call is from.
    const partner = rel === 'spouse' && n === 1 && !vp && single.length === 1 ? roleSex(opts.word) : undefined;
    if (
      partner &&
      roleSex(single[0]!.word) === (partner === 'm' ? 'f' : 'm') &&
      (this.self.gender === undefined || this.self.gender === partner)
    )
      return this.self;
    const same =
      n === 1
        ? ((word ? single.find((p) => p.word === word) : undefined) ??
          (rel === 'spouse' ? single[0] : undefined) ??
          ((rel === 'parent' || rel === 'grandparent') && opts.gender
            ? single.find((p) => p.gender === opts.gender)
            : undefined) ??
          ((rel === 'parent' || rel === 'grandparent') && !opts.gender && single.length === 1 && !single[0]!.gender
            ? single[0]
            : undefined) ??
          single.find((p) => p.preset && !p.word) ??
          spokenChild(single, rel, word))
        : undefined;
    if (same) {
      if (same.generic && word && !GENERIC.has(word)) delete same.generic;
      if (word && !same.word) same.word = word;
      return same;
    }
    // "两个仔一个已经过身，一个喺深圳…住仔起嘅屋": after a group was counted off one by one, the word
    // again is one of them (which, unsaid), not one more.
    const countedOff =
      n === 1 && !opts.counted && single.length === 0
        ? this.list.find((p) => p.rel === rel && p.countedOff && (p.filled ?? 0) >= p.n && p.key !== this.selfKey)
        : undefined;
    if (countedOff) return countedOff;
    const sole = this.soleRelative;
    // (Only the writer's brother or sister for the one child asked about: 老伴 named beside stays the spouse.)
    if (
      sole &&
      !sole.word &&
      n === 1 &&
      !opts.counted &&
      !opts.fromGroup &&
      rel === 'sibling' &&
      sole.rel === 'child'
    ) {
      sole.word = word ?? opts.word;
      return sole;
    }
    const knownMatches = this.knownWith(rel).filter((i) => !this.list.some((p) => p.known === i));
    // 细孙, 大仔, 小闺女, 老二: the one of that birth order among the known children or grandchildren.
    const order = birthOrder(rel, opts.word);
    const aged = this.knownWith(rel)
      .filter((i) => this.known[i]?.age !== undefined)
      .sort((a, b) => this.known[b]!.age! - this.known[a]!.age!);
    const byOrder =
      order !== undefined && aged.length > 1 && aged.length === this.knownWith(rel).length
        ? aged[order === 'youngest' ? aged.length - 1 : order]
        : undefined;
    // ("俺婆婆 胃癌", asked who is ill, with one member whose relation was never asked: them.)
    const unrelated =
      this.fillUnrelated && n === 1 && knownMatches.length === 0 && this.knownWith(rel).length === 0
        ? this.known.flatMap((m, i) =>
            i > 0 && m.relation === undefined && !this.list.some((p) => p.known === i) ? [i] : [],
          )
        : [];
    // ("我老公喺刀厂做", with a 47- and a 15-year-old never placed: the one whose age a husband can have.)
    const fitting = unrelated.length > 1 ? unrelated.filter((i) => this.ageFits(rel, i)) : unrelated;
    const known =
      n === 1 && byOrder !== undefined && !this.list.some((p) => p.known === byOrder)
        ? byOrder
        : n === 1 && knownMatches.length >= 1
          ? knownMatches[0]
          : fitting.length === 1
            ? fitting[0]
            : undefined;
    const p: Person = {
      key: this.list.length,
      rel,
      n,
      at,
      ...(known !== undefined ? { known } : {}),
      ...(opts.gender ? { gender: opts.gender } : {}),
      ...(opts.fromGroup ? { fromGroup: true } : {}),
      ...(opts.inLaw ? { inLaw: true } : {}),
      ...(word && !GENERIC.has(opts.word ?? '') ? { word } : {}),
      ...(opts.word && GENERIC.has(opts.word) && n === 1 ? { generic: true } : {}),
      ...(opts.word && n === 1 && isPhrase(bareKinWord(opts.word), 'kinTogether') ? { together: true } : {}),
    };
    this.list.push(p);
    return p;
  }

  /**
   * The k-th one of a group counted off ("两个仔，一个…，一个…"): the part already made for them, or a new
   * one, who lives where the group lives.
   */
  partOfGroup(group: Person, k: number): Person {
    const parts = this.list.filter((p) => p.partOf === group.key);
    group.countedOff = true;
    for (let j = parts.length; j <= k; j++) {
      group.filled = (group.filled ?? 0) + 1;
      const part: Person = {
        key: this.list.length,
        rel: group.rel,
        n: 1,
        at: group.at + j * 1e-3,
        partOf: group.key,
        ...(group.apart ? { apart: true } : {}),
      };
      this.list.push(part);
      parts.push(part);
    }
    return parts[k]!;
  }

  /** A relative the dialogue already knows, always a person of their own (two sons are two people). */
  relative(rel: Relation): Person {
    const p: Person = { key: this.list.length, rel, n: 1, at: -1 };
    this.list.push(p);
    return p;
  }

  /** The person of a known member, so facts can be said about them (a follow-up about member i). */
  member(i: number): Person {
    if (i === 0) return this.self;
    const found = this.list.find((p) => p.known === i);
    if (found) return found;
    const rel = this.known[i]?.relation ?? 'other';
    const p: Person = { key: this.list.length, rel, n: 1, at: -1, known: i };
    this.list.push(p);
    return p;
  }

  /** The message is about `p` (帮我妈问): from now on 我 means them, and the writer is someone else. */
  /** After a message turned to someone else: their relation to the writer, and the writer. */
  private viewpoint?: {
    rel: Relation;
    gender?: 'm' | 'f';
    spouse?: Person;
    writer: Person;
    /** The subject is the writer's parent-in-law (替公公问, 为岳母咨询). */
    inLaw?: boolean;
  };

  /** The person who wrote or called (来电人), once the message is about someone else. */
  get writer(): Person | undefined {
    return this.viewpoint?.writer;
  }

  /**
   * The dialogue already knows the writer answers for the applicant (their parent or grandparent,
   * of the sex given): keep that view in this message. The applicant stays member 0; the other
   * parent is the known spouse; 我, 我们 alone are the writer, who lives elsewhere (a possible
   * obligor when asked about family elsewhere, otherwise no member).
   */
  keepWrittenFor(subject: 'parent' | 'grandparent', gender: 'm' | 'f', writerAnObligor: boolean): void {
    const writer: Person = {
      key: this.list.length,
      rel: subject === 'parent' ? 'child' : 'grandchild',
      n: 1,
      at: -1,
      // (A grandchild owes a grandparent support only where the grandparent's children cannot give
      // it — 民法典 第一千零七十四条 — so a grandchild writing is not listed as owing it.)
      ...(writerAnObligor && subject === 'parent' ? { apart: true } : { bystander: true }),
    };
    this.list.push(writer);
    const spouses = this.knownWith('spouse');
    const spouse = spouses.length === 1 ? this.member(spouses[0]!) : undefined;
    this.viewpoint = { rel: subject, gender, ...(spouse ? { spouse } : {}), writer };
    this.self.gender = gender;
    this.kept = true;
  }

  /** Whose side the message turned to (帮我妈问: the parent), if it did. */
  get viewedAs(): Relation | undefined {
    return this.viewpoint?.rel;
  }

  /** Set by `keepWrittenFor`: a first-person word alone (我, 我们) is the writer. */
  private kept = false;
  /** In a kept view, someone was named from the writer's side (said back: "按父亲的情况算"). */
  keptUsed = false;

  /** The writer, when a first-person word alone in a kept view names them rather than the applicant. */
  writerFor(word: string | undefined): Person | undefined {
    if (word === undefined || !FIRST_PERSON.has(word)) return undefined;
    // ("帮我阿妈问嘅，佢78岁…我喺广州返工": once this message said whom it asks for, 我 is the writer too.)
    if (!this.kept) return this.viewpoint && this.inMessage ? this.viewpoint.writer : undefined;
    this.keptUsed = true;
    return this.viewpoint?.writer;
  }

  /** The view was turned by this message (帮我阿妈问), in a resident's answer. */
  inMessage = false;

  /**
   * A kinship word as the applicant's relation, when the writer answers for a parent or grandparent
   * (kept from an earlier answer, or said in this one: "是我妈 我是替我爸填的"): the writer's 妈 is
   * the applicant's 老伴, the writer's 哥 their son. The word's own relation otherwise.
   */
  keptRelation(rel: Relation, gender?: 'm' | 'f'): Relation {
    const vp = this.viewpoint;
    if (!vp || (vp.rel !== 'parent' && vp.rel !== 'grandparent')) return rel;
    if (this.kept) this.keptUsed = true;
    if (rel === vp.rel) return gender && gender !== vp.gender ? 'spouse' : 'self';
    if (vp.rel === 'parent') return rel === 'sibling' ? 'child' : rel === 'child' ? 'grandchild' : 'other';
    return rel === 'parent' ? 'child' : rel === 'sibling' ? 'grandchild' : 'other';
  }

  /** `inLaw`: the subject is the writer's spouse's parent (替公公问), named by an in-law word. */
  onBehalfOf(p: Person, opts: { inLaw?: boolean } = {}): void {
    if (p.key === this.selfKey) return;
    const writer = this.self;
    const rel = p.rel;
    // "其父母": the pair, the father first and the mother his spouse.
    let spouse: Person | undefined;
    if (p.n === 2 && (rel === 'parent' || rel === 'grandparent')) {
      p.n = 1;
      p.gender = 'm';
      spouse = { key: this.list.length, rel: 'spouse', n: 1, at: p.at + 0.5, gender: 'f' };
      this.list.push(spouse);
    }
    // "和父母住一起。父亲（60岁）…问父亲能不能单独办": one of a pair named before is the subject, the
    // pair's other one their spouse — not the subject a second time inside the pair.
    const pair = p.partOf !== undefined ? this.list.find((q) => q.key === p.partOf) : undefined;
    if (pair && pair.n === 2 && pair.rel === rel && (rel === 'parent' || rel === 'grandparent')) {
      delete p.partOf;
      pair.n = 1;
      pair.rel = 'spouse';
      const other = this.list.find((q) => q.partOf === pair.key);
      pair.filled = other ? 1 : 0;
      spouse = other ?? pair;
      spouse.rel = 'spouse';
      if (p.gender) spouse.gender ??= p.gender === 'm' ? 'f' : 'm';
    }
    this.viewpoint = {
      rel,
      ...(p.gender ? { gender: p.gender } : {}),
      ...(spouse ? { spouse } : {}),
      writer,
      ...((p.inLaw || opts.inLaw) && rel === 'parent' ? { inLaw: true } : {}),
    };
    // The writer is now a relative of the subject: a child asking for a parent, and so on.
    // (A child-in-law asking for a parent-in-law, 替公公问: no child of theirs, and owing them no support.)
    writer.rel =
      p.rel === 'parent'
        ? this.viewpoint.inLaw
          ? 'other'
          : 'child'
        : p.rel === 'child'
          ? 'parent'
          : p.rel === 'spouse'
            ? 'spouse'
            : p.rel === 'grandparent'
              ? 'grandchild'
              : p.rel === 'grandchild'
                ? 'grandparent'
                : p.rel === 'sibling'
                  ? 'sibling'
                  : 'other';
    writer.known = undefined;
    p.rel = 'self';
    p.known = this.known.length > 0 ? 0 : undefined;
    this.selfKey = p.key;
    for (const q of this.list) if (q !== p && q !== writer && q.rel !== 'self') q.rel = relative(q.rel, 'self');
  }

  /**
   * Whether a known member's age fits the relation to the writer (a spouse within fifteen years, a
   * parent or child a generation apart, a grandparent or grandchild two): a guess made only to choose
   * among members whose relation was never asked, when just one fits.
   */
  private ageFits(rel: Relation, i: number): boolean {
    const own = this.known[0]?.age;
    const age = this.known[i]?.age;
    if (own === undefined || age === undefined) return false;
    const d = age - own;
    if (rel === 'spouse') return age >= 18 && Math.abs(d) <= 15;
    if (rel === 'parent') return d >= 15 && d < 45;
    if (rel === 'child') return d <= -15 && d > -45;
    if (rel === 'grandparent') return d >= 35;
    if (rel === 'grandchild') return d <= -35;
    return false;
  }

  /** Known members with a relation. */
  knownWith(rel: Relation): number[] {
    return this.known.flatMap((m, i) => (m.relation === rel ? [i] : []));
  }

  /** The known member of the age said, when it picks one (大嘅 … 38岁). */
  byAge(age: number): number | undefined {
    const hits = this.known.flatMap((m, i) => (m.age === age ? [i] : []));
    return hits.length === 1 ? hits[0] : undefined;
  }

  /** The known members ordered by age, for 大的/小的 among those not yet placed. */
  byOrdinal(which: 'older' | 'younger', among: readonly number[]): number | undefined {
    const aged = among
      .filter((i) => this.known[i]?.age !== undefined)
      .sort((a, b) => this.known[b]!.age! - this.known[a]!.age!);
    return which === 'older' ? aged[0] : aged.at(-1);
  }
}

export type { Household };

/** A son's or a daughter's word (儿子, 仔; 女儿, 闺女), not a word for the children together (仔女). */
function childWordSex(word: string | undefined): 'm' | 'f' | undefined {
  if (word === undefined || GENERIC.has(word) || isPhrase(word, 'kinTogether')) return undefined;
  if (hasPhrase(word, 'sonWord')) return 'm';
  return word.includes('女') ? 'f' : undefined;
}

/** The sex a partner word names by its role (丈夫, 老公: 'm'; 妻子, 老婆: 'f'), if it is one. */
export function roleSex(word: string | undefined): 'm' | 'f' | undefined {
  if (word === undefined) return undefined;
  if (isPhrase(word, 'husbandRoleWord')) return 'm';
  return isPhrase(word, 'wifeRoleWord') ? 'f' : undefined;
}

/**
 * "娃还要上学 … 女儿14岁上初二": the one child spoken of by a word for "the child" before any was named is
 * the child named next, not a second one.
 */
function spokenChild(single: Person[], rel: Relation, word: string | undefined): Person | undefined {
  // (A son or a daughter by name, not 大的 … 小的 counted off from the children spoken of.)
  if (rel !== 'child' || word === undefined || !(/女/.test(word) || hasPhrase(word, 'sonWord'))) return undefined;
  const spoken = single.filter((p) => p.generic && p.known === undefined && !p.preset && !p.dead);
  if (spoken.length === 1 && single.length === 1) return spoken[0];
  // 粤 "同个傻仔住…个仔有残疾补贴": the plain word for a son, after the one son was named by another word of
  // his, is him again.
  // So with a daughter: "一个女儿在外地工作 … 闺女说让我问问" is the one daughter, not a second.
  const only = single.length === 1 ? single[0]! : undefined;
  if (!only || only.dead) return undefined;
  if (isPhrase(word, 'plainSonWord') && childWordSex(only.word) === 'm') return only;
  return isPhrase(word, 'plainDaughterWord') && isPhrase(only.word ?? '', 'plainDaughterWord') ? only : undefined;
}

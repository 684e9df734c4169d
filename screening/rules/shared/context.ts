/**
 * What every program rule reads: the household, the parameter resolution for its region and
 * date, the city's citations, and the pieces several programs share (standards by 户籍 type,
 * income rules, property rules). The shared pieces are worked out once per screening: the four
 * programs (and 特困, once per member) ask the same questions of the same household.
 */
import type { Household } from '../../model/household.ts';
import type { Check, CheckStatus, Program, ProgramResult } from '../../model/report.ts';
import type { Resolution } from '../../engine/resolve.ts';
import { type Fen, yuanAfter, yuanToFen } from '../../engine/money.ts';
import { check, combineStatus } from '../../engine/checks.ts';
import { type CitationTopic, citationsFor, localCitations } from '../../params/citations.ts';
import { SOURCES, isSourceId } from '../../params/sources.ts';
import type { ParamName } from '../../params/types.ts';
import { countedMembers, householdSize, type IndexedMember } from './household.ts';
import { assessIncome, compareWithLine, type IncomeAssessment, type IncomeRules, type Lapsed, type LineComparison } from './income.ts';
import { propertyCheck } from './property.ts';

export type HukouType = 'urban' | 'rural';

/**
 * Citation lists are fixed per city and topics: computed once, copied out. Kept as a tree, by
 * city and then topic after topic, so a lookup builds no key string.
 */
interface CitationNode {
  ids?: readonly string[];
  next?: Map<CitationTopic, CitationNode>;
}
const CITE_CACHE = new Map<string, CitationNode>();

function citationsOfCity(city: string): CitationNode {
  let root = CITE_CACHE.get(city);
  if (!root) {
    root = {};
    CITE_CACHE.set(city, root);
  }
  return root;
}

const DIBAO_STANDARD = { urban: 'dibao.standardMonthly.urban', rural: 'dibao.standardMonthly.rural' } as const satisfies Record<HukouType, ParamName>;

const DIBAO_LINE_NAME = { urban: '城市低保标准', rural: '农村低保标准' } as const satisfies Record<HukouType, string>;

export class RuleContext {
  readonly city: string;
  private readonly citations: CitationNode;

  /** Each program's result, worked out once: one program's rule may read another's (低保 reads 特困's). */
  private readonly results = new Map<Program, ProgramResult>();

  constructor(
    readonly h: Household,
    readonly res: Resolution,
    private readonly rule: (program: Program, ctx: RuleContext) => ProgramResult = () => {
      throw new Error('no rules given');
    },
  ) {
    this.city = res.city.code;
    this.citations = citationsOfCity(this.city);
  }

  /** The result of a program for this household (computed on first use, then shared). */
  resultOf(program: Program): ProgramResult {
    let r = this.results.get(program);
    if (!r) {
      r = this.rule(program, this);
      this.results.set(program, r);
    }
    return r;
  }

  cite(...topics: CitationTopic[]): string[] {
    let node = this.citations;
    for (const topic of topics) {
      node.next ??= new Map();
      let child = node.next.get(topic);
      if (!child) {
        child = {};
        node.next.set(topic, child);
      }
      node = child;
    }
    node.ids ??= [...new Set(topics.flatMap((t) => citationsFor(this.city, t)))];
    return node.ids.slice();
  }

  private counted?: readonly IndexedMember[] | undefined;
  private countedKnown = false;

  /** The members who count (办法第七条), undefined while members are not listed. Not to be changed. */
  get members(): readonly IndexedMember[] | undefined {
    if (!this.countedKnown) {
      this.counted = countedMembers(this.h);
      this.countedKnown = true;
    }
    return this.counted;
  }

  get size(): number | undefined {
    return householdSize(this.h, this.members);
  }

  /** Clause ids behind a parameter's source (after it has been read). */
  paramClauses(name: ParamName): string[] {
    const source = this.res.sourceOf(name);
    return source && isSourceId(source) ? [...SOURCES[source].clauses] : [];
  }

  dibaoStandardFen(hukou: HukouType): Fen {
    return yuanToFen(this.res.get(DIBAO_STANDARD[hukou]));
  }

  /** The 户籍 types to evaluate: the known one, or both while it is unknown. */
  hukouOptions(): HukouType[] {
    return this.h.hukou ? [this.h.hukou] : ['urban', 'rural'];
  }

  /** The local measure behind a value read so far, when its stated period has ended (Q15). */
  lapsed(name: ParamName): Lapsed | undefined {
    return this.res.sourceInfo(name)?.lapsed;
  }

  incomeRules(program: 'dibao' | 'tekun'): IncomeRules {
    const res = this.res;
    const basicParam: ParamName = program === 'tekun' ? 'tekun.basicPensionExcluded' : 'income.basicPensionExcluded';
    const basic = res.get(basicParam) as IncomeRules['basicPensionExcluded'];
    const employmentCost = res.get('income.employmentCost');
    const rigidSpending = res.get('income.rigidSpendingDeduction');
    const support = res.get('income.supportFromPoorObligorExcluded');
    const waiver = program === 'dibao' && res.get('income.expenditureSupportWaiver');
    // The urban standard sizes 运城's deduction and bounds a deduction without a configured amount;
    // read only when there are wages or members whose disability or illness may bring a deduction.
    const deductible = (this.h.income?.wages ?? 0) > 0 || (this.members ?? []).some(({ member: m }) => m.hasDisability === true || m.seriousIllness === true);
    const urban = deductible ? res.tryGet('dibao.standardMonthly.urban') : undefined;
    return {
      basicPensionExcluded: basic,
      basicPensionCitations: this.paramClauses(basicParam),
      basicPensionAge: res.get('income.basicPensionAge'),
      employmentCost,
      employmentCostLapsed: this.lapsed('income.employmentCost'),
      employmentCostCitations: this.paramClauses('income.employmentCost'),
      rigidSpending,
      rigidSpendingCitations: this.paramClauses('income.rigidSpendingDeduction'),
      urbanStandardFen: urban === undefined ? undefined : yuanToFen(urban),
      unspecifiedCap: res.get('income.unspecifiedDeductionCap'),
      unspecifiedCapCitations: this.paramClauses('income.unspecifiedDeductionCap'),
      supportFromPoorObligorExcluded: support,
      supportLapsed: support ? this.lapsed('income.supportFromPoorObligorExcluded') : undefined,
      supportCitations: this.paramClauses('income.supportFromPoorObligorExcluded'),
      expenditureSupportWaiver: waiver,
      waiverLapsed: waiver ? this.lapsed('income.expenditureSupportWaiver') : undefined,
      waiverCitations: this.paramClauses('income.expenditureSupportWaiver'),
      lookbackMonths: res.get('income.lookbackMonths'),
      incomeCitations: this.cite('dibao.income'),
    };
  }

  private readonly incomes = new Map<'dibao' | 'tekun', ReturnType<typeof assessIncome>>();

  /** Computed once per program kind and reused by every rule that needs it. */
  incomeAssessment(program: 'dibao' | 'tekun'): ReturnType<typeof assessIncome> {
    let a = this.incomes.get(program);
    if (!a) {
      a = assessIncome(this.h, this.incomeRules(program), this.members);
      this.incomes.set(program, a);
    }
    return a;
  }

  private readonly properties: { hukou: HukouType | undefined; label: string | undefined; check: Check }[] = [];

  /** The same for every program asking with the same 户籍 type and label; each gets its own copy. */
  propertyCheck(hukou: HukouType | undefined, label?: string): Check {
    let c = this.properties.find((x) => x.hukou === hukou && x.label === label)?.check;
    if (!c) {
      c = propertyCheck(
        this.h,
        {
          depositLimitMonths: this.res.get('property.depositLimitMonths'),
          standardFen: hukou ? this.dibaoStandardFen(hukou) : undefined,
          size: this.size,
          citations: this.cite('dibao.property'),
        },
        label,
      );
      this.properties.push({ hukou, label, check: c });
    }
    return { ...c, citations: [...c.citations], missing: [...c.missing] };
  }

  nearLine(): number {
    return this.res.get('screening.nearLineFraction');
  }

  private readonly standardComparisons: { a: IncomeAssessment; subject: string | undefined; cmp: LineComparison & { hukou?: HukouType } }[] = [];

  /**
   * compareByHukou against the 低保 standard itself: 低保, 单人保 (twice) and 特困 (once per
   * member) all ask it of the same assessment. The result is shared: read it, do not change it.
   */
  compareWithDibaoStandard(a: IncomeAssessment, subject?: string): LineComparison & { hukou?: HukouType } {
    const known = this.standardComparisons.find((x) => x.a === a && x.subject === subject);
    if (known) return known.cmp;
    const cmp = this.compareByHukou(a, (hukou) => ({ fen: this.dibaoStandardFen(hukou), name: DIBAO_LINE_NAME[hukou], generic: '当地低保标准' }), subject);
    this.standardComparisons.push({ a, subject, cmp });
    return cmp;
  }

  /**
   * Compare income with a line that depends on the 户籍 type. While the type is unknown both
   * lines are tried; if they agree the answer stands, quoting both lines in one phrase (so every
   * program of one report shows the same figures), otherwise the type is asked.
   */
  compareByHukou(
    a: IncomeAssessment,
    lineFor: (hukou: HukouType) => { fen: Fen; name: string; note?: string; generic: string },
    subject?: string,
  ): LineComparison & { hukou?: HukouType } {
    const near = this.nearLine();
    const options = this.hukouOptions();
    const results = options.map((hukou) => {
      const line = lineFor(hukou);
      return { hukou, line, cmp: compareWithLine(a, line.fen, line.name, near, subject, line.note) };
    });
    const [first, second] = results;
    if (!first) throw new Error('no 户籍 option');
    if (!second) {
      const { status, text, missing, citations, perCapitaFen } = first.cmp;
      return { status, text, missing, citations, perCapitaFen, hukou: first.hukou };
    }
    if (first.cmp.status === second.cmp.status) {
      // Same answer for either 户籍 type: decided by the line that makes it true for both (the
      // lower when under it, the higher when over it), said with both figures.
      const lower = first.line.fen <= second.line.fen ? first : second;
      const higher = lower === first ? second : first;
      const decisive = first.cmp.status === 'fail' ? higher : lower;
      const urban = results.find((r) => r.hukou === 'urban')!;
      const rural = results.find((r) => r.hukou === 'rural')!;
      const label = `${decisive.line.generic}（城市${yuanAfter(urban.line.fen)}、农村${yuanAfter(rural.line.fen)}）`;
      return compareWithLine(a, decisive.line.fen, decisive.line.name, near, subject, '', label);
    }
    return {
      status: hukouUndecided(first.cmp.status, second.cmp.status),
      text: `城市和农村的标准不同（城市${yuanAfter(first.line.fen)}，农村${yuanAfter(second.line.fen)}），需要知道户口是城市还是农村。`,
      missing: ['hukou', ...first.cmp.missing, ...second.cmp.missing],
      citations: [],
      perCapitaFen: first.cmp.perCapitaFen,
    };
  }
}

/**
 * Where 低保 and 特困 are applied for. 最低生活保障审核确认办法 第四条: "向户籍所在地乡镇人民政府（街道
 * 办事处）提出书面申请"; 第五条: "有条件的地区可以有序推进持有居住证人员在居住地申办最低生活保障";
 * 特困人员认定办法 第十条 (户籍所在地); 社会救助法 第三十七条 (both, and 居住证 "有条件的地方");
 * 运城 rule 25 (运民发〔2021〕59号 二（九）): "有序推进持有居住证（含电子居住证）人员在居住地申办社会救助".
 * - 户籍 here (or not said): no check, the standard of this region applies;
 * - 户籍 elsewhere, 居住证 here: possible; only the local office can say whether it accepts the case;
 * - 户籍 elsewhere, 居住证 not asked: need_info;
 * - 户籍 elsewhere, no 居住证: `uncertain`. These clauses say where to apply, not who qualifies
 *   (第四条 "向户籍所在地乡镇人民政府（街道办事处）提出书面申请"; 社会救助法 第三十七条 "向户籍所在地
 *   乡镇人民政府、街道办事处提出"): the household applies at its 户籍所在地, under that place's
 *   standard, so this region's figures are only an indication; never a rejection.
 */
export function applyPlaceCheck(ctx: RuleContext, program: 'dibao' | 'tekun'): Check | undefined {
  const h = ctx.h;
  if (h.hukouInRegion !== false) return undefined;
  const label = '在户籍所在地申请，或持居住证在居住地申请';
  const permitCites = ctx.cite('residencePermit');
  const placeCites = ctx.cite(program === 'tekun' ? 'tekun.apply' : 'dibao.apply');
  const what = program === 'tekun' ? '特困供养' : '低保';
  if (h.residencePermit === true) {
    const local = localCitations(ctx.city, 'residencePermit').length > 0;
    return check(
      'apply_place',
      label,
      'uncertain',
      `户籍不在本地，但持有本地居住证：${local ? '当地正在有序推进持居住证人员在居住地申办社会救助' : '国家规定有条件的地区可以受理持居住证人员在居住地申请'}，能否在这里申请${what}请向居住地乡镇（街道）确认；不能的，向户籍所在地申请。`,
      [...permitCites, ...placeCites],
    );
  }
  if (h.residencePermit === undefined) {
    return check('apply_place', label, 'unknown', `户籍不在本地：${what}一般向户籍所在地申请，持有居住证的可以问居住地能否受理。还不知道你有没有本地居住证。`, [...placeCites, ...permitCites], ['residencePermit']);
  }
  return check(
    'apply_place',
    label,
    'uncertain',
    `户籍不在本地，也没有本地居住证：${what}要向户籍所在地的乡镇（街道）申请，按户籍地的标准审核；这里按本地标准算的结果只能参考。`,
    placeCites,
  );
}

/**
 * Status while the 户籍 type is unknown and the two types disagree: the worse of the two, but
 * never a rejection (one type fails, the other does not → ask). Monotone in each argument.
 */
export function hukouUndecided(a: CheckStatus, b: CheckStatus): CheckStatus {
  const worse = combineStatus([a, b]);
  return worse === 'fail' && (a !== 'fail' || b !== 'fail') ? 'unknown' : worse;
}

/**
 * Whether any of these figures is a sample (demo) value. The warning itself is said once, in the
 * report's disclaimer (and the bot's result footer), not on every reason line.
 */
export function usesDemo(ctx: RuleContext, ...names: ParamName[]): boolean {
  return names.some((n) => ctx.res.isDemo(n));
}

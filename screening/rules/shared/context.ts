/**
 * What every program rule reads: the household, the parameter resolution for its region and
 * date, the city's citations, and the pieces several programs share (standards by 户籍 type,
 * income rules, property rules).
 */
import type { Household } from '../../model/household.ts';
import type { Check, CheckStatus } from '../../model/report.ts';
import type { Resolution } from '../../engine/resolve.ts';
import { type Fen, formatYuan, yuanToFen } from '../../engine/money.ts';
import { combineStatus } from '../../engine/checks.ts';
import { type CitationTopic, citationsFor } from '../../params/citations.ts';
import { SOURCES, isSourceId } from '../../params/sources.ts';
import type { ParamName } from '../../params/types.ts';
import { householdSize } from './household.ts';
import { assessIncome, compareWithLine, type IncomeAssessment, type IncomeRules, type LineComparison } from './income.ts';
import { propertyCheck } from './property.ts';

export type HukouType = 'urban' | 'rural';

/** Citation lists are fixed per city and topics: computed once, copied out. */
const CITE_CACHE = new Map<string, readonly string[]>();

export class RuleContext {
  constructor(
    readonly h: Household,
    readonly res: Resolution,
  ) {}

  get city(): string {
    return this.res.city.code;
  }

  cite(...topics: CitationTopic[]): string[] {
    const key = topics.length === 1 ? `${this.city}|${topics[0]}` : `${this.city}|${topics.join('|')}`;
    let ids = CITE_CACHE.get(key);
    if (!ids) {
      ids = [...new Set(topics.flatMap((t) => citationsFor(this.city, t)))];
      CITE_CACHE.set(key, ids);
    }
    return ids.slice();
  }

  /** Clause ids behind a parameter's source (after it has been read). */
  paramClauses(name: ParamName): string[] {
    const source = this.res.sourceOf(name);
    return source && isSourceId(source) ? [...SOURCES[source].clauses] : [];
  }

  dibaoStandardFen(hukou: HukouType): Fen {
    return yuanToFen(this.res.get(`dibao.standardMonthly.${hukou}`));
  }

  /** The 户籍 types to evaluate: the known one, or both while it is unknown. */
  hukouOptions(): HukouType[] {
    return this.h.hukou ? [this.h.hukou] : ['urban', 'rural'];
  }

  incomeRules(program: 'dibao' | 'tekun'): IncomeRules {
    const res = this.res;
    const basic = program === 'tekun' ? res.get('tekun.basicPensionExcluded') : res.get('income.basicPensionExcluded');
    const basicParam: ParamName = program === 'tekun' ? 'tekun.basicPensionExcluded' : 'income.basicPensionExcluded';
    const employmentCost = res.get('income.employmentCost');
    return {
      basicPensionExcluded: basic,
      basicPensionCitations: this.paramClauses(basicParam),
      employmentCost,
      employmentCostCitations: this.paramClauses('income.employmentCost'),
      urbanStandardFen: employmentCost.kind === 'fractionOfUrbanStandard' ? this.dibaoStandardFen('urban') : undefined,
      supportFromPoorObligorExcluded: res.get('income.supportFromPoorObligorExcluded'),
      supportCitations: this.paramClauses('income.supportFromPoorObligorExcluded'),
      expenditureSupportWaiver: program === 'dibao' && res.get('income.expenditureSupportWaiver'),
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
      a = assessIncome(this.h, this.incomeRules(program));
      this.incomes.set(program, a);
    }
    return a;
  }

  propertyCheck(hukou: HukouType | undefined, label?: string): Check {
    const h = this.h;
    return propertyCheck(
      h,
      {
        depositLimitMonths: this.res.get('property.depositLimitMonths'),
        standardFen: hukou ? this.dibaoStandardFen(hukou) : undefined,
        size: householdSize(h),
        citations: this.cite('dibao.property'),
      },
      label,
    );
  }

  nearLine(): number {
    return this.res.get('screening.nearLineFraction');
  }

  /**
   * Compare income with a line that depends on the 户籍 type. While the type is unknown both
   * lines are tried; if they agree the answer stands, otherwise the type is asked.
   */
  compareByHukou(
    a: IncomeAssessment,
    lineFor: (hukou: HukouType) => { fen: Fen; name: string },
    subject?: string,
  ): LineComparison & { hukou?: HukouType } {
    const near = this.nearLine();
    const options = this.hukouOptions();
    const results = options.map((hukou) => {
      const line = lineFor(hukou);
      return { hukou, line, cmp: compareWithLine(a, line.fen, line.name, near, subject) };
    });
    const [first, second] = results;
    if (!first) throw new Error('no 户籍 option');
    if (!second) return { ...first.cmp, hukou: first.hukou };
    if (first.cmp.status === second.cmp.status) {
      // Same answer for either 户籍 type: quote the line that makes it true for both (the lower
      // line when under it, the higher when over it).
      const lower = first.line.fen <= second.line.fen ? first : second;
      const higher = lower === first ? second : first;
      return first.cmp.status === 'pass' ? lower.cmp : first.cmp.status === 'fail' ? higher.cmp : first.cmp;
    }
    return {
      status: hukouUndecided(first.cmp.status, second.cmp.status),
      text: `城市和农村的标准不同（城市 ${formatYuan(first.line.fen)} 元，农村 ${formatYuan(second.line.fen)} 元），需要知道户口是城市还是农村。`,
      missing: ['hukou', ...first.cmp.missing, ...second.cmp.missing],
      citations: [],
      perCapitaFen: first.cmp.perCapitaFen,
    };
  }
}

/**
 * Status while the 户籍 type is unknown and the two types disagree: the worse of the two, but
 * never a rejection (one type fails, the other does not → ask). Monotone in each argument.
 */
export function hukouUndecided(a: CheckStatus, b: CheckStatus): CheckStatus {
  const worse = combineStatus([a, b]);
  return worse === 'fail' && (a !== 'fail' || b !== 'fail') ? 'unknown' : worse;
}

export function demoNote(ctx: RuleContext, ...names: ParamName[]): string {
  return names.some((n) => ctx.res.isDemo(n)) ? '（标准为示例数据，上线前须按当地最新提标文件配置）' : '';
}


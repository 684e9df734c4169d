/**
 * What every program rule reads: the household, the parameter resolution for its region and
 * date, the city's citations, and the pieces several programs share (standards by 户籍 type,
 * income rules, property), worked out once per screening: the four programs (and 特困, once per
 * member) ask the same questions of the same household. One program's result may be read by
 * another (低保 reads whether 特困 holds), computed once.
 */
import type { Household } from '../../model/household.ts';
import type { Check, Program, ProgramResult } from '../../model/report.ts';
import type { Resolution } from '../../engine/resolve.ts';
import { type Fen, yuanToFen } from '../../engine/money.ts';
import type { CitationTopic } from '../../params/citations.ts';
import type { ParamName } from '../../params/types.ts';
import type { HukouType } from '../../catalogue/words.ts';
import { countedMembers, householdSize, type IndexedMember } from './household.ts';
import { assessIncome } from '../income/assess.ts';
import type { IncomeOutcome, Lapsed } from '../income/types.ts';
import { incomeRules } from '../income/rules.ts';
import { propertyCheck } from './property.ts';
import { isWorded } from '../../engine/findings.ts';

export type { HukouType };

const DIBAO_STANDARD = {
  urban: 'dibao.standardMonthly.urban',
  rural: 'dibao.standardMonthly.rural',
} as const satisfies Record<HukouType, ParamName>;

/**
 * Citation lists per topics: computed once for the region and date (kept by the resolution,
 * shared by every screening), copied out (a tree, so a lookup builds no key).
 */
interface CitationNode {
  ids?: readonly string[];
  next?: Map<CitationTopic, CitationNode>;
}

export class RuleContext {
  readonly city: string;
  private readonly citations: CitationNode;
  private readonly results = new Map<Program, ProgramResult>();
  private counted?: readonly IndexedMember[] | undefined;
  private countedKnown = false;
  private readonly incomes = new Map<'dibao' | 'tekun', IncomeOutcome>();
  private readonly properties: { hukou: HukouType | undefined; tekun: boolean; check: Check }[] = [];
  /** Comparisons several programs ask of the same assessment (common/hukou.ts). */
  readonly memo = new Map<unknown, Map<string, unknown>>();

  constructor(
    readonly h: Household,
    readonly res: Resolution,
    private readonly rule: (program: Program, ctx: RuleContext) => ProgramResult = () => {
      throw new Error('no rules given');
    },
  ) {
    this.city = res.city.code;
    this.citations = res.citationMemo as CitationNode;
  }

  /** The result of a program for this household (computed on first use, then shared). */
  resultOf(program: Program): ProgramResult {
    const r = this.results.get(program) ?? this.rule(program, this);
    this.results.set(program, r);
    return r;
  }

  cite(...topics: CitationTopic[]): string[] {
    // Citations only reach what is said (and notes, which missingFacts() does not list): none while unworded.
    if (!isWorded()) return [];
    let node = this.citations;
    for (const topic of topics) {
      node.next ??= new Map();
      const child = node.next.get(topic) ?? {};
      node.next.set(topic, child);
      node = child;
    }
    node.ids ??= [...new Set(topics.flatMap((t) => this.res.citations(t)))];
    return node.ids.slice();
  }

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

  /** Clause ids behind a parameter's source (after it has been read); none for an operator's own source. */
  paramClauses(name: ParamName): string[] {
    return [...(this.res.sourceInfo(name)?.clauses ?? [])];
  }

  /** The local measure behind a value read so far, when its stated period has ended (Q15). */
  lapsed(name: ParamName): Lapsed | undefined {
    return this.res.sourceInfo(name)?.lapsed;
  }

  dibaoStandardFen(hukou: HukouType): Fen {
    return yuanToFen(this.res.get(DIBAO_STANDARD[hukou]));
  }

  /** The 户籍 types to evaluate: the known one, or both while it is unknown. */
  hukouOptions(): HukouType[] {
    return this.h.hukou ? [this.h.hukou] : ['urban', 'rural'];
  }

  nearLine(): number {
    return this.res.get('screening.nearLineFraction');
  }

  /** Computed once per program kind and reused by every rule that needs it. */
  incomeAssessment(program: 'dibao' | 'tekun'): IncomeOutcome {
    const a = this.incomes.get(program) ?? assessIncome(this.h, incomeRules(this, program), this.members);
    this.incomes.set(program, a);
    return a;
  }

  /** The same for every program asking with the same 户籍 type and wording; each gets its own copy. */
  propertyCheck(hukou: HukouType | undefined, tekun = false): Check {
    let c = this.properties.find((x) => x.hukou === hukou && x.tekun === tekun)?.check;
    if (!c) {
      c = propertyCheck(
        this.h,
        {
          depositLimitMonths: this.res.get('property.depositLimitMonths'),
          standardFen: hukou ? this.dibaoStandardFen(hukou) : undefined,
          size: this.size,
          citations: this.cite('dibao.property'),
        },
        tekun ? 'property_tekun' : 'property',
      );
      this.properties.push({ hukou, tekun, check: c });
    }
    return { ...c, citations: [...c.citations], missing: [...c.missing] };
  }

  /** Whether any of these figures is a sample (the warning is said once, in the disclaimer). */
  usesDemo(...names: ParamName[]): boolean {
    return names.some((n) => this.res.isDemo(n));
  }
}

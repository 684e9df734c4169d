/**
 * Household income as 最低生活保障审核确认办法 第十三条 counts it: wages (less necessary
 * employment costs), net business, net property and net transfer income, over the look-back
 * period, per person per month, in fen; and, per the same article, "因残疾、患重病等增加的刚性
 * 支出、必要的就业成本等，在核算家庭收入时可按规定适当扣减".
 *
 * Where the law leaves the result open the calculation keeps the range instead of guessing:
 * - reductions only the office can decide (基础养老金 after 2025, the 运城 民主评议 waiver of
 *   support for 支出型 households, a deduction whose amount is not configured, a local measure
 *   whose transition period has ended) are `office` adjustments: if they would bring income
 *   under a line, the verdict is `possible` and the reason says what it hangs on;
 * - reductions that depend on a question not yet asked (who is employed, who pays support, the
 *   spending caused by a disability or illness) are `ask` adjustments: if they matter, the fact
 *   is listed in `missing`;
 * - an income category never asked leaves the range open upwards: unless the known part is
 *   already clearly over the line, that is `need_info`.
 */
import type { Household, Income } from '../../model/household.ts';
import type { CheckStatus } from '../../model/report.ts';
import type { ParamValue } from '../../params/types.ts';
import { divideFen, type Fen, scaleFen, yuanAfter, yuanToFen } from '../../engine/money.ts';
import { countedMembers, employedMembers, householdSize, type IndexedMember, SIZE_FACT } from './household.ts';

/** A local measure whose stated period has ended (rules-notes Q15): shown, never applied as certain. */
export interface Lapsed {
  /** Last day of the period, ISO. */
  ended: string;
}

export interface IncomeRules {
  /** Whether the 基础养老金 is left out of income on this date. */
  basicPensionExcluded: ParamValue<'income.basicPensionExcluded'>;
  basicPensionCitations: readonly string[];
  /** Members from this age draw the 基础养老金, so it is asked only when someone is that old. */
  basicPensionAge: number;
  employmentCost: ParamValue<'income.employmentCost'>;
  employmentCostLapsed: Lapsed | undefined;
  employmentCostCitations: readonly string[];
  rigidSpending: ParamValue<'income.rigidSpendingDeduction'>;
  rigidSpendingCitations: readonly string[];
  /** Urban 低保 standard in fen (运城's deduction is 30% of it; the bound of an unconfigured deduction too). */
  urbanStandardFen: Fen | undefined;
  /** Bound of a deduction whose amount is not configured, as a fraction of the urban standard per person and month. */
  unspecifiedCap: number;
  unspecifiedCapCitations: readonly string[];
  supportFromPoorObligorExcluded: boolean;
  supportLapsed: Lapsed | undefined;
  supportCitations: readonly string[];
  expenditureSupportWaiver: boolean;
  waiverLapsed: Lapsed | undefined;
  waiverCitations: readonly string[];
  lookbackMonths: number;
  /** Clause ids for "income is counted per 第十三条". */
  incomeCitations: readonly string[];
}

export interface Adjustment {
  kind: 'office' | 'ask';
  /** Possible reduction of the period total, fen (an upper bound when `bound`). */
  fen: Fen;
  /** The amount is only a bound: no figure "after the reduction" is stated. */
  bound?: boolean;
  /** What the reduction hangs on, in plain words ("如果基础养老金不计入收入"). */
  condition: string;
  citations: string[];
  missing: string[];
}

export interface IncomeAssessment {
  size: number;
  months: number;
  /** Period total counted with every certain rule applied, fen. */
  countedFen: Fen;
  adjustments: Adjustment[];
  /** Categories never asked: the true income may be higher. */
  missingCategories: string[];
  /** Rules applied along the way, for the reasons. */
  notes: { text: string; citations: string[] }[];
}

export type IncomeOutcome =
  | { kind: 'assessed'; assessment: IncomeAssessment }
  | { kind: 'unknown'; missing: string[]; text: string };

/** The categories a household must have answered; `basicPension` joins them when it changes the total. */
const REQUIRED: readonly (keyof Income)[] = ['wages', 'business', 'property', 'pensions', 'support'];

const CATEGORY_NAMES: Partial<Record<keyof Income, string>> = {
  wages: '打工或工资',
  business: '种地、养殖或做生意',
  property: '房租、利息等财产',
  pensions: '退休金、失业金',
  support: '子女或亲属给的赡养费',
  basicPension: '城乡居民基础养老金',
};

export function categoryName(path: string): string {
  const key = (path.startsWith('income.') ? path.slice('income.'.length) : path) as keyof Income;
  return CATEGORY_NAMES[key] ?? key;
}

function hasAge(counted: readonly IndexedMember[] | undefined, age: number): boolean {
  return (counted ?? []).some(({ member }) => member.age !== undefined && member.age >= age);
}

/** " 2025 年底" for a period's last day (after 到). */
function endOf(l: Lapsed): string {
  return ` ${l.ended.slice(0, 4)} 年底`;
}

/**
 * The necessary employment cost (第十三条（一）). Three ways: a configured amount in force
 * (运城 30% of the urban standard per employed member, rule 6, Q4) is deducted; the same amount
 * after its transition period is only what the old rule would give (office); no configured
 * amount (阳江 rule 7: "按规定适当扣减") is a deduction the office sizes, bounded (Q17).
 */
function employmentCost(h: Household, rules: IncomeRules, counted: readonly IndexedMember[] | undefined, months: number, wagesFen: Fen, out: { notes: IncomeAssessment['notes']; adjustments: Adjustment[] }): Fen {
  if (wagesFen <= 0 || rules.urbanStandardFen === undefined) return 0;
  const cost = rules.employmentCost;
  const configured = cost.kind === 'fractionOfUrbanStandard';
  const fraction = configured ? cost.fraction : rules.unspecifiedCap;
  const perWorkerMonth = scaleFen(rules.urbanStandardFen, fraction);
  const perWorkerPeriod = perWorkerMonth * months;
  const employed = employedMembers(h, counted);
  // Wages mean at least one earner, even if nobody was marked employed.
  const certainWorkers = Math.max(employed.known, 1);
  const forCertain = Math.min(wagesFen, perWorkerPeriod * certainWorkers);
  const cites = configured ? [...rules.employmentCostCitations] : [...rules.employmentCostCitations, ...rules.unspecifiedCapCitations];
  const percent = Math.round(fraction * 100);
  let deducted = 0;
  if (configured && !rules.employmentCostLapsed) {
    deducted = forCertain;
    out.notes.push({
      text: `就业成本按城市低保标准的${percent}%扣减：每名就业成员每月${yuanAfter(perWorkerMonth)}，共扣减${yuanAfter(forCertain)}（不超过工资收入）。`,
      citations: cites,
    });
  } else if (configured) {
    out.notes.push({
      text: `过渡期内“就业成本按城市低保标准的${percent}%扣减”的规定到${endOf(rules.employmentCostLapsed!)}，之后是否继续执行还没有核实，这里没有扣减；继续执行的，人均收入会更低。`,
      citations: cites,
    });
    out.adjustments.push({
      kind: 'office',
      fen: forCertain,
      condition: `如果“就业成本按城市低保标准的${percent}%扣减”的规定在过渡期（到${endOf(rules.employmentCostLapsed!)}）结束后仍然执行（是否继续执行还没有核实）`,
      citations: cites,
      missing: [],
    });
  } else {
    out.notes.push({ text: '当地规定必要的就业成本可以扣减，但扣减多少没有规定，这里没有扣减；实际核算时人均收入可能更低。', citations: [...rules.employmentCostCitations] });
    out.adjustments.push({
      kind: 'office',
      fen: forCertain,
      bound: true,
      condition: '当地规定必要的就业成本可以按规定扣减，但扣减多少没有规定，由乡镇核算',
      citations: cites,
      missing: [],
    });
  }
  const extraWorkers = Math.max(employed.possible, certainWorkers) - certainWorkers;
  if (extraWorkers > 0 && employed.unaskedPaths.length > 0) {
    const extra = Math.min(wagesFen - forCertain, perWorkerPeriod * extraWorkers);
    if (extra > 0) {
      out.adjustments.push({
        kind: 'ask',
        fen: extra,
        ...(configured ? {} : { bound: true }),
        condition: '如果家里还有其他人在打工（每人都可扣减就业成本）',
        citations: cites,
        missing: employed.unaskedPaths,
      });
    }
  }
  return deducted;
}

const RIGID_KINDS = new Set(['medical', 'disability_rehab']);

/**
 * Rigid spending caused by a disability or serious illness (第十三条 last paragraph, "可按规定适当
 * 扣减"). Only for members the household said are disabled or seriously ill. A configured
 * `actual` rule deducts the out-of-pocket spending; otherwise the office sizes the deduction,
 * bounded by the spending and by the cap (Q17). Spending never asked may still exist: `ask`.
 */
function rigidSpending(h: Household, rules: IncomeRules, counted: readonly IndexedMember[] | undefined, months: number, out: { notes: IncomeAssessment['notes']; adjustments: Adjustment[] }): Fen {
  const concerned = (counted ?? []).filter(({ member: m }) => m.hasDisability === true || m.seriousIllness === true).length;
  if (concerned === 0) return 0;
  const hs = h.hardship;
  const asked = hs?.none === true || hs?.expenses !== undefined;
  const cap = rules.urbanStandardFen === undefined ? undefined : scaleFen(rules.urbanStandardFen, rules.unspecifiedCap) * concerned * months;
  const cites = [...rules.rigidSpendingCitations, ...(rules.rigidSpending.kind === 'unspecified' ? rules.unspecifiedCapCitations : [])];
  if (!asked) {
    if (cap === undefined || cap <= 0) return 0;
    out.adjustments.push({
      kind: 'ask',
      fen: cap,
      bound: true,
      condition: '如果家里因残疾、重病自己负担了看病、康复的费用（这部分可以按规定适当扣减）',
      citations: cites,
      missing: ['hardship.expenses'],
    });
    return 0;
  }
  const spent = (hs?.none === true ? [] : (hs?.expenses ?? [])).filter((e) => RIGID_KINDS.has(e.kind)).reduce((s, e) => s + yuanToFen(e.amount), 0);
  if (spent <= 0) return 0;
  if (rules.rigidSpending.kind === 'actual') {
    out.notes.push({ text: `因残疾、重病自己负担的看病、康复费用${yuanAfter(spent)}，按规定从收入中扣减。`, citations: cites });
    return spent;
  }
  if (cap === undefined) return 0;
  out.adjustments.push({
    kind: 'office',
    fen: Math.min(spent, cap),
    bound: true,
    condition: `家里因残疾、重病自己负担了${yuanAfter(spent)} 看病、康复的费用，按规定可以适当扣减，扣多少由当地核算`,
    citations: cites,
    missing: [],
  });
  return 0;
}

/** `counted`: countedMembers(h), when the caller has it already. */
export function assessIncome(h: Household, rules: IncomeRules, counted: readonly IndexedMember[] | undefined = countedMembers(h)): IncomeOutcome {
  const size = householdSize(h, counted);
  const inc = h.income;
  if (size === undefined || inc === undefined) {
    const missing = [...(size === undefined ? [SIZE_FACT] : []), ...(inc === undefined ? REQUIRED.map((k) => `income.${k}`) : [])];
    return { kind: 'unknown', missing, text: size === undefined ? '还不知道家里有几口人，无法算出人均收入。' : '还不知道家里的收入情况，无法算出人均收入。' };
  }
  const months = inc.periodMonths ?? rules.lookbackMonths;
  const out = { notes: [] as IncomeAssessment['notes'], adjustments: [] as Adjustment[] };

  const missingCategories = REQUIRED.filter((k) => inc[k] === undefined).map((k) => `income.${k}`);
  // The 基础养老金 matters only when it is counted, or when counting it is unverified; residents
  // draw it from a set age (so only ask when someone is that old).
  if (inc.basicPension === undefined && rules.basicPensionExcluded !== 'yes' && hasAge(counted, rules.basicPensionAge)) {
    missingCategories.push('income.basicPension');
  }

  // 工资性收入 less necessary employment costs; rigid spending caused by disability or illness.
  const wagesFen = yuanToFen(inc.wages ?? 0);
  const wagesCounted = wagesFen - employmentCost(h, rules, counted, months, wagesFen, out);
  const rigid = rigidSpending(h, rules, counted, months, out);

  // 转移净收入: support payments, with 运城's exclusion of support from obligors who are poor themselves.
  let supportCounted = 0;
  let supportTotal = 0;
  (inc.support ?? []).forEach((p, i) => {
    const fen = yuanToFen(p.amount);
    supportTotal += fen;
    if (rules.supportFromPoorObligorExcluded && p.payerStatus !== undefined && p.payerStatus !== 'none') {
      if (rules.supportLapsed) {
        supportCounted += fen;
        out.notes.push({
          text: `过渡期内“困难义务人给的赡养费不计入收入”的规定到${endOf(rules.supportLapsed)}，之后是否继续执行还没有核实，这里把${payerName(p.payerStatus)}给的${yuanAfter(fen)}计入了收入。`,
          citations: [...rules.supportCitations],
        });
        out.adjustments.push({
          kind: 'office',
          fen,
          condition: `如果“困难义务人给的赡养费不计入收入”的规定在过渡期（到${endOf(rules.supportLapsed)}）结束后仍然执行（给这${yuanAfter(fen)} 的人本身是${payerName(p.payerStatus)}）`,
          citations: [...rules.supportCitations],
          missing: [],
        });
        return;
      }
      out.notes.push({
        text: `赡养（抚养、扶养）义务人本身是${payerName(p.payerStatus)}，其给的${yuanAfter(fen)}不计入收入。`,
        citations: [...rules.supportCitations],
      });
      supportTotal -= fen;
      return;
    }
    supportCounted += fen;
    if (rules.supportFromPoorObligorExcluded && p.payerStatus === undefined && fen > 0) {
      out.adjustments.push({
        kind: 'ask',
        fen,
        condition: '如果给赡养费的人本身是特困、低保或低收入家庭成员（这笔钱不计入收入）',
        citations: [...rules.supportCitations],
        missing: [`income.support[${i}].payerStatus`],
      });
    }
  });
  // Flagged, never applied: only a village 民主评议 and the 乡镇 can waive the support. Whether
  // the household is 支出型 at all is a question the resident can answer, unless they already
  // said there was no emergency and no large spending: 支出型 means "费用支出较大" (rule 8), so
  // that answer settles it (and outweighs a contradicting 支出型 yes).
  const noSpending = h.hardship?.none === true;
  if (rules.expenditureSupportWaiver && h.expenditureType !== false && !noSpending && supportTotal > 0) {
    const lapsed = rules.waiverLapsed ? `（这条规定是过渡期的，到${endOf(rules.waiverLapsed)}，之后是否继续执行还没有核实）` : '';
    out.adjustments.push({
      kind: h.expenditureType === true ? 'office' : 'ask',
      fen: supportTotal,
      condition:
        h.expenditureType === true
          ? `你家属于因病、因残、因学或突发事件支出较大的“支出型”家庭，经村民委员会民主评议、乡镇审核备案后可以不计算赡养费${lapsed}`
          : `如果属于因病、因残、因学或突发事件支出较大、实际生活低于低保标准的“支出型”家庭，经村民委员会民主评议、乡镇审核备案后可以不计算赡养费${lapsed}`,
      citations: [...rules.waiverCitations],
      missing: h.expenditureType === true ? [] : ['expenditureType'],
    });
  }

  // 城乡居民基本养老保险基础养老金: excluded, counted, or (after the 14th Five-Year Plan) unverified.
  const basicPensionFen = yuanToFen(inc.basicPension ?? 0);
  let basicCounted = 0;
  if (basicPensionFen > 0) {
    if (rules.basicPensionExcluded === 'yes') {
      out.notes.push({ text: `城乡居民基础养老金${yuanAfter(basicPensionFen)}不计入收入。`, citations: [...rules.basicPensionCitations] });
    } else {
      basicCounted = basicPensionFen;
      if (rules.basicPensionExcluded === 'unverified') {
        out.notes.push({
          text: `城乡居民基础养老金${yuanAfter(basicPensionFen)}暂按计入收入计算：“十四五”期间不计入的规定已到期，现行口径未核实。`,
          citations: [...rules.basicPensionCitations],
        });
        out.adjustments.push({
          kind: 'office',
          fen: basicPensionFen,
          condition: '如果基础养老金仍不计入收入（“十四五”期间的规定已到期，现行口径未核实）',
          citations: [...rules.basicPensionCitations],
          missing: [],
        });
      }
    }
  }

  const gross =
    wagesCounted +
    yuanToFen(inc.business ?? 0) +
    yuanToFen(inc.property ?? 0) +
    yuanToFen(inc.pensions ?? 0) +
    supportCounted +
    yuanToFen(inc.otherTransfers ?? 0) +
    basicCounted -
    yuanToFen(inc.transferOut ?? 0) -
    rigid;
  return {
    kind: 'assessed',
    assessment: { size, months, countedFen: Math.max(0, gross), adjustments: out.adjustments, missingCategories, notes: out.notes },
  };
}

function payerName(status: 'tekun' | 'dibao' | 'low_income'): string {
  return { tekun: '特困人员', dibao: '低保对象', low_income: '低收入家庭成员' }[status];
}

function citationsOf(adjustments: readonly Adjustment[]): string[] {
  return adjustments.flatMap((x) => x.citations);
}

export function perCapitaMonthly(a: IncomeAssessment, totalFen: Fen = a.countedFen): Fen {
  return divideFen(Math.max(0, totalFen), a.months * a.size);
}

export interface LineComparison {
  status: CheckStatus;
  text: string;
  missing: string[];
  citations: string[];
  perCapitaFen: Fen;
}

/** "比标准高 75 元" or, under a yuan, "比标准高不到 1 元". */
function gapText(fen: Fen, word: '高' | '低'): string {
  return fen < 100 ? `比标准${word}不到 1 元` : `比标准${word}${yuanAfter(fen)}`;
}

/**
 * Compare per-capita monthly income with a line (strictly below passes: "低于当地最低生活保障标准").
 * `nearFraction` widens the line for "close to the line" (possible rather than unlikely).
 */
export function compareWithLine(
  a: IncomeAssessment,
  lineFen: Fen,
  lineName: string,
  nearFraction: number,
  subject = '家庭人均月收入',
  /** Said after the figure, e.g. "（农村低保标准的 1.5 倍）". */
  lineNote = '',
  /** The whole phrase for the line, replacing name, figure and note (both 户籍 lines at once). */
  lineLabel?: string,
): LineComparison {
  const hi = perCapitaMonthly(a);
  const office = a.adjustments.filter((x) => x.kind === 'office');
  const ask = a.adjustments.filter((x) => x.kind === 'ask');
  const officeFen = office.reduce((s, x) => s + x.fen, 0);
  const askFen = ask.reduce((s, x) => s + x.fen, 0);
  const loOffice = perCapitaMonthly(a, a.countedFen - officeFen);
  const loAll = perCapitaMonthly(a, a.countedFen - officeFen - askFen);
  const nearLine = lineFen + scaleFen(lineFen, nearFraction);
  const line = lineLabel ?? `${lineName}${yuanAfter(lineFen)}${lineNote}`;
  const head = `${subject}${yuanAfter(hi)}`;

  if (a.missingCategories.length > 0) {
    const names = a.missingCategories.map(categoryName).join('、');
    if (loAll >= nearLine) {
      return { status: 'fail', text: `仅已知的收入，${head}，已明显高于${line}。`, missing: [], citations: [], perCapitaFen: hi };
    }
    return {
      status: 'unknown',
      text: `还不知道${names}方面的收入；按已经知道的收入算，${head}，${hi < lineFen ? '低于' : '接近'}${line}。`,
      missing: [...a.missingCategories, ...ask.flatMap((x) => x.missing)],
      citations: [],
      perCapitaFen: hi,
    };
  }
  if (hi < lineFen) {
    const close = lineFen - hi < 100 ? `，${gapText(lineFen - hi, '低')}` : '';
    return { status: 'pass', text: `${head}，低于${line}${close}。`, missing: [], citations: [], perCapitaFen: hi };
  }
  if (loOffice < lineFen) {
    const conditions = office.map((x) => x.condition).join('；');
    const after = office.some((x) => x.bound) ? '扣减后可能低于标准' : `则为${yuanAfter(loOffice)}，低于标准`;
    return {
      status: 'uncertain',
      text: `${head}，不低于${line}；${conditions}，${after}。结果取决于当地认定，请向乡镇（街道）咨询。`,
      missing: [],
      citations: citationsOf(office),
      perCapitaFen: hi,
    };
  }
  if (loAll < lineFen) {
    const conditions = ask.map((x) => x.condition).join('；');
    return {
      status: 'unknown',
      text: `${head}，不低于${line}；${conditions}，可能降到标准以下。`,
      missing: ask.flatMap((x) => x.missing),
      citations: citationsOf(ask),
      perCapitaFen: hi,
    };
  }
  if (loAll < nearLine) {
    // Close to the line. Facts not yet asked cannot bring income under the line any more, but
    // they still narrow the figure; keep asking them so the verdict only falls as income rises.
    if (ask.length > 0) {
      return {
        status: 'unknown',
        text: `${head}，略高于${line}；${ask.map((x) => x.condition).join('；')}，还会略低一些。`,
        missing: ask.flatMap((x) => x.missing),
        citations: citationsOf(ask),
        perCapitaFen: hi,
      };
    }
    if (hi >= nearLine) {
      // Only a reduction the office sizes brings it near the line: say which.
      return {
        status: 'uncertain',
        text: `${head}，高于${line}；${office.map((x) => x.condition).join('；')}，扣减后接近标准，以当地核算为准。`,
        missing: [],
        citations: citationsOf(office),
        perCapitaFen: hi,
      };
    }
    return {
      status: 'uncertain',
      text:
        hi === lineFen
          ? `${head}，正好等于${line}，须低于标准才符合，核对时收入认定可能有出入。`
          : `${head}，略高于${line}，${gapText(hi - lineFen, '高')}，核对时收入认定可能有出入。`,
      missing: [],
      citations: citationsOf(office),
      perCapitaFen: hi,
    };
  }
  return { status: 'fail', text: `${head}，高于${line}。`, missing: [], citations: [], perCapitaFen: hi };
}

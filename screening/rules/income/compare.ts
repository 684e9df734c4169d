/**
 * Income compared with a line: 社会救助暂行办法 第九条 "人均收入低于当地最低生活保障标准" — strictly
 * below passes; income exactly at the standard is not below it. Within `nearFraction` above the
 * line the result is `possible` (residents estimate roughly; the contract's "close to a line").
 * Reductions the office may make, or a further answer may bring, decide between `possible`,
 * `need_info` and `unlikely`; the finding says which, with the conditions.
 */
import type { CheckStatus } from '../../model/report.ts';
import type { Finding } from '../../model/finding.ts';
import { divideFen, type Fen, FEN_PER_YUAN, scaleFen } from '../../engine/money.ts';
import { finding } from '../../engine/findings.ts';
import { flat } from '../../engine/checks.ts';
import type { LineRef, Subject } from '../../catalogue/words.ts';
import type { Adjustment, IncomeAssessment } from './types.ts';

export function perCapitaMonthly(a: IncomeAssessment, totalFen: Fen = a.countedFen): Fen {
  return divideFen(Math.max(0, totalFen), a.months * a.size);
}

export interface LineComparison {
  status: CheckStatus;
  /** What was found, with the conditions' clauses and the facts to ask. */
  finding: Finding;
  perCapitaFen: Fen;
}

const clausesOf = (adjustments: readonly Adjustment[]) => flat(adjustments, (x) => x.condition.clauses);
const missingOf = (adjustments: readonly Adjustment[]) => flat(adjustments, (x) => x.condition.missing);

/** Under a yuan below the line: said ("比标准低不到 1 元") so a rounded figure is not read as equal. */
const ONE_YUAN: Fen = FEN_PER_YUAN;

export function compareWithLine(
  a: IncomeAssessment,
  lineFen: Fen,
  line: LineRef,
  nearFraction: number,
  subject: Subject = 'household',
): LineComparison {
  const hi = perCapitaMonthly(a);
  const office = a.adjustments.filter((x) => x.kind === 'office');
  const ask = a.adjustments.filter((x) => x.kind === 'ask');
  const officeFen = office.reduce((s, x) => s + x.fen, 0);
  const askFen = ask.reduce((s, x) => s + x.fen, 0);
  const loOffice = perCapitaMonthly(a, a.countedFen - officeFen);
  const loAll = perCapitaMonthly(a, a.countedFen - officeFen - askFen);
  const nearLine = lineFen + scaleFen(lineFen, nearFraction);
  const base = { subject, hi, line };
  const out = (status: CheckStatus, f: Finding): LineComparison => ({ status, finding: f, perCapitaFen: hi });

  if (a.missingCategories.length > 0) {
    if (loAll >= nearLine) return out('fail', finding('line.knownOver', 'fail', base));
    const missing = [...a.missingCategories.map((c) => `income.${c}`), ...missingOf(ask)];
    return out(
      'unknown',
      finding(
        'line.categoriesMissing',
        'unknown',
        { ...base, categories: a.missingCategories, below: hi < lineFen },
        [],
        missing,
      ),
    );
  }
  if (hi < lineFen) {
    return out(
      'pass',
      finding('line.below', 'pass', { ...base, ...(lineFen - hi < ONE_YUAN ? { under: lineFen - hi } : {}) }),
    );
  }
  if (loOffice < lineFen) {
    const after = office.some((x) => x.bound) ? {} : { after: loOffice };
    return out(
      'uncertain',
      finding(
        'line.officeBelow',
        'uncertain',
        { ...base, conditions: office.map((x) => x.condition), ...after },
        clausesOf(office),
      ),
    );
  }
  if (loAll < lineFen) {
    return out(
      'unknown',
      finding(
        'line.askBelow',
        'unknown',
        { ...base, conditions: ask.map((x) => x.condition) },
        clausesOf(ask),
        missingOf(ask),
      ),
    );
  }
  if (loAll < nearLine) {
    // Close to the line. Facts not yet asked cannot bring income under the line any more, but
    // they still narrow the figure; keep asking them so the verdict only falls as income rises.
    if (ask.length > 0)
      return out(
        'unknown',
        finding(
          'line.nearAsk',
          'unknown',
          { ...base, conditions: ask.map((x) => x.condition) },
          clausesOf(ask),
          missingOf(ask),
        ),
      );
    // Only a reduction the office sizes brings it near the line: say which.
    if (hi >= nearLine)
      return out(
        'uncertain',
        finding(
          'line.nearAfterDeduction',
          'uncertain',
          { ...base, conditions: office.map((x) => x.condition) },
          clausesOf(office),
        ),
      );
    if (hi === lineFen) return out('uncertain', finding('line.equal', 'uncertain', base, clausesOf(office)));
    return out(
      'uncertain',
      finding('line.slightlyOver', 'uncertain', { ...base, over: hi - lineFen }, clausesOf(office)),
    );
  }
  return out('fail', finding('line.over', 'fail', base));
}

/** The same comparison said going on from the figure the reason before it said. */
export function continued(c: LineComparison): LineComparison {
  return {
    ...c,
    finding: { ...c.finding, figures: { ...(c.finding.figures as object), continued: true } } as unknown as Finding,
  };
}

/**
 * Comparisons whose line depends on the 户籍 type (城市 or 农村 standard). While the type is not
 * known both lines are tried: if they agree the answer stands, said with both figures so every
 * program of a report quotes the same ones; if not, the type is asked, never assumed.
 */
import type { CheckStatus } from '../../model/report.ts';
import type { Fen } from '../../engine/money.ts';
import { combineStatus } from '../../engine/checks.ts';
import { finding } from '../../engine/findings.ts';
import type { HukouType, LineRef, Subject } from '../../catalogue/words.ts';
import { compareWithLine, type LineComparison } from '../income/compare.ts';
import type { IncomeAssessment } from '../income/types.ts';
import type { RuleContext } from './context.ts';

export type HukouComparison = LineComparison & { hukou?: HukouType };

/** A line for one 户籍 type, and the phrase for both while the type is not known. */
export interface HukouLine {
  at: (hukou: HukouType) => { fen: Fen; line: LineRef };
  both: (urban: Fen, rural: Fen) => LineRef;
}

export function compareByHukou(
  ctx: RuleContext,
  a: IncomeAssessment,
  lines: HukouLine,
  subject?: Subject,
): HukouComparison {
  const near = ctx.nearLine();
  const results = ctx.hukouOptions().map((hukou) => {
    const { fen, line } = lines.at(hukou);
    return { hukou, fen, cmp: compareWithLine(a, fen, line, near, subject) };
  });
  const [first, second] = results;
  if (!first) throw new Error('no hukou option');
  if (!second) return { ...first.cmp, hukou: first.hukou };
  const urban = results.find((r) => r.hukou === 'urban')!;
  const rural = results.find((r) => r.hukou === 'rural')!;
  if (first.cmp.status === second.cmp.status) {
    // Decided by the line that makes it true for both (the lower when under it, the higher when over it).
    const lower = first.fen <= second.fen ? first : second;
    const decisive = first.cmp.status === 'fail' ? (lower === first ? second : first) : lower;
    return compareWithLine(a, decisive.fen, lines.both(urban.fen, rural.fen), near, subject);
  }
  const status = hukouUndecided(first.cmp.status, second.cmp.status);
  const missing = ['hukou', ...first.cmp.finding.missing, ...second.cmp.finding.missing];
  return {
    status,
    finding: finding('line.hukouNeeded', status, { urban: urban.fen, rural: rural.fen }, [], missing),
    perCapitaFen: first.cmp.perCapitaFen,
  };
}

/**
 * Status while the 户籍 type is unknown and the two types disagree: the worse of the two, but
 * never a rejection (one type fails, the other does not → ask). Monotone in each argument.
 */
export function hukouUndecided(a: CheckStatus, b: CheckStatus): CheckStatus {
  const worse = combineStatus([a, b]);
  return worse === 'fail' && (a !== 'fail' || b !== 'fail') ? 'unknown' : worse;
}

/** The 低保 standard by 户籍 type. */
export function dibaoLine(ctx: RuleContext): HukouLine {
  return {
    at: (hukou) => {
      const fen = ctx.dibaoStandardFen(hukou);
      return { fen, line: { name: 'dibao', hukou, fen } };
    },
    both: (urban, rural) => ({ name: 'dibao-both', urban, rural }),
  };
}

/**
 * The comparison with the 低保 standard itself: 低保, 单人保 and 特困 (once per member) ask it of the
 * same assessment, so it is worked out once per subject. Shared: read it, do not change it.
 */
export function compareWithDibaoStandard(
  ctx: RuleContext,
  a: IncomeAssessment,
  subject: Subject = 'household',
): HukouComparison {
  let bySubject = ctx.memo.get(a) as Map<string, HukouComparison> | undefined;
  if (!bySubject) {
    bySubject = new Map();
    ctx.memo.set(a, bySubject);
  }
  const key = typeof subject === 'string' ? subject : `member:${subject.member.index}`;
  let cmp = bySubject.get(key);
  if (!cmp) {
    cmp = compareByHukou(ctx, a, dibaoLine(ctx), subject);
    bySubject.set(key, cmp);
  }
  return cmp;
}

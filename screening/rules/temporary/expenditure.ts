/**
 * 支出型: 社会救助暂行办法 第四十七条 "因生活必需支出突然增加超出家庭承受能力，导致基本生活暂时出现
 * 严重困难的……家庭". Two tests: per-capita income below the local 上年人均可支配收入 (as for 刚性支出困难
 * 家庭, 社会救助法 第二十二条), and what is left after the spending below the 低保 standard: a rule where the city's
 * notice defines 支出型 so (`temporary.livingBelowStandardTest` = `rule`, e.g. "因大病、残疾、教育或
 * 突发事件造成费用支出较大，实际生活水平低于当地低保标准的“支出型”贫困家庭"); where no local text defines
 * it, the same test is this tool's estimate of "严重困难", and the reason says so (Q18).
 * An expense reported without its amount is an unknown, never 0: it can only lower what is left, so
 * it is asked for where what is left is not already below the standard and the income test holds;
 * where the income test fails, or the known spending already decides, its amount cannot matter.
 */
import type { Check, CheckStatus } from '../../model/report.ts';
import type { Finding } from '../../model/finding.ts';
import { combineStatus } from '../../engine/checks.ts';
import { finding, toCheck, withClauses } from '../../engine/findings.ts';
import { divideFen, MONTHS_PER_YEAR, yuanToFen } from '../../engine/money.ts';
import type { RuleContext } from '../common/context.ts';
import { splitExpenses } from '../common/expenses.ts';
import { hukouUndecided } from '../common/hukou.ts';
import { compareWithLine, perCapitaMonthly } from '../income/compare.ts';

export function expenditureRoute(ctx: RuleContext): Check[] | undefined {
  const split = splitExpenses(ctx.h.hardship?.expenses ?? []);
  const spent = split.knownFen;
  const open = split.openKinds;
  if (spent === 0 && open.length === 0) return undefined;
  const cites = ctx.cite('temp.who', 'temp.expenditure');
  const income = ctx.incomeAssessment('dibao');
  if (income.kind === 'unknown')
    return [
      toCheck(
        'expenditure',
        'expenditure',
        finding('temp.spendingIncomeUnknown', 'unknown', { spent, open, income: income.finding }, cites, [
          ...income.missing,
          ...split.openPaths,
        ]),
      ),
    ];
  const a = income.assessment;
  const near = ctx.nearLine();
  const test = ctx.res.get('temporary.livingBelowStandardTest');
  const testCites = ctx.paramClauses('temporary.livingBelowStandardTest');
  const byHukou = ctx.hukouOptions().map((hukou): { status: CheckStatus; finding: Finding } => {
    const annual = ctx.res.get(`disposableIncomeAnnual.${hukou}`);
    if (annual === null) return { status: 'unknown', finding: finding('temp.disposableUnset', 'unknown', {}) };
    const avgMonthly = divideFen(yuanToFen(annual), MONTHS_PER_YEAR);
    const incomeCmp = compareWithLine(a, avgMonthly, { name: 'disposable', fen: avgMonthly }, 0);
    const standard = ctx.dibaoStandardFen(hukou);
    const left = compareWithLine(
      { ...a, countedFen: Math.max(0, a.countedFen - spent) },
      standard,
      { name: 'dibao', hukou, fen: standard },
      near,
      'afterSpending',
    );
    const clauses = [...incomeCmp.finding.clauses, ...left.finding.clauses, ...testCites];
    if (open.length > 0 && incomeCmp.status !== 'fail' && left.status !== 'pass') {
      // Only the open amounts can bring what is left below the standard: they decide.
      const status = combineStatus([incomeCmp.status, 'unknown']);
      const figures = { spent, open, income: incomeCmp.finding, estimateOnly: test === 'assumption' };
      return {
        status,
        finding: finding('temp.spendingAmountUnknown', status, figures, clauses, [
          ...incomeCmp.finding.missing,
          ...split.openPaths,
        ]),
      };
    }
    const status = combineStatus([incomeCmp.status, left.status]);
    const figures = {
      spent,
      perCapita: perCapitaMonthly(a, spent),
      income: incomeCmp.finding,
      left: left.finding,
      estimateOnly: test === 'assumption',
      open,
    };
    return {
      status,
      finding: finding('temp.spending', status, figures, clauses, [
        ...incomeCmp.finding.missing,
        ...left.finding.missing,
      ]),
    };
  });
  const [first, second] = byHukou;
  if (!first) return undefined;
  if (second && second.status !== first.status) {
    const missing = ['hukou', ...first.finding.missing, ...second.finding.missing];
    return [
      toCheck(
        'expenditure',
        'expenditure',
        finding('temp.hukouNeeded', hukouUndecided(first.status, second.status), {}, cites, missing),
      ),
      ctx.propertyCheck(ctx.h.hukou),
    ];
  }
  return [toCheck('expenditure', 'expenditure', withClauses(first.finding, cites)), ctx.propertyCheck(ctx.h.hukou)];
}

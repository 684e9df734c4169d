/**
 * The 特困 amount: basic living standard plus, where the care share is known, the care standard
 * (特困人员认定办法 第二十条至第二十二条; 社会救助法 第十七条 "基本生活标准和照料护理标准"). A city's
 * notice may set the basic standard as a multiple of the 低保 standard and the care standard as
 * shares of the minimum wage (`tekun.basicStandardMultiplier`, `tekun.careFractionOfMinimumWage`,
 * with the clause in its package). Where such a measure carries a deadline that has passed, its
 * values come from a source marked lapsed (Q15): the estimate rests on the current 特困 standard
 * and says what the old rule would give beside it. Whenever the care standard is not in the figure, the basis says one
 * exists.
 */
import type { Member } from '../../model/household.ts';
import type { ProgramResult } from '../../model/report.ts';
import type { Finding } from '../../model/finding.ts';
import { finding, note, say } from '../../engine/findings.ts';
import { type Fen, fenToWholeYuan, percent, scaleFen, yuanToFen } from '../../engine/money.ts';
import { nationalCitations } from '../../params/citations.ts';
import type { Basic, Care, CareTier } from '../../catalogue/tekun.ts';
import type { HukouType } from '../../catalogue/words.ts';
import type { Lapsed } from '../income/types.ts';
import type { RuleContext } from '../common/context.ts';

/** 第二十一条、第二十二条: the self-care tier from the count of daily activities not managed. */
export function careTier(ctx: RuleContext, m: Member): CareTier | undefined {
  if (m.dailyActivitiesUnable === undefined) return undefined;
  const t = ctx.res.get('tekun.selfCare');
  const n = new Set(m.dailyActivitiesUnable).size;
  if (n >= t.fullCareFrom) return 'fullCare';
  if (n >= t.partialFrom) return 'semiCare';
  return 'fullSelfCare';
}

/** Whether the city's multiplier and care shares are past their deadline and not verified since. */
function localStandardLapsed(ctx: RuleContext): Lapsed | undefined {
  ctx.res.get('tekun.basicStandardMultiplier');
  return ctx.lapsed('tekun.basicStandardMultiplier');
}

export function estimate(
  ctx: RuleContext,
  m: Member,
  hukou: HukouType | undefined,
): ProgramResult['estimatedMonthlyAmount'] {
  if (!hukou) return undefined;
  const res = ctx.res;
  const lapsed = localStandardLapsed(ctx);
  const multiplier = res.get('tekun.basicStandardMultiplier');
  const current = res.get(`tekun.basicStandardMonthly.${hukou}`);
  const dibao = ctx.dibaoStandardFen(hukou);
  const byMultiplier: Basic | undefined =
    multiplier !== null ? { kind: 'multiplier', dibao, multiplier, fen: scaleFen(dibao, multiplier) } : undefined;
  const byCurrent: Basic | undefined = current !== null ? { kind: 'current', fen: yuanToFen(current) } : undefined;
  const tier = careTier(ctx, m);
  const fractions = res.get('tekun.careFractionOfMinimumWage');
  const wage = fractions ? res.get('minimumWageMonthly') : null;
  const care: Care | undefined =
    tier && fractions && wage !== null
      ? {
          tier,
          wage: yuanToFen(wage),
          percent: percent(fractions[tier]),
          fen: scaleFen(yuanToFen(wage), fractions[tier]),
        }
      : undefined;
  let total: Fen;
  let basis: Finding;
  if (lapsed && byCurrent) {
    // Estimate on the current standard; show what the lapsed rule would give beside it.
    total = byCurrent.fen;
    const oldMultiplier = byMultiplier && byMultiplier.fen > byCurrent.fen ? byMultiplier : undefined;
    const old = {
      ...(oldMultiplier ? { multiplier: oldMultiplier } : {}),
      ...(care ? { care } : {}),
      total: Math.max(byMultiplier?.fen ?? 0, byCurrent.fen) + (care?.fen ?? 0),
      ended: lapsed.ended,
    };
    basis = finding('tekun.estimate', 'info', { basics: [byCurrent], chosen: byCurrent.fen, total, old });
  } else {
    const basics = [byMultiplier, byCurrent].filter((c): c is Basic => c !== undefined);
    if (basics.length === 0) return undefined;
    const chosen = basics.reduce((x, y) => (y.fen > x.fen ? y : x)).fen;
    total = chosen + (care?.fen ?? 0);
    basis = finding('tekun.estimate', 'info', { basics, chosen, total, ...(care ? { care } : {}) });
  }
  return {
    yuan: fenToWholeYuan(total),
    basis: say(basis),
    demo: ctx.usesDemo(`tekun.basicStandardMonthly.${hukou}`, `dibao.standardMonthly.${hukou}`, 'minimumWageMonthly'),
    // The local multiplier and care shares: cited in force, and after their deadline beside the
    // figure they would give (with the caveat reason).
    citations: [
      ...(multiplier !== null || fractions !== null ? ctx.res.localCitations('tekun.standard') : []),
      ...nationalCitations('tekun.standard'),
      ...ctx.cite('tekun.selfCare'),
    ],
  };
}

/** After the deadline of the city's multiplier and care shares, say so once, with the clause. */
export function lapsedStandardCaveat(ctx: RuleContext): Finding | undefined {
  const lapsed = localStandardLapsed(ctx);
  const multiplier = ctx.res.get('tekun.basicStandardMultiplier');
  if (!lapsed || multiplier === null) return undefined;
  return note(
    'tekun.lapsedStandard',
    { multiplier, ended: lapsed.ended },
    ctx.paramClauses('tekun.basicStandardMultiplier'),
  );
}

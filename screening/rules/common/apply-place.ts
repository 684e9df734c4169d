/**
 * Where 低保 and 特困 are applied for.
 * 最低生活保障审核确认办法 第四条: "向户籍所在地乡镇人民政府（街道办事处）提出书面申请"; 第五条: "有条件的
 * 地区可以有序推进持有居住证人员在居住地申办最低生活保障"; 特困人员认定办法 第十条 (户籍所在地);
 * 社会救助法 第三十七条 (both, and 居住证 "有条件的地方"); a city's notice may take it up (its package's
 * clause on `residencePermit`, e.g. "有序推进持有居住证（含电子居住证）人员在居住地申办社会救助").
 * - 户籍 here (or not said): no check, the standard of this region applies;
 * - 户籍 elsewhere, 居住证 here: possible; only the local office can say whether it accepts the case;
 * - 户籍 elsewhere, 居住证 not asked: need_info;
 * - 户籍 elsewhere, no 居住证: `uncertain`. These clauses say where to apply, not who qualifies: the
 *   household applies at its 户籍所在地, under that place's standard, so this region's figures are
 *   only an indication; never a rejection.
 */
import type { Check } from '../../model/report.ts';
import { finding, toCheck } from '../../engine/findings.ts';
import type { RuleContext } from './context.ts';

export function applyPlaceCheck(ctx: RuleContext, program: 'dibao' | 'tekun'): Check | undefined {
  const h = ctx.h;
  if (h.hukouInRegion !== false) return undefined;
  const permitCites = ctx.cite('residencePermit');
  const placeCites = ctx.cite(program === 'tekun' ? 'tekun.apply' : 'dibao.apply');
  if (h.residencePermit === true) {
    const localRule = ctx.res.localCitations('residencePermit').length > 0;
    return toCheck(
      'apply_place',
      'apply_place',
      finding('apply.permit', 'uncertain', { program, localRule }, [...permitCites, ...placeCites]),
    );
  }
  if (h.residencePermit === undefined) {
    return toCheck(
      'apply_place',
      'apply_place',
      finding('apply.permitUnknown', 'unknown', { program }, [...placeCites, ...permitCites], ['residencePermit']),
    );
  }
  return toCheck('apply_place', 'apply_place', finding('apply.elsewhere', 'uncertain', { program }, placeCites));
}

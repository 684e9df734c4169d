/**
 * 最低生活保障审核确认办法 第七条:
 * "共同生活的家庭成员包括：（一）配偶；（二）未成年子女；（三）已成年但不能独立生活的子女，包括在校接受
 * 全日制本科及以下学历教育的子女；（四）其他具有法定赡养、扶养、抚养义务关系并长期共同居住的人员。
 * 下列人员不计入共同生活的家庭成员：（一）连续三年以上（含三年）脱离家庭独立生活的宗教教职人员；
 * （二）在监狱内服刑、在戒毒所强制隔离戒毒或者宣告失踪人员；……"
 * Relatives without a statutory duty of support (relation `other`, such as a nephew) are not
 * 共同生活的家庭成员: neither counted nor their income pooled.
 */
import type { Check } from '../../model/report.ts';
import { finding, toCheck } from '../../engine/findings.ts';
import { ref, SIZE_FACT, uncountedMembers } from '../common/household.ts';
import type { RuleContext } from '../common/context.ts';

export function householdCheck(ctx: RuleContext): Check {
  const size = ctx.size;
  const cites = ctx.cite('dibao.household');
  if (size === undefined)
    return toCheck('household', 'household', finding('household.unknown', 'unknown', {}, cites, [SIZE_FACT]));
  const left = uncountedMembers(ctx.h);
  const excluded = left.filter(({ member }) => member.excludedReason !== undefined).length;
  const others = left.filter(({ member }) => member.excludedReason === undefined).map(ref);
  return toCheck('household', 'household', finding('household.counted', 'pass', { size, excluded, others }, cites));
}

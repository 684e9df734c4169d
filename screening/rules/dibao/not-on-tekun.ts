/**
 * A household already on 特困. 社会救助法 第十五条: "基本生活救助包括特困人员供养和最低生活保障";
 * 特困人员认定办法 第二十七条: "对终止救助供养的原特困人员，符合最低生活保障……条件的，应当按规定及时
 * 纳入". When the 特困 person is the whole household (one person), what 特困 itself says decides:
 * - 特困 still holds (likely or possible): its support covers that basic living, and 低保 follows
 *   only when it ends: `fail`;
 * - 特困 no longer holds (unlikely: 第二十四条, e.g. a young adult of 18 no longer at school): support
 *   ends and 低保 must be considered at once (第二十七条): `pass`, and 低保 is assessed;
 * - 特困 still needs facts: so does this (`unknown`), never a rejection on a fact not asked.
 * When others live with the 特困 person, no national clause says they may not get 低保; 社会救助暂行
 * 办法 第十五条 says only that 特困供养 "应当与……最低生活保障……等制度相衔接", and how is local:
 * `uncertain`, never a rejection.
 */
import type { Check } from '../../model/report.ts';
import { finding, toCheck } from '../../engine/findings.ts';
import type { RuleContext } from '../common/context.ts';

export function notOnTekunCheck(ctx: RuleContext): Check | undefined {
  if (ctx.h.currentBenefits?.tekun !== true) return undefined;
  if (ctx.size !== 1)
    return toCheck(
      'not_on_tekun',
      'not_on_tekun_household',
      finding('dibao.tekunMember', 'uncertain', {}, ctx.cite('dibao.withTekunMember')),
    );
  const tekun = ctx.resultOf('tekun');
  if (tekun.verdict === 'unlikely')
    return toCheck(
      'not_on_tekun',
      'not_on_tekun_leaving',
      finding('dibao.leavingTekun', 'pass', {}, ctx.cite('tekun.leaving')),
    );
  if (tekun.verdict === 'need_info') {
    return toCheck(
      'not_on_tekun',
      'not_on_tekun_open',
      finding('dibao.tekunOpen', 'unknown', {}, ctx.cite('dibao.notWithTekun'), tekun.missing),
    );
  }
  return toCheck('not_on_tekun', 'not_on_tekun', finding('dibao.onTekun', 'fail', {}, ctx.cite('dibao.notWithTekun')));
}

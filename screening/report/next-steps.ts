/**
 * What to do next, in plain words: where to apply, what to bring, how long it takes, and
 * where to get help. Procedure per 最低生活保障审核确认办法 (30 working days, at most 45),
 * 特困人员认定办法 (15 + 15 working days and 7 days of 公示), and 急难发生地 for 临时救助.
 * The materials list is typical, not a national list (rules-notes a1): it says so.
 */
import type { Household } from '../model/household.ts';
import type { ProgramResult } from '../model/report.ts';
import { offersSpecialAssistance } from '../rules/single-person-dibao.ts';

export interface NextStepPlace {
  regionName: string;
  /** The city lets 居住证 holders apply where they live (运城 rule 25). */
  hasResidencePermitRule: boolean;
  /** Where 临时救助 is applied for: the place of the emergency, named when known. */
  temporaryPlace: string;
}

const HOPEFUL = new Set(['likely', 'possible', 'need_info']);

function isOpen(results: readonly ProgramResult[], p: ProgramResult['program']): boolean {
  return HOPEFUL.has(results.find((r) => r.program === p)?.verdict ?? 'unlikely');
}

export function nextSteps(results: readonly ProgramResult[], h: Household, { regionName, hasResidencePermitRule, temporaryPlace }: NextStepPlace): string[] {
  const steps: string[] = [];
  // 办法第四条; 特困人员认定办法 第十条: 户籍 elsewhere and no 居住证 here → apply at the 户籍所在地.
  if (h.hukouInRegion === false && h.residencePermit === false) {
    steps.push('你的户籍不在本地：低保、特困供养要到户籍所在地的乡镇人民政府或街道办事处申请，按当地标准审核。');
  }
  if (isOpen(results, 'dibao') || isOpen(results, 'single_person_dibao') || isOpen(results, 'tekun')) {
    const where =
      h.residencePermit === true && hasResidencePermitRule
        ? '到户籍所在地的乡镇人民政府或街道办事处申请；持有居住证的，也可以问问居住地的乡镇（街道）能否受理'
        : '到户籍所在地的乡镇人民政府或街道办事处申请，也可以请村（居）委会帮忙代为申请';
    steps.push(`${where}。`);
    steps.push('一般要带：身份证、户口簿；有残疾人证、病历或诊断证明的一并带上；还要填写家庭经济状况申报表，签署核对授权书（各地材料以当地告知为准）。');
  }
  if (isOpen(results, 'dibao') || isOpen(results, 'single_person_dibao')) {
    steps.push('低保从受理到审核确认一般不超过 30 个工作日，特殊情况可延长到 45 个工作日；期间会入户调查、核对家庭经济状况，并在村（社区）公示 7 天。');
  }
  if (isOpen(results, 'tekun')) {
    steps.push('特困人员认定：乡镇（街道）15 个工作日内提出初审意见，公示 7 天，县级民政部门 15 个工作日内作出决定。');
  }
  if (isOpen(results, 'temporary_assistance')) {
    steps.push(`临时救助：${temporaryPlace}；情况紧急的可以先行救助。`);
  }
  const single = results.find((r) => r.program === 'single_person_dibao');
  if (single && offersSpecialAssistance(single.checks)) {
    steps.push('看病、上学、住房、就业有困难的，可以问乡镇（街道）怎么申请医疗、教育、住房、就业等专项救助。');
  }
  steps.push(`有疑问可以拨打 12345 政务服务热线，或联系村（居）委会的社会救助协理员（${regionName}）。`);
  steps.push('享受救助后，家庭人口、收入、财产有变化要及时告诉村（居）委会或乡镇（街道）。');
  return steps;
}

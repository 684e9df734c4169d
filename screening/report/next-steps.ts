/**
 * What to do next, in plain words: where to apply (最低生活保障审核确认办法 第四条; 特困人员认定办法
 * 第十条; 临时救助 at the 急难发生地, 社会救助法 第三十七条), what to bring (typical, not a national list:
 * rules-notes a1), how long it takes (办法第二十二条: 30 working days, at most 45; 特困人员认定办法
 * 第十三条至第十六条: 15 + 15 working days and 7 days of 公示), and where to get help.
 */
import type { Household } from '../model/household.ts';
import type { ProgramResult } from '../model/report.ts';
import { say } from '../engine/findings.ts';
import { finding } from '../engine/findings.ts';
import type { FindingCode } from '../catalogue/index.ts';
import type { Place } from '../catalogue/temporary.ts';
import { offersSpecialAssistance } from '../rules/single-person/index.ts';

export interface NextStepPlace {
  regionName: string;
  /** The city lets 居住证 holders apply where they live (its package cites a clause on `residencePermit`). */
  hasResidencePermitRule: boolean;
  /** Where 临时救助 is applied for: the place of the emergency, named when known. */
  temporaryPlace: Place;
}

const HOPEFUL = new Set(['likely', 'possible', 'need_info']);

function isOpen(results: readonly ProgramResult[], p: ProgramResult['program']): boolean {
  return HOPEFUL.has(results.find((r) => r.program === p)?.verdict ?? 'unlikely');
}

export function nextSteps(
  results: readonly ProgramResult[],
  h: Household,
  { regionName, hasResidencePermitRule, temporaryPlace }: NextStepPlace,
): string[] {
  const steps: string[] = [];
  const add = (code: FindingCode, figures: object = {}) => steps.push(say(finding(code, 'info', figures as never)));
  // 户籍 elsewhere and no 居住证 here → apply at the 户籍所在地.
  if (h.hukouInRegion === false && h.residencePermit === false) add('next.hukouElsewhere');
  if (isOpen(results, 'dibao') || isOpen(results, 'single_person_dibao') || isOpen(results, 'tekun')) {
    add(h.residencePermit === true && hasResidencePermitRule ? 'next.applyWithPermit' : 'next.apply');
    add('next.materials');
  }
  if (isOpen(results, 'dibao') || isOpen(results, 'single_person_dibao')) add('next.dibaoTime');
  if (isOpen(results, 'tekun')) add('next.tekunTime');
  if (isOpen(results, 'temporary_assistance')) add('next.temporary', { place: temporaryPlace });
  const single = results.find((r) => r.program === 'single_person_dibao');
  if (single && offersSpecialAssistance(single.checks)) add('next.special');
  add('next.help', { regionName });
  add('next.report');
  return steps;
}

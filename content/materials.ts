/**
 * What to bring when applying, per program, for the pre-filled request and the resident's
 * "next steps". No national list exists for 低保 (rules notes, "Materials"), so the items are
 * the duties the regulations name (书面申请, 如实申报, 授权核对) plus the documents they name,
 * each with its clause; the office may ask for less (材料可通过政务平台获取的不再重复提交) and
 * says what it needs in one notice (一次性告知).
 */
import type { Household, Program } from '../screening/index.ts';

export interface MaterialItem {
  text: string;
  /** Clause ids (content/documents) the item comes from. */
  citations: string[];
  /** Only when the household's facts make it relevant. */
  when?: (h: Household) => boolean;
}

const anyDisabled = (h: Household) => (h.members ?? []).some((m) => m.hasDisability === true);
const anyIll = (h: Household) => (h.members ?? []).some((m) => m.seriousIllness === true);
const anyStudent = (h: Household) => (h.members ?? []).some((m) => m.student?.fullTime === true);

const DIBAO: MaterialItem[] = [
  { text: '书面申请（可请村委会帮忙填写）', citations: ['mz2021-57.a4', 'mz2021-57.a6'] },
  { text: '申请人和共同生活家庭成员的身份证、户口簿', citations: ['mz2021-57.a9'] },
  { text: '家庭收入、财产情况的说明，以及“信息真实、完整”的承诺书', citations: ['mz2021-57.a9', 'sjzf2026.a40'] },
  { text: '签署家庭经济状况核对授权书（同意核查收入、存款、房产、车辆等）', citations: ['mz2021-57.a9'] },
  { text: '残疾人证', citations: ['mz2021-57.a8'], when: anyDisabled },
  { text: '重病的诊断证明或病历、医疗费用票据', citations: ['mz2021-57.a8', 'mz2021-57.a13'], when: anyIll },
  { text: '在校学生的在读证明', citations: ['mz2021-57.a7'], when: anyStudent },
];

const SINGLE: MaterialItem[] = [
  { text: '申请人本人的书面申请、身份证、户口簿', citations: ['mz2021-57.a8', 'mz2021-57.a9'] },
  { text: '残疾人证（一级、二级，或三级智力、精神残疾）', citations: ['mz2021-57.a8'], when: anyDisabled },
  { text: '重特大疾病的诊断证明或病历', citations: ['mz2021-57.a8'], when: anyIll },
  { text: '家庭收入、财产情况的说明和承诺书，签署核对授权书', citations: ['mz2021-57.a9'] },
];

const TEKUN: MaterialItem[] = [
  { text: '本人书面申请（本人有困难的，可委托村委会或他人代为申请）', citations: ['mz2021-43.a10'] },
  { text: '本人有效身份证明', citations: ['mz2021-43.a10'] },
  { text: '劳动能力、生活来源、财产状况和赡养（抚养、扶养）情况的书面声明，以及承诺书', citations: ['mz2021-43.a10'] },
  { text: '残疾人证', citations: ['mz2021-43.a10'], when: anyDisabled },
  { text: '申请人和法定赡养（抚养、扶养）义务人签署核查授权书', citations: ['mz2021-43.a10'] },
];

const TEMPORARY: MaterialItem[] = [
  { text: '申请书，说明遇到的急事难事', citations: ['gwy649.a48'] },
  { text: '身份证或户口簿', citations: ['gwy649.a48'] },
  {
    text: '相关证明：医疗费用票据、火灾或事故证明等（情况紧急的可以先救助，事后补充）',
    citations: ['gwy649.a48', 'sjzf2026.a50'],
  },
];

const BY_PROGRAM: Record<Program, MaterialItem[]> = {
  dibao: DIBAO,
  single_person_dibao: SINGLE,
  tekun: TEKUN,
  temporary_assistance: TEMPORARY,
};

export interface MaterialsList {
  program: Program;
  items: { text: string; citations: string[] }[];
}

/** The checklist for each program, with items that cannot apply to this household left out. */
export function materialsFor(programs: Program[], h: Household): MaterialsList[] {
  return programs.map((program) => ({
    program,
    items: BY_PROGRAM[program].filter((i) => !i.when || i.when(h)).map(({ text, citations }) => ({ text, citations })),
  }));
}

/**
 * Who counts in the household (最低生活保障审核确认办法 第七条) and facts about members the
 * rules share: household size, employed members, and whether a disability meets a grade limit.
 */
import type { Household, Member } from '../../model/household.ts';
import type { GradeLimits } from '../../params/types.ts';

export interface IndexedMember {
  /** Index in `household.members`, for fact paths like `members[2].age`. */
  index: number;
  member: Member;
}

/**
 * Members who count: everyone listed except those 第七条 excludes (religious personnel apart
 * 3+ years, prison, compulsory rehabilitation, declared missing).
 */
export function countedMembers(h: Household): IndexedMember[] | undefined {
  return h.members?.map((member, index) => ({ index, member })).filter(({ member }) => member.excludedReason === undefined);
}

export function householdSize(h: Household): number | undefined {
  const counted = countedMembers(h);
  if (counted) return counted.length > 0 ? counted.length : undefined;
  return h.size;
}

/** Path of the fact to ask when the size is unknown. */
export const SIZE_FACT = 'members';

/**
 * Employed members as far as known: `known` is certain, `possible` counts those not yet asked.
 * When members are not listed, the household-level `employedCount` answers it.
 */
export function employedMembers(h: Household): { known: number; possible: number; unaskedPaths: string[] } {
  const counted = countedMembers(h);
  if (!counted) {
    if (h.employedCount !== undefined) return { known: h.employedCount, possible: h.employedCount, unaskedPaths: [] };
    return { known: 0, possible: h.size ?? 1, unaskedPaths: ['employedCount'] };
  }
  let known = 0;
  let possible = 0;
  const unaskedPaths: string[] = [];
  for (const { index, member } of counted) {
    if (member.employed === true) {
      known += 1;
      possible += 1;
    } else if (member.employed === undefined) {
      possible += 1;
      unaskedPaths.push(`members[${index}].employed`);
    }
  }
  return { known, possible, unaskedPaths };
}

export type GradeMatch = 'yes' | 'no' | 'unknown';

/** Whether a member's disability is of a kind and grade within `limits` (grade 1 is the most severe). */
export function disabilityWithin(m: Member, limits: GradeLimits): GradeMatch {
  if (m.hasDisability === false) return 'no';
  const d = m.disability;
  if (m.hasDisability === undefined && d === undefined) return 'unknown';
  if (!d || d.kind === undefined || d.grade === undefined) {
    // A kind whose limit is 0 can never count, whatever the grade.
    if (d?.kind !== undefined && limits[d.kind] === 0) return 'no';
    return 'unknown';
  }
  return d.grade <= limits[d.kind] ? 'yes' : 'no';
}

/** Paths to ask to settle a disability question for member `i`. */
export function disabilityPaths(m: Member, i: number): string[] {
  if (m.hasDisability === undefined && m.disability === undefined) return [`members[${i}].hasDisability`];
  const paths: string[] = [];
  if (m.disability?.kind === undefined) paths.push(`members[${i}].disability.kind`);
  if (m.disability?.grade === undefined) paths.push(`members[${i}].disability.grade`);
  return paths;
}

const KIND_NAMES: Record<string, string> = {
  visual: '视力',
  hearing: '听力',
  speech: '言语',
  physical: '肢体',
  intellectual: '智力',
  mental: '精神',
  multiple: '多重',
};
const GRADE_NAMES = ['', '一', '二', '三', '四'];

export function describeDisability(m: Member): string {
  const d = m.disability;
  if (!d) return '残疾';
  const kind = d.kind ? KIND_NAMES[d.kind] : '';
  const grade = d.grade ? `${GRADE_NAMES[d.grade]}级` : '';
  return `${grade}${kind}残疾`;
}

/** "成员2（78岁）" style label for reasons. */
export function memberLabel({ index, member }: IndexedMember): string {
  const who = index === 0 ? '申请人' : `家庭成员${index + 1}`;
  return member.age !== undefined ? `${who}（${member.age}岁）` : who;
}

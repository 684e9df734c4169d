/**
 * Who counts in the household (最低生活保障审核确认办法 第七条) and facts about members the
 * rules share: household size, employed members, and whether a disability meets a grade limit.
 * Members are named in findings by reference; the catalogue says who they are.
 */
import type { Household, Member } from '../../model/household.ts';
import type { GradeLimits } from '../../params/types.ts';
import type { MemberRef } from '../../catalogue/words.ts';

export interface IndexedMember {
  /** Index in `household.members`, for fact paths like `members[2].age`. */
  index: number;
  member: Member;
}

/**
 * Members who count (最低生活保障审核确认办法 第七条): "共同生活的家庭成员包括：（一）配偶；（二）未成年子女；
 * （三）已成年但不能独立生活的子女……；（四）其他具有法定赡养、扶养、抚养义务关系并长期共同居住的人员。"
 * Everyone listed counts except:
 * - those the second paragraph excludes (religious personnel apart 3+ years, prison, compulsory
 *   rehabilitation, declared missing);
 * - relatives with relation `other` (nephew, aunt, in-laws, friends): no statutory duty of support
 *   links them to the household, so they are not 共同生活的家庭成员 and their income is not pooled.
 */
export function countedMembers(h: Household): IndexedMember[] | undefined {
  return h.members
    ?.map((member, index) => ({ index, member }))
    .filter(({ member }) => member.excludedReason === undefined && member.relation !== 'other');
}

/** Listed members left out by 第七条 (excluded reason, or no support-duty relation). */
export function uncountedMembers(h: Household): IndexedMember[] {
  return (h.members ?? [])
    .map((member, index) => ({ index, member }))
    .filter(({ member }) => member.excludedReason !== undefined || member.relation === 'other');
}

/** `counted`: countedMembers(h), when the caller has it already. */
export function householdSize(
  h: Household,
  counted: readonly IndexedMember[] | undefined = countedMembers(h),
): number | undefined {
  if (counted) return counted.length > 0 ? counted.length : undefined;
  return h.size;
}

/** Path of the fact to ask when the size is unknown. */
export const SIZE_FACT = 'members';

/**
 * Employed members as far as known: `known` is certain, `possible` counts those not yet asked.
 * When members are not listed, the household-level `employedCount` answers it.
 */
export function employedMembers(
  h: Household,
  counted: readonly IndexedMember[] | undefined = countedMembers(h),
): { known: number; possible: number; unaskedPaths: string[] } {
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

/** `maybe`: a 多重残疾 whose grade could come from a kind that counts; only the office can tell. */
export type GradeMatch = 'yes' | 'no' | 'maybe' | 'unknown';

const SINGLE_KINDS = ['visual', 'hearing', 'speech', 'physical', 'intellectual', 'mental'] as const;

/**
 * Whether a member's disability is of a kind and grade within `limits` (grade 1 is the most severe).
 *
 * 多重残疾 (GB/T 26341-2010) is graded by its most severe component, which the 残疾人证 of a
 * multiple disability does not name. So a multiple disability of grade g that is not listed by
 * itself may still count: it does when some component kind that reaches grade g is listed (a
 * grade-1 multiple disability with a grade-1 physical component is a grade-1 physical
 * disability, 特困人员认定办法 第五条（三）). Whether any kind could count is read from the same
 * limits, so no grade number lives here: `maybe`, never a rejection on facts nobody asked.
 */
export function disabilityWithin(m: Member, limits: GradeLimits): GradeMatch {
  if (m.hasDisability === false) return 'no';
  const d = m.disability;
  if (m.hasDisability === undefined && d === undefined) return 'unknown';
  if (d?.kind === undefined && d?.grade !== undefined) {
    // The grade alone settles it when every kind agrees: for 单人保, grades 1–2 of any kind
    // count (办法第八条（一）"一级、二级重度残疾人"), so the kind is not needed.
    const all = ALL_KINDS.map((k) => limits[k]);
    if (all.every((limit) => d.grade! <= limit)) return 'yes';
    if (all.every((limit) => d.grade! > limit)) return 'no';
    return 'unknown';
  }
  if (!d || d.kind === undefined || d.grade === undefined) {
    // A kind whose limit is 0 can never count, whatever the grade (a multiple one may, through a component).
    if (d?.kind !== undefined && d.kind !== 'multiple' && limits[d.kind] === 0) return 'no';
    return 'unknown';
  }
  if (d.grade <= limits[d.kind]) return 'yes';
  if (d.kind === 'multiple' && anyKindReaches(d.grade, limits)) return 'maybe';
  return 'no';
}

const ALL_KINDS = [...SINGLE_KINDS, 'multiple'] as const;

function anyKindReaches(grade: number, limits: GradeLimits): boolean {
  return SINGLE_KINDS.some((k) => grade <= limits[k]);
}

/** Paths to ask to settle a disability question for member `i`: the grade first, the kind only where it can matter. */
export function disabilityPaths(m: Member, i: number): string[] {
  if (m.hasDisability === undefined && m.disability === undefined) return [`members[${i}].hasDisability`];
  const paths: string[] = [];
  if (m.disability?.grade === undefined) paths.push(`members[${i}].disability.grade`);
  if (m.disability?.kind === undefined) paths.push(`members[${i}].disability.kind`);
  return paths;
}

/** How a finding names a member: their place in the list, relation and age (the catalogue words it). */
export function ref({ index, member }: IndexedMember): MemberRef {
  return {
    index,
    ...(member.relation ? { relation: member.relation } : {}),
    ...(member.age !== undefined ? { age: member.age } : {}),
  };
}

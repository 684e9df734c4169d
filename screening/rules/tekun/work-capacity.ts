/**
 * 特困人员认定办法 第五条: "符合下列情形之一的，应当认定为本办法所称的无劳动能力：（一）60周岁以上
 * 的老年人；（二）未满16周岁的未成年人；（三）残疾等级为一、二、三级的智力、精神残疾人，残疾等级为
 * 一、二级的肢体残疾人，残疾等级为一级的视力残疾人；……"
 * Ages 16–17: coverage was extended to 18 (改革完善社会救助制度的意见) but whether a 16- or
 * 17-year-old can be newly recognised differs by province (Q6): `possible`, never `unlikely`.
 * 第二十四条: "特困人员中的未成年人，可继续享有救助供养待遇至18周岁；年满18周岁仍在接受义务教育或者
 * 在普通高中、中等职业学校就读的，可继续享有救助供养待遇。" (社会救助法 第十六条): for a household
 * already on 特困 that is continuing support, not a new recognition, so it passes; otherwise at 18
 * support ends (第二十四条).
 */
import type { CheckStatus } from '../../model/report.ts';
import type { CapacityPart } from '../../catalogue/tekun.ts';
import { disabilityPaths, disabilityWithin, type IndexedMember, ref } from '../common/household.ts';
import type { RuleContext } from '../common/context.ts';

export interface Ages {
  elderly: number;
  minor: number;
  minorExtended: number;
}

export function ages(ctx: RuleContext): Ages {
  return {
    elderly: ctx.res.get('tekun.elderlyAge'),
    minor: ctx.res.get('tekun.minorAge'),
    minorExtended: ctx.res.get('tekun.minorExtendedAge'),
  };
}

export type Capacity = { status: CheckStatus; part: CapacityPart; missing: string[]; minor: boolean };

export function noWorkCapacity(ctx: RuleContext, im: IndexedMember, a: Ages): Capacity {
  const { member: m, index: i } = im;
  const who = ref(im);
  const grades = ctx.res.get('tekun.noWorkCapacityDisabilities');
  const disabled = disabilityWithin(m, grades);
  const onTekun = ctx.h.currentBenefits?.tekun === true;
  const pass = (part: CapacityPart, minor: boolean): Capacity => ({ status: 'pass', part, missing: [], minor });
  if (m.age !== undefined && m.age >= a.elderly) return pass({ kind: 'elderly', who, age: a.elderly }, false);
  if (m.age !== undefined && m.age < a.minor) return pass({ kind: 'minor', who, age: a.minor }, true);
  if (disabled === 'yes') return pass({ kind: 'disabled', who, disability: m.disability }, false);
  const st = m.student;
  if (onTekun && m.age !== undefined && m.age < a.minorExtended)
    return pass({ kind: 'continuingMinor', who, age: a.minorExtended }, true);
  // No upper age for continuing at school; the ask-below age only decides whom to ask about school.
  const levels = ctx.res.get('tekun.continuationSchoolLevels');
  const atQualifyingSchool = st?.fullTime !== false && st?.level !== undefined && levels.includes(st.level);
  if (onTekun && m.age !== undefined && m.age >= a.minorExtended) {
    if (atQualifyingSchool) return pass({ kind: 'continuingSchool', who, age: a.minorExtended }, true);
    if (
      m.age < ctx.res.get('tekun.schoolContinuationAskBelowAge') &&
      (st === undefined || (st.level === undefined && st.fullTime !== false))
    ) {
      return { status: 'unknown', part: { kind: 'askSchool', who }, missing: [`members[${i}].student`], minor: true };
    }
  }
  // An adult at one of those schools qualifies only by continuing: whether the household is
  // already on 特困 is then the fact the verdict rests on.
  if (
    ctx.h.currentBenefits?.tekun === undefined &&
    m.age !== undefined &&
    m.age >= a.minorExtended &&
    atQualifyingSchool &&
    disabled !== 'maybe'
  ) {
    return {
      status: 'unknown',
      part: { kind: 'askOnTekun', who, age: a.minorExtended },
      missing: ['currentBenefits.tekun'],
      minor: true,
    };
  }
  if (disabled === 'maybe')
    return {
      status: 'uncertain',
      part: { kind: 'multiple', who, disability: m.disability },
      missing: [],
      minor: false,
    };
  if (m.age !== undefined && m.age < a.minorExtended) {
    return {
      status: 'uncertain',
      part: { kind: 'extendedMinor', who, minor: a.minor, extended: a.minorExtended },
      missing: [],
      minor: true,
    };
  }
  if (m.age === undefined) {
    return {
      status: 'unknown',
      part: { kind: 'ageUnknown', who },
      missing: [`members[${i}].age`, ...(disabled === 'unknown' ? disabilityPaths(m, i) : [])],
      minor: false,
    };
  }
  if (disabled === 'unknown')
    return {
      status: 'unknown',
      part: { kind: 'disabilityUnknown', who },
      missing: disabilityPaths(m, i),
      minor: false,
    };
  // 第二十四条: past 18, support continues only at school at those levels; otherwise it ends.
  if (onTekun && m.age >= a.minorExtended)
    return {
      status: 'fail',
      part: { kind: 'ends', who, age: a.minorExtended, levelGiven: st?.level !== undefined },
      missing: [],
      minor: true,
    };
  return { status: 'fail', part: { kind: 'none', who, limits: grades }, missing: [], minor: false };
}

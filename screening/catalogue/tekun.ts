/**
 * 特困人员救助供养 in words (特困人员认定办法): 无劳动能力 (第五条), 无生活来源 (第六条), obligors
 * (第八条), continuation after 18 (第二十四条), the orphan choice (第九条), self-care (第二十一条、
 * 第二十二条) and the standards (a city's notice where its package sets a multiplier or care shares).
 */
import type { GradeLimits } from '../params/types.ts';
import type { FindingBase, Speak } from '../model/finding.ts';
import {
  disability,
  type DisabilityRef,
  endOf,
  limits,
  type MemberRef,
  who,
  whoList,
  yuanAfter,
  yuanText,
} from './words.ts';

/** Why a member does or does not lack the capacity to work (第五条, 第二十四条). */
export type CapacityPart =
  | { kind: 'elderly'; who: MemberRef; age: number }
  | { kind: 'minor'; who: MemberRef; age: number }
  | { kind: 'disabled'; who: MemberRef; disability: DisabilityRef }
  | { kind: 'continuingMinor'; who: MemberRef; age: number }
  | { kind: 'continuingSchool'; who: MemberRef; age: number }
  | { kind: 'askSchool'; who: MemberRef }
  | { kind: 'askOnTekun'; who: MemberRef; age: number }
  | { kind: 'multiple'; who: MemberRef; disability: DisabilityRef }
  | { kind: 'extendedMinor'; who: MemberRef; minor: number; extended: number }
  | { kind: 'ageUnknown'; who: MemberRef }
  | { kind: 'disabilityUnknown'; who: MemberRef }
  | { kind: 'ends'; who: MemberRef; age: number; levelGiven: boolean }
  | { kind: 'none'; who: MemberRef; limits: GradeLimits };

function capacity(p: CapacityPart): string {
  const w = who(p.who);
  switch (p.kind) {
    case 'elderly':
      return `${w}年满 ${p.age} 周岁，属于无劳动能力`;
    case 'minor':
      return `${w}未满 ${p.age} 周岁，属于无劳动能力`;
    case 'disabled':
      return `${w}是${disability(p.disability)}人，属于无劳动能力`;
    case 'continuingMinor':
      return `${w}已在享受特困供养，未成年人可以继续享受到 ${p.age} 周岁`;
    case 'continuingSchool':
      return `${w}已在享受特困供养，年满 ${p.age} 周岁后仍在上中小学、高中或中职，可以继续享受`;
    case 'askSchool':
      return `${w}已在享受特困供养，还需要知道是否仍在上中小学、高中或中职（在读的可以继续享受）`;
    case 'askOnTekun':
      return `${w}已满 ${p.age} 周岁、仍在上中小学、高中或中职：如果已在享受特困供养，可以继续享受；还不知道是否已在享受`;
    case 'multiple':
      return `${w}是${disability(p.disability)}人：多重残疾按其中最重的一类定级，其中有智力、精神、肢体或视力残疾达到规定等级的，属于无劳动能力，需当地认定`;
    case 'extendedMinor':
      return `${w}已满 ${p.minor} 周岁、未满 ${p.extended} 周岁：国家已把特困供养的未成年人年龄延长到 ${p.extended} 周岁，但新认定的口径各省不同，建议申请`;
    case 'ageUnknown':
      return `还不知道${w}的年龄`;
    case 'disabilityUnknown':
      return `${w}的残疾情况还不清楚`;
    case 'ends':
      return `${w}已满 ${p.age} 周岁、${p.levelGiven ? '在读的不是中小学、高中或中职' : '不再上中小学、高中或中职'}，按规定特困供养到此终止`;
    case 'none':
      return `${w}在劳动年龄内，也没有规定等级的残疾（${limits(p.limits)}）`;
  }
}

/** 第八条（三）（四）: own income under the 上年人均可支配收入, property within the 低收入 rules. */
export type Means = 'low' | 'propertyOver' | 'forCheck' | 'incomeUnknown';
const MEANS: Record<Means, string> = {
  low: '全家收入低于当地上年人均可支配收入，财产也符合低收入家庭规定',
  propertyOver: '家里的财产超出低收入家庭规定',
  forCheck: '本人收入要低于当地上年人均可支配收入、财产要符合低收入家庭规定，以核对为准',
  incomeUnknown: '还需要知道家里的收入',
};

/** What is found about one obligor, or the obligors outside, or the able ones living here. */
export type ObligorPart =
  | { kind: 'excludedOpen'; who: MemberRef; reason: 'prison' | 'declared_missing' }
  | { kind: 'excludedUnable'; who: MemberRef; reason: 'prison' | 'declared_missing' }
  | { kind: 'excludedAble'; who: MemberRef; reason: 'prison' | 'declared_missing' }
  | { kind: 'excludedOffice'; who: MemberRef }
  | { kind: 'ageUnknown'; who: MemberRef }
  | { kind: 'relationUnknown'; who: MemberRef }
  | { kind: 'sibling'; who: MemberRef }
  | { kind: 'student'; who: MemberRef }
  | { kind: 'dibaoRecipient'; who: MemberRef; age: number }
  | { kind: 'dibaoPending'; who: MemberRef; age: number }
  | { kind: 'dibaoOpen'; who: MemberRef; age: number }
  | { kind: 'elderly'; who: MemberRef; age: number; means: Means; unable: boolean }
  | { kind: 'severe'; who: MemberRef; disability: DisabilityRef; means: Means; unable: boolean }
  | { kind: 'severeUnknown'; who: MemberRef }
  | { kind: 'able'; who: MemberRef[]; older: boolean; dibaoAge: number; elderlyAge: number }
  | { kind: 'noneOutside'; others: boolean }
  | { kind: 'outsideUnknown' }
  | { kind: 'outsideListUnknown' }
  | { kind: 'outsideUnable'; dibaoAge: number; elderlyAge: number }
  | { kind: 'outsideAble' }
  | { kind: 'outsideOpen' };

const EXCLUDED: Record<'prison' | 'declared_missing', string> = {
  prison: '在监狱服刑',
  declared_missing: '被宣告失踪',
};

function obligor(p: ObligorPart): string {
  switch (p.kind) {
    case 'excludedOpen':
      return `${who(p.who)}${EXCLUDED[p.reason]}，仍是法定义务人；只有其财产也符合当地低收入家庭财产规定时，才算无履行义务能力，还需要了解其财产情况`;
    case 'excludedUnable':
      return `${who(p.who)}${EXCLUDED[p.reason]}，财产符合低收入家庭规定，属于无履行义务能力`;
    case 'excludedAble':
      return `${who(p.who)}${EXCLUDED[p.reason]}，但财产超出低收入家庭规定，不属于无履行义务能力`;
    case 'excludedOffice':
      return `${who(p.who)}不计入共同生活的家庭成员，但仍是法定义务人，有没有履行能力需当地认定`;
    case 'ageUnknown':
      return `还不知道${who(p.who)}的年龄`;
    case 'relationUnknown':
      return `还不知道同住的${who(p.who)}和申请人是什么关系（子女、配偶等负有赡养、扶养义务）`;
    case 'sibling':
      return `${who(p.who)}：兄弟姐妹之间只在一定条件下负有扶养义务，需当地认定`;
    case 'student':
      return `${who(p.who)}是全日制在校学生，一般还没有负担能力，是否算有履行义务能力需当地认定`;
    case 'dibaoRecipient':
      return `同住的${who(p.who)}是 ${p.age} 周岁以上的低保对象，属于无履行义务能力`;
    case 'dibaoPending':
      return (
        `同住的` +
        `${who(p.who)}已满 ` +
        `${p.age} 周岁：只满 ` +
        `${p.age} 周岁不算无履行义务能力，` +
        `${p.age} 周岁以上的低保对象才算；你家收入在低保标准上下，一起纳入低保后属于这种情形，由当地认定`
      );
    case 'dibaoOpen':
      return `同住的${who(p.who)}已满 ${p.age} 周岁，要看家里能不能纳入低保`;
    case 'elderly':
      return `同住的${who(p.who)}年满 ${p.age} 周岁：${MEANS[p.means]}${p.unable ? '，属于无履行义务能力' : ''}`;
    case 'severe':
      return `同住的${who(p.who)}是${disability(p.disability)}人：${MEANS[p.means]}${p.unable ? '，属于无履行义务能力' : ''}`;
    case 'severeUnknown':
      return `还不知道同住的${who(p.who)}的残疾情况`;
    case 'able':
      return (
        `同住的` +
        `${whoList(p.who)}` +
        `${p.older ? `已满 ${p.dibaoAge} 周岁，但年满 ${p.dibaoAge} 周岁本身不算无履行义务能力` : '已成年'}，` +
        `不属于无履行义务能力的情形（${p.dibaoAge} 周岁以上的低保对象，` +
        `${p.elderlyAge} 周岁以上或重度残疾且收入、财产都困难等），负有赡养、扶养或抚养义务`
      );
    case 'noneOutside':
      return p.others ? '没有其他在外生活的子女、配偶等法定义务人' : '没有在外的子女、配偶等法定义务人';
    case 'outsideUnknown':
      return '还不知道有没有在外面生活的子女、配偶等赡养（抚养、扶养）义务人';
    case 'outsideListUnknown':
      return '有在外的义务人，还需要了解他们的年龄和情况（是否特困、低保、重度残疾等）';
    case 'outsideUnable':
      return `在外的义务人都属于无履行义务能力的情形（如本身是特困、${p.dibaoAge}岁以上低保对象、${p.elderlyAge}岁以上或重度残疾且收入财产困难）`;
    case 'outsideAble':
      return '在外的义务人中有人具备赡养（抚养、扶养）能力';
    case 'outsideOpen':
      return '还需要了解在外义务人的情况，才能判断他们有没有能力赡养（抚养、扶养）';
  }
}

export type CareTier = 'fullSelfCare' | 'semiCare' | 'fullCare';
const TIER_NAMES: Record<CareTier, string> = { fullSelfCare: '全自理', semiCare: '半自理', fullCare: '全护理' };

/** A basic standard by the multiplier rule, or the current standard. */
export type Basic =
  | { kind: 'multiplier'; dibao: number; multiplier: number; fen: number }
  | { kind: 'current'; fen: number };
/** The care standard of a tier: a share of the minimum wage. */
export interface Care {
  tier: CareTier;
  wage: number;
  percent: number;
  fen: number;
}

function basic(b: Basic): string {
  return b.kind === 'multiplier'
    ? `低保标准${yuanAfter(b.dibao)}的 ${b.multiplier} 倍`
    : `现行特困基本生活标准${yuanAfter(b.fen)}`;
}
function care(c: Care): string {
  return `（${TIER_NAMES[c.tier]}）按最低工资${yuanAfter(c.wage)}的 ${c.percent}%`;
}
const CARE_EXISTS = '另有照料护理标准，按生活自理能力分全自理、半自理、全护理三档，由当地确定';

const bare = (s: string) => (s.endsWith('。') ? s.slice(0, -1) : s);

export const TEKUN = {
  'tekun.membersUnknown': () => '还不知道家里每个人的年龄和残疾情况。',
  'tekun.capacity': (f: { part: CapacityPart }) => `${capacity(f.part)}。`,
  'tekun.capacityEnds': (f: { parts: CapacityPart[] }) => `${f.parts.map(capacity).join('；')}。`,
  'tekun.noCandidate': (f: { elderly: number; minor: number; extended: number; limits: GradeLimits }) =>
    `家里没有 ` +
    `${f.elderly} 周岁以上的老人和未满 ` +
    `${f.minor} 周岁的未成年人（已满 ` +
    `${f.minor} 周岁、未满 ` +
    `${f.extended} 周岁的也可能认定，家里也没有），` +
    `也没有规定的残疾人（${limits(f.limits)}）。`,

  // 第六条: the applicant's own income.
  'tekun.livelihoodAlone': (f: { comparison: FindingBase; apart: boolean }, say: Speak) =>
    `${say(f.comparison)}${f.apart ? '特困不计城乡居民基础养老金，所以这里的收入比低保那一项算的少。' : ''}`,
  'tekun.livelihoodTotal': (f: { comparison: FindingBase; who: MemberRef }, say: Speak) =>
    `${bare(say(f.comparison))}，${who(f.who)}本人的收入只会更低。`,
  'tekun.livelihoodShare': (f: { comparison: FindingBase; who: MemberRef }, say: Speak) =>
    `特困看本人的收入：${bare(say(f.comparison))}；${who(f.who)}本人每月收入是否低于低保标准，以核对为准。`,

  // 第四条（三）、第八条.
  'tekun.obligors': (f: { parts: ObligorPart[] }) => `${f.parts.map(obligor).join('；')}。`,

  'tekun.orphan': () =>
    '孩子同时符合孤儿或事实无人抚养儿童保障的，可以自己选择其中一种，选了孤儿保障就不再认定为特困人员。',
  'tekun.care': (f: { who: MemberRef; count: number; tier: CareTier }) =>
    `${who(f.who)}有 ${f.count} 项日常活动不能自理（${TIER_NAMES[f.tier]}），可以申请照料护理，当地还提供访视、照料等服务。`,
  'tekun.lapsedStandard': (f: { multiplier: number; ended: string }) =>
    `当地文件规定特困人员基本生活标准不低于低保标准的 ` +
    `${f.multiplier} 倍，照料护理标准按最低工资的一定比例确定，` +
    `执行期限是过渡期内（到${endOf(f.ended)}）；之后是否继续执行还没有核实，这里先按现行特困供养标准估算，两种算法都列出，实际以当地民政部门公布的标准为准。`,

  /**
   * The basis of the estimate: the basic living standard (the higher of the rules in force), the
   * care standard when its share is known, else that one exists; after a transition period, the
   * current standard with what the old rule would give beside it.
   */
  'tekun.estimate': (f: {
    basics: Basic[];
    chosen: number;
    care?: Care;
    total: number;
    old?: { multiplier?: Basic; care?: Care; total: number; ended: string };
  }) => {
    const parts: string[] = [];
    if (f.old) {
      parts.push(`基本生活标准按${basic(f.basics[0]!)}`, CARE_EXISTS);
      const old: string[] = [];
      if (f.old.multiplier) old.push(`基本生活标准按${basic(f.old.multiplier)}为${yuanAfter(f.old.multiplier.fen)}`);
      if (f.old.care) old.push(`照料护理标准${care(f.old.care)}为${yuanAfter(f.old.care.fen)}`);
      if (old.length > 0)
        parts.push(
          `如果过渡期（到${endOf(f.old.ended)}）的规定仍然执行，${old.join('，')}，共${yuanAfter(f.old.total)}/月`,
        );
      return `${parts.join('；')}。`;
    }
    parts.push(
      f.basics.length > 1
        ? `基本生活标准不低于${f.basics.map(basic).join('、且不低于')}，取${yuanAfter(f.chosen)}`
        : `基本生活标准按${basic(f.basics[0]!)}`,
    );
    if (!f.care) return `${[...parts, CARE_EXISTS].join('；')}。`;
    // 合计 only when two figures are added; one figure is not said twice.
    return `${[...parts, `照料护理标准${care(f.care)}，${yuanText(f.care.fen)}`].join('；')}；合计${yuanAfter(f.total)}/月。`;
  },
} as const;

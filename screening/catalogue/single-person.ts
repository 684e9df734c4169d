/**
 * 单人保 in words: who may apply alone (最低生活保障审核确认办法 第八条, and the local notices
 * cited on `single.scope` by the city packages), the 低收入（边缘）household, the 单人户 route of the 2022
 * notice 一（一）, and 专项救助 for a 低收入 household nobody of which may apply alone.
 */
import type { FindingBase, Speak } from '../model/finding.ts';
import {
  disability,
  type DisabilityRef,
  HUKOU_NAMES,
  type HukouType,
  type MemberRef,
  who,
  yuanAfter,
} from './words.ts';

/** What is found about one member and the categories of 第八条. */
export type CategoryPart =
  | { kind: 'disabled'; who: MemberRef; disability: DisabilityRef }
  | { kind: 'multiple'; who: MemberRef; disability: DisabilityRef }
  | { kind: 'assumed'; who: MemberRef; disability: DisabilityRef; city: string }
  | { kind: 'disabilityUnknown'; who: MemberRef }
  | { kind: 'illnessListed'; who: MemberRef; name?: string }
  | { kind: 'illnessNamed'; who: MemberRef; name: string }
  | { kind: 'illness'; who: MemberRef; name?: string }
  | { kind: 'illnessUnknown'; who: MemberRef }
  | { kind: 'notOnList'; who: MemberRef; name?: string };

const named = (name?: string) => (name ? `（${name}）` : '');

function category(p: CategoryPart): string {
  const w = who(p.who);
  switch (p.kind) {
    case 'disabled':
      return `${w}是${disability(p.disability)}人`;
    case 'multiple':
      return `${w}是${disability(p.disability)}人（多重残疾按其中最重的一类定级，是否属于重度残疾以当地认定为准）`;
    case 'assumed':
      return (
        `${w}是` +
        `${disability(p.disability)}人：国家规定的单独申请范围是一、二级重度残疾和三级智力、精神残疾；省里有的城市把四级智力、精神残疾也列入了，` +
        `${p.city}的规定没有找到，能否单独申请以当地认定为准`
      );
    case 'disabilityUnknown':
      return `${w}的残疾情况还不清楚`;
    case 'illnessListed':
      return `${w}患有当地认定的重特大疾病${named(p.name)}`;
    case 'illnessNamed':
      return `${w}患有${p.name}，常见于重特大疾病目录`;
    case 'illness':
      return `${w}患有重病${named(p.name)}`;
    case 'illnessUnknown':
      return `${w}是否患重病还不清楚`;
    case 'notOnList':
      return `${w}的病${named(p.name)}不在当地认定的重特大疾病目录内`;
  }
}

/** The person's own income for the 单人户 route. */
export type OwnPart =
  | { kind: 'below'; own: number; hukou: HukouType; standard: number }
  | { kind: 'slightlyOver'; own: number; hukou: HukouType; standard: number }
  | { kind: 'overWaivable'; own: number; hukou: HukouType; standard: number; supporterAge: number }
  | { kind: 'over'; own: number; hukou: HukouType; standard: number }
  | { kind: 'householdBelow'; total: number; hukou: HukouType; standard: number }
  | { kind: 'ask'; who: MemberRef }
  | { kind: 'hukou' };

function own(p: OwnPart): string {
  const line = 'standard' in p ? `${HUKOU_NAMES[p.hukou]}低保标准${yuanAfter(p.standard)}` : '';
  switch (p.kind) {
    case 'below':
      return `本人每月收入${yuanAfter(p.own)}，低于${line}`;
    case 'slightlyOver':
      return `本人每月收入${yuanAfter(p.own)}，略高于${line}，以核对为准`;
    case 'overWaivable':
      return `本人每月收入${yuanAfter(p.own)}，高于${line}；其中兄弟姐妹或${p.supporterAge}周岁以上老人给的供养费可以视情豁免，以当地核算为准`;
    case 'over':
      return `本人每月收入${yuanAfter(p.own)}，高于${line}`;
    case 'householdBelow':
      return `全家每月收入合计${yuanAfter(p.total)}，已低于${line}，本人收入只会更低`;
    case 'ask':
      return `还需要知道${who(p.who)}本人每月的收入（含家人给的供养费）`;
    case 'hukou':
      return '城市和农村的低保标准不同，需要知道户口是城市还是农村';
  }
}

/** A member on the 单人户 route of the 2022 notice 一（一）. */
export type AdultPart =
  | { kind: 'ask'; who: MemberRef }
  | { kind: 'may'; who: MemberRef; disability: DisabilityRef; waivable: boolean; supporterAge: number };

function adult(p: AdultPart): string {
  if (p.kind === 'ask')
    return `${who(p.who)}如果是成年、没有工作的一、二级重度残疾人，可以参照“单人户”单独申请低保；还需要了解其年龄、残疾等级和是否工作`;
  const waiver = p.waivable ? `；靠兄弟姐妹或${p.supporterAge}周岁以上老人供养的，他们给的供养费可以视情豁免` : '';
  return `${who(p.who)}是成年、没有工作的${disability(p.disability)}人，可以参照“单人户”单独申请低保，按本人的收入、财产审核${waiver}`;
}

const joined = (parts: readonly string[]) => parts.join('；');

export const SINGLE_PERSON = {
  'single.membersUnknown': () => '还不知道家里有没有重度残疾或重病的人。',
  'single.categoryNone': (f: { notOnList: CategoryPart[] }) =>
    (f.notOnList.length > 0 ? `${joined(f.notOnList.map(category))}。` : '') +
    '家里没有一、二级重度残疾人，三级智力、精神残疾人或患当地认定的重特大疾病的人，不属于单独申请的范围。',
  'single.categoryOpen': (f: { parts: CategoryPart[] }) => `${joined(f.parts.map(category))}。`,
  'single.categoryMet': (f: { parts: CategoryPart[] }) =>
    `${joined(f.parts.map(category))}，属于可以单独申请低保的人员。`,
  'single.categoryIllness': (f: { parts: CategoryPart[] }) =>
    `${joined(f.parts.map(category))}：属于当地认定的重特大疾病的，可以单独申请低保，以当地目录为准。`,
  'single.categoryLocal': (f: { parts: CategoryPart[] }) => `${joined(f.parts.map(category))}：以当地认定为准。`,
  'single.recognised': () => '你家已被认定为低收入（低保边缘）家庭，符合单独申请对家庭的要求。',
  'single.notWhole': (f: { comparison: FindingBase }, say: Speak) =>
    `${say(f.comparison)}全家不一定符合低保，可以看单独申请。`,
  'single.wholeApplies': (f: { comparison: FindingBase }, say: Speak) =>
    `${say(f.comparison)}按收入看全家在低保标准以下，应当全家一起申请低保，不需要单独申请。`,
  'single.ownIncome': (f: { parts: OwnPart[] }) => `${joined(f.parts.map(own))}。`,
  'single.adult': (f: { parts: AdultPart[] }) => `${joined(f.parts.map(adult))}。`,
  'single.special': () =>
    '你家可能属于低收入（低保边缘）家庭：虽然没有可以单独申请低保的人，看病、上学、住房、就业有困难的，可以申请医疗、教育、住房、就业等专项救助。',
  'single.countyRule': (f: { multiplier: number }) =>
    `低收入家庭的收入、财产认定条件由各县（市、区）确定；这里按低保标准的 ${f.multiplier} 倍估计，以县里的规定为准。`,
  'single.alone': () => '单独申请时，只把这位重残或重病的家庭成员按“单人户”纳入低保，金额由当地确定。',
} as const;

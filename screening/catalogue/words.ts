/**
 * The words the catalogue's sentences are made of: who a member is ("配偶（78岁）"), a
 * disability ("二级肢体残疾"), the kinds and grades a rule lets count, a line with its figure,
 * money in whole yuan. Figures come in typed from the rules; only here do they become Chinese.
 */
import type { Expense, Member } from '../model/household.ts';
import type { GradeLimits } from '../params/types.ts';
import { type Fen, FEN_PER_YUAN, fenToWholeYuan } from '../engine/money.ts';

/**
 * An amount as residents read it: whole yuan, with 约 when it was rounded ("约 297 元",
 * "620 元"), never "296.67 元". The one place money becomes words.
 */
export function yuanText(fen: Fen): string {
  const whole = fenToWholeYuan(fen);
  return fen % FEN_PER_YUAN === 0 ? `${whole} 元` : `约 ${whole} 元`;
}

/** yuanText after a word: "收入 620 元", "收入约 297 元" (the 约 takes the place of the space). */
export function yuanAfter(fen: Fen): string {
  const t = yuanText(fen);
  return fen % FEN_PER_YUAN === 0 ? ` ${t}` : t;
}

export type HukouType = 'urban' | 'rural';
export const HUKOU_NAMES: Record<HukouType, string> = { urban: '城市', rural: '农村' };

/** A member as a finding names them: their place in the list, relation to the applicant and age. */
export interface MemberRef {
  index: number;
  relation?: Member['relation'];
  age?: number;
}

const RELATION_NAMES: Record<string, string> = {
  spouse: '配偶',
  child: '子女',
  parent: '父母',
  grandparent: '祖父母',
  grandchild: '孙子女',
  sibling: '兄弟姐妹',
  other: '亲友',
};

/** "申请人（55岁）", "配偶（78岁）", "第3位家人". */
export function who({ index, relation, age }: MemberRef): string {
  const name =
    index === 0 || relation === 'self'
      ? '申请人'
      : relation
        ? (RELATION_NAMES[relation] ?? `第${index + 1}位家人`)
        : `第${index + 1}位家人`;
  return age !== undefined ? `${name}（${age}岁）` : name;
}

export function whoList(refs: readonly MemberRef[]): string {
  return refs.map(who).join('、');
}

export type DisabilityRef = NonNullable<Member['disability']> | undefined;

/** The kinds of 残疾人证 by their Chinese names (GB/T 26341): one list for reports, say-backs and summaries. */
export const DISABILITY_KIND_NAMES: Record<keyof GradeLimits, string> = {
  visual: '视力',
  hearing: '听力',
  speech: '言语',
  physical: '肢体',
  intellectual: '智力',
  mental: '精神',
  multiple: '多重',
};
const GRADE_NAMES = ['', '一', '二', '三', '四'];

/** "二级肢体残疾", "二级残疾", "残疾". */
export function disability(d: DisabilityRef): string {
  if (!d) return '残疾';
  const kind = d.kind ? DISABILITY_KIND_NAMES[d.kind] : '';
  const grade = d.grade ? `${GRADE_NAMES[d.grade]}级` : '';
  return `${grade}${kind}残疾`;
}

const GRADE_SPANS = ['', '一级', '一、二级', '一至三级', '一至四级'];
const KIND_ORDER: readonly (keyof GradeLimits)[] = [
  'intellectual',
  'mental',
  'physical',
  'visual',
  'hearing',
  'speech',
  'multiple',
];

/** "一至三级智力、精神残疾，一、二级肢体残疾，一级视力残疾": what a grade table lets count. */
export function limits(l: GradeLimits): string {
  const byGrade = new Map<number, string[]>();
  for (const kind of KIND_ORDER) {
    const g = l[kind];
    if (g > 0) byGrade.set(g, [...(byGrade.get(g) ?? []), DISABILITY_KIND_NAMES[kind]]);
  }
  return [...byGrade]
    .sort(([x], [y]) => y - x)
    .map(([g, kinds]) => `${GRADE_SPANS[g]}${kinds.join('、')}残疾`)
    .join('，');
}

/** A line income is compared with, or both 户籍 lines at once while the 户口 is not known. */
export type LineRef =
  | { name: 'dibao'; hukou: HukouType; fen: number }
  | { name: 'edge'; hukou: HukouType; fen: number; multiplier: number }
  | { name: 'disposable'; fen: number }
  | { name: 'dibao-both'; urban: number; rural: number }
  | { name: 'edge-both'; urban: number; rural: number; multiplier: number };

/** "农村低保标准 550 元", "低保边缘线 825 元（农村低保标准的 1.5 倍）", "当地低保标准（城市 700 元、农村 550 元）". */
export function line(l: LineRef): string {
  switch (l.name) {
    case 'dibao':
      return `${HUKOU_NAMES[l.hukou]}低保标准${yuanAfter(l.fen)}`;
    case 'edge':
      return `低保边缘线${yuanAfter(l.fen)}（${HUKOU_NAMES[l.hukou]}低保标准的 ${l.multiplier} 倍）`;
    case 'disposable':
      return `当地上年居民人均可支配收入折合每月${yuanAfter(l.fen)}`;
    case 'dibao-both':
      return `当地低保标准（城市${yuanAfter(l.urban)}、农村${yuanAfter(l.rural)}）`;
    case 'edge-both':
      return `低保标准 ${l.multiplier} 倍的低保边缘线（城市${yuanAfter(l.urban)}、农村${yuanAfter(l.rural)}）`;
  }
}

/** Whose income a comparison is about. */
export type Subject = 'household' | 'own' | 'total' | 'afterSpending' | { member: MemberRef };

export function subject(s: Subject): string {
  if (typeof s === 'object') return `${who(s.member)}本人月收入`;
  return {
    household: '家庭人均月收入',
    own: '本人月收入',
    total: '全家每月收入合计',
    afterSpending: '扣除必需支出后，人均每月可用于生活的钱',
  }[s];
}

/** The income categories a household is asked about. */
export type IncomeCategory = 'wages' | 'business' | 'property' | 'pensions' | 'support' | 'basicPension';
export const CATEGORY_NAMES: Record<IncomeCategory, string> = {
  wages: '打工或工资',
  business: '种地、养殖或做生意',
  property: '房租、利息等财产',
  pensions: '退休金、失业金',
  support: '子女或亲属给的赡养费',
  basicPension: '城乡居民基础养老金',
};

export type PayerStatus = 'tekun' | 'dibao' | 'low_income';
export const PAYER_NAMES: Record<PayerStatus, string> = {
  tekun: '特困人员',
  dibao: '低保对象',
  low_income: '低收入家庭成员',
};

/** " 2025 年底" for a period's last day (after 到). */
export function endOf(ended: string): string {
  return ` ${ended.slice(0, 4)} 年底`;
}

export type ExpenseKind = Expense['kind'];

/** A kind of spending as a reason names it ("看病、上学的支出"). */
export const EXPENSE_KIND_NAMES: Record<ExpenseKind, string> = {
  medical: '看病',
  education: '上学',
  disability_rehab: '残疾康复',
  other: '其他必需',
};

/** "看病、上学的支出还不知道自己负担了多少" — the expenses reported without an amount. */
export function openExpenses(kinds: readonly ExpenseKind[]): string {
  return `${kinds.map((k) => EXPENSE_KIND_NAMES[k]).join('、')}的支出还不知道自己负担了多少`;
}

/**
 * How doudi says back what it understood ("记下了：…"), phrase by phrase: one place to review the
 * wording residents read after every answer. Plain words, figures in whole yuan, ranges as
 * ranges, and anything doudi assumed said as an assumption.
 */
import { DISABILITY_KIND_NAMES } from '../../screening/index.ts';

export const RELATION_WORDS: Record<string, string> = {
  self: '您',
  spouse: '老伴',
  child: '子女',
  parent: '父母',
  grandparent: '祖父母',
  grandchild: '孙子女',
  sibling: '兄弟姐妹',
  other: '其他亲戚或非亲属',
};

/** Whom someone answering for another is asking for (the reader's `askingFor` fact). */
export const FOR_WHOM_WORDS: Record<string, string> = {
  father: '父亲',
  mother: '母亲',
  parent: '家里老人',
  grandfather: '爷爷（外公）',
  grandmother: '奶奶（外婆）',
  grandparent: '家里老人',
  other: '家人',
};

/** The catalogue's names of the kinds of 残疾人证. */
export const KIND_WORDS: Readonly<Record<string, string>> = DISABILITY_KIND_NAMES;

export const GRADE_WORDS = ['', '一级', '二级', '三级', '四级'];

export const INCOME_WORDS: Record<string, string> = {
  wages: '打工或上班的工资',
  business: '种地、养殖或做生意的收入',
  property: '房租、利息、分红',
  pensions: '退休金、职工养老金',
  basicPension: '城乡居民养老金（基础养老金）',
  support: '子女或亲属给的生活费',
  otherTransfers: '赔偿、补偿等其他收入',
};

/** Shorter names, for saying which kinds of income there are none of. */
export const INCOME_SHORT: Record<string, string> = {
  wages: '工资',
  business: '种地养殖做生意的收入',
  property: '房租利息',
  pensions: '退休金',
  basicPension: '基础养老金',
  support: '子女亲属给的钱',
  otherTransfers: '赔偿补偿',
};

export const EVENT_WORDS: Record<string, string> = {
  fire: '火灾',
  traffic_accident: '车祸',
  natural_disaster: '自然灾害（水灾、台风等）',
  sudden_illness: '突发重病',
  accident: '意外受伤',
  crime: '被盗、被骗或受到侵害',
  other: '家里突然出了大事',
};

export const EXPENSE_WORDS: Record<string, string> = {
  medical: '看病',
  education: '上学',
  disability_rehab: '康复',
  other: '其他',
};

export const STATUS_WORDS: Record<string, string> = {
  dibao: '低保户',
  tekun: '特困人员（五保）',
  low_income: '低收入家庭',
  none: '都不是',
};

export const U = {
  lead: '记下了：',
  /** Someone answering for an old parent or grandparent: whose household is screened. */
  forWhom: (who: string) => `您是替${who}问的，下面按${who}家里的情况算，“您”指${who}`,
  /** A later answer that named people from the writer's side (我妈, 我哥, 我们), read as the applicant's. */
  forWhomKept: (who: string) => `按${who}的情况算，“您”指${who}`,
  /** The household's size and who is in it. */
  household: (size: number, who: string) =>
    size === 1 ? `您一个人生活${who ? `，${who}` : ''}` : `家里${size}口人${who ? `：${who}` : ''}`,
  person: (label: string, age?: number, range?: [number, number]) =>
    `${label}${range ? `${range[0]}到${range[1]}岁` : age !== undefined ? `${age}岁` : ''}`,
  relation: (who: string, rel: string) => `${who}是您的${rel}`,
  disability: (who: string, detail: string) => `${who}有残疾证${detail ? `（${detail}）` : ''}`,
  noDisability: (who: string) => `${who}没有残疾证`,
  illness: (who: string, name?: string) => `${who}得了重病${name ? `（${name}）` : ''}`,
  noIllness: (who: string) => `${who}没有得重病`,
  employed: (who: string, yes: boolean) => `${who}${yes ? '在打工或上班' : '没有工作'}`,
  student: (who: string) => `${who}在上学`,
  employedCount: (n: number) => (n === 0 ? '家里没有人打工上班' : `家里有${n}个人打工上班`),
  amountYear: (what: string, yearly: string, monthly: string) => `${what}一年约${yearly}元（每月约${monthly}元）`,
  amountZero: (what: string) => `没有${what}这些收入`,
  deposits: (amount: string) => (amount === '0' ? '没有存款' : `存款和借给别人的钱约${amount}元`),
  debt: (amount: string) => `欠债约${amount}元（欠的钱不算存款）`,
  expense: (kind: string, amount: string) => `${kind}自己花了约${amount}元`,
  /** An expense told without its amount ("看病花了好多"): the kind kept, the amount asked next. */
  expenseOpen: (kind: string) => `${kind}花了不少钱，多少还不清楚`,
  cars: (n: number) => (n === 0 ? '没有汽车（电动三轮、摩托车不算）' : `有${n}辆汽车`),
  houses: (n: number) => (n === 0 ? '没有自己的住房（租房或借住）' : n === 1 ? '有1套住房' : `有${n}套住房`),
  shop: (yes: boolean) => (yes ? '有商铺、门面' : '没有商铺、门面'),
  business: (yes: boolean) => (yes ? '有公司或个体户' : '没有开公司或个体户'),
  obligorsNone: '没有不住在一起的子女等赡养人',
  obligors: (list: string) => `不住在一起的亲人：${list}`,
  obligorDetail: (rel: string, detail: string) => `${rel}${detail ? `（${detail}）` : ''}`,
  event: (kind: string, date?: string, place?: string) =>
    `遇到${kind}${date ? `（${date}）` : ''}${place ? `，在${place}` : ''}`,
  hardshipNone: '最近没有遇到急事，也没有大笔开支',
  severe: (yes: boolean) => (yes ? '现在基本生活很困难' : '现在生活还能维持'),
  expenditureType: (yes: boolean) =>
    yes ? '因为看病、上学等花钱太多，实际生活比低保标准还低' : '不是因为花钱太多而生活困难',
  benefit: (what: string, yes: boolean) => (yes ? `现在是${what}` : `现在不是${what}`),
  hukou: (rural: boolean) => (rural ? '农村户口' : '城镇户口'),
  region: (name: string) => `住在${name}`,
  unknown: (what: string) => `${what}：您说不清楚，先空着，不影响往下问`,
  hedged: '（您说的是大概的数）',
  perPerson: (count: number) => `（按${count}个人算）`,
  supportPayer: (status: string) => `给生活费的亲属：${status}`,
  illnessOnList: (who: string, yes: boolean) => `${who}的病${yes ? '是' : '不是'}当地认定的重特大疾病`,
} as const;

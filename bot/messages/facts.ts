/**
 * Plain names for the facts a screening may still need, for the work-order summary and the
 * agent's page (never a field path where a person reads), and the phrase for assuming the
 * answer that keeps a program open ("若家里没有汽车…").
 */

export interface FactWords {
  /** What is still unknown, as a noun phrase: "汽车和住房情况". */
  name: string;
  /** The favourable assumption, as a clause: "家里没有汽车". */
  assume?: string;
}

export const FACT_WORDS: readonly [RegExp, FactWords][] = [
  [/^region$/, { name: '住在哪个县（市、区）' }],
  [/^(members|size)$/, { name: '家里几口人、都是谁' }],
  [/^members\[\d+\]\.age$/, { name: '家里人的年龄' }],
  [/^members\[\d+\]\.relation$/, { name: '一起生活的人和申请人的关系' }],
  [/^hukou$/, { name: '户口是农村还是城镇' }],
  [/^members\[\d+\]\.(hasDisability|disability\.(kind|grade))$/, { name: '有没有残疾证、类别和等级', assume: '家里没有人有残疾证' }],
  [/^members\[\d+\]\.(seriousIllness|illnessOnLocalList)$/, { name: '有没有人得重病', assume: '家里没有人得重病' }],
  [/^(members\[\d+\]\.employed|employedCount)$/, { name: '有几个人在打工上班' }],
  [/^income\.(wages|business|property|pensions|support)$/, { name: '各项收入（工资、种地养殖做生意、房租利息、养老金、子女给的钱）', assume: '除了说到的，没有别的收入' }],
  [/^income\.basicPension$/, { name: '城乡居民基础养老金每月多少', assume: '基础养老金不多（每月两三百元以内）' }],
  [/^income\.support\[\d+\]\.payerStatus$/, { name: '给钱的子女本身是不是低保户、特困或低收入家庭' }],
  [/^property\.(vehicles|houses|registeredBusiness|commercialProperty)$/, { name: '有没有汽车、第二套住房、商铺或个体户', assume: '家里没有汽车、第二套住房、商铺或个体户' }],
  [/^property\.deposits$/, { name: '存款大概多少', assume: '存款不多' }],
  [/^obligors(\.exist|\.list)?$/, { name: '有没有不住在一起的子女等赡养人', assume: '没有能赡养的子女等亲人' }],
  [/^obligors\.list\[\d+\]\./, { name: '在外的赡养人的年龄和情况（是否低保、特困、重度残疾、70岁以上）', assume: '在外的亲人没有能力赡养' }],
  [/^hardship$/, { name: '最近有没有遇到急事或大笔开支' }],
  [/^hardship\.events\[\d+\]\.date$/, { name: '出事的时间' }],
  [/^hardship\.events\[\d+\]\.basicLivingSevere$/, { name: '现在基本生活是不是很困难', assume: '现在基本生活很困难' }],
  [/^expenditureType$/, { name: '是不是因为看病、上学等花钱太多而生活困难' }],
  [/^(hukouInRegion|residencePermit)$/, { name: '户口在不在本地、有没有居住证' }],
];

export function factWords(path: string): FactWords | undefined {
  return FACT_WORDS.find(([re]) => re.test(path))?.[1];
}

export const H = {
  condition: (assumed: string[], program: string, verdict: string) => `若${assumed.join('，')}，${program}${verdict}。`,
  regionMismatch: (chosen: string, named: string) => `注意：摘要里说的地方是${named}，和页面上选的${chosen}不一样，已按${named}的标准评估。`,
  stillToKnow: '还需了解：',
} as const;

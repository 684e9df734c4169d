/**
 * Every fact a screening may still need, named once for the people who read about it: its plain
 * name (the work-order summary, never a field path where a person reads), the question a hotline
 * agent reads aloud, and the favourable assumption that keeps a program open ("若家里没有汽车…").
 * One table, so the summary, the agent's questions and the conditions always speak alike.
 */

export interface FactWords {
  /** What is still unknown, as a noun phrase: "汽车和住房情况". */
  name: string;
  /** The question an agent asks to settle it. */
  ask: string;
  /** The favourable assumption, as a clause: "家里没有汽车". */
  assume?: string;
}

export const FACT_WORDS: readonly [RegExp, FactWords][] = [
  [/^region$/, { name: '住在哪个县（市、区）', ask: '您家住在哪个县（市、区）？' }],
  [/^(members|size)$/, { name: '家里几口人、都是谁', ask: '家里一起生活的有几口人？每个人多大年纪？' }],
  [/^members\[\d+\]\.age$/, { name: '家里人的年龄', ask: '家里每个人多大年纪？' }],
  [
    /^members\[\d+\]\.relation$/,
    {
      name: '一起生活的人和申请人的关系',
      ask: '一起生活的其他人分别是您的什么人（老伴、子女、父母、兄弟姐妹，还是侄子、儿媳等其他亲戚）？',
    },
  ],
  [/^hukou$/, { name: '户口是农村还是城镇', ask: '您家是农村户口还是城镇户口？' }],
  [
    /^members\[\d+\]\.(hasDisability|disability\.(kind|grade))$/,
    { name: '有没有残疾证、类别和等级', ask: '家里有没有人有残疾证？是什么类别、几级？', assume: '家里没有人有残疾证' },
  ],
  [
    /^members\[\d+\]\.seriousIllness$/,
    { name: '有没有人得重病', ask: '家里有没有人得了重病，比如癌症、尿毒症、白血病？', assume: '家里没有人得重病' },
  ],
  [
    /^members\[\d+\]\.illnessOnLocalList$/,
    { name: '所患的病是不是当地认定的重特大疾病', ask: '所患的病是不是当地认定的重特大疾病（可以问乡镇或医保部门）？' },
  ],
  [/^(members\[\d+\]\.employed|employedCount)$/, { name: '有几个人在打工上班', ask: '家里有几个人在打工或上班？' }],
  [
    /^income\.(wages|business|property|pensions|support)$/,
    {
      name: '各项收入（工资、种地养殖做生意、房租利息、养老金、子女给的钱）',
      ask: '最近一年家里的收入：打工工资、种地养殖或做生意、房租利息、养老金、子女给的钱，各大概多少？',
      assume: '除了说到的，没有别的收入',
    },
  ],
  [
    /^income\.otherTransfers$/,
    {
      name: '赔偿、补偿、遗属补助等其他收入',
      ask: '有没有赔偿款、补偿款、遗属补助这类收入？',
      assume: '没有赔偿、补偿这类收入',
    },
  ],
  [
    /^income\.basicPension$/,
    {
      name: '城乡居民基础养老金每月多少',
      ask: '老人每月领多少城乡居民基础养老金？',
      assume: '基础养老金不多（每月两三百元以内）',
    },
  ],
  [
    /^income\.support(\[\d+\])?\.payerStatus$|^income\.supportPayerStatus$/,
    {
      name: '给钱的子女本身是不是低保户、特困或低收入家庭',
      ask: '给生活费的子女本身是不是低保户、特困人员或低收入家庭？',
    },
  ],
  [
    /^property\.vehicles$/,
    { name: '有没有汽车', ask: '家里有没有汽车（电动三轮、摩托车不算）？', assume: '家里没有汽车' },
  ],
  [/^property\.houses$/, { name: '有几套住房', ask: '家里有几套住房？', assume: '家里没有第二套住房' }],
  [
    /^property\.(registeredBusiness|commercialProperty)$/,
    {
      name: '有没有商铺、登记的公司或个体户',
      ask: '家里有没有商铺，或者登记的公司、个体户？',
      assume: '家里没有商铺、公司或个体户',
    },
  ],
  [/^property\.deposits$/, { name: '存款大概多少', ask: '家里的存款、理财大概有多少？', assume: '存款不多' }],
  [
    /^obligors(\.exist|\.list)?$/,
    {
      name: '有没有不住在一起的子女等赡养人',
      ask: '有没有不住在一起的子女、配偶等赡养人？他们的年龄和情况（是否低保、特困、重度残疾、70岁以上）？',
      assume: '没有能赡养的子女等亲人',
    },
  ],
  [
    /^obligors\.list\[\d+\]\./,
    {
      name: '在外的赡养人的年龄和情况（是否低保、特困、重度残疾、70岁以上）',
      ask: '在外的赡养人多大年纪，本身是不是低保、特困或重度残疾，收入和财产情况怎样？',
      assume: '在外的亲人没有能力赡养',
    },
  ],
  [
    /^hardship(\.none)?$/,
    {
      name: '最近有没有遇到急事或大笔开支',
      ask: '最近有没有遇到火灾、车祸、突发重病等急事，或者看病、上学花了很多钱？',
    },
  ],
  [/^hardship\.events\[\d+\]\.date$/, { name: '出事的时间', ask: '这件事是什么时候发生的？' }],
  [
    /^hardship\.events\[\d+\]\.basicLivingSevere$/,
    {
      name: '现在基本生活是不是很困难',
      ask: '现在基本生活是不是很困难（吃饭、住房成问题）？',
      assume: '现在基本生活很困难',
    },
  ],
  [
    /^expenditureType$/,
    {
      name: '是不是因为看病、上学等花钱太多而生活困难',
      ask: '家里是不是因为看病、残疾、上学或突发事件花钱太多，实际生活比低保标准还低？',
    },
  ],
  [
    /^(hukouInRegion|residencePermit)$/,
    { name: '户口在不在本地、有没有居住证', ask: '户口在不在本地？有没有本地的居住证？' },
  ],
];

export function factWords(path: string): FactWords | undefined {
  return FACT_WORDS.find(([re]) => re.test(path))?.[1];
}

/** One question per missing fact, in the order given (the most decisive first), none twice. */
export function questionsFor(missing: readonly string[]): string[] {
  const picked: string[] = [];
  for (const path of missing) {
    const q = factWords(path)?.ask;
    if (q && !picked.includes(q)) picked.push(q);
  }
  return picked;
}

export const H = {
  condition: (assumed: string[], program: string, verdict: string) => `若${assumed.join('，')}，${program}${verdict}。`,
  regionMismatch: (chosen: string, named: string) =>
    `注意：摘要里说的地方是${named}，和页面上选的${chosen}不一样，已按${named}的标准评估。`,
  stillToKnow: '还需了解：',
} as const;

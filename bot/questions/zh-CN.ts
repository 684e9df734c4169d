/**
 * The facts a report still misses, as questions a hotline agent can read aloud: one per fact,
 * deduplicated, most decisive first (the caller orders the facts by how many programs wait on them).
 */

const QUESTIONS: [RegExp, string][] = [
  [/^region$/, '您家住在哪个县（市、区）？'],
  [/^(members|size)$/, '家里一起生活的有几口人？每个人多大年纪？'],
  [/^members\[\d+\]\.age$/, '家里每个人多大年纪？'],
  [/^members\[\d+\]\.relation$/, '一起生活的其他人分别是您的什么人（老伴、子女、父母、兄弟姐妹，还是侄子、儿媳等其他亲戚）？'],
  [/^hukou$/, '您家是农村户口还是城镇户口？'],
  [/^members\[\d+\]\.(hasDisability|disability\.(kind|grade))$/, '家里有没有人有残疾证？是什么类别、几级？'],
  [/^members\[\d+\]\.seriousIllness$/, '家里有没有人得了重病，比如癌症、尿毒症、白血病？'],
  [/^(members\[\d+\]\.employed|employedCount)$/, '家里有几个人在打工或上班？'],
  [/^income\.(wages|business|property|pensions|support)$/, '最近一年家里的收入：打工工资、种地养殖或做生意、房租利息、养老金、子女给的钱，各大概多少？'],
  [/^income\.basicPension$/, '老人每月领多少城乡居民基础养老金？'],
  [/^income\.support\[\d+\]\.payerStatus$/, '给生活费的子女本身是不是低保户、特困人员或低收入家庭？'],
  [/^property\.(vehicles|houses|registeredBusiness)$/, '家里有没有汽车、两套以上住房、商铺，或者登记的公司、个体户？'],
  [/^property\.deposits$/, '家里的存款、理财大概有多少？'],
  [/^obligors(\.exist|\.list)?$/, '有没有不住在一起的子女、配偶等赡养人？他们的年龄和情况（是否低保、特困、重度残疾、70岁以上）？'],
  [/^obligors\.list\[\d+\]\./, '在外的赡养人多大年纪，本身是不是低保、特困或重度残疾，收入和财产情况怎样？'],
  [/^hardship$/, '最近有没有遇到火灾、车祸、突发重病等急事，或者看病、上学花了很多钱？'],
  [/^hardship\.events\[\d+\]\.date$/, '这件事是什么时候发生的？'],
  [/^hardship\.events\[\d+\]\.basicLivingSevere$/, '现在基本生活是不是很困难（吃饭、住房成问题）？'],
  [/^expenditureType$/, '家里是不是因为看病、残疾、上学或突发事件花钱太多，实际生活比低保标准还低？'],
];

/** One question per missing fact, in the order given (the most decisive first), none twice. */
export function questionsFor(missing: readonly string[]): string[] {
  const picked: string[] = [];
  for (const path of missing) {
    const q = QUESTIONS.find(([re]) => re.test(path))?.[1];
    if (q && !picked.includes(q)) picked.push(q);
  }
  return picked;
}

/**
 * Which clauses a reason cites, by topic: the national provision, and for a city with a seed
 * notice the local clause that restates or overrides it (the local clause is cited first).
 * Ids only; the text lives in content/ and a test checks that every id resolves.
 */

export type CitationTopic =
  | 'dibao.core'
  | 'dibao.household'
  | 'dibao.income'
  | 'dibao.property'
  | 'dibao.standard'
  | 'dibao.verify'
  | 'dibao.amount'
  | 'dibao.gradualExit'
  | 'dibao.review'
  | 'tuopin'
  | 'single.scope'
  | 'single.edge'
  | 'tekun.conditions'
  | 'tekun.noWorkCapacity'
  | 'tekun.minors'
  | 'tekun.noLivelihood'
  | 'tekun.obligors'
  | 'tekun.orphan'
  | 'tekun.selfCare'
  | 'tekun.standard'
  | 'service'
  | 'temp.who'
  | 'temp.place'
  | 'temp.firstAid'
  | 'temp.expenditure'
  | 'temp.amount'
  | 'hotline'
  | 'residencePermit'
  | 'dibao.apply'
  | 'tekun.apply'
  | 'dibao.notWithTekun'
  | 'dibao.withTekunMember'
  | 'single.adultSevereDisability'
  | 'special'
  | 'priceSubsidy'
  | 'temp.staged'
  | 'temp.lasting'
  | 'tekun.leaving'
  | 'tekun.covers';

const NATIONAL: Record<CitationTopic, readonly string[]> = {
  'dibao.core': ['gwy649.a9', 'sjzf2026.a18'],
  'dibao.household': ['mz2021-57.a7'],
  'dibao.income': ['mz2021-57.a13'],
  'dibao.property': ['mz2021-57.a14'],
  'dibao.standard': ['gwy649.a10', 'sjzf2026.a19'],
  'dibao.verify': ['mz2021-57.a9'],
  'dibao.amount': ['mz2021-57.a23', 'gwy649.a12'],
  'dibao.gradualExit': ['mz2022-83.1-3', 'mz2021-57.a33'],
  'dibao.review': ['mz2021-57.a31'],
  'tuopin': [],
  'single.scope': ['mz2021-57.a8', 'sjzf2026.a21'],
  'single.edge': ['mz2021-57.a8', 'sjzf2026.a21'],
  'tekun.conditions': ['mz2021-43.a4'],
  'tekun.noWorkCapacity': ['mz2021-43.a5'],
  'tekun.minors': ['mz2021-43.a24', 'sjzf2026.a16'],
  'tekun.noLivelihood': ['mz2021-43.a6'],
  'tekun.obligors': ['mz2021-43.a8'],
  'tekun.orphan': ['mz2021-43.a9'],
  'tekun.selfCare': ['mz2021-43.a21', 'mz2021-43.a22'],
  'tekun.standard': ['gwy649.a15'],
  'service': ['sjzf2026.a34'],
  'temp.who': ['gwy649.a47'],
  'temp.place': ['sjzf2026.a37'],
  'temp.firstAid': ['sjzf2026.a50'],
  'temp.expenditure': ['sjzf2026.a22'],
  'temp.amount': ['gwy649.a49'],
  'hotline': ['sjzf2026.a60'],
  'residencePermit': ['mz2021-57.a5', 'mz2022-83.4-3', 'sjzf2026.a37'],
  'dibao.apply': ['mz2021-57.a4', 'sjzf2026.a37'],
  'tekun.apply': ['mz2021-43.a10', 'sjzf2026.a37'],
  // 社会救助法 第十五条: 特困人员供养 and 低保 are both 基本生活救助; 办法第二十七条: 低保 after 特困 ends.
  'dibao.notWithTekun': ['sjzf2026.a15', 'mz2021-43.a27'],
  // 社会救助暂行办法 第十五条: 特困供养 "应当与……最低生活保障……等制度相衔接" (how is local).
  'dibao.withTekunMember': ['gwy649.a15'],
  'single.adultSevereDisability': ['mz2022-83.1-1.single-household'],
  // 社会救助法 第二十一条: 边缘家庭 get 医疗、教育、住房、就业等社会救助.
  'special': ['sjzf2026.a21'],
  // 价格临时补贴: only the local notices say it (both 二（二）); no national clause is in the corpus.
  'priceSubsidy': [],
  // 一次审批、分阶段救助 and 跟进救助: local notices (二（六）); nationally only 第四十八条's simplified steps.
  'temp.staged': [],
  // 第四十七条 sets no window after the event: "导致基本生活暂时出现严重困难".
  'temp.lasting': ['gwy649.a47'],
  // 第二十四条 (support ends at 18 unless at school), 第二十七条 (then 低保 "应当按规定及时纳入").
  'tekun.leaving': ['mz2021-43.a24', 'mz2021-43.a27'],
  // What 特困供养 covers: 基本生活、照料、疾病治疗、丧葬 (暂行办法 第十五条; 社会救助法 第十六条).
  'tekun.covers': ['gwy649.a15', 'sjzf2026.a16'],
};

const LOCAL: Record<string, Partial<Record<CitationTopic, readonly string[]>>> = {
  '140800': {
    'dibao.verify': ['yc59.2-8.verify'],
    'dibao.gradualExit': ['yc59.2-1.gradual-exit'],
    'dibao.standard': ['yc59.2-2.raise-standards'],
    'dibao.review': ['yc59.2-1.review'],
    'tuopin': ['yc59.2-1.tuopin'],
    'single.scope': ['yc59.2-1.single-person', 'yc59.2-4.single-person'],
    'single.edge': ['yc59.2-4.low-income-conditions'],
    'service': ['yc59.2-7.service'],
    'temp.place': ['yc59.2-6.emergency-place'],
    'temp.firstAid': ['yc59.2-6.small-first'],
    'temp.amount': ['yc59.2-6.case-by-case', 'yc59.2-6.tiered-approval'],
    'hotline': ['yc59.2-5.hotline'],
    'residencePermit': ['yc59.2-9.residence-permit'],
    'special': ['yc59.2-4.special'],
    'priceSubsidy': ['yc59.2-2.price-subsidy'],
    'temp.staged': ['yc59.2-6.small-first'],
    'temp.lasting': ['yc59.2-6.small-first'],
  },
  '441700': {
    'dibao.gradualExit': ['yj14.2-1.gradual-exit', 'yj14.2-1.deadline'],
    'dibao.standard': ['yj14.2-2.standards'],
    'tuopin': ['yj14.2-1.tuopin'],
    'single.scope': ['yj14.2-5.single-person'],
    'tekun.standard': ['yj14.2-2.tekun-standard'],
    'service': ['yj14.2-7.service'],
    'temp.place': ['yj14.2-6.emergency-place'],
    'temp.firstAid': ['yj14.2-6.first-aid', 'yj14.2-6.staged'],
    'temp.expenditure': ['yj14.2-5.expenditure', 'yj14.2-6.first-aid'],
    'temp.amount': ['yj14.2-6.case-by-case', 'yj14.2-6.reserve'],
    'hotline': ['yj14.2-4.hotline'],
    'special': ['yj14.2-5.special', 'yj14.2-5.expenditure'],
    'priceSubsidy': ['yj14.2-2.price-subsidy'],
    'temp.staged': ['yj14.2-6.staged'],
    'temp.lasting': ['yj14.2-6.staged'],
  },
};

/** Clause ids for a topic in a city: the local clause first, then the national provision. */
export function citationsFor(cityCode: string, topic: CitationTopic): string[] {
  return [...(LOCAL[cityCode]?.[topic] ?? []), ...NATIONAL[topic]];
}

/** Only the city's own clauses for a topic (empty where the city has no local rule). */
export function localCitations(cityCode: string, topic: CitationTopic): string[] {
  return [...(LOCAL[cityCode]?.[topic] ?? [])];
}

/** Every clause id this module can cite (for the resolution test). */
export function allCitationIds(): string[] {
  return [...new Set([...Object.values(NATIONAL).flat(), ...Object.values(LOCAL).flatMap((t) => Object.values(t).flat())])];
}

/** Only the national provisions for a topic (for figures whose local rule is not in force on the date). */
export function nationalCitations(topic: CitationTopic): string[] {
  return [...NATIONAL[topic]];
}

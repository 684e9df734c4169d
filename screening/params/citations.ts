/**
 * Which clauses a reason cites, by topic: the national provision, and for a city whose package
 * maps the topic to clauses of its own notices, those local clauses (cited first, as the local
 * rule that restates or overrides the national one). The national ids are here; the local ones
 * are data in each city package (`citations`), so a city added by configuration cites its own
 * notice. Ids only; the text lives in content/ and the packages, and a test checks every id resolves.
 */

/** Every topic a reason can cite; a city package maps any of them to its own clauses. */
export const CITATION_TOPICS = [
  'dibao.core',
  'dibao.household',
  'dibao.income',
  'dibao.property',
  'dibao.standard',
  'dibao.verify',
  'dibao.amount',
  'dibao.gradualExit',
  'dibao.review',
  'tuopin',
  'single.scope',
  'single.edge',
  'tekun.conditions',
  'tekun.noWorkCapacity',
  'tekun.minors',
  'tekun.noLivelihood',
  'tekun.obligors',
  'tekun.orphan',
  'tekun.selfCare',
  'tekun.standard',
  'service',
  'temp.who',
  'temp.place',
  'temp.firstAid',
  'temp.expenditure',
  'temp.amount',
  'hotline',
  'residencePermit',
  'dibao.apply',
  'tekun.apply',
  'dibao.notWithTekun',
  'dibao.withTekunMember',
  'single.adultSevereDisability',
  'special',
  'priceSubsidy',
  'temp.staged',
  'temp.lasting',
  'tekun.leaving',
  'tekun.covers',
] as const;

export type CitationTopic = (typeof CITATION_TOPICS)[number];

/** A city's own clauses by topic (its package's `citations`). */
export type LocalCitations = Readonly<Partial<Record<CitationTopic, readonly string[]>>>;

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
  tuopin: [],
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
  service: ['sjzf2026.a34'],
  'temp.who': ['gwy649.a47'],
  'temp.place': ['sjzf2026.a37'],
  'temp.firstAid': ['sjzf2026.a50'],
  'temp.expenditure': ['sjzf2026.a22'],
  'temp.amount': ['gwy649.a49'],
  hotline: ['sjzf2026.a60'],
  residencePermit: ['mz2021-57.a5', 'mz2022-83.4-3', 'sjzf2026.a37'],
  'dibao.apply': ['mz2021-57.a4', 'sjzf2026.a37'],
  'tekun.apply': ['mz2021-43.a10', 'sjzf2026.a37'],
  // 社会救助法 第十五条: 特困人员供养 and 低保 are both 基本生活救助; 办法第二十七条: 低保 after 特困 ends.
  'dibao.notWithTekun': ['sjzf2026.a15', 'mz2021-43.a27'],
  // 社会救助暂行办法 第十五条: 特困供养 "应当与……最低生活保障……等制度相衔接" (how is local).
  'dibao.withTekunMember': ['gwy649.a15'],
  'single.adultSevereDisability': ['mz2022-83.1-1.single-household'],
  // 社会救助法 第二十一条: 边缘家庭 get 医疗、教育、住房、就业等社会救助.
  special: ['sjzf2026.a21'],
  // 价格临时补贴: only local notices say it; no national clause is in the corpus.
  priceSubsidy: [],
  // 一次审批、分阶段救助 and 跟进救助: local notices; nationally only 第四十八条's simplified steps.
  'temp.staged': [],
  // 第四十七条 sets no window after the event: "导致基本生活暂时出现严重困难".
  'temp.lasting': ['gwy649.a47'],
  // 第二十四条 (support ends at 18 unless at school), 第二十七条 (then 低保 "应当按规定及时纳入").
  'tekun.leaving': ['mz2021-43.a24', 'mz2021-43.a27'],
  // What 特困供养 covers: 基本生活、照料、疾病治疗、丧葬 (暂行办法 第十五条; 社会救助法 第十六条).
  'tekun.covers': ['gwy649.a15', 'sjzf2026.a16'],
};

/** Clause ids for a topic in a city: its own clauses first, then the national provision. */
export function citationsFor(local: LocalCitations | undefined, topic: CitationTopic): string[] {
  return [...(local?.[topic] ?? []), ...NATIONAL[topic]];
}

/** Only the national provisions for a topic (for figures whose local rule is not in force on the date). */
export function nationalCitations(topic: CitationTopic): string[] {
  return [...NATIONAL[topic]];
}

/** Every national clause id this module can cite (the resolution test adds each package's own). */
export function nationalCitationIds(): string[] {
  return [...new Set(Object.values(NATIONAL).flat())];
}

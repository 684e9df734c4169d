/**
 * The shared source register: national rules and screening assumptions that hold anywhere. A
 * city's own sources (its notice's clauses, its transition-period assumptions) are in its package
 * (screening/cities/); all go through the one loader, which checks that every value names a
 * source that exists and every source of a legal kind names clause ids (a test checks they resolve).
 * `SourceId` is a literal union, so a national value citing a source that is not here does not compile.
 *
 * Two non-legal kinds exist and are labelled as such wherever they surface:
 * - `demo`: sample figures, because no official money figure was found for the built-in cities
 *   (content/sources/rules-notes.md section e, Q1 and Q9);
 * - `assumption`: a screening choice the law leaves open, with the open question it answers.
 */

export type SourceKind = 'law' | 'seed' | 'demo' | 'assumption' | 'operator';

export interface Source {
  kind: SourceKind;
  title: string;
  /** Clause ids (content/) that hold the wording this source rests on. Empty only for demo/assumption. */
  clauses: readonly string[];
  note?: string;
  /**
   * A local measure stated for a period that has ended on its face ("过渡期内", "5年过渡期内"),
   * with no later text found: the value is kept, but only as what the old rule would give, never
   * applied as certain (rules-notes (d) row 29, Q15). `ended` is the period's last day.
   */
  lapsed?: { ended: string; rule: string };
}

export const DEMO_SOURCE_TITLE = '示例数据，上线前须按当地最新提标文件配置';

export const SOURCES = {
  demo: {
    kind: 'demo',
    title: DEMO_SOURCE_TITLE,
    clauses: [],
    note: 'No official figure was found for this region (rules-notes e, Q1/Q9). Replace through DOUDI_CONFIG.',
  },
  // National rules.
  'mz2021-57.household': {
    kind: 'law',
    title: '最低生活保障审核确认办法 第七条（共同生活的家庭成员）',
    clauses: ['mz2021-57.a7'],
  },
  'mz2021-57.single': {
    kind: 'law',
    title: '最低生活保障审核确认办法 第八条（单独提出申请）',
    clauses: ['mz2021-57.a8'],
  },
  'mz2021-57.income': {
    kind: 'law',
    title: '最低生活保障审核确认办法 第十三条（家庭收入）',
    clauses: ['mz2021-57.a13'],
  },
  'mz2021-57.property': {
    kind: 'law',
    title: '最低生活保障审核确认办法 第十四条（家庭财产）',
    clauses: ['mz2021-57.a14'],
  },
  'mz2021-57.edge': {
    kind: 'law',
    title: '最低生活保障审核确认办法 第八条（低保边缘家庭：人均收入低于低保标准 1.5 倍）',
    clauses: ['mz2021-57.a8', 'sjzf2026.a21'],
  },
  'mz2021-43.no-work-capacity': {
    kind: 'law',
    title: '特困人员认定办法 第五条（无劳动能力）',
    clauses: ['mz2021-43.a5'],
  },
  'mz2021-43.no-livelihood': {
    kind: 'law',
    title: '特困人员认定办法 第六条（无生活来源）',
    clauses: ['mz2021-43.a6'],
  },
  'mz2021-43.obligors': {
    kind: 'law',
    title: '特困人员认定办法 第八条（义务人无履行义务能力）',
    clauses: ['mz2021-43.a8'],
  },
  'mz2021-43.self-care': {
    kind: 'law',
    title: '特困人员认定办法 第二十一条、第二十二条（生活自理能力评估）',
    clauses: ['mz2021-43.a21', 'mz2021-43.a22'],
  },
  'mz2021-43.minors-18': {
    kind: 'law',
    title: '特困人员认定办法 第二十四条、社会救助法 第十六条（特困未成年人供养至18周岁）',
    clauses: ['mz2021-43.a24', 'sjzf2026.a16'],
  },
  'mz2022-83.single-household': {
    kind: 'law',
    title:
      '民政部等《关于进一步做好最低生活保障等社会救助兜底工作的通知》一（一）：成年无业重度残疾人可以参照“单人户”提出低保申请',
    clauses: ['mz2022-83.1-1.single-household'],
  },
  'mz2021-57.rigid-spending': {
    kind: 'law',
    title:
      '最低生活保障审核确认办法 第十三条：因残疾、患重病等增加的刚性支出，在核算家庭收入时可按规定适当扣减（额度由当地规定）',
    clauses: ['mz2021-57.a13'],
  },
  'mz2021-43.obligors-severe': {
    kind: 'law',
    title: '特困人员认定办法 第八条（四）：重度残疾人和残疾等级为三级的智力、精神残疾人',
    clauses: ['mz2021-43.a8', 'mz2021-57.a8'],
  },
  'gwy649.temporary': {
    kind: 'law',
    title: '社会救助暂行办法 第四十七条（临时救助）：没有规定事件发生后多久内才能申请',
    clauses: ['gwy649.a47'],
  },
  'mz2022-83.gradual-exit': {
    kind: 'law',
    title:
      '民政部等《关于进一步做好最低生活保障等社会救助兜底工作的通知》一（三）：就业后人均收入超过标准的，可给予原则上不超过6个月的渐退期',
    clauses: ['mz2022-83.1-3', 'mz2021-57.a33'],
  },
  // Screening assumptions (rules-notes section e).
  'assumption.near-line': {
    kind: 'assumption',
    title: '筛查口径：收入高出标准不超过一定比例时判为“可能”，由经办机构核对后确定',
    clauses: [],
    note: 'Residents estimate income roughly; the contract defines `possible` for figures close to a line.',
  },
  // Cites 运民发〔2021〕59号's restatement first, for every city (behaviour kept as it was; a
  // city without that notice would better cite mz2021-57.a13 alone: reported, not changed here).
  'assumption.basic-pension-2026': {
    kind: 'assumption',
    title: '筛查口径（Q3）：“十四五”期满后基础养老金是否计入收入未经核实，两种算法都算',
    clauses: ['yc59.2-1.basic-pension', 'mz2021-57.a13'],
    note: 'rules-notes Q3.',
  },
  'assumption.illness-list': {
    kind: 'assumption',
    title: '筛查口径（Q7）：重特大疾病示例目录，以当地目录为准',
    clauses: ['mz2021-57.a8'],
    note: 'Illustrative names only; the list is local.',
  },
  'assumption.recent-event': {
    kind: 'assumption',
    title: '筛查口径：近几个月内发生的急难事件按“先行救助”估计；更早的事件，困难仍在持续的，判为“可能”，可以“跟进救助”',
    clauses: ['gwy649.a47'],
    note:
      'The texts set no window (社会救助暂行办法 第四十七条; both notices 二（六）);' +
      ' the months only decide the wording, never a rejection (Q16)' +
      '.',
  },
  'assumption.basic-pension-age': {
    kind: 'assumption',
    title: '筛查口径：城乡居民基本养老保险从60周岁起领取基础养老金，只有家里有60周岁以上的人才问基础养老金',
    clauses: ['mz2021-57.a13'],
    note: '国务院关于建立统一的城乡居民基本养老保险制度的意见 (国发〔2014〕8号) sets 60; that text is not in the corpus.',
  },
  'assumption.unspecified-deduction-cap': {
    kind: 'assumption',
    title:
      '筛查口径（Q17）：当地没有规定扣减额度时（就业成本、因残因病的刚性支出），按每人每月不超过城市低保标准的30%估计扣减的上限；扣减后可能低于标准的判为“可能”，由当地核算',
    clauses: ['mz2021-57.a13'],
    note:
      'Scale only: 30% of the urban standard is the one local ' +
      'amount found (运民发〔2021〕59号, employment cost); it is never applied' +
      ' as a deduction, only as the bound within which the office ' +
      'may decide.',
  },
  'assumption.expenditure-after-spending': {
    kind: 'assumption',
    title:
      '筛查口径（Q18）：扣除自付的必需支出后，人均每月可用于生活的钱低于低保标准，视为“基本生活出现严重困难”；当地文件没有这样写，不满足时不据此排除',
    clauses: ['gwy649.a47'],
    note: '运城 defines 支出型 so (运民发〔2021〕59号 二（一））; 阳江 only says 支出型临时救助 "按照审核审批程序办理" (阳民通〔2021〕14号 二（六））.',
  },
  'assumption.school-continuation-age': {
    kind: 'assumption',
    title: '筛查口径：已享受特困供养的家庭，只询问未满21周岁的成员是否仍在中小学、高中或中职就读',
    clauses: ['mz2021-43.a24', 'sjzf2026.a16'],
    note:
      'The law sets no upper age for continuation while at school; ' +
      'older members are rarely at these levels, so they are not ' +
      'asked.',
  },
  'assumption.lookback': {
    kind: 'assumption',
    title: '筛查口径（Q11）：收入按最近12个月计算',
    clauses: ['mz2021-57.a13'],
    note: 'rules-notes Q11: the period is set locally; 12 months is the common practice.',
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;

export function isSourceId(id: string): id is SourceId {
  return Object.hasOwn(SOURCES, id);
}

/**
 * The source register: every parameter value names one of these, and every source of a
 * legal kind names clause ids that resolve to text in content/ (checked by a test).
 * `SourceId` is a literal union, so a value citing a source that is not here does not compile.
 *
 * Two non-legal kinds exist and are labelled as such wherever they surface:
 * - `demo`: sample figures, because no official 运城 or 阳江 money figure was found
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
    title: '民政部等《关于进一步做好最低生活保障等社会救助兜底工作的通知》一（一）：成年无业重度残疾人可以参照“单人户”提出低保申请',
    clauses: ['mz2022-83.1-1.single-household'],
  },
  'mz2022-83.gradual-exit': {
    kind: 'law',
    title: '民政部等《关于进一步做好最低生活保障等社会救助兜底工作的通知》一（三）：就业后人均收入超过标准的，可给予原则上不超过6个月的渐退期',
    clauses: ['mz2022-83.1-3', 'mz2021-57.a33'],
  },
  // 运城 seed.
  'yc59.employment-cost': {
    kind: 'seed',
    title: '运民发〔2021〕59号：就业成本按城市低保标准的30%扣减',
    clauses: ['yc59.2-1.employment-cost'],
  },
  'yc59.basic-pension': {
    kind: 'seed',
    title: '运民发〔2021〕59号：“十四五”时期基础养老金不计入收入',
    clauses: ['yc59.2-1.basic-pension', 'mz2021-57.a13'],
  },
  'yc59.obligor-poor': {
    kind: 'seed',
    title: '运民发〔2021〕59号：困难义务人的赡养费不计入转移净收入',
    clauses: ['yc59.2-1.obligor-poor'],
  },
  'yc59.expenditure-support': {
    kind: 'seed',
    title: '运民发〔2021〕59号：支出型贫困家庭经民主评议可不计算赡养费',
    clauses: ['yc59.2-1.expenditure-support'],
  },
  'yc59.single-person': {
    kind: 'seed',
    title: '运民发〔2021〕59号：低收入家庭重残、重病人员单独申请低保',
    clauses: ['yc59.2-1.single-person', 'yc59.2-4.single-person'],
  },
  'yc59.low-income-conditions': {
    kind: 'seed',
    title: '运民发〔2021〕59号：各县明确低收入家庭收入财产认定条件',
    clauses: ['yc59.2-4.low-income-conditions'],
  },
  'yc59.gradual-exit': {
    kind: 'seed',
    title: '运民发〔2021〕59号：六个月渐退期',
    clauses: ['yc59.2-1.gradual-exit'],
  },
  // 阳江 seed.
  'yj14.employment-cost': {
    kind: 'seed',
    title: '阳民通〔2021〕14号：必要的就业成本按规定适当扣减（额度未规定）',
    clauses: ['yj14.2-1.employment-cost'],
  },
  'yj14.tekun-standard': {
    kind: 'seed',
    title: '阳民通〔2021〕14号：特困基本生活标准不低于低保标准1.6倍，照料护理标准按最低工资2%、30%、60%',
    clauses: ['yj14.2-2.tekun-standard'],
  },
  'yj14.single-person': {
    kind: 'seed',
    title: '阳民通〔2021〕14号：低收入家庭重病、重残人员参照“单人保”纳入低保',
    clauses: ['yj14.2-5.single-person'],
  },
  'yj14.gradual-exit': {
    kind: 'seed',
    title: '阳民通〔2021〕14号：6个月救助渐退期（完成时限：5年过渡期内）',
    clauses: ['yj14.2-1.gradual-exit', 'yj14.2-1.deadline'],
  },
  // Screening assumptions (rules-notes section e).
  'assumption.near-line': {
    kind: 'assumption',
    title: '筛查口径：收入高出标准不超过一定比例时判为“可能”，由经办机构核对后确定',
    clauses: [],
    note: 'Residents estimate income roughly; the contract defines `possible` for figures close to a line.',
  },
  'assumption.employment-cost': {
    kind: 'assumption',
    title: '筛查口径（Q4）：就业成本按每名就业成员每月扣减，且不超过工资收入',
    clauses: ['yc59.2-1.employment-cost'],
    note: 'rules-notes Q4: per employed member, monthly, capped at wages; shown to the user as an assumption.',
  },
  'assumption.basic-pension-2026': {
    kind: 'assumption',
    title: '筛查口径（Q3）：“十四五”期满后基础养老金是否计入收入未经核实，两种算法都算',
    clauses: ['yc59.2-1.basic-pension', 'mz2021-57.a13'],
    note: 'rules-notes Q3.',
  },
  'assumption.single-person-guangdong': {
    kind: 'assumption',
    title: '筛查口径（Q7）：广东单人保含三、四级智力或精神残疾（参照惠民发〔2023〕89号，阳江本地目录未找到）',
    clauses: ['yj14.2-5.single-person'],
    note: 'rules-notes Q7, confidence medium.',
  },
  'assumption.illness-list': {
    kind: 'assumption',
    title: '筛查口径（Q7）：重特大疾病示例目录，以当地目录为准',
    clauses: ['mz2021-57.a8'],
    note: 'Illustrative names only; the list is local.',
  },
  'assumption.recent-event': {
    kind: 'assumption',
    title: '筛查口径：急难事件发生在近几个月内才按急难型临时救助估计',
    clauses: [],
    note: 'The law says 突发、临时; the window is a screening choice.',
  },
  'assumption.school-continuation-age': {
    kind: 'assumption',
    title: '筛查口径：已享受特困供养的家庭，只询问未满21周岁的成员是否仍在中小学、高中或中职就读',
    clauses: ['mz2021-43.a24', 'sjzf2026.a16'],
    note: 'The law sets no upper age for continuation while at school; older members are rarely at these levels, so they are not asked.',
  },
  'assumption.yj14-transition': {
    kind: 'assumption',
    title: '筛查口径（Q3 同类）：阳民通〔2021〕14号规定的特困基本生活标准倍数和照料护理比例，完成时限是“5年过渡期内”（2021—2025年）；2026年起是否继续执行未经核实，按现行特困供养标准估算并列出两种算法',
    clauses: ['yj14.2-2.tekun-standard', 'yj14.2-2'],
    note: 'rules-notes (d) row 29 and caveat 3: the transition-period measures have expired on their face; no later 阳江 text was found.',
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
  return Object.prototype.hasOwnProperty.call(SOURCES, id);
}

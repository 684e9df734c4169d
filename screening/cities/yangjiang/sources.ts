/**
 * Where 阳江's own values come from: clauses of 阳民通〔2021〕14号 (./notice.ts), the assumption
 * that keeps its transition-period figures after 2025 only as what the old rule would give, and
 * the 广东 reading of 单人保's scope found in another city's notice (Q7, never applied as certain).
 */
import type { Source } from '../../params/sources.ts';

export const yangjiangSources = {
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
    title: '阳民通〔2021〕14号：对农村低保对象给予6个月救助渐退期（完成时限：5年过渡期内）',
    clauses: ['yj14.2-1.gradual-exit', 'yj14.2-1.deadline'],
  },
  'assumption.single-person-guangdong': {
    kind: 'assumption',
    title:
      '筛查口径（Q7）：广东其他城市（惠州，惠民发〔2023〕89号）把三、四级智力、精神残疾列入单独申请低保的范围；阳江本地的规定没有找到，四级只判为“可能”',
    clauses: ['yj14.2-5.single-person', 'mz2021-57.a8'],
    note: "rules-notes Q7, confidence medium: read in another city's notice, never applied as a local rule.",
  },
  'assumption.yj14-transition': {
    kind: 'assumption',
    title:
      '筛查口径（Q3 同类）：阳民通〔2021〕14号规定的特困基本生活标准倍数和照料护理比例，完成时限是“5年过渡期内”（2021—2025年）；2026年起是否继续执行未经核实，按现行特困供养标准估算并列出两种算法',
    clauses: ['yj14.2-2.tekun-standard', 'yj14.2-2'],
    note:
      'rules-notes (d) row 29 and caveat 3: the transition-period ' +
      'measures have expired on their face; no later 阳江 text was ' +
      'found.',
    lapsed: { ended: '2025-12-31', rule: '阳民通〔2021〕14号 各项措施的“完成时限：5年过渡期内”' },
  },
} as const satisfies Record<string, Source>;

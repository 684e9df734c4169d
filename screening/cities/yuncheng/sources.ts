/**
 * Where 运城's own values come from: clauses of 运民发〔2021〕59号 (./notice.ts), and the screening
 * assumptions that keep its transition-period measures only as what the old rule would give
 * after 2025 (rules-notes (d) row 29, Q15). Ids are global: a value anywhere may name them.
 */
import type { Source } from '../../params/sources.ts';

/** 运民发〔2021〕59号 二（一）"保持过渡期内……政策总体稳定": the 2021–2025 transition period. */
const YC59_TRANSITION = {
  ended: '2025-12-31',
  rule: '运民发〔2021〕59号 二（一）“保持过渡期内社会救助兜底保障政策总体稳定”',
} as const;

export const yunchengSources = {
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
  'yc59.expenditure-living': {
    kind: 'seed',
    title:
      '运民发〔2021〕59号：“支出型”贫困家庭指因大病、残疾、教育或突发事件造成费用支出较大，实际生活水平低于当地低保标准的家庭',
    clauses: ['yc59.2-1.expenditure-support'],
  },
  'yc59.gradual-exit': {
    kind: 'seed',
    title: '运民发〔2021〕59号：六个月渐退期',
    clauses: ['yc59.2-1.gradual-exit'],
  },
  'assumption.yc59-transition.employment-cost': {
    kind: 'assumption',
    title:
      '筛查口径（Q15）：就业成本按城市低保标准30%扣减是运民发〔2021〕59号 二（一）“过渡期内”的措施，2026年起是否继续执行未经核实，只作为“可能”列出',
    clauses: ['yc59.2-1.employment-cost', 'yc59.2-1'],
    lapsed: YC59_TRANSITION,
  },
  'assumption.yc59-transition.obligor-poor': {
    kind: 'assumption',
    title:
      '筛查口径（Q15）：困难义务人的赡养费不计入收入是运民发〔2021〕59号 二（一）“过渡期内”的措施，2026年起是否继续执行未经核实，只作为“可能”列出',
    clauses: ['yc59.2-1.obligor-poor', 'yc59.2-1'],
    lapsed: YC59_TRANSITION,
  },
  'assumption.yc59-transition.expenditure-support': {
    kind: 'assumption',
    title:
      '筛查口径（Q15）：支出型家庭经民主评议可不计赡养费是运民发〔2021〕59号 二（一）“过渡期内”的措施，2026年起是否继续执行未经核实',
    clauses: ['yc59.2-1.expenditure-support', 'yc59.2-1'],
    lapsed: YC59_TRANSITION,
  },
  // Q4, the way 运城's employment cost is applied (per employed member, monthly, capped at wages).
  'assumption.employment-cost': {
    kind: 'assumption',
    title: '筛查口径（Q4）：就业成本按每名就业成员每月扣减，且不超过工资收入',
    clauses: ['yc59.2-1.employment-cost'],
    note: 'rules-notes Q4: per employed member, monthly, capped at wages; shown to the user as an assumption.',
  },
} as const satisfies Record<string, Source>;

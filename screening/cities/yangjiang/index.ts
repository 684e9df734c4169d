/**
 * 阳江市 (441700), 广东省, as one package: its counties and place words, its figures (demo money
 * figures until an operator configures the real ones) and local rules from 阳民通〔2021〕14号, the
 * notice itself, which of its clauses each topic cites, the 广东 provincial reading of 单人保's
 * scope (an assumption, Q7), its dialect (粤), and the sample villages offered while none is configured.
 */
import type { CityPackageData } from '../../params/city-package.ts';
import { yj14 } from './notice.ts';
import { guangdongParams, yangjiangParams } from './params.ts';
import { yangjiangCounties } from './places.ts';
import { yangjiangSources } from './sources.ts';

export const yangjiang: CityPackageData = {
  code: '441700',
  name: '阳江市',
  province: { code: '440000', name: '广东省', params: guangdongParams },
  dialect: 'yue',
  counties: yangjiangCounties,
  params: yangjiangParams,
  sources: yangjiangSources,
  documents: [yj14],
  // The local clause that restates or overrides the national rule on each topic (cited first).
  citations: {
    'dibao.gradualExit': ['yj14.2-1.gradual-exit', 'yj14.2-1.deadline'],
    'dibao.standard': ['yj14.2-2.standards'],
    tuopin: ['yj14.2-1.tuopin'],
    'single.scope': ['yj14.2-5.single-person'],
    'tekun.standard': ['yj14.2-2.tekun-standard'],
    service: ['yj14.2-7.service'],
    'temp.place': ['yj14.2-6.emergency-place'],
    'temp.firstAid': ['yj14.2-6.first-aid', 'yj14.2-6.staged'],
    'temp.expenditure': ['yj14.2-5.expenditure', 'yj14.2-6.first-aid'],
    'temp.amount': ['yj14.2-6.case-by-case', 'yj14.2-6.reserve'],
    hotline: ['yj14.2-4.hotline'],
    special: ['yj14.2-5.special', 'yj14.2-5.expenditure'],
    priceSubsidy: ['yj14.2-2.price-subsidy'],
    'temp.staged': ['yj14.2-6.staged'],
    'temp.lasting': ['yj14.2-6.staged'],
  },
  demoVillages: [
    {
      code: 'demo-yj-1',
      name: '示例村一（阳江）',
      township: { code: 'demo-yj-t1', name: '示例镇（阳江）' },
      region: '441702',
      contacts: [{ name: '示例协理员', role: '社会救助协理员' }],
    },
    {
      code: 'demo-yj-2',
      name: '示例村二（阳江）',
      township: { code: 'demo-yj-t1', name: '示例镇（阳江）' },
      region: '441781',
      contacts: [],
    },
  ],
  outreach: {
    // 二（四）: "将走访、发现需要救助困难群众列为村（居）两委重要工作内容" — the notice names no groups;
    // the list is 运城's (运民发〔2021〕59号 二（五）), offered here as the same practice.
    focusGroups: [
      { id: 'left_behind_child', label: '留守儿童', clause: 'yj14.2-4' },
      { id: 'elderly_alone', label: '独居老人', clause: 'yj14.2-4' },
      { id: 'disabled', label: '残疾人', clause: 'yj14.2-4' },
      { id: 'seriously_ill', label: '重病患者', clause: 'yj14.2-4' },
      { id: 'migrant', label: '外来人员', clause: 'yj14.2-4' },
    ],
    changeKinds: [
      { id: 'employment', label: '就业' },
      { id: 'income', label: '收入' },
      { id: 'consumption', label: '消费' },
      { id: 'disaster', label: '受灾' },
      { id: 'illness', label: '大病' },
      { id: 'funeral', label: '丧葬' },
    ],
    changeClause: 'yj14.2-4',
    report: {
      villageDueDay: 20,
      townshipDueDay: 0,
      reminderLeadDays: 3,
      onRestDay: 'next',
      clause: 'yj14.2-4',
      note: '阳民通〔2021〕14号未规定报告日期，按运民发〔2021〕59号二（五）的做法（每月20日前报乡镇、月底报县），可在配置中修改',
    },
  },
};
